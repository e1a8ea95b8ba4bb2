"""The morning check-in as a conversation: one question at a time, or all at once.

The check-in is stored the moment the four core answers are in, and the reply is the day's
session at once. Resting HR, HRV and RPE are an optional follow-up ("extras") that amends the
same day's check-in; never a gate. Every question belongs to its local date (the draft
carries it) and lapses at the end of that day (core.coach.questions).

Pending steps: checkin:<sleep|arousal|recovery|mood>, checkin:extras, checkin:replace
(already checked in today: replace?), checkin:cancel (stop this check-in?).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from core.assessment import DayEntry
from core.checkin_fields import CORE_FIELDS, OPTIONAL_FIELDS, CheckIn, Field
from core.checkin_words import LIMITS
from core.coach import texts
from core.coach.answers import answer as topic_answer
from core.coach.plans import HISTORY_DAYS, assess_day, session_reply, with_reviews
from core.coach.questions import SCALE_ANSWER, button
from core.coach.turn import Turn, say
from core.messages import Choice, Reply
from core.readiness import assess
from core.store import Tx
from core.understanding import Command, Name, Ratings, RatingsProblem, Understanding, Unknown

PREFIX = "checkin"
EXTRAS, REPLACE, CANCEL = "extras", "replace", "cancel"
CORE_STEPS = frozenset(f.value for f in CORE_FIELDS)


def question(field: Field, token: str, *, first: bool = False) -> Reply:
    """A 0-10 question with its buttons (rows of 6 and 5 on a phone)."""
    text = texts.QUESTIONS[field] + (f"\n{texts.ONE_LINE_HINT}" if first else "")
    pending = f"{PREFIX}:{field.value}"
    return say(text, *(button(str(n), pending, token, str(n)) for n in range(11)))


def _yes_no(step: str, token: str, yes: str = "Yes", no: str = "No") -> tuple[Choice, Choice]:
    pending = f"{PREFIX}:{step}"
    return button(yes, pending, token, "yes"), button(no, pending, token, "no")


def extras_question(token: str) -> Reply:
    return say(texts.EXTRAS_QUESTION, button("Skip", f"{PREFIX}:{EXTRAS}", token, "skip"))


def checked_in(tx: Tx, person_id: int, day: date) -> bool:
    """Whether the person already has a check-in for that local date."""
    return bool(tx.history(person_id, day, day))


def ask_again(turn: Turn, step: str) -> list[Reply]:
    """The pending check-in question once more, with its own token (nothing is written)."""
    token = turn.current.token or ""
    if step == EXTRAS:
        return []  # optional: it stays open (a number later still amends), never nags
    if step == REPLACE:
        return [say(texts.REPLACE_QUESTION, *_yes_no(REPLACE, token))]
    if step == CANCEL:
        return [say(texts.CANCEL_QUESTION, *_yes_no(CANCEL, token, "Yes, stop", "No, carry on"))]
    values = draft_values(turn.current.draft)
    return [question(Field(step), token, first=step == Field.SLEEP.value and not values)]


def start(turn: Turn) -> list[Reply]:
    """/checkin: carry on a check-in under way, ask before replacing today's, or begin (with
    the questions still blank, when today's was kept unfinished)."""
    pending = turn.current.pending or ""
    if pending.partition(":")[2] in CORE_STEPS and pending.startswith(PREFIX):
        return [say(texts.CONTINUE)]  # the Coach asks the open question again
    today = turn.tx.history(turn.person.id, turn.today, turn.today)
    kept = today[0].checkin if today else CheckIn()
    missing = kept.missing(CORE_FIELDS)
    if not missing:
        token = turn.ask(f"{PREFIX}:{REPLACE}", day=turn.today.isoformat())
        return [say(texts.REPLACE_QUESTION, *_yes_no(REPLACE, token))]
    # nothing yet, or a check-in kept unfinished today (core.coach.unfinished): the rest
    token = turn.ask(f"{PREFIX}:{missing[0].value}", day=turn.today.isoformat(),
                     **values_of(kept))
    return [question(missing[0], token, first=missing[0] is Field.SLEEP and not today)]


