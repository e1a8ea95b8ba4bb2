"""`any_phrase(*parts)`: one pattern for any of several phrases, each a whole word or words
on the normalised text (no letter or digit just before or after). Shared by the readers of
a medical emergency (`emergency.py`, `stroke.py`, `head_injury.py`)."""

from __future__ import annotations

import re


def any_phrase(*parts: str) -> re.Pattern[str]:
    """A compiled pattern matching any of `parts` (regular expressions) as whole words."""
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")
