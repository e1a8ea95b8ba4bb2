"""A person's day: readiness (check-ins and weekly reviews) and their programme, composed.

Pure: the Coach loads the check-ins from `history_first` and the weekly reviews from
`reviews_first`, then asks for a day. The same inputs give the same session whichever day
the question is asked on, so /tomorrow is exactly what tomorrow gives when no check-in
changes it, and /week shows earlier days as they were and later days as they stand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from core.assessment import Assessment, DayEntry, DayReadiness
from core.programmes import Programme, Session, session_for
from core.programmes.progress import cycle_first_day
from core.programmes.progression import monday_of
from core.programmes.tables import TABLES
from core.readiness import assess, assess_with_timeline, timeline
from core.weekly_review import Review, apply_reviews, governing

HISTORY_DAYS = 75  # the longest window a rule reads (60-day HRV range + 7-day mean, and slack)
REVIEW_DAYS = 21  # weekly reviews read: the governing one (<= 13 days back) and the one before


@dataclass(frozen=True, slots=True)
class PlanInputs:
    programme: Programme
    start: date  # the programme's start date
    body_mass_kg: float | None
    history: Sequence[DayEntry]  # check-ins from `history_first` on (later ones are ignored)
    reviews: Sequence[Review]  # weekly reviews from `reviews_first` on


def _window_first(programme: Programme, start: date, day: date) -> date:
    """The first day whose readiness the plan for `day` reads: the day before its cycle's
    first day (yesterday's deload may have just ended)."""
    return _cycle_start(programme, start, day) - timedelta(days=1)


def _cycle_start(programme: Programme, start: date, day: date) -> date:
    return cycle_first_day(TABLES[programme], start, max(day, start))


def history_first(programme: Programme, start: date, day: date) -> date:
    """The earliest check-in the plan for `day` (or its week) reads."""
    earliest = min(day, monday_of(day), _window_first(programme, start, monday_of(day)))
    return earliest - timedelta(days=HISTORY_DAYS)


def reviews_first(programme: Programme, start: date, day: date) -> date:
    """The earliest weekly review (its week's Monday) the plan for `day` (or its week) reads."""
    earliest = min(monday_of(day), _window_first(programme, start, monday_of(day)))
    return earliest - timedelta(days=REVIEW_DAYS)


def _with_holds(states: Sequence[DayReadiness], reviews: Sequence[Review]
                ) -> tuple[DayReadiness, ...]:
    """Each day's state with its weekly review's hold (core.weekly_review) applied."""
    out = []
    for state in states:
        review = governing(reviews, state.day)
        if review is not None and review.signals and state.load_increase_allowed:
            state = replace(state, load_increase_allowed=False)
        out.append(state)
    return tuple(out)


def assessment_on(inputs: PlanInputs, day: date) -> Assessment:
    """Readiness on `day` from the check-ins, then the weekly reviews' hold and escalation;
    it carries the cycle's earlier days (`Assessment.earlier`), computed in the same pass."""
    first = _window_first(inputs.programme, inputs.start, day)
    today, earlier = assess_with_timeline(inputs.history, day, first)
    today = apply_reviews(today, inputs.reviews, day)
    return replace(today, earlier=_with_holds(earlier, inputs.reviews))


def readiness(inputs: PlanInputs, first: date, last: date) -> dict[date, DayReadiness]:
    """Each day's deload, gates and poor day, first..last, with weekly-review holds."""
    states = _with_holds(timeline(inputs.history, first, last), inputs.reviews)
    return {state.day: state for state in states}


def carried(
    assessment: Assessment, programme: Programme, start: date
) -> Mapping[date, DayReadiness] | None:
    """The earlier days an assessment carries, when they are all the plan for its day reads."""
    first = _window_first(programme, start, assessment.day)
    needed = (assessment.day - first).days
    states = {state.day: state for state in assessment.earlier}
    if all(first + timedelta(days=n) in states for n in range(needed)):
        return states
    return None


def session_from(
    programme: Programme, start: date, body_mass_kg: float | None, assessment: Assessment,
    earlier: Mapping[date, DayReadiness],
) -> Session:
    """The session of the assessment's day, from the earlier days' readiness."""
    return session_for(programme, start, assessment.day, assessment, body_mass_kg, earlier)


def session_on(inputs: PlanInputs, day: date, assessment: Assessment | None = None) -> Session:
    """The session `day` gives; `assessment` is `assessment_on(inputs, day)` when known."""
    today = assessment if assessment is not None else assessment_on(inputs, day)
    earlier = carried(today, inputs.programme, inputs.start)
    if earlier is None:
        first = _window_first(inputs.programme, inputs.start, day)
        earlier = readiness(inputs, first, day - timedelta(days=1))
    return session_from(inputs.programme, inputs.start, inputs.body_mass_kg, today, earlier)


def week_on(inputs: PlanInputs, day: date) -> tuple[tuple[Session, Assessment], ...]:
    """Monday to Sunday of the week holding `day`, each day's session and assessment."""
    monday = monday_of(day)
    days = [monday + timedelta(days=n) for n in range(7)]
    first = _window_first(inputs.programme, inputs.start, monday)
    states = readiness(inputs, first, days[-1])
    out = []
    for each in days:
        today = apply_reviews(assess(inputs.history, each), inputs.reviews, each)
        session = session_for(inputs.programme, inputs.start, each, today, inputs.body_mass_kg,
                              states)
        out.append((session, today))
    return tuple(out)
