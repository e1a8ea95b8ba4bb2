"""The action threshold and the deload: runs, gaps, cut depth, extension, early end, fresh runs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from core.assessment import DayEntry, Marker, Status
from core.checkin_fields import CheckIn
from core.deload import DayFlags, replay, volume_cut
from core.readiness import assess

D0 = date(2026, 3, 1)
USUAL = CheckIn(sleep=8, arousal=3, recovery=7, mood=8)
T = D0 + timedelta(days=40)
BAD = {"sleep": 6, "mood": 6}  # two markers declined


def day(n: int) -> date:
    return T + timedelta(days=n)


def usual() -> list[DayEntry]:
    return [DayEntry(D0 + timedelta(days=i), USUAL) for i in range(40)]


def on(n: int, **changes: int) -> DayEntry:
    return DayEntry(day(n), replace(USUAL, **changes))  # type: ignore[arg-type]


def bad(n: int) -> DayEntry:
    return on(n, **BAD)


def test_three_bad_check_ins_start_a_deload_on_the_third() -> None:
    history = [*usual(), bad(0), bad(1), bad(2)]
    assert assess(history, day(1)).deload is None
    assert assess(history, day(1)).status is Status.AMBER
    result = assess(history, day(2))
    assert result.status is Status.RED
    assert not result.load_increase_allowed
    deload = result.deload
    assert deload is not None
    assert (deload.started, deload.day_number, deload.planned_days) == (day(2), 1, 3)
    assert deload.volume_cut_percent == 20
    assert deload.markers == (Marker.SLEEP, Marker.MOOD)
    assert (
        result.reason
        == deload.reason
        == (
            "Sleep and mood have been below your usual over three check-ins in a row, so today is "
            "lighter: 20% less volume and no hard conditioning (day 1 of 3)."
        )
    )


def test_one_missing_day_inside_the_run_is_allowed() -> None:
    history = [*usual(), bad(0), bad(2), bad(3)]
    deload = assess(history, day(3)).deload
    assert deload is not None and deload.started == day(3)


def test_two_missing_days_break_the_run() -> None:
    history = [*usual(), bad(0), bad(3), bad(4)]
    assert assess(history, day(4)).deload is None
    history.append(bad(5))
    deload = assess(history, day(5)).deload
    assert deload is not None and deload.started == day(5)


def test_a_calm_check_in_breaks_the_run() -> None:
    history = [*usual(), bad(0), bad(1), on(2, sleep=6), bad(3)]
    assert assess(history, day(3)).deload is None


@pytest.mark.parametrize(
    ("changes", "cut"),
    [
        ({"sleep": 6, "mood": 6}, 20),
        ({"sleep": 6, "mood": 6, "recovery": 5}, 30),
        ({"sleep": 6, "mood": 6, "recovery": 5, "arousal": 5}, 40),
    ],
)
def test_cut_deepens_with_markers(changes: dict[str, int], cut: int) -> None:
    history = usual() + [on(n, **changes) for n in range(3)]
    deload = assess(history, day(2)).deload
    assert deload is not None
    assert deload.volume_cut_percent == cut
    assert len(deload.markers) == len(changes)


def test_cut_uses_the_most_markers_on_one_day_of_the_run() -> None:
    history = [*usual(), bad(0), on(1, sleep=6, mood=6, recovery=5), on(2, sleep=6, recovery=5)]
    deload = assess(history, day(2)).deload
    assert deload is not None
    assert deload.volume_cut_percent == 30
    assert deload.markers == (Marker.SLEEP, Marker.RECOVERY, Marker.MOOD)
    assert deload.reason.startswith("Sleep, recovery and mood have been below your usual")


def test_volume_cut_table() -> None:
    assert [volume_cut(n) for n in range(7)] == [0, 0, 20, 30, 40, 40, 40]


def test_deload_runs_three_calendar_days_without_check_ins() -> None:
    history = [*usual(), bad(0), bad(1), bad(2)]
    third = assess(history, day(4)).deload
    assert third is not None and (third.day_number, third.planned_days) == (3, 3)
    assert assess(history, day(5)).deload is None


def test_deload_ends_early_after_two_calm_check_ins() -> None:
    history = [*usual(), bad(0), bad(1), bad(2), on(3), on(4)]
    second = assess(history, day(3)).deload
    assert second is not None and second.day_number == 2
    assert assess(history, day(4)).deload is None  # would have been day 3 of 3
    assert assess(history, day(4)).status is Status.GREEN


def test_calm_then_bad_does_not_end_it_and_a_bad_last_day_extends_it() -> None:
    history = [*usual(), bad(0), bad(1), bad(2), on(3), bad(4)]
    deload = assess(history, day(4)).deload
    assert deload is not None and (deload.day_number, deload.planned_days) == (3, 4)


def test_deload_extends_to_five_when_it_stays_bad() -> None:
    history = usual() + [bad(n) for n in range(8)]
    planned = [assess(history, day(n)).deload for n in range(2, 8)]
    assert [(d.day_number, d.planned_days) if d else None for d in planned] == [
        (1, 3),
        (2, 3),
        (3, 4),
        (4, 5),
        (5, 5),
        None,
    ]
    assert planned[4] is not None
    assert planned[4].reason.endswith("(day 5 of 5).")


def test_after_a_deload_a_new_one_needs_a_fresh_run_of_three() -> None:
    history = usual() + [bad(n) for n in range(10)]
    assert assess(history, day(7)).deload is None  # day 7 is the first after 5 deload days
    assert assess(history, day(8)).deload is None
    again = assess(history, day(9)).deload
    assert again is not None and (again.started, again.day_number) == (day(9), 1)


def test_replay_ignores_check_ins_after_the_day() -> None:
    flags = [DayFlags(T.toordinal() + n, (Marker.SLEEP, Marker.MOOD)) for n in range(5)]
    assert replay(flags, T.toordinal() + 1) is None
    deload = replay(flags, T.toordinal() + 2)
    assert deload is not None and deload.planned_days == 3


def test_a_long_bad_stretch_chains_deloads_each_after_a_fresh_run() -> None:
    history = usual() + [bad(n) for n in range(17)]  # more bad check-ins than the recent scan
    starts = {d.started for n in range(17) if (d := assess(history, day(n)).deload) is not None}
    assert starts == {day(2), day(9), day(16)}
    last = assess(history, day(16)).deload
    assert last is not None and last.day_number == 1
