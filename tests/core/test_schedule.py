"""The scheduling rules: local times, DST, pauses, work days, offsets, grace windows."""

from __future__ import annotations

import ast
import dataclasses
from collections import Counter
from datetime import UTC, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from core.messages import Platform
from core.people import Person
from core.schedule import (
    Due,
    PromptKind,
    ScheduleRules,
    is_expired,
    next_digest_due,
    next_due,
    sit_break_allowed,
    sit_break_minute,
)

LONDON = "Europe/London"
NEW_YORK = "America/New_York"
K = PromptKind


def person(pid: int = 1, **settings: object) -> Person:
    base = Person(
        id=pid,
        platform=Platform.CONSOLE,
        platform_user_id=str(pid),
        chat_id=str(pid),
        display_name="Ada",
        consent_at=datetime(2026, 1, 1, tzinfo=UTC),
        timezone=LONDON,
    )
    return dataclasses.replace(base, **settings)  # type: ignore[arg-type]


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def walk(p: Person, kind: PromptKind, start: datetime, end: datetime) -> list[Due]:
    """Every due of `kind` in [start, end), the way the tick advances next_due_at."""
    dues: list[Due] = []
    due = next_due(p, kind, start)
    while due is not None and due.at < end:
        assert not dues or due.at > dues[-1].at, "next_due must move forward"
        dues.append(due)
        due = next_due(p, kind, due.at)
    return dues


# --- morning check-in and reminder ----------------------------------------------------


def test_morning_checkin_is_wake_plus_30_minutes_and_expires_at_11_30_local() -> None:
    due = next_due(person(), K.MORNING_CHECKIN, utc(2026, 11, 23, 0, 0))  # a Monday, GMT
    assert due == Due(
        K.MORNING_CHECKIN, utc(2026, 11, 23, 7, 30), "2026-11-23T07:30", utc(2026, 11, 23, 11, 30)
    )


def test_due_is_strictly_after_the_given_instant() -> None:
    due = next_due(person(), K.MORNING_CHECKIN, utc(2026, 11, 23, 7, 30))
    assert due is not None and due.local_slot == "2026-11-24T07:30"


def test_morning_offset_is_configurable() -> None:
    rules = ScheduleRules(morning_offset=timedelta(minutes=45))
    due = next_due(person(), K.MORNING_CHECKIN, utc(2026, 11, 23), rules)
    assert due is not None and due.at == utc(2026, 11, 23, 7, 45)


def test_reminder_two_hours_after_the_checkin_with_the_same_cutoff() -> None:
    due = next_due(person(timezone=NEW_YORK), K.CHECKIN_REMINDER, utc(2026, 11, 23, 12))
    assert due is not None
    assert (due.local_slot, due.at, due.expires_at) == (
        "2026-11-23T09:30",
        utc(2026, 11, 23, 14, 30),
        utc(2026, 11, 23, 16, 30),
    )


def test_nothing_at_or_after_11_30_local() -> None:
    late = person(wake=time(9, 0))  # check-in 09:30, reminder would be 11:30
    assert next_due(late, K.MORNING_CHECKIN, utc(2026, 11, 23)) is not None
    assert next_due(late, K.CHECKIN_REMINDER, utc(2026, 11, 23)) is None
    assert next_due(person(wake=time(11, 0)), K.MORNING_CHECKIN, utc(2026, 11, 23)) is None


# --- DST -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "gap_day", "expected"),
    [
        # London springs 01:00 GMT -> 02:00 BST: 01:30 is read as GMT, i.e. 02:30 BST.
        (LONDON, datetime(2026, 3, 29), utc(2026, 3, 29, 1, 30)),
        # New York springs 02:00 EST -> 03:00 EDT: 02:30 is read as EST, i.e. 03:30 EDT.
        (NEW_YORK, datetime(2026, 3, 8), utc(2026, 3, 8, 7, 30)),
    ],
)
def test_a_checkin_inside_the_spring_gap_fires_once_just_after_the_gap(
    zone: str, gap_day: datetime, expected: datetime
) -> None:
    wake = time(1, 0) if zone == LONDON else time(2, 0)
    p = person(timezone=zone, wake=wake)
    dues = walk(p, K.MORNING_CHECKIN, utc(2026, 3, 1), utc(2026, 4, 5))
    slots = [d.local_slot for d in dues]
    assert len(slots) == len(set(slots)) == 35  # one per local date, none lost
    on_gap_day = [d for d in dues if d.local_slot.startswith(gap_day.date().isoformat())]
    assert [d.at for d in on_gap_day] == [expected]
    local = expected.astimezone(ZoneInfo(zone))
    assert (local.hour, local.minute) == (wake.hour + 1, 30)  # the gap's length later
    assert all(d.expires_at > d.at for d in dues)


