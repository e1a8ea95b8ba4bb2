"""A check-in left unfinished: what was answered is kept for its day, and the person is told.

A check-in question lapses at the end of its local day (core.coach.questions). Before this
module, the answers already given then disappeared without a word. Now, the first time the
person writes in a private chat after the lapse, in the same transaction as the reply:

- answers to the four questions are saved as that day's check-in, partial as it is (the
  domain allows it: `CheckIn` fields are optional, and baselines, readiness, the digest and
  the trend chart read a missing value as missing); into a check-in already stored for that
  day (the person had said yes to "replace?") the answers given are merged;
- answers waiting on "replace today's?" or "stop this check-in?" are not saved (the person
  had not confirmed the one, or had asked for the other), and the reply says so.

Either way the reply's first line says which day and what happened. It is only said in a
reply the Coach returns after the commit, so it never claims a save that did not happen.

A scheduled prompt that opens a new question over a lapsed check-in (the next morning's
check-in, a reminder, the weekly review) carries the answers in the new question's draft
(`LEFT`) instead of keeping them itself: keeping and telling stay together, in reply to the
person's next private message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from core.checkin_fields import CORE_FIELDS, CheckIn
from core.coach import checkin_flow, texts
from core.coach.turn import RESUME, restored, say
from core.messages import Reply
from core.store import Conversation, Tx

LEFT = "_left"  # draft key: lapsed check-in answers a newer question carries (JSON list)


@dataclass(frozen=True, slots=True)
class Unfinished:
    """Answers of a check-in whose question lapsed: its local `day`, the `answers` given,
    and the `step` it stopped at (a core field's name, "replace" or "cancel")."""

    day: date
    answers: CheckIn
    step: str


def left_behind(stored: Conversation, at: datetime) -> tuple[tuple[Unfinished, ...], Conversation]:
    """The lapsed check-ins holding answers in `stored` at `at` (its own question, one it
    interrupted, or ones carried under `LEFT`), oldest day first, and `stored` without them
    (idle, keeping the token, when its own question lapsed)."""
    found, rest = _left_behind(stored, at, gone=_lapsed(stored, at))
    return tuple(sorted(found, key=lambda u: u.day)), rest


def to_draft(found: tuple[Unfinished, ...]) -> list[dict[str, Any]]:
    """`found` as JSON-ready data for a draft's `LEFT` key."""
    return [{"day": u.day.isoformat(), "step": u.step, **checkin_flow.values_of(u.answers)}
            for u in found]


def keep(
    tx: Tx, person_id: int, found: tuple[Unfinished, ...], at: datetime, today: date
) -> list[Reply]:
    """Save what `found` holds (see the module docstring) within `tx`, recorded at `at`
    (UTC), and the lines telling the person what happened, one per unfinished check-in.
    `today`: the person's local date at `at`."""
    return [say(_kept(tx, person_id, unfinished, at, today)) for unfinished in found]


def _kept(tx: Tx, person_id: int, unfinished: Unfinished, at: datetime, today: date) -> str:
    day, answers = unfinished.day, unfinished.answers
    values = checkin_flow.described(answers)
    name = f"{day:%A %-d %B}"
    if unfinished.step == checkin_flow.REPLACE:
        return texts.UNFINISHED_NOT_REPLACED.format(day=name, values=values)
    if unfinished.step == checkin_flow.CANCEL:
        return texts.UNFINISHED_STOPPED.format(day=name, values=values)
    stored = tx.history(person_id, day, day)
    merged = stored[0].checkin.merged(answers) if stored else answers
    tx.save_checkin(person_id, day, merged, at)
    if stored:
        return texts.UNFINISHED_MERGED.format(day=name, values=values)
    rest = "" if not merged.missing(CORE_FIELDS) else (
        texts.UNFINISHED_REST_TODAY if day == today else texts.UNFINISHED_REST_PAST)
    return texts.UNFINISHED_SAVED.format(day=name, values=values, rest=rest).strip()


def _left_behind(
    conversation: Conversation, at: datetime, *, gone: bool
) -> tuple[list[Unfinished], Conversation]:
    found: list[Unfinished] = []
    draft = dict(conversation.draft)
    for unfinished in _carried(draft.pop(LEFT, None)):
        found.append(unfinished)
    stash = draft.get(RESUME)
    inner = restored(stash, None) if isinstance(stash, dict) else None
    if inner is not None and (gone or _lapsed(inner, at)):
        found.extend(_left_behind(inner, at, gone=True)[0])
        del draft[RESUME]
    if gone:
        own = _own(conversation)
        return ([own] if own is not None else []) + found, Conversation(token=conversation.token)
    return found, Conversation(conversation.pending, draft, conversation.token,
                               conversation.expires_at)


def _lapsed(conversation: Conversation, at: datetime) -> bool:
    return conversation.live(at).pending is None and conversation.pending is not None


def _own(conversation: Conversation) -> Unfinished | None:
    """The answers of this conversation's own check-in question, if it is one and has any."""
    kind, _, step = (conversation.pending or "").partition(":")
    if kind != checkin_flow.PREFIX or step == checkin_flow.EXTRAS:
        return None  # the extras amend a check-in already stored: nothing is left
    values = checkin_flow.draft_values(conversation.draft)
    day = _date(conversation.draft.get("day"))
    if not values or day is None:
        return None
    return Unfinished(day, CheckIn(**values), step)


def _carried(value: object) -> list[Unfinished]:
    """The `LEFT` list read back (anything malformed is skipped)."""
    if not isinstance(value, list):
        return []
    found = []
    for item in value:
        if not isinstance(item, dict):
            continue
        day, values = _date(item.get("day")), checkin_flow.draft_values(item)
        step = item.get("step")
        if day is not None and values and isinstance(step, str):
            found.append(Unfinished(day, CheckIn(**values), step))
    return found


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
