"""The morning check-in as a conversation: one question at a time, or all at once."""

from __future__ import annotations

import re
from datetime import date

from core.checkin import ParseError, parse
from core.checkin_fields import CORE_FIELDS, OPTIONAL_FIELDS, CheckIn, Field
from core.coach import texts
from core.coach.plans import assess_day, session_reply
from core.coach.turn import SKIP, YES_NO, Turn, say
from core.intents import Intent, classify
from core.messages import Choice, Reply
from core.store import Tx

PREFIX = "checkin"
_NUMBERS_ONLY = re.compile(r"\d[\d\s.,/\-]*")
EXTRAS = "extras"
CHOICE_PREFIX = "ci:"


def scale_choices(field: Field) -> tuple[Choice, ...]:
    return tuple(Choice(str(n), f"{CHOICE_PREFIX}{field.value}:{n}") for n in range(11))


def question(field: Field, *, first: bool = False) -> Reply:
    text = texts.QUESTIONS[field] + (f"\n{texts.ONE_LINE_HINT}" if first else "")
    return say(text, *scale_choices(field))


def checked_in(tx: Tx, person_id: int, day: date) -> bool:
    """Whether the person already has a check-in for that local date."""
    return bool(tx.history(person_id, day, day))


def start(turn: Turn) -> list[Reply]:
    """/checkin: ask the first question, or ask before replacing today's check-in."""
    if checked_in(turn.tx, turn.person.id, turn.today):
        turn.wait_for(f"{PREFIX}:replace")
        return [say(texts.REPLACE_QUESTION, *YES_NO)]
    turn.wait_for(f"{PREFIX}:{Field.SLEEP.value}")
    return [question(Field.SLEEP, first=True)]


def _draft(turn: Turn) -> CheckIn:
    values = {k: v for k, v in turn.conversation.draft.items() if k in Field.__members__.values()}
    return CheckIn(**values)


def _save_draft(turn: Turn, checkin: CheckIn, step: str) -> None:
    draft = {f.value: checkin.get(f) for f in Field if checkin.get(f) is not None}
    turn.wait_for(f"{PREFIX}:{step}", **draft)


def _button_value(turn: Turn) -> tuple[Field, int] | None:
    choice = turn.inbound.choice or ""
    if not choice.startswith(CHOICE_PREFIX):
        return None
    name, _, number = choice[len(CHOICE_PREFIX) :].partition(":")
    if name not in Field.__members__.values() or not number.isdigit():
        return None
    return Field(name), int(number)


def _parse_answer(text: str, step: str, draft: CheckIn) -> CheckIn | ParseError:
    """The step's own question first; then the remaining fields; then all four at once."""
    if step == EXTRAS:
        result = parse(text, OPTIONAL_FIELDS)
        return result if isinstance(result, ParseError) else result.checkin
    first = parse(text, (Field(step),))
    if not isinstance(first, ParseError):
        return first.checkin
    remaining = draft.missing(CORE_FIELDS)
    for asked in (remaining, CORE_FIELDS):
        retry = parse(text, asked)
        if not isinstance(retry, ParseError):
            return retry.checkin
    return first


def answer(turn: Turn, step: str) -> list[Reply] | None:
    """An answer to the pending check-in step; None when the text is clearly something else."""
    draft = _draft(turn)
    pressed = _button_value(turn)
    if step == "replace":
        return _answer_replace(turn)
    if pressed is not None:
        update = CheckIn(**{pressed[0].value: pressed[1]})
    elif turn.inbound.choice == SKIP.value and step == EXTRAS:
        return finish(turn, draft)
    else:
        if step == EXTRAS and classify(turn.inbound.text) in (Intent.SKIP, Intent.NO):
            return finish(turn, draft)
        parsed = _parse_answer(turn.inbound.text, step, draft)
        if isinstance(parsed, ParseError):
            if classify(turn.inbound.text) is not Intent.UNKNOWN:
                return None
            return [say(parsed.message), _ask(step)]
        update = parsed
    return advance(turn, draft.merged(update))


def advance(turn: Turn, checkin: CheckIn) -> list[Reply]:
    """Ask the next missing question, or the optional extras, or finish."""
    missing = checkin.missing(CORE_FIELDS)
    if missing:
        _save_draft(turn, checkin, missing[0].value)
        return [question(missing[0])]
    if all(checkin.get(f) is None for f in OPTIONAL_FIELDS) and turn.conversation.pending != (
        f"{PREFIX}:{EXTRAS}"
    ):
        _save_draft(turn, checkin, EXTRAS)
        return [say(texts.EXTRAS_QUESTION, SKIP)]
    return finish(turn, checkin)


def _ask(step: str) -> Reply:
    return say(texts.EXTRAS_QUESTION, SKIP) if step == EXTRAS else question(Field(step))


def finish(turn: Turn, checkin: CheckIn) -> list[Reply]:
    """Save the day's check-in (committed with this turn) and answer with the day's session."""
    turn.tx.save_checkin(turn.person.id, turn.today, checkin, turn.inbound.at)
    turn.done()
    assessment = assess_day(turn, turn.today)
    saved = f"Check-in saved for {turn.today:%A %-d %B}."
    return [say(saved), *session_reply(turn, turn.today, assessment)]


def _answer_replace(turn: Turn) -> list[Reply]:
    if turn.answer == "yes" or classify(turn.answer) is Intent.YES:
        draft = _draft(turn)
        if draft != CheckIn():
            return advance(turn, draft)
        turn.wait_for(f"{PREFIX}:{Field.SLEEP.value}")
        return [question(Field.SLEEP, first=True)]
    turn.done()
    return [say(texts.REPLACE_KEPT)]


def answer_without_prompt(turn: Turn) -> list[Reply] | None:
    """A check-in typed or tapped with nothing pending: `6 7 5 8`, `sleep 6 mood 4`, a button."""
    pressed = _button_value(turn)
    if pressed is not None:
        checkin = CheckIn(**{pressed[0].value: pressed[1]})
    else:
        whole = parse(turn.inbound.text, CORE_FIELDS)
        parsed = whole
        if isinstance(parsed, ParseError):
            parsed = parse(turn.inbound.text, (Field.SLEEP,))  # a lone number answers the prompt
        if isinstance(parsed, ParseError) and isinstance(whole, ParseError):
            if _NUMBERS_ONLY.fullmatch(turn.inbound.text.strip()):
                return [say(whole.message)]  # e.g. "6 7": a check-in with numbers missing
            return None
        assert not isinstance(parsed, ParseError)
        checkin = parsed.checkin
    if checked_in(turn.tx, turn.person.id, turn.today):
        _save_draft(turn, checkin, "replace")
        return [say(texts.REPLACE_QUESTION, *YES_NO)]
    return advance(turn, checkin)