def answer(turn: Turn, step: str, understood: Understanding) -> list[Reply] | None:
    """An answer to the pending check-in step; None when the message is something else (the
    Coach answers it as itself and asks the step again)."""
    if turn.inbound.choice is not None:
        return _pressed(turn, step)
    if step in CORE_STEPS:
        return _core_answer(turn, step, understood)
    if step == EXTRAS:
        if isinstance(understood, Ratings):
            return amend(turn, understood)
        if isinstance(understood, RatingsProblem):  # a mistake in the answer: asked again
            return [say(understood.message), extras_question(turn.current.token or "")]
        if _said(understood, Name.SKIP, Name.NO, Name.CANCEL, Name.YES, Name.THANKS):
            return _skip_extras(turn)  # "👍" / "thanks" acknowledge: no extras today
        return None
    if step == REPLACE:
        if _said(understood, Name.YES):
            return _replace(turn)
        if _said(understood, Name.NO, Name.CANCEL, Name.SKIP):
            turn.done()
            return [say(texts.REPLACE_KEPT)]
        return None
    if _said(understood, Name.YES, Name.CANCEL):
        return _cancelled(turn)
    if _said(understood, Name.NO):
        return _carry_on(turn)
    return None


def _core_answer(turn: Turn, step: str, understood: Understanding) -> list[Reply] | None:
    if isinstance(understood, Ratings):
        return take(turn, understood)
    if isinstance(understood, RatingsProblem):
        return [say(understood.message)]
    if _said(understood, Name.CANCEL):
        values = draft_values(turn.current.draft)
        token = turn.ask(f"{PREFIX}:{CANCEL}", day=_day(turn).isoformat(), step=step, **values)
        return [say(texts.CANCEL_QUESTION, *_yes_no(CANCEL, token, "Yes, stop", "No, carry on"))]
    if _said(understood, Name.SKIP):
        return [say(texts.NO_SKIPPING)]
    if isinstance(understood, Unknown) or _said(understood, Name.YES, Name.NO, Name.THANKS):
        return [say(texts.NO_NUMBER)]  # "ok" is no rating (it got "no question waiting")
    return None


def _said(understood: Understanding, *names: Name) -> bool:
    return isinstance(understood, Command) and understood.name in names


def _pressed(turn: Turn, step: str) -> list[Reply]:
    """A tap on this very question (the Coach checked its token): take a valid answer."""
    value = turn.answer
    if step in CORE_STEPS and SCALE_ANSWER.fullmatch(value):
        turn.take()
        return take(turn, Ratings(CheckIn(**{step: int(value)})))
    if step == EXTRAS and value == "skip":
        turn.take()
        return _skip_extras(turn)
    if step in (REPLACE, CANCEL) and value in ("yes", "no"):
        turn.take()
        if step == REPLACE and value == "yes":
            return _replace(turn)
        if step == REPLACE:
            turn.done()
            return [say(texts.REPLACE_KEPT)]
        return _cancelled(turn) if value == "yes" else _carry_on(turn)
    return [say(texts.BAD_BUTTON)]


def take(turn: Turn, ratings: Ratings, history: list[DayEntry] | None = None) -> list[Reply]:
    """Merge the ratings into today's draft: ask the next missing question, or store the
    check-in now and answer with the day's session (then offer the optional extras).
    `history`: today's window of check-ins when the caller has already read it."""
    pending = turn.current.pending or ""
    draft = turn.current.draft if pending.startswith(f"{PREFIX}:") else {}
    day = _day(turn) if draft else turn.today
    checkin = CheckIn(**draft_values(draft)).merged(ratings.checkin)
    before = [*_unread(ratings, checkin)]
    after = [say(topic_answer(ratings.note))] if ratings.note is not None else []
    missing = checkin.missing(CORE_FIELDS)
    if missing:
        token = turn.ask(f"{PREFIX}:{missing[0].value}", day=day.isoformat(), **values_of(checkin))
        return [*before, *after, question(missing[0], token)]
    stored, offer = save(turn, checkin, day, history if day == turn.today else None)
    return [*before, *stored, *after, *offer]


def from_idle(turn: Turn, ratings: Ratings) -> list[Reply]:
    """A check-in typed with no check-in question open: take it, or ask before replacing
    the one already stored today. One read of the assessment's window serves both."""
    history = turn.tx.history(turn.person.id, turn.today - timedelta(days=HISTORY_DAYS),
                              turn.today)
    if not history or history[-1].day != turn.today:
        return take(turn, ratings, history)
    kept = history[-1].checkin
    if kept.missing(CORE_FIELDS):  # kept unfinished today: the new answers complete it
        turn.ask(f"{PREFIX}:{kept.missing(CORE_FIELDS)[0].value}",
                 day=turn.today.isoformat(), **values_of(kept))
        return take(turn, ratings, history)
    values = values_of(ratings.checkin)
    token = turn.ask(f"{PREFIX}:{REPLACE}", day=turn.today.isoformat(), **values)
    notes = [say(topic_answer(ratings.note))] if ratings.note is not None else []
    return [*_unread(ratings, ratings.checkin), *notes,
            say(texts.REPLACE_QUESTION, *_yes_no(REPLACE, token))]


