"""Today's, tomorrow's and the week's session, adjusted to the person's readiness."""

from __future__ import annotations

from datetime import date, timedelta

from core.assessment import Assessment
from core.coach.turn import Turn, say
from core.messages import Reply
from core.programmes import describe, describe_week, session_for
from core.programmes.model import Programme
from core.readiness import assess
from core.safety.texts import checkin_escalation_text, review_escalation_text
from core.store import Tx
from core.weekly_review import ESCALATION_RULE, Review, apply_reviews, parse_stored

HISTORY_DAYS = 75  # the longest window a rule reads (60-day HRV range + 7-day mean, and slack)
REVIEW_DAYS = 21  # weekly reviews read: the governing one (<= 13 days back) and the one before


def assess_day(turn: Turn, day: date) -> Assessment:
    """Readiness from check-ins, then the last two weekly reviews (core.weekly_review)."""
    history = turn.tx.history(turn.person.id, day - timedelta(days=HISTORY_DAYS), day)
    return with_reviews(turn.tx, turn.person.id, assess(history, day), day)


def with_reviews(tx: Tx, person_id: int, assessment: Assessment, day: date) -> Assessment:
    """The assessment with the person's weekly-review hold and escalation applied."""
    rows = tx.weekly_reviews(person_id, day - timedelta(days=REVIEW_DAYS))
    reviews = [Review(week_start, parse_stored(names)) for week_start, names in rows]
    return apply_reviews(assessment, reviews, day)


def _programme(turn: Turn) -> tuple[Programme, date]:
    person = turn.person
    return Programme(person.programme), person.programme_start or turn.today


def session_text(turn: Turn, day: date, assessment: Assessment) -> str:
    """The assessment's reason, then the day's session with its adjustments."""
    programme, start = _programme(turn)
    session = session_for(programme, start, day, assessment, turn.person.body_mass_kg)
    return f"{assessment.reason}\n\n{describe(session)}"


def session_reply(turn: Turn, day: date, assessment: Assessment) -> list[Reply]:
    """The day's session with its adjustments; clinical-support advice first when called for."""
    replies = []
    if assessment.escalation is not None:
        advice = (
            review_escalation_text
            if assessment.escalation.rule == ESCALATION_RULE
            else checkin_escalation_text
        )
        replies.append(say(advice(turn.person.country)))
    replies.append(say(session_text(turn, day, assessment)))
    return replies


def today(turn: Turn) -> list[Reply]:
    """`/today`: today's session against today's assessment."""
    return session_reply(turn, turn.today, assess_day(turn, turn.today))


def tomorrow(turn: Turn) -> list[Reply]:
    """Tomorrow's planned session; tomorrow's check-in will adjust it."""
    note = "Here's tomorrow as planned; tomorrow morning's check-in may adjust it."
    return [say(f"{note}\n\n{planned_on(turn, turn.today + timedelta(days=1))}")]


def planned_on(turn: Turn, day: date) -> str:
    """A later day's session as planned, against today's assessment."""
    programme, start = _programme(turn)
    assessment = assess_day(turn, turn.today)
    return describe(session_for(programme, start, day, assessment, turn.person.body_mass_kg))


def week(turn: Turn) -> list[Reply]:
    """`/week`: the week containing today, one line a day."""
    programme, start = _programme(turn)
    return [say(describe_week(programme, start, turn.today))]