@pytest.mark.parametrize(
    ("zone", "fall_day", "first", "second"),
    [
        (LONDON, "2026-10-25", utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30)),
        (NEW_YORK, "2026-11-01", utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 6, 30)),
    ],
)
def test_a_wind_down_inside_the_repeated_hour_fires_once_at_its_first_occurrence(
    zone: str, fall_day: str, first: datetime, second: datetime
) -> None:
    p = person(timezone=zone, bed=time(2, 45))  # wind-down 01:30, which happens twice
    dues = walk(p, K.WIND_DOWN, utc(2026, 10, 20), utc(2026, 11, 5))
    on_fall_day = [d for d in dues if d.local_slot == f"{fall_day}T01:30"]
    assert [d.at for d in on_fall_day] == [first]
    assert second not in [d.at for d in dues]
    assert len(dues) == len({d.local_slot for d in dues}) == 16


def test_dst_changes_the_utc_instant_but_not_the_local_time() -> None:
    p = person(timezone=NEW_YORK)
    before = next_due(p, K.MORNING_CHECKIN, utc(2026, 10, 30, 12))
    after = next_due(p, K.MORNING_CHECKIN, utc(2026, 11, 1, 12))
    assert before is not None and after is not None
    assert (before.at.hour, after.at.hour) == (11, 12)  # 07:30 EDT, then 07:30 EST


def test_a_sit_break_in_the_skipped_hour_is_skipped_not_doubled() -> None:
    p = person(work_days="7", work_start=time(0, 0), work_end=time(4, 0))
    dues = walk(p, K.SIT_BREAK, utc(2026, 3, 28, 12), utc(2026, 3, 29, 12))
    hours = [d.local_slot[11:13] for d in dues]
    assert "01" not in hours and {"02", "03"} <= set(hours)
    assert len({d.at for d in dues}) == len(dues)


# --- time-zone change, pause, block ----------------------------------------------------


def test_a_timezone_change_between_two_prompts_uses_the_new_zone() -> None:
    sent = next_due(person(), K.MORNING_CHECKIN, utc(2026, 11, 23))
    assert sent is not None and sent.at == utc(2026, 11, 23, 7, 30)
    moved = person(timezone=NEW_YORK)
    westward = next_due(moved, K.MORNING_CHECKIN, sent.at)
    assert westward is not None and westward.at == utc(2026, 11, 23, 12, 30)
    # Same local slot as the London prompt already sent: the outbox key keeps it to one a day.
    assert westward.local_slot == sent.local_slot
    eastward = next_due(person(timezone="Asia/Tokyo"), K.MORNING_CHECKIN, sent.at)
    assert eastward is not None and eastward.at == utc(2026, 11, 23, 22, 30)  # 07:30 JST


def test_a_three_day_pause_resumes_with_the_first_slot_after_it() -> None:
    monday = utc(2026, 11, 23, 12)
    p = person(paused_until=monday + timedelta(days=3))  # Thursday 12:00
    morning = next_due(p, K.MORNING_CHECKIN, monday)
    assert morning is not None and morning.local_slot == "2026-11-27T07:30"  # Friday
    sit = next_due(p, K.SIT_BREAK, monday)
    assert sit is not None and sit.local_slot.startswith("2026-11-26T12")
    assert next_due(person(), K.SIT_BREAK, monday) != sit


def test_a_slot_at_the_exact_end_of_a_pause_is_due_and_a_past_pause_is_ignored() -> None:
    p = person(paused_until=utc(2026, 11, 24, 7, 30))
    due = next_due(p, K.MORNING_CHECKIN, utc(2026, 11, 23, 8))
    assert due is not None and due.at == utc(2026, 11, 24, 7, 30)
    ended = person(paused_until=utc(2026, 11, 20))
    assert next_due(ended, K.MORNING_CHECKIN, utc(2026, 11, 23)) == next_due(
        person(), K.MORNING_CHECKIN, utc(2026, 11, 23)
    )


