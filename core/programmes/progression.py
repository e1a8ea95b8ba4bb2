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


def cycle_index(week: int, length: int, *, rolls: bool) -> int:
    """Index into a programme's week table: rolling tables wrap, fixed ones stay on the last."""
    if rolls:
        return (week - 1) % length
    return min(week, length) - 1


def previous_index(week: int, length: int, *, rolls: bool) -> int | None:
    """Index of the week before `week` in the table, or None in week 1."""
    if week <= 1:
        return None
    return cycle_index(week - 1, length, rolls=rolls)
