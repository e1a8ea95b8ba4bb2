"""Scheduled prompts, rendered at send time: what to say, or nothing if it no longer applies.

The schedule (core.schedule) decides when a prompt is due; this module decides, at the moment
it goes out, whether it still makes sense: a check-in already done, a person paused, blocked,
mid-onboarding, or who wrote a minute ago gets nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from core import guidance, weekly_review
from core.checkin_fields import Field
from core.coach import checkin_flow, onboarding, plans, unfinished
from core.coach.questions import asked, owner_of
from core.coach.turn import NEVER_RESUMED, RESUME, Turn, say, stashed
from core.messages import Outbound, Reply
from core.people import Person
from core.schedule import DEFAULT_RULES, PromptKind, ScheduleRules, sit_break_allowed
from core.store import Conversation, Tx
from core.understanding import Command, Name, Unknown, understand
from core.weekly_review import ESCALATION_RULE

REVIEW_PREFIX = "review"
REVIEW_NOTHING = (
    "Thanks — nothing on the watch list this week. The plan carries on as your "
    "check-ins allow."
)
REVIEW_WHICH = (
    "Which of them? Tell me in a few words, e.g. \"can't switch off, dreading training\", "
    "and I'll hold this week's load."
)
_DIGIT = re.compile(r"\d")
REMINDER_INTRO = "A gentle reminder: no check-in yet today. Thirty seconds, one tap per question."
CHECKIN_PENDING = f"{checkin_flow.PREFIX}:{Field.SLEEP.value}"


def render(
    tx: Tx, person_id: int, kind: str, at: datetime, rules: ScheduleRules = DEFAULT_RULES
) -> list[Outbound]:
    """The pushes for one due prompt at `at`, or [] when it no longer applies."""
    person = tx.get_person(person_id)
    if person is None or person.blocked or _paused(person, at):
        return []
    open_safety, _ = tx.safety_question(person.platform, person.platform_user_id, at)
    if open_safety is not None and open_safety.kind != "band":
        # a crisis question is open (until "Yes, I'm safe", a day at most): no cheerful
        # routine prompt (a ninth attacker got "Wind-down time" 15 minutes after "the rope
        # is ready", and the next morning's check-in); the band's question does not hold them
        return []
    left, conversation = unfinished.left_behind(tx.conversation(person.id), at)
    conversation = conversation.live(at)
    if (conversation.pending or "").startswith(onboarding.PREFIX):
        return []  # never interrupt onboarding
    if left:  # a question opened now carries them: kept and told at the next message
        conversation = replace(conversation, draft={
            **conversation.draft, unfinished.LEFT: unfinished.to_draft(left)})
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
    mid_checkin = (conversation.pending or "").startswith(checkin_flow.PREFIX) and any(
        f.value in conversation.draft for f in Field)  # answers given today: never dropped
    if kind is PromptKind.MORNING_CHECKIN:
        if checkin_flow.checked_in(tx, person.id, local.date()) or mid_checkin:
            return []
        token = _ask(tx, person, conversation, CHECKIN_PENDING, at, day=local.date().isoformat())
        return [checkin_flow.question(Field.SLEEP, token, first=True)]
    if kind is PromptKind.CHECKIN_REMINDER:
        if checkin_flow.checked_in(tx, person.id, local.date()) or mid_checkin:
            return []
        if local.time().replace(tzinfo=None) >= rules.morning_cutoff:
            return []
        token = _ask(tx, person, conversation, CHECKIN_PENDING, at, day=local.date().isoformat())
        question = checkin_flow.question(Field.SLEEP, token)
        return [replace(question, text=f"{REMINDER_INTRO}\n{question.text}")]
    if kind is PromptKind.SIT_BREAK:
        if not sit_break_allowed(tx.last_inbound_at(person.id), at):
            return []
        index = local.toordinal() * 24 + local.hour  # the next hour brings the next one
        return [Reply(guidance.sit_break_suggestion(index))]
    if kind is PromptKind.WIND_DOWN:
        return [Reply(guidance.wind_down_text())]
    if kind is PromptKind.WEEKLY_REVIEW:
        _ask(tx, person, conversation, f"{REVIEW_PREFIX}:answer", at)
        return [Reply(guidance.weekly_review_text())]
    return []


def _ask(
    tx: Tx, person: Person, conversation: Conversation, pending: str, at: datetime,
    **draft: object,
) -> str:
    """Open the prompt's question (a new token and lifetime). A different open question it
    interrupts is kept, to be asked again when this one is answered, if it holds answers
    (a check-in half done); an unanswered one simply gives way. Lapsed check-in answers
    carried in the draft (core.coach.unfinished.LEFT) are carried on."""
    left = conversation.draft.get(unfinished.LEFT)
    if left:
        draft[unfinished.LEFT] = left  # a lapsed check-in's answers: never overwritten
        conversation = replace(conversation, draft={
            k: v for k, v in conversation.draft.items() if k != unfinished.LEFT})
    interrupted = conversation.pending and conversation.pending.partition(":")[0] != (
        pending.partition(":")[0]) and conversation.pending not in NEVER_RESUMED
    if interrupted and set(conversation.draft) - {"day", RESUME}:
        draft[RESUME] = stashed(conversation)
    owner = owner_of(person.platform, person.platform_user_id)
    opened = asked(pending, at, person.timezone, owner, conversation, **draft)
    tx.set_conversation(person.id, opened)
    return opened.token or ""


def answer_review(turn: Turn, step: str = "answer") -> list[Reply] | None:
    """A free-text answer to the weekly check-in (already safety-screened by the Coach).

    Watch-list signals in it are stored (never the text) for the week reviewed, and hold
    this week's load (core.weekly_review). A plain "no", "none", "all good" is stored as a
    review with nothing on the list. A bare "yes" is asked which ones, once. Anything else
    (a question, a check-in, a tap) is None and routes normally."""
    turn.done()
    if turn.inbound.choice is not None:
        return None
    text = turn.inbound.text
    found = weekly_review.signals(text)
    if not found and not weekly_review.mentions_watch_list(text):
        said = understand(text)
        yes = isinstance(said, Command) and said.name is Name.YES
        if yes and step == "answer":
            turn.ask(f"{REVIEW_PREFIX}:which")
            return [say(REVIEW_WHICH)]
        plain = isinstance(said, Unknown) or (isinstance(said, Command) and said.name in (
            Name.NO, Name.SKIP))
        if not plain or _DIGIT.search(text):
            return None
    week = weekly_review.week_reviewed(turn.today)
    turn.tx.save_weekly_review(turn.person.id, week, frozenset(found), turn.inbound.at)
    if not found:
        return [say(REVIEW_NOTHING)]
    replies = [say(review_heard(found))]
    assessment = plans.assess_day(turn, turn.today)
    if assessment.escalation is not None and assessment.escalation.rule == ESCALATION_RULE:
        replies.insert(0, say(plans.advice_text(turn.person, review=True)))
    return replies


def review_heard(found: frozenset[weekly_review.Signal]) -> str:
    return (
        f"Thanks for the weekly check-in. I heard: {weekly_review.heard(found)}. "
        "Those are signals about load and recovery, not a lack of motivation, so this week "
        "holds steady: no load increases. /today shows the day's session."
    )


def _paused(person: Person, at: datetime) -> bool:
    return person.paused_until is not None and person.paused_until > at

