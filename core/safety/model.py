"""What a screening says: a level, a category and the rule that decided it (never the text)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    """How urgently the words call for help beyond coaching."""

    NONE = "none"
    CONCERN = "concern"  # advise clinical support; the plan continues only alongside it
    URGENT = "urgent"  # crisis reply first: emergency number and crisis line

    @property
    def rank(self) -> int:
        """0, 1, 2: for comparing levels."""
        return _RANK[self]


_RANK = {Level.NONE: 0, Level.CONCERN: 1, Level.URGENT: 2}


class Category(StrEnum):
    """The seed's escalation criteria, plus safeguarding."""

    SUICIDE_SELF_HARM = "suicide_self_harm"
    PANIC = "panic"
    DEPRESSION = "depression"
    TRAUMA = "trauma"
    EATING = "eating"
    SUBSTANCE = "substance"
    SLEEP = "sleep"
    ABUSE_SAFEGUARDING = "abuse_safeguarding"


@dataclass(frozen=True, slots=True)
class Screening:
    """The outcome of screening one message.

    `rule` names the pattern that fired (for tests and explanations); it never holds the text.
    `ask`: the classifier's urgent score sits in the band just below its urgent threshold
    (only with `level` below URGENT): ask directly before any helpline text.
    `specifics`: what the message or its context names, among "means", "plan", "time"
    (only with `level` URGENT or `ask`).
    """

    level: Level
    category: Category | None = None
    rule: str | None = None
    ask: bool = False
    specifics: frozenset[str] = frozenset()


CLEAR = Screening(Level.NONE)

CLASSIFIER = "classifier"  # `rule` when the classifier alone raised the level
# The classifier's ask band with a way to die or a preparation named (the C-SSRS screener's
# method, plan, preparation; `specifics.STEPS`, narrower than the flow's specifics, whose
# "plan" and "train" are everyday coaching words) is urgent, not a question. Not for eating.
BAND_STEPS = "ask-band-with-steps"
