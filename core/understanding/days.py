"""Requests for a day's session: "what should I do tomorrow?", "what about Saturday?", "/week".

A request names a day (or none, meaning today) and either says it is about training
("session", "workout", "plan", "do", "on", ...) or says nothing else at all ("tomorrow?",
"monday?", "what about Saturday?"). "what's the weather tomorrow" names a day but asks about
something else, so it is not a request.
"""

from __future__ import annotations

import re

from core.understanding.model import WEEKDAYS, Session

DAY_WORDS: dict[str, str] = {
    "today": "today", "tonight": "today", "week": "week", "weekly": "week",
    "tomorrow": "tomorrow", "mon": "monday", "tue": "tuesday", "tues": "tuesday",
    "wed": "wednesday", "weds": "wednesday", "thu": "thursday", "thur": "thursday",
    "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
    **{day: day for day in WEEKDAYS},
    **{f"{day}s": day for day in WEEKDAYS},
    "weeks": "week",
}  # fmt: skip

# Words that make a day-naming message about training.
TRAINING_WORDS = frozenset({
    "session", "sessions", "workout", "plan", "planned", "plans", "training", "train",
    "programme", "program", "routine", "exercise", "exercises", "lift", "lifting", "lifts",
    "run", "running", "runs", "gym", "wod", "do", "doing", "on", "schedule", "scheduled",
    "agenda", "up", "got", "have", "activity", "cardio", "strength", "day", "look", "looks",
    "looking", "like", "menu", "lined", "in", "store", "due", "going",
})  # fmt: skip
# Words that may stand around a bare day name without changing what is asked.
BARE_WORDS = frozenset({
    "what", "whats", "about", "how", "hows", "and", "for", "the", "is", "it", "its", "then",
    "ok", "okay", "so", "please", "hey", "hi", "coach", "anything", "any", "me", "my", "this",
    "next", "coming", "s", "a", "also", "again", "same", "question", "q", "oh", "right", "k",
    "now", "of", "rest", "whole", "entire", "full", "show", "tell", "give", "send", "see",
    "hmm", "um", "ah", "first", "quick", "but", "yeah", "yes", "sure", "thanks", "you", "can",
    "could", "i", "get", "will", "be", "would", "like", "to", "know", "at", "glance", "ahead",
})  # fmt: skip
# Words that show the day is named for another reason ("the weather tomorrow").
ELSEWHERE = frozenset({
    "weather", "eat", "eating", "dinner", "lunch", "breakfast", "meeting", "work", "party",
    "news", "date", "time", "birthday", "holiday", "wear", "forecast", "rain", "cook",
})  # fmt: skip

_TODAY = re.compile(
    r"^(first |so |ok |okay |hey |and |but )*"
    r"((whats|what is|what) (is )?(the |my |todays |today )?"
    r"(session|workout|plan|training|programme|program|routine|wod|exercise)\b"
    r"|what (should|do|can|shall|must|will|am) i (do|doing|train|training|lift|lifting|run"
    r"|running)\b"
    r"|what am i doing\b"
    r"|(show|give|send|tell) me (my |the |todays |today )?(session|workout|plan|training)\b"
    r"|(my |the )?(session|workout|plan|training|wod)( please| pls)?$)"
)


def session_request(words: str) -> Session | None:
    """The day asked for, from canonical words (core.understanding.words.canonical)."""
    tokens = words.split()
    days = [DAY_WORDS[t] for t in tokens if t in DAY_WORDS and _names_day(t, tokens)]
    if not days:
        return Session("today") if _TODAY.search(words) else None
    day = _main_day(days)
    others = [t for t in tokens if t not in DAY_WORDS]
    if any(t in ELSEWHERE for t in others):
        return None
    if any(t in TRAINING_WORDS for t in others) or all(t in BARE_WORDS for t in others):
        return Session(day)
    return None


def _names_day(token: str, tokens: list[str]) -> bool:
    """"sat"/"sun"/"week" only as a day: "the sun", "I sat" or "a week off" are not."""
    if token in ("sat", "sun"):
        return len(tokens) <= 4
    if token in ("week", "weekly", "weeks"):
        return _week_meant(tokens)
    return True


def _week_meant(tokens: list[str]) -> bool:
    index = next(i for i, t in enumerate(tokens) if t in ("week", "weekly", "weeks"))
    before = tokens[index - 1] if index else ""
    return index == 0 or before in ("this", "the", "my", "whole", "for", "weekly", "next", "of")


def _main_day(days: list[str]) -> str:
    """Tomorrow or a weekday wins over "today" ("today's plan for saturday" is Saturday)."""
    specific = [d for d in days if d != "today"]
    return specific[0] if specific else days[0]
