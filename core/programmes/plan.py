"""Today's session and the week at a glance for a programme, a start date and a date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Protocol

from core.assessment import Assessment
from core.programmes import athlete, rhythm, starter
from core.programmes.adjust import adjust, hold_adjustment
from core.programmes.daily import micro_regulation_for, rest_day_recovery
from core.programmes.model import Programme, Session, SessionKind
from core.programmes.planned import Planned
from core.programmes.progression import monday_of, week_number


class PlanFn(Protocol):
    def __call__(
        self, week: int, day: date, *, hold: bool, body_mass_kg: float | None
    ) -> Planned: ...


_PLANS: dict[Programme, tuple[Callable[[int], frozenset[str]], PlanFn]] = {
    Programme.STARTER: (starter.raises, starter.planned),
    Programme.ATHLETE: (athlete.raises, athlete.planned),
    Programme.RHYTHM: (rhythm.raises, rhythm.planned),
}


def before_start(programme: Programme, start: date, day: date) -> Session:
    """A day before the programme starts: a recovery day that says when it starts."""
    return Session(
        programme=programme,
        day=day,
        week=1,
        title=f"Your programme starts on {start:%a %d %b %Y}",
        kind=SessionKind.RECOVERY,
        duration_minutes=0,
        blocks=(),
        aerobic=None,
        downregulation="5 min: extended-exhale nasal breathing, sitting or lying down.",
        micro_regulation=micro_regulation_for(day),
        adjustments=(),
        recovery=(
            "Get ready: settle your sleep window now, it carries the programme.",
            *rest_day_recovery(None, high_load=False),
        ),
    )


def session_for(
    programme: Programme,
    start: date,
    day: date,
    assessment: Assessment | None,
    body_mass_kg: float | None = None,
) -> Session:
    """The day's session of `programme` begun on `start`, adjusted to the assessment."""
    if day < start:
        return before_start(programme, start, day)
    raises, plan = _PLANS[programme]
    week = week_number(start, day)
    planned = plan(week, day, hold=False, body_mass_kg=body_mass_kg)
    held = None
    step_up = raises(week)
    if assessment is not None and not assessment.load_increase_allowed and step_up:
        kept = plan(week, day, hold=True, body_mass_kg=body_mass_kg)
        if kept.session != planned.session:
            planned, held = kept, hold_adjustment(assessment, step_up)
    return adjust(planned, assessment, held)


def week_at_a_glance(programme: Programme, start: date, day: date) -> tuple[tuple[date, str], ...]:
    """Monday-to-Sunday titles of the week holding `day`, as planned (no adjustments)."""
    monday = monday_of(day)
    days = (monday + timedelta(days=i) for i in range(7))
    return tuple((d, session_for(programme, start, d, None).title) for d in days)
