"""Week numbering and the one-variable-at-a-time progression rule shared by the programmes.

Weeks run Monday to Sunday. Week 1 is the calendar week holding the start date when the start
falls Monday to Wednesday; a Thursday-to-Sunday start makes those first days part of week 1
too, and week 1 then runs on through the next full Monday-Sunday week (no 1-day first week).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

VOLUME = "volume"
INTENSITY = "intensity"
FREQUENCY = "frequency"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def first_monday(start: date) -> date:
    """The Monday on which week 1's counting starts (see the module docstring)."""
    monday = monday_of(start)
    return monday if start.weekday() <= 2 else monday + timedelta(days=7)


def week_number(start: date, day: date) -> int:
    """1-based programme week of `day` (>= 1; days before the start count as week 1)."""
    return max(1, (day - first_monday(start)).days // 7 + 1)


@dataclass(frozen=True, slots=True)
class Levels:
    """What a week prescribes, grouped by the variable a step may raise.

    Each tuple is compared position by position between consecutive weeks.
    """

    volume: tuple[int, ...]
    intensity: tuple[int, ...]
    frequency: tuple[int, ...]


def _up(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    return any(a > b for b, a in zip(before, after, strict=True))


def raised(before: Levels, after: Levels) -> frozenset[str]:
    """The variables that go up from `before` to `after` (the rule allows at most one)."""
    names: set[str] = set()
    if _up(before.volume, after.volume):
        names.add(VOLUME)
    if _up(before.intensity, after.intensity):
        names.add(INTENSITY)
    if _up(before.frequency, after.frequency):
        names.add(FREQUENCY)
    return frozenset(names)


@dataclass(frozen=True, slots=True)
class Position:
    """Where a calendar week falls in a programme's table, before any readiness.

    `index` is the table row the calendar gives this week; the cycle (or round) that holds
    the week began in week `cycle_start`, at row 0. A new cycle always starts on schedule,
    so what a cycle missed to holds and deloads is not made up later.
    """

    index: int
    cycle_start: int
    label: str  # e.g. "week 3 of 12, cycle 2"


def rolling(week: int, length: int) -> tuple[int, int, int]:
    """(index, cycle number from 1, first week of that cycle) of a table that rolls over."""
    cycle, index = divmod(week - 1, length)
    return index, cycle + 1, week - index


def rolling_position(week: int, length: int, cycle_word: str) -> Position:
    """The position in a table of `length` weeks that rolls over: "week 3 of 12, cycle 2"."""
    index, cycle, first = rolling(week, length)
    label = f"week {index + 1} of {length}" + (f", {cycle_word} {cycle}" if cycle > 1 else "")
    return Position(index, first, label)


def no_next_step(week: int) -> int | None:
    """A rolling plan has no end at which to offer what comes next."""
    return None