def test_a_blocked_person_has_no_prompts() -> None:
    p = person(blocked=True)
    assert all(next_due(p, kind, utc(2026, 11, 23)) is None for kind in K)


# --- sit breaks ------------------------------------------------------------------------


def test_sit_breaks_hourly_inside_work_hours_at_the_persons_minute() -> None:
    p = person(pid=42)
    minute = sit_break_minute(42)
    dues = walk(p, K.SIT_BREAK, utc(2026, 11, 23), utc(2026, 11, 24))
    walls = [datetime.fromisoformat(d.local_slot) for d in dues]
    assert all(w.minute == minute for w in walls)
    assert all(time(9, 30) <= w.time() < time(17, 0) for w in walls)
    assert len(walls) == (8 if minute >= 30 else 7)  # 09:mm only if mm >= 30
    assert all(b - a == timedelta(hours=1) for a, b in pairwise(walls))
    assert all(d.expires_at - d.at == timedelta(minutes=20) for d in dues)


def test_no_sit_breaks_at_the_weekend_and_friday_evening_moves_to_monday() -> None:
    friday_evening = utc(2026, 11, 27, 18)
    due = next_due(person(), K.SIT_BREAK, friday_evening)
    assert due is not None and due.local_slot.startswith("2026-11-30T")
    weekend = walk(person(), K.SIT_BREAK, utc(2026, 11, 28), utc(2026, 11, 30))
    assert weekend == []


def test_weekend_workers_and_people_without_work_days() -> None:
    weekend_worker = person(work_days="67")
    dues = walk(weekend_worker, K.SIT_BREAK, utc(2026, 11, 23), utc(2026, 11, 30))
    assert {d.local_slot[:10] for d in dues} == {"2026-11-28", "2026-11-29"}
    assert next_due(person(work_days=""), K.SIT_BREAK, utc(2026, 11, 23)) is None


def test_a_night_shift_runs_over_midnight() -> None:
    p = person(work_days="5", work_start=time(22, 0), work_end=time(6, 0))
    dues = walk(p, K.SIT_BREAK, utc(2026, 11, 27), utc(2026, 11, 29))
    assert dues[0].local_slot[:10] == "2026-11-27" and dues[-1].local_slot[:10] == "2026-11-28"
    assert len(dues) in (7, 8)


def test_an_overnight_shift_gets_hourly_sit_breaks_in_local_time_across_midnight() -> None:
    p = person(work_days="12345", work_start=time(17, 0), work_end=time(9, 0))  # /set work 17-9
    dues = walk(p, K.SIT_BREAK, utc(2026, 11, 23, 12), utc(2026, 11, 24, 12))  # from Monday
    minute = sit_break_minute(1)
    first = 17 if minute >= 30 else 18
    assert [d.local_slot[11:] for d in dues] == [
        f"{h % 24:02d}:{minute:02d}" for h in range(first, 33)]  # until 08:mm on Tuesday
    assert dues[0].local_slot[:10] == "2026-11-23" and dues[-1].local_slot[:10] == "2026-11-24"


@pytest.mark.parametrize("night, utc_hours", [
    (utc(2026, 3, 28, 12), 7),  # London springs forward at 01:00: one hour fewer, none doubled
    (utc(2026, 10, 24, 12), 9),  # falls back at 02:00: 01:mm once, at its first occurrence
])
def test_an_overnight_shift_across_a_dst_change_is_neither_doubled_nor_lost(
    night: datetime, utc_hours: int
) -> None:
    p = person(work_days="67", work_start=time(22, 0), work_end=time(6, 0))  # Sat into Sun
    dues = walk(p, K.SIT_BREAK, night, night + timedelta(days=1))
    local = [d.local_slot[11:13] for d in dues]
    assert len(set(local)) == len(local) and len({d.at for d in dues}) == len(dues)
    expected = {"23", "00", "01", "02", "03", "04", "05"} - ({"01"} if night.month == 3 else set())
    if sit_break_minute(1) >= 30:
        expected.add("22")
    assert set(local) == expected
    assert len(dues) <= utc_hours  # never more prompts than real hours in the shift


def test_sit_break_minutes_are_stable_and_spread_across_the_hour() -> None:
    assert [sit_break_minute(i) for i in (1, 2, 3)] == [sit_break_minute(i) for i in (1, 2, 3)]
    counts = Counter(sit_break_minute(i) for i in range(1, 10_001))
    assert set(counts) == set(range(60))
    expected = 10_000 / 60
    chi_square = sum((counts[m] - expected) ** 2 / expected for m in range(60))
    assert chi_square < 99.6  # 59 degrees of freedom, p = 0.001
    assert max(counts.values()) < 1.3 * expected and min(counts.values()) > 0.7 * expected


