"""Asked questions: each gets a token, a lifetime, and buttons that name it.

A button's value is `<pending>|<token>|<answer>`, e.g. `checkin:sleep|m3kx1q0a|7` (at most
64 bytes, Telegram's callback_data limit; ASCII only). A tap answers only the question that
is pending with that same token; anything else (an older question, another person's, a
forged or non-ASCII value) is refused and changes nothing.

A token is the asking time in base-36 centiseconds (8 characters, strictly increasing per
person, so a question asked after /delete and a new consent never reuses an old token),
then a short checksum of who was asked (so two people asked in the same instant never share
one, and a tap on someone else's question is refused).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from core.messages import Choice
from core.store import Conversation

MAX_VALUE_BYTES = 64  # Telegram callback_data
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_TIME_DIGITS = 8
_VALUE = re.compile(
    r"(?P<pending>[a-z]+(?::[a-z]+)?)\|(?P<token>[0-9a-z]{1,16})\|(?P<answer>[A-Za-z0-9_+-]{1,32})"
)

# How long a question stays open, by the pending question's kind. Check-in questions also
# lapse at the end of their local day: a new day starts clean.
LIFETIMES: dict[str, timedelta] = {
    "checkin": timedelta(hours=12),
    "delete": timedelta(minutes=5),
    "onboard": timedelta(days=7),
    "team": timedelta(days=1),
    "review": timedelta(days=1),
    "set": timedelta(hours=1),
    "consent": timedelta(days=1),
}
DAY_BOUND = frozenset({"checkin"})


@dataclass(frozen=True, slots=True)
class Press:
    """A tapped button, read: which question (pending and token) and the answer."""

    pending: str
    token: str
    answer: str


def new_token(at: datetime, owner: str, previous: str | None = None) -> str:
    """The asking time (base-36 centiseconds since the epoch, after `previous`'s), then a
    checksum of `owner` (who is asked: "platform:user id")."""
    value = int(at.timestamp() * 100)
    if previous and re.fullmatch(rf"[0-9a-z]{{{_TIME_DIGITS}}}[0-9a-z]*", previous):
        value = max(value, int(previous[:_TIME_DIGITS], 36) + 1)
    return _base36(value).rjust(_TIME_DIGITS, "0") + _base36(zlib.crc32(owner.encode()))


def _base36(value: int) -> str:
    digits = ""
    while value:
        value, rest = divmod(value, 36)
        digits = _DIGITS[rest] + digits
    return digits or "0"


def button(label: str, pending: str, token: str, answer: str) -> Choice:
    value = f"{pending}|{token}|{answer}"
    if len(value.encode()) > MAX_VALUE_BYTES:
        raise ValueError(f"button value over {MAX_VALUE_BYTES} bytes: {pending}")
    return Choice(label, value)


def read_press(value: str | None) -> Press | None:
    """The press a button value describes; None for anything malformed, forged in shape,
    too long or not ASCII (a digit in another script is refused, not read)."""
    if value is None or len(value) > MAX_VALUE_BYTES or not value.isascii():
        return None
    match = _VALUE.fullmatch(value)
    if match is None:
        return None
    return Press(match.group("pending"), match.group("token"), match.group("answer"))


def expiry(pending: str, at: datetime, zone: str) -> datetime:
    """When a question of this kind asked at `at` lapses (UTC); check-in questions also at
    the end of the local day."""
    kind = pending.partition(":")[0]
    lapses = at + LIFETIMES.get(kind, timedelta(hours=1))
    if kind in DAY_BOUND:
        lapses = min(lapses, end_of_day(at.astimezone(ZoneInfo(zone)).date(), zone))
    return lapses


def end_of_day(day: date, zone: str) -> datetime:
    """The first instant of the next local day, as an aware datetime."""
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=ZoneInfo(zone))


def asked(
    pending: str, at: datetime, zone: str, owner: str, previous: Conversation, **draft: object
) -> Conversation:
    """The conversation once `pending` is asked of `owner` at `at`: a new token, its expiry."""
    return Conversation(pending, dict(draft), new_token(at, owner, previous.token),
                        expiry(pending, at, zone))


def owner_of(platform: str, user_id: str) -> str:
    return f"{platform}:{user_id}"


SCALE_ANSWER = re.compile(r"10|[0-9]")
