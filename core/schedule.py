"""When each scheduled prompt is next due, in the person's local time (pure rules, no clock).

Every function takes the instant it reasons about as an argument. Instants in and out are
timezone-aware; returned instants are in UTC. Local times are resolved with `zoneinfo`:

- a wall time that does not exist (inside the spring-forward gap) is read with the offset in
  force before the gap (PEP 495, fold=0), so it lands the length of the gap later: 01:30 on
  the day London springs forward fires at 02:30 BST (01:30 UTC). Hourly sit breaks are the
  exception: a slot in the gap is skipped, since the next hour's slot follows anyway.
- a wall time that occurs twice (the autumn repeated hour) fires once, at its first
  occurrence (fold=0, the summer-time offset).

`Due.local_slot` is the nominal local wall time ("2026-11-23T07:30"); with the person and the
kind it is the outbox's uniqueness key, so a slot is sent at most once even if it is
recomputed after a restart or a time-zone change. See docs/scheduling.md.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from core.people import Person

MAX_OFFSET_CHANGE = timedelta(hours=3)  # more than any zone shifts its UTC offset at once
SEARCH_DAYS = 10  # local dates searched: enough for a weekly slot or one work day a week
MINUTES_PER_HOUR = 60


class PromptKind(StrEnum):
    MORNING_CHECKIN = "morning_checkin"
    CHECKIN_REMINDER = "checkin_reminder"
    SIT_BREAK = "sit_break"
    WIND_DOWN = "wind_down"
    WEEKLY_REVIEW = "weekly_review"
    TEAM_DIGEST = "team_digest"


@dataclass(frozen=True, slots=True)
class Due:
    """One prompt occurrence: send at `at` (UTC), drop if not sent by `expires_at` (UTC)."""

    kind: PromptKind
    at: datetime
    local_slot: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class ScheduleRules:
    """The numbers behind the schedule; `DEFAULT_RULES` holds the coach's defaults."""

    morning_offset: timedelta = timedelta(minutes=30)  # check-in after wake time
    reminder_delay: timedelta = timedelta(hours=2)  # reminder after the check-in
    morning_cutoff: time = time(11, 30)  # no check-in or reminder at or after this
    sit_break_lead: timedelta = timedelta(minutes=30)  # no sit break sooner after work start
    sit_break_grace: timedelta = timedelta(minutes=20)
    wind_down_lead: timedelta = timedelta(minutes=75)  # before bedtime
    wind_down_grace: timedelta = timedelta(minutes=30)
    weekly_review_day: int = 7  # ISO weekday, Sunday
    weekly_review_time: time = time(18, 0)
    weekly_review_grace: timedelta = timedelta(hours=3)


DEFAULT_RULES = ScheduleRules()
DIGEST_GRACE = timedelta(hours=1)
SIT_BREAK_QUIET = timedelta(minutes=10)

_Expiry = timedelta | time  # a grace after the due instant, or a local cut-off on that date


class _Slot(NamedTuple):
    """A candidate occurrence: its nominal local wall time and how its expiry is found.

    A NamedTuple, not a dataclass: built for every candidate, it is on the hot path."""

    wall: datetime  # naive local wall time
    expiry: _Expiry
    skip_if_missing: bool = False


_SlotSource = Callable[[date], Iterator[_Slot]]  # candidates from a local date onwards


def next_due(
    person: Person, kind: PromptKind, after: datetime, rules: ScheduleRules = DEFAULT_RULES
) -> Due | None:
    """The person's next `kind` prompt strictly after `after`, or None if there is none.

    A pause moves the search to `paused_until` (a slot exactly then is due); a blocked
    person has no prompts. TEAM_DIGEST is per team: use `next_digest_due`.
    """
    _require_aware(after)
    if person.blocked or kind is PromptKind.TEAM_DIGEST:
        return None
    anchors = _anchors(person, kind)
    paused_until = person.paused_until
    if paused_until is not None and paused_until > after:
        return _next(kind, person.timezone, anchors, rules, paused_until, inclusive=True)
    return _next(kind, person.timezone, anchors, rules, after, inclusive=False)


def next_digest_due(
    timezone: str,
    local_time: time,
    after: datetime,
    *,
    days: str = "12345",
    grace: timedelta = DIGEST_GRACE,
) -> Due | None:
    """The next team digest at `local_time` in `timezone` on ISO `days`, strictly after `after`."""
    _require_aware(after)

    def slots(first: date) -> Iterator[_Slot]:
        for day in _dates(first):
            if str(day.isoweekday()) in days:
                yield _Slot(datetime.combine(day, local_time), grace)

    return _first_due(PromptKind.TEAM_DIGEST, _zone(timezone), slots, after, inclusive=False)


def is_expired(due: Due, now: datetime) -> bool:
    """True once the grace window has closed: the prompt must be dropped, not sent late."""
    _require_aware(now)
    return now >= due.expires_at


def sit_break_allowed(
    last_inbound_at: datetime | None, now: datetime, quiet: timedelta = SIT_BREAK_QUIET
) -> bool:
    """A sit-break prompt is held back if the person wrote to the coach within `quiet`."""
    _require_aware(now)
    return last_inbound_at is None or now - last_inbound_at >= quiet


