"""A day's session for a programme, a start date and a date, adjusted to readiness."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from core.assessment import Assessment, DayReadiness
from core.programmes.adjust import DayContext, adjust
from core.programmes.daily import DOWNREGULATION_REST, micro_regulation_for, rest_day_recovery
from core.programmes.model import Programme, Session, SessionKind
from core.programmes.planned import plan_day
from core.programmes.progress import day_outcome, progress, week_days
from core.programmes.progression import monday_of, week_number
from core.programmes.tables import TABLES


def before_start(programme: Programme, start: date, day: date) -> Session:
    """A day before the programme starts: a recovery day that says when it starts."""
    return Session(
        programme=programme,
        day=day,
        week=1,
        week_label="before week 1",
        title=f"Your programme starts on {start:%a %d %b %Y}",
        kind=SessionKind.RECOVERY,
        duration_minutes=0,
        warm_up=None,
        blocks=(),
        aerobic=None,
        cue="",
        downregulation=DOWNREGULATION_REST,
        micro_regulation=micro_regulation_for(day),
        adjustments=(),
        notes=("Get ready: settle your sleep window now, it carries the programme.",),
        recovery=rest_day_recovery(None, high_load=False),
    )


def _state(
    day: date, assessment: Assessment | None, readiness: Mapping[date, DayReadiness]
) -> DayReadiness:
    if assessment is not None:
        return DayReadiness(day, assessment.deload, assessment.load_increase_allowed,
                            assessment.poor_day)
    return readiness.get(day) or DayReadiness(day, None, True, None)


def session_for(
    programme: Programme,
    start: date,
    day: date,
    assessment: Assessment | None,
    body_mass_kg: float | None = None,
    readiness: Mapping[date, DayReadiness] | None = None,
) -> Session:
    """The day's session of `programme` begun on `start`, adjusted to readiness.

    `assessment` is the day's own (None: `readiness` for the day, else nothing changed);
    `readiness` holds the earlier days of the cycle (core.readiness.timeline, with weekly
    reviews applied), which decide the row the week offers (core.programmes.progress).
    Without it every earlier week counts as completed.
    """
    if day < start:
        return before_start(programme, start, day)
    table = TABLES[programme]
    states = readiness or {}
    week = week_number(start, day)
    current = progress(table, start, day, states)
    state = _state(day, assessment, states)
    earlier = (states.get(d) for d in week_days(start, week) if d < day)
    deload_before = any(s is not None and s.deload is not None for s in earlier)
    row, outcome = day_outcome(table, current, day, state, deload_before)
    work = table.work(row, day.weekday())
    planned = plan_day(programme, day, week, current.position.label, work,
                       body_mass_kg=body_mass_kg, high_load=table.high_load)
    yesterday = states.get(day - timedelta(days=1)) if day > start else None
    ended = yesterday.deload if yesterday is not None and state.deload is None else None
    context = DayContext(state, outcome, table.steps[current.offer].change, ended,
                         table.next_step(week))
    return adjust(planned, assessment, context)


def week_at_a_glance(programme: Programme, start: date, day: date) -> tuple[tuple[date, str], ...]:
    """Monday-to-Sunday titles of the week holding `day`, as planned (no adjustments)."""
    monday = monday_of(day)
    days = (monday + timedelta(days=i) for i in range(7))
    return tuple((d, session_for(programme, start, d, None).title) for d in days)