def test_sit_break_minute_does_not_change_between_releases() -> None:
    # A changed hash would move everyone's slot: pin a few values.
    assert [sit_break_minute(i) for i in (1, 2, 42, 1_000_000)] == [50, 20, 18, 48]


def test_sit_break_held_back_if_the_person_wrote_in_the_last_10_minutes() -> None:
    now = utc(2026, 11, 23, 10)
    assert sit_break_allowed(None, now)
    assert not sit_break_allowed(now - timedelta(minutes=9, seconds=59), now)
    assert sit_break_allowed(now - timedelta(minutes=10), now)


# --- wind-down, weekly review, team digest ----------------------------------------------


def test_wind_down_75_minutes_before_bed_with_30_minutes_grace() -> None:
    due = next_due(person(), K.WIND_DOWN, utc(2026, 11, 23))
    assert due is not None
    assert (due.local_slot, due.expires_at - due.at) == ("2026-11-23T21:45", timedelta(minutes=30))
    after_midnight = next_due(person(bed=time(0, 30)), K.WIND_DOWN, utc(2026, 11, 23, 12))
    assert after_midnight is not None and after_midnight.local_slot == "2026-11-23T23:15"


def test_weekly_review_sunday_18_00_local_with_3_hours_grace() -> None:
    due = next_due(person(timezone=NEW_YORK), K.WEEKLY_REVIEW, utc(2026, 11, 23))
    assert due is not None
    assert (due.local_slot, due.at) == ("2026-11-29T18:00", utc(2026, 11, 29, 23))
    assert due.expires_at - due.at == timedelta(hours=3)
    following = next_due(person(timezone=NEW_YORK), K.WEEKLY_REVIEW, due.at)
    assert following is not None and following.local_slot == "2026-12-06T18:00"


def test_team_digest_on_work_days_at_its_local_time() -> None:
    saturday = utc(2026, 11, 28, 12)
    due = next_digest_due(NEW_YORK, time(9, 0), saturday)
    assert due is not None and due.kind is K.TEAM_DIGEST
    assert (due.local_slot, due.at) == ("2026-11-30T09:00", utc(2026, 11, 30, 14))
    assert next_digest_due(NEW_YORK, time(9, 0), saturday, days="") is None
    assert next_due(person(), K.TEAM_DIGEST, saturday) is None


# --- expiry and inputs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "grace_end"),
    [
        (K.MORNING_CHECKIN, utc(2026, 11, 23, 11, 30)),
        (K.CHECKIN_REMINDER, utc(2026, 11, 23, 11, 30)),
        (K.WIND_DOWN, utc(2026, 11, 23, 22, 15)),
        (K.WEEKLY_REVIEW, utc(2026, 11, 29, 21, 0)),
    ],
)
def test_expiry_windows(kind: PromptKind, grace_end: datetime) -> None:
    due = next_due(person(), kind, utc(2026, 11, 23))
    assert due is not None and due.expires_at == grace_end
    assert not is_expired(due, due.at)
    assert not is_expired(due, grace_end - timedelta(seconds=1))
    assert is_expired(due, grace_end)


def test_a_bot_down_all_morning_drops_the_checkin() -> None:
    due = next_due(person(timezone=NEW_YORK), K.MORNING_CHECKIN, utc(2026, 11, 23))
    assert due is not None
    assert not is_expired(due, utc(2026, 11, 23, 15, 30))  # 10:30 local: still useful
    assert is_expired(due, utc(2026, 11, 23, 16, 30))  # 11:30 local: dropped


def test_naive_instants_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        next_due(person(), K.MORNING_CHECKIN, datetime(2026, 11, 23))


def test_the_schedule_module_is_pure() -> None:
    source = Path(__file__).parents[2] / "core" / "schedule.py"
    tree = ast.parse(source.read_text())
    imported = {
        (node.module or "").split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
    } | {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert imported <= {
        "__future__",
        "hashlib",
        "collections",
        "dataclasses",
        "datetime",
        "enum",
        "functools",
        "typing",
        "zoneinfo",
        "core",
    }
    called = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    assert not called & {"now", "utcnow", "today", "time_ns", "monotonic"}