def sit_break_minute(person_id: int) -> int:
    """The person's stable minute inside the hour (0..59) for sit breaks, spread by hashing."""
    digest = hashlib.blake2b(str(person_id).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % MINUTES_PER_HOUR


# --- candidates per kind -------------------------------------------------------------


class _Anchors(NamedTuple):
    """The settings one kind depends on; the others keep their defaults, so that people
    with the same zone and settings share a cached answer (a tick's people share `now`)."""

    wake: time = time(0)
    bed: time = time(0)
    work_start: time = time(0)
    work_end: time = time(0)
    work_days: str = ""
    minute: int = 0


def _anchors(person: Person, kind: PromptKind) -> _Anchors:
    if kind in (PromptKind.MORNING_CHECKIN, PromptKind.CHECKIN_REMINDER):
        return _Anchors(wake=person.wake)
    if kind is PromptKind.WIND_DOWN:
        return _Anchors(bed=person.bed)
    if kind is PromptKind.SIT_BREAK:
        return _Anchors(
            work_start=person.work_start,
            work_end=person.work_end,
            work_days=person.work_days,
            minute=sit_break_minute(person.id),
        )
    return _Anchors()


@lru_cache(maxsize=16_384)
def _next(
    kind: PromptKind,
    timezone: str,
    anchors: _Anchors,
    rules: ScheduleRules,
    bound: datetime,
    *,
    inclusive: bool,
) -> Due | None:
    """Pure, hence cached: 100,000 people in a few dozen zones repeat the same questions."""
    return _first_due(
        kind, _zone(timezone), _slots(anchors, kind, rules), bound, inclusive=inclusive
    )


def _slots(person: _Anchors, kind: PromptKind, rules: ScheduleRules) -> _SlotSource:
    if kind is PromptKind.MORNING_CHECKIN:
        return lambda first: _morning(person.wake, rules.morning_offset, rules, first)
    if kind is PromptKind.CHECKIN_REMINDER:
        delay = rules.morning_offset + rules.reminder_delay
        return lambda first: _morning(person.wake, delay, rules, first)
    if kind is PromptKind.SIT_BREAK:
        return lambda first: _sit_breaks(person, rules, first)
    if kind is PromptKind.WIND_DOWN:
        return lambda first: (
            _Slot(datetime.combine(day, person.bed) - rules.wind_down_lead, rules.wind_down_grace)
            for day in _dates(first)
        )
    if kind is PromptKind.WEEKLY_REVIEW:
        return lambda first: (
            _Slot(datetime.combine(day, rules.weekly_review_time), rules.weekly_review_grace)
            for day in _dates(first)
            if day.isoweekday() == rules.weekly_review_day
        )
    raise ValueError(f"no per-person schedule for {kind}")


def _morning(wake: time, offset: timedelta, rules: ScheduleRules, first: date) -> Iterator[_Slot]:
    for day in _dates(first):
        wall = datetime.combine(day, wake) + offset
        if wall.time() < rules.morning_cutoff:
            yield _Slot(wall, rules.morning_cutoff)


def _sit_breaks(person: _Anchors, rules: ScheduleRules, first: date) -> Iterator[_Slot]:
    minute = person.minute
    for day in _dates(first):
        if str(day.isoweekday()) not in person.work_days:
            continue
        start = datetime.combine(day, person.work_start)
        end = datetime.combine(day, person.work_end)
        if end <= start:  # a night shift ends on the next date
            end += timedelta(days=1)
        earliest = start + rules.sit_break_lead
        wall = earliest.replace(minute=minute, second=0, microsecond=0)
        if wall < earliest:
            wall += timedelta(hours=1)
        while wall < end:
            yield _Slot(wall, rules.sit_break_grace, skip_if_missing=True)
            wall += timedelta(hours=1)


# --- resolving wall times --------------------------------------------------------------


def _first_due(
    kind: PromptKind,
    zone: ZoneInfo,
    slots: _SlotSource,
    bound: datetime,
    *,
    inclusive: bool,
) -> Due | None:
    bound_wall = bound.astimezone(zone).replace(tzinfo=None)
    surely_past = bound_wall - MAX_OFFSET_CHANGE
    # Start a day early: a slot generated from the previous local date may still lie ahead.
    for slot in slots(bound_wall.date() - timedelta(days=1)):
        if slot.wall < surely_past:  # cheap: skips the zone arithmetic
            continue
        local = slot.wall.replace(tzinfo=zone)  # fold=0: see the module docstring
        if slot.skip_if_missing and not _exists(local):
            continue
        at = local.astimezone(UTC)
        if at > bound or (inclusive and at == bound):
            return Due(kind, at, slot.wall.isoformat(timespec="minutes"), _expiry(slot, at, zone))
    return None


def _expiry(slot: _Slot, at: datetime, zone: ZoneInfo) -> datetime:
    if isinstance(slot.expiry, time):
        cutoff = datetime.combine(slot.wall.date(), slot.expiry, tzinfo=zone)
        return cutoff.astimezone(UTC)
    return at + slot.expiry


def _exists(local: datetime) -> bool:
    """False for a wall time inside a spring-forward gap."""
    round_trip = local.astimezone(UTC).astimezone(local.tzinfo)
    return round_trip.replace(tzinfo=None) == local.replace(tzinfo=None)


@lru_cache(maxsize=1024)
def _zone(name: str) -> ZoneInfo:
    """ZoneInfo keeps only 8 zones strongly: without this, mixed zones re-read tzdata."""
    return ZoneInfo(name)


def _dates(first: date) -> Iterator[date]:
    for offset in range(SEARCH_DAYS):
        yield first + timedelta(days=offset)


def _require_aware(instant: datetime) -> None:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("instants must be timezone-aware")
