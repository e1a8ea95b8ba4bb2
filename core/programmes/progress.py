"""Where a person stands in their programme: the table row each week offers, from readiness.

The calendar gives each week a row of the programme's table (`Position`); readiness decides
whether the person gets it. Seed 000, Template 2 "Progression Parameters": increase one
variable at a time, and not while sleep, resting HR, HRV or mood say no; Template 2 "Action
Threshold": after a deload, the plan resumes. Rules (docs/programmes.md, "Progress"):

* `done` is the last row a person completed in full (a planned lighter week does not move
  it); `offer` is the row this week offers, one step above `done` at most.
* A day falls back to `fallback_row` (= `done` when `offer` raises anything over it) when a
  deload or a poor day cuts it (REDUCED), after a deload earlier this week or last week
  (RETURN: the last completed level), or when the progression gates are closed and the
  day's work differs between the two rows (HELD).
* A week is completed when no day of it was in a deload and no training day was held or
  cut: then `done` = `offer` and next week offers the next row. A held week offers the same
  row again. A week with a deload returns to `fallback_row` for the week after (then steps
  up again, one row at a time).
* Each cycle (the athlete's 12 weeks, the rhythm's 4, a starter round of 6) starts on
  schedule at row 0, which raises nothing over any full row of its table (only over a
  planned lighter row), so what a cycle missed is not made up and nothing jumps.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from core.assessment import DayReadiness
from core.programmes.progression import Position, first_monday, week_number
from core.programmes.tables import Table


class Outcome(StrEnum):
    PLANNED = "planned"  # the offered row
    HELD = "held"  # gates closed: the step up waits
    RETURN = "return"  # after a deload: the last completed level
    REDUCED = "reduced"  # a deload or a poor day cuts the day


@dataclass(frozen=True, slots=True)
class Progress:
    """The rows of the week holding a day."""

    position: Position
    offer: int
    done: int | None  # None: nothing completed yet in this cycle
    returning: bool  # this week repeats the last completed level after a deload


def fallback_row(table: Table, offer: int, done: int | None) -> int:
    """Where holds, deloads and returns fall back to: `done` if `offer` raises anything."""
    if done is None or not table.raises(done, offer):
        return offer
    return done


def day_outcome(
    table: Table, progress: Progress, day: date, state: DayReadiness, deload_before: bool
) -> tuple[int, Outcome]:
    """The row a day gets and why; `deload_before`: a deload day earlier this week."""
    fallback = fallback_row(table, progress.offer, progress.done)
    if state.deload is not None or state.poor_day is not None:
        return fallback, Outcome.REDUCED
    if progress.returning or deload_before:
        return fallback, Outcome.RETURN
    if not state.load_increase_allowed and fallback != progress.offer:
        weekday = day.weekday()
        if table.work(fallback, weekday).content != table.work(progress.offer, weekday).content:
            return fallback, Outcome.HELD
    return progress.offer, Outcome.PLANNED


def week_days(start: date, week: int) -> list[date]:
    """The programme's days in calendar week `week` (week 1 starts on the start date)."""
    monday = first_monday(start) + timedelta(weeks=week - 1)
    first = start if week == 1 else monday
    return [first + timedelta(days=n) for n in range((monday + timedelta(days=7) - first).days)]


def _neutral(day: date) -> DayReadiness:
    return DayReadiness(day, None, True, None)


def progress(
    table: Table, start: date, day: date, states: Mapping[date, DayReadiness]
) -> Progress:
    """The rows of the week holding `day`, replaying the cycle's earlier weeks.

    `states` should cover the cycle's days before `day`'s week (`cycle_first_day`); a
    missing day counts as one without a check-in where nothing closed the gates.
    """
    week = week_number(start, day)
    position = table.position(week)
    current = Progress(position, 0, None, False)
    for earlier in range(position.cycle_start, week):
        current = _next_week(table, start, earlier, current, states)
    return Progress(position, current.offer, current.done, current.returning)


def _next_week(
    table: Table, start: date, week: int, current: Progress, states: Mapping[date, DayReadiness]
) -> Progress:
    deloaded = held = False
    for day in week_days(start, week):
        state = states.get(day) or _neutral(day)
        _, outcome = day_outcome(table, current, day, state, deloaded)
        if state.deload is not None:
            deloaded = True
        elif outcome in (Outcome.HELD, Outcome.REDUCED):
            held = held or table.work(current.offer, day.weekday()).training
    fallback = fallback_row(table, current.offer, current.done)
    if deloaded:
        return Progress(current.position, fallback, current.done, True)
    if held:
        return Progress(current.position, current.offer, current.done, False)
    done = current.done if table.steps[current.offer].lighter else current.offer
    following = min(current.offer + 1, len(table.steps) - 1)
    return Progress(current.position, following, done, False)


def cycle_first_day(table: Table, start: date, day: date) -> date:
    """The first day whose readiness `progress` reads for `day` (its cycle's first day)."""
    cycle_start = table.position(week_number(start, day)).cycle_start
    return week_days(start, cycle_start)[0]