def save(
    turn: Turn, checkin: CheckIn, day: date, history: list[DayEntry] | None = None
) -> tuple[list[Reply], list[Reply]]:
    """Store the check-in for its local date (committed with this turn); the saved line and
    the day's session, and the extras question when none were given. `history` (the
    assessment's window before this check-in, when already read) spares a second read."""
    turn.tx.save_checkin(turn.person.id, day, checkin, turn.inbound.at)
    if history is None:
        assessment = assess_day(turn, day)
    else:
        entries = [*(e for e in history if e.day != day), DayEntry(day, checkin)]
        assessment = with_reviews(turn.tx, turn.person.id, assess(entries, day), day)
    stored = [say(texts.SAVED.format(day=f"{day:%A %-d %B}")),
              *session_reply(turn, day, assessment)]
    if any(checkin.get(f) is not None for f in OPTIONAL_FIELDS):
        turn.done()
        return stored, []
    token = turn.ask(f"{PREFIX}:{EXTRAS}", day=day.isoformat())
    return stored, [extras_question(token)]


def amend(turn: Turn, ratings: Ratings) -> list[Reply]:
    """The extras answer: added to the same day's stored check-in."""
    day = _day(turn)
    stored = turn.tx.history(turn.person.id, day, day)
    if not stored:
        turn.done()
        return [say(texts.EXTRAS_GONE)]
    merged = stored[0].checkin.merged(ratings.checkin)
    turn.tx.save_checkin(turn.person.id, day, merged, turn.inbound.at)
    turn.done()
    name = "today" if day == turn.today else f"{day:%A}"
    replies = [*_unread(ratings, merged),
               say(texts.EXTRAS_ADDED.format(day=name, what=described(ratings.checkin)))]
    if ratings.note is not None:
        replies.append(say(topic_answer(ratings.note)))
    return replies


def _skip_extras(turn: Turn) -> list[Reply]:
    turn.done()
    return [say(texts.EXTRAS_SKIPPED)]


def _replace(turn: Turn) -> list[Reply]:
    """Yes to "replace today's check-in?": the answers already given, or the questions."""
    checkin = CheckIn(**draft_values(turn.current.draft))
    day = _day(turn)
    missing = checkin.missing(CORE_FIELDS)
    if not missing:
        stored, offer = save(turn, checkin, day)
        return [*stored, *offer]
    token = turn.ask(f"{PREFIX}:{missing[0].value}", day=day.isoformat(), **values_of(checkin))
    return [question(missing[0], token, first=missing[0] is Field.SLEEP)]


def _cancelled(turn: Turn) -> list[Reply]:
    turn.done()
    return [say(texts.CANCELLED)]


def _carry_on(turn: Turn) -> list[Reply]:
    draft = turn.current.draft
    step = draft.get("step")
    field = Field(step) if step in CORE_STEPS else Field.SLEEP
    values = draft_values(draft)
    token = turn.ask(f"{PREFIX}:{field.value}", day=_day(turn).isoformat(), **values)
    return [question(field, token, first=field is Field.SLEEP and not values)]


def _unread(ratings: Ratings, kept: CheckIn) -> list[Reply]:
    if not ratings.unread:
        return []
    words = " or ".join(f"\u201c{w}\u201d" for w in ratings.unread)
    it = "it" if len(ratings.unread) == 1 else "them"
    text = texts.UNREAD.format(words=words, it=it)
    said = described(ratings.checkin)
    return [say(f"{text} {texts.KEPT.format(values=said)}" if said else text)]


def described(checkin: CheckIn) -> str:
    """"sleep 5, mood 3" / "resting heart rate 54 bpm, HRV (rMSSD) 62 ms"."""
    parts = []
    for field in Field:
        value = checkin.get(field)
        if value is not None:
            unit = f" {LIMITS[field].unit}" if LIMITS[field].unit else ""
            parts.append(f"{_NAMES.get(field, field.value)} {value:g}{unit}")
    return ", ".join(parts)


_NAMES = {Field.RHR: "resting heart rate", Field.HRV: "HRV", Field.RPE: "RPE"}


def _day(turn: Turn) -> date:
    """The local date the open check-in question belongs to."""
    day = turn.current.draft.get("day")
    try:
        return date.fromisoformat(day) if isinstance(day, str) else turn.today
    except ValueError:
        return turn.today


def draft_values(draft: dict[str, Any]) -> dict[str, Any]:
    """The check-in values a draft holds (JSON numbers, by field name)."""
    names = {f.value for f in Field}
    return {k: v for k, v in draft.items() if k in names and isinstance(v, int | float)}


def values_of(checkin: CheckIn) -> dict[str, int | float]:
    return {f.value: v for f in Field if (v := checkin.get(f)) is not None}
