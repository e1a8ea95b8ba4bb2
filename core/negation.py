"""Negation within a clause: "not suicidal", "no injuries this week, but I can't switch off".

Shared by the safety screen and the weekly review; each brings its own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Negation:
    boundary: re.Pattern[str]  # where a clause starts again: ".", "but", "just", ...
    negator: re.Pattern[str]  # "not", "never", "no", ...
    not_negation: re.Pattern[str]  # phrases with a negator that negate nothing: "no one"
    window: int = 6  # how many words before the hit a negator may stand

    def clause_before(self, text: str, start: int) -> str:
        """The words between the start of the hit's clause and the hit."""
        before = text[:start]
        cut = 0
        for boundary in self.boundary.finditer(before):
            cut = boundary.end()
        return before[cut:]

    def governs(self, text: str, start: int) -> bool:
        """Whether a negation in the same clause, close before `start`, governs the hit."""
        words = " ".join(self.clause_before(text, start).split()[-self.window :])
        return self.negator.search(self.not_negation.sub(" ", words)) is not None
