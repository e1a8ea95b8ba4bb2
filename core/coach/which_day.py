"""A day's session asked for in words: today, tomorrow, a weekday ("what about Saturday?"),
or the week."""

from __future__ import annotations

from datetime import date, timedelta

from core.coach import plans
from core.coach.turn import Turn, say
from core.messages import Reply
from core.understanding.model import WEEKDAYS


def day_meant(today: date, word: str) -> date:
    """The date a word names: today, tomorrow, or the next such weekday (today if it is one)."""
    if word == "tomorrow":
        return today + timedelta(days=1)
    if word in WEEKDAYS:
        return today + timedelta(days=(WEEKDAYS.index(word) - today.weekday()) % 7)
    return today


def session_on(turn: Turn, word: str) -> list[Reply]:
    """The session for the day the word names (the week for "week")."""
    if word == "week":
        return plans.week(turn)
    day = day_meant(turn.today, word)
    if day == turn.today:
        return plans.today(turn)
    if day == turn.today + timedelta(days=1):
        return plans.tomorrow(turn)
    note = f"Here's {day:%A} as planned; that morning's check-in may adjust it."
    return [say(f"{note}\n\n{plans.planned_on(turn, day)}")]
