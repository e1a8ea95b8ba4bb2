"""Text as typed on a phone, cleaned once for every reader (understanding, settings)."""

from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 2000  # longer text is cut before any work

_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u0060\u00b4"})


def clean(text: str) -> str:
    """Case-folded, NFKC, straight apostrophes, single spaces, at most MAX_CHARS."""
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS]).casefold().translate(_APOSTROPHES)
    return re.sub(r"\s+", " ", text).strip()
