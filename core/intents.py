"""What a free-text message asks for, when it is not a command or an answer."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Intent(StrEnum):
    TODAY = "today"
    TOMORROW = "tomorrow"
    WEEK = "week"
    CHECKIN = "checkin"
    HELP = "help"
    GREETING = "greeting"
    THANKS = "thanks"
    YES = "yes"
    NO = "no"
    SKIP = "skip"
    UNKNOWN = "unknown"


_PLAN_WORDS = r"(session|plan|workout|training|program(me)?|routine|exercise|lift|run|wod)"
_PATTERNS: tuple[tuple[Intent, re.Pattern[str]], ...] = (
    (Intent.TOMORROW, re.compile(
        rf"\btomorrow'?s?\b.*\b{_PLAN_WORDS}|\b{_PLAN_WORDS}\b.*\btomorrow\b"
    )),
    (Intent.WEEK, re.compile(
        rf"\b(this|the|my)\s+week'?s?\b.*\b{_PLAN_WORDS}|\bweek\s+(plan|ahead|at a glance)\b"
        rf"|\b{_PLAN_WORDS}\b.*\b(this|the)\s+week\b"
    )),
    (Intent.TODAY, re.compile(
        rf"\btoday'?s?\b.*\b{_PLAN_WORDS}|\b{_PLAN_WORDS}\b.*\btoday\b"
        r"|\bwhat\s+(should|do|can|shall)\s+i\s+(do|train|lift|run)\b"
        r"|^\s*(workout|session|plan|today)\s*\??\s*$"
        rf"|\bwhat'?s\s+(the\s+|my\s+)?{_PLAN_WORDS}\b"
    )),
    (Intent.CHECKIN, re.compile(r"^\s*(check[\s-]?in|morning check[\s-]?in|log|record)\b")),
    (Intent.HELP, re.compile(r"^\s*(help|\?|what can you do|commands|menu|how does this work)\b")),
    (Intent.YES, re.compile(
        r"^\s*(y|yes|yeah|yep|yup|sure|ok|okay|i agree|agree|confirm|go ahead|do it)\b"
    )),
    (Intent.NO, re.compile(r"^\s*(n|no|nope|nah|cancel|stop|don'?t|do not|not now)\b")),
    (Intent.SKIP, re.compile(r"^\s*(skip|pass|later|default|-)\s*[.!]?\s*$")),
    (Intent.THANKS, re.compile(r"^\s*(thanks|thank you|thx|ty|cheers)\b")),
    (Intent.GREETING, re.compile(r"^\s*(hi|hello|hey|hiya|good (morning|evening|afternoon)|yo)\b")),
)


def normalise(text: str) -> str:
    """Case-folded, NFKC, straight apostrophes, single spaces."""
    text = unicodedata.normalize("NFKC", text[:2000]).casefold()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    return re.sub(r"\s+", " ", text).strip()


def classify(text: str) -> Intent:
    """The first intent whose pattern matches, in priority order; UNKNOWN otherwise."""
    clean = normalise(text)
    for intent, pattern in _PATTERNS:
        if pattern.search(clean):
            return intent
    return Intent.UNKNOWN
