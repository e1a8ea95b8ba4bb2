"""Today's, tomorrow's and the week's session, adjusted to the person's readiness; /more."""

from __future__ import annotations

from datetime import date, timedelta

from core import day_plan
from core.assessment import Assessment
from core.coach.turn import Turn, say
from core.messages import Choice, Reply
from core.people import Person
from core.programmes import describe, describe_more, describe_week
from core.programmes.model import Programme, Session
from core.safety.languages import choose_language
from core.safety.texts import checkin_escalation_text, review_escalation_text
from core.store import Tx
from core.weekly_review import ESCALATION_RULE, Review, apply_reviews, parse_stored

HISTORY_DAYS = day_plan.HISTORY_DAYS
REVIEW_DAYS = day_plan.REVIEW_DAYS
MORE = Choice("More", "/more")  # the session's button; /more typed does the same
TOMORROW_NOTE = "Tomorrow, if nothing changes (tomorrow's check-in may adjust it):"


def assess_day(turn: Turn, day: date) -> Assessment:
    """Readiness from check-ins, then the last two weekly reviews (core.weekly_review); it
    carries the programme cycle's earlier days, so the session needs no second look."""
    return day_plan.assessment_on(inputs(turn, day), day)


def _reviews(tx: Tx, person_id: int, since: date) -> list[Review]:
    return [Review(week_start, parse_stored(names))
            for week_start, names in tx.weekly_reviews(person_id, since)]


def with_reviews(tx: Tx, person_id: int, assessment: Assessment, day: date) -> Assessment:
    """The assessment with the person's weekly-review hold and escalation applied."""
    reviews = _reviews(tx, person_id, day - timedelta(days=REVIEW_DAYS))
    return apply_reviews(assessment, reviews, day)


def _programme(turn: Turn) -> tuple[Programme, date]:
    person = turn.person
    return Programme(person.programme), person.programme_start or turn.today


def inputs(turn: Turn, day: date) -> day_plan.PlanInputs:
    """What the plan for `day` (and its week) reads, loaded in two queries."""
    programme, start = _programme(turn)
    first = day_plan.history_first(programme, start, day)
    last = max(day, day - timedelta(days=day.weekday()) + timedelta(days=6))
    history = turn.tx.history(turn.person.id, first, last)
    reviews = _reviews(turn.tx, turn.person.id, day_plan.reviews_first(programme, start, day))
    return day_plan.PlanInputs(programme, start, turn.person.body_mass_kg, history, reviews)


def session_text(turn: Turn, day: date, assessment: Assessment) -> str:
    """The day's session: what to do, how hard, how long and why it changed."""
    programme, start = _programme(turn)
    earlier = day_plan.carried(assessment, programme, start)
    if earlier is None:
        session = day_plan.session_on(inputs(turn, day), day, assessment)
    else:
        session = day_plan.session_from(programme, start, turn.person.body_mass_kg, assessment,
                                        earlier)
    return describe(session, assessment.reason)


def _advice(turn: Turn, assessment: Assessment) -> list[Reply]:
    """Clinical-support advice, before the session, when the assessment calls for it."""
    if assessment.escalation is None:
        return []
    return [say(advice_text(turn.person, review=assessment.escalation.rule == ESCALATION_RULE))]


def advice_text(person: Person, *, review: bool) -> str:
    """The check-in (or, with `review`, weekly-review) escalation text with the person's line,
    in their language as the safety flow chooses it; no message to detect a language from, so
    the setting, then the country's language (`core.safety.languages`)."""
    language = choose_language(person.language, None, person.helpline_country)
    text = review_escalation_text if review else checkin_escalation_text
    return text(person.helpline_country, language)


def session_reply(turn: Turn, day: date, assessment: Assessment) -> list[Reply]:
    """The day's session with its adjustments and a More button; advice first if called for."""
    return [*_advice(turn, assessment), say(session_text(turn, day, assessment), MORE)]


def today(turn: Turn) -> list[Reply]:
    """`/today`: today's session against today's assessment."""
    return session_reply(turn, turn.today, assess_day(turn, turn.today))


def tomorrow(turn: Turn) -> list[Reply]:
    """Tomorrow's session as tomorrow gives it if no check-in changes it."""
    assessment, session = _preview(turn, turn.today + timedelta(days=1))
    text = f"{TOMORROW_NOTE}\n{describe(session, assessment.reason)}"
    return [*_advice(turn, assessment), say(text, MORE)]


def planned_on(turn: Turn, day: date) -> str:
    """A later day's session as that day gives it if no check-in changes it ("what about
    Saturday?")."""
    assessment, session = _preview(turn, day)
    return describe(session, assessment.reason)


def _preview(turn: Turn, day: date) -> tuple[Assessment, Session]:
    plan = inputs(turn, day)
    assessment = day_plan.assessment_on(plan, day)
    return assessment, day_plan.session_on(plan, day, assessment)


def week(turn: Turn) -> list[Reply]:
    """`/week`: the week holding today, one line a day, as each day stands. In the week the
    programme starts, from its start day: the days before it were not part of it."""
    planned = inputs(turn, turn.today)
    sessions = [s for s, _ in day_plan.week_on(planned, turn.today)]
    from_start = [s for s in sessions if s.day >= planned.start]
    return [say(describe_week(from_start or sessions, turn.today))]


def more(turn: Turn) -> list[Reply]:
    """`/more` (or the More button): today's details, some guidance rotating day by day."""
    day = turn.today
    session = day_plan.session_on(inputs(turn, day), day)
    return [say(describe_more(session))]
