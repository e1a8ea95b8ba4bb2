"""Scheduled prompts, rendered at send time: what to say, or nothing if it no longer applies.

The schedule (core.schedule) decides when a prompt is due; this module decides, at the moment
it goes out, whether it still makes sense: a check-in already done, a person paused, blocked,
mid-onboarding, or who wrote a minute ago gets nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from core import guidance
from core.checkin_fields import Field
from core.coach import checkin_flow, onboarding
from core.coach.turn import Turn, say
from core.intents import Intent, classify
from core.messages import Outbound, Reply
from core.people import Person
from core.schedule import DEFAULT_RULES, PromptKind, ScheduleRules, sit_break_allowed
from core.store import Conversation, Tx

REVIEW_PREFIX = "review"
REVIEW_THANKS = (
    "Thank you for the weekly check-in. If several of those signals are true, we lighten the "
    "week: tell me, or see what is planned with /week."
)
REMINDER_INTRO = "A gentle reminder: no check-in yet today. Thirty seconds, one tap per question."
CHECKIN_PENDING = f"{checkin_flow.PREFIX}:{Field.SLEEP.value}"


def render(
    tx: Tx, person_id: int, kind: str, at: datetime, rules: ScheduleRules = DEFAULT_RULES
) -> list[Outbound]:
    """The pushes for one due prompt at `at`, or [] when it no longer applies."""
    person = tx.get_person(person_id)
    if person is None or person.blocked or _paused(person, at):
        return []
    conversation = tx.conversation(person.id)
    if (conversation.pending or "").startswith(onboarding.PREFIX):
        return []  # never interrupt onboarding
    replies = _replies(tx, person, conversation, PromptKind(kind), at, rules)
    return [
        Outbound(person.platform, person.chat_id, reply, person_id=person.id, kind=kind,
                 meta={"to": person.display_name})
        for reply in replies
    ]


def _replies(
    tx: Tx, person: Person, conversation: Conversation, kind: PromptKind, at: datetime,
    rules: ScheduleRules,
) -> list[Reply]:
    local = at.astimezone(ZoneInfo(person.timezone))
    if kind is PromptKind.MORNING_CHECKIN:
        if _checked_in(tx, person, local):
            return []
        tx.set_conversation(person.id, Conversation(CHECKIN_PENDING))
        return [checkin_flow.question(Field.SLEEP, first=True)]
    if kind is PromptKind.CHECKIN_REMINDER:
        mid_checkin = (conversation.pending or "").startswith(checkin_flow.PREFIX) and bool(
            conversation.draft)
        if _checked_in(tx, person, local) or mid_checkin:
            return []
        if local.time().replace(tzinfo=None) >= rules.morning_cutoff:
            return []
        tx.set_conversation(person.id, Conversation(CHECKIN_PENDING))
        question = checkin_flow.question(Field.SLEEP)
        return [replace(question, text=f"{REMINDER_INTRO}\n{question.text}")]
    if kind is PromptKind.SIT_BREAK:
        if not sit_break_allowed(tx.last_inbound_at(person.id), at):
            return []
        index = local.toordinal() * 24 + local.hour  # the next hour brings the next one
        return [Reply(guidance.sit_break_suggestion(index))]
    if kind is PromptKind.WIND_DOWN:
        return [Reply(guidance.wind_down_text())]
    if kind is PromptKind.WEEKLY_REVIEW:
        tx.set_conversation(person.id, Conversation(f"{REVIEW_PREFIX}:answer"))
        return [Reply(guidance.weekly_review_text())]
    return []


def answer_review(turn: Turn) -> list[Reply] | None:
    """A free-text answer to the weekly check-in (already safety-screened by the Coach);
    None when it is clearly something else (a question, a check-in), which routes normally."""
    turn.done()
    answers = (Intent.UNKNOWN, Intent.YES, Intent.NO)
    if classify(turn.inbound.text) not in answers or turn.inbound.choice is not None:
        return None
    return [say(REVIEW_THANKS)]


def _paused(person: Person, at: datetime) -> bool:
    return person.paused_until is not None and person.paused_until > at


def _checked_in(tx: Tx, person: Person, local: datetime) -> bool:
    return bool(tx.history(person.id, local.date(), local.date()))
