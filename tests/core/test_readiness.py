"""readiness.assess: readings, calibration, status, progression gates and the reason sentence."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from core.assessment import DayEntry, Marker, Status
from core.checkin_fields import CheckIn
from core.deload import replay
from core.readiness import assess, daily_declined
from core.readiness_wording import english_list, off_usual

D0 = date(2026, 3, 1)
USUAL = CheckIn(sleep=8, arousal=3, recovery=7, mood=8)  # constant: every SD floors to 1.0
T = D0 + timedelta(days=40)  # first day after 40 usual days; baselines are all usual until T+7


def usual(days: int = 40, start: date = D0, checkin: CheckIn = USUAL) -> list[DayEntry]:
    return [DayEntry(start + timedelta(days=i), checkin) for i in range(days)]


def on(day: date, **changes: int | float) -> DayEntry:
    return DayEntry(day, replace(USUAL, **changes))  # type: ignore[arg-type]


def test_all_usual_is_green() -> None:
    result = assess([*usual(), on(T)], T)
    assert result.status is Status.GREEN
    assert not result.calibrating
    assert result.declined == ()
    assert result.load_increase_allowed and result.gate_markers == ()
    assert result.deload is None and result.escalation is None
    assert result.reason == "All your markers are in your usual range."
    sleep = result.readings[0]
    assert (sleep.marker, sleep.value, sleep.baseline_mean, sleep.baseline_sd) == (
        Marker.SLEEP,
        8.0,
        8.0,
        1.0,
    )
    assert [r.marker for r in result.readings] == list(Marker)


def test_one_sd_worse_is_declined_and_less_is_not() -> None:
    assert assess([*usual(), on(T, sleep=7)], T).declined == (Marker.SLEEP,)
    assert assess([*usual(), on(T, arousal=4)], T).declined == (Marker.AROUSAL,)
    assert assess([*usual(), on(T, sleep=9, arousal=2)], T).declined == ()


def test_day_13_of_baseline_calibrates_and_day_14_counts() -> None:
    history = usual(days=30)
    day13 = D0 + timedelta(days=20)  # entries on D0..day-8 = 13
    result = assess(history, day13)
    assert result.calibrating
    assert result.reason == (
        "Your baseline is still forming (13 of 14 check-ins older than a week), "
        "so for now only very low or very high ratings count."
    )
    assert result.readings[0].baseline_mean is None
    low_sleep = [e for e in history if e.day != day13] + [on(day13, sleep=4)]
    assert assess(low_sleep, day13).declined == ()  # 4 is not <= 3
    day14 = day13 + timedelta(days=1)
    low_sleep14 = [e for e in history if e.day != day14] + [on(day14, sleep=4)]
    formed = assess(low_sleep14, day14)
    assert not formed.calibrating
    assert formed.declined == (Marker.SLEEP,)
    assert formed.readings[0].baseline_mean == 8.0


def test_calibration_rule_flags_with_the_forming_sentence() -> None:
    history = [*usual(days=9), on(D0 + timedelta(days=9), sleep=3, arousal=7)]
    result = assess(history, D0 + timedelta(days=9))
    assert result.declined == (Marker.SLEEP, Marker.AROUSAL)
    assert result.reason == (  # issue 12: "train as planned" never follows "very low"
        "Your baseline is still forming (2 of 14 check-ins older than a week); "
        "sleep is very low and arousal very high today, so today is lighter: fewer sets and "
        "nothing heavy."
    )
    assert result.poor_day is not None and result.poor_day.volume_cut_percent == 30
    assert not result.load_increase_allowed and result.status is Status.AMBER


def test_calibrating_words_are_very_without_train_as_planned() -> None:
    high = [*usual(days=9), on(D0 + timedelta(days=9), arousal=8)]
    assert assess(high, D0 + timedelta(days=9)).reason.endswith(
        "; arousal is very high, so keep an eye on it.")
    low_mood = [*usual(days=7), on(D0 + timedelta(days=7), mood=3),
                on(D0 + timedelta(days=8), mood=2), on(D0 + timedelta(days=9))]
    result = assess(low_mood, D0 + timedelta(days=9))
    assert result.poor_day is None and result.gate_markers == (Marker.MOOD,)
    assert result.reason.endswith(
        "; mood has been very low on recent check-ins, so no load increases for now.")


def test_first_ever_check_in_and_empty_history() -> None:
    assert assess([on(D0)], D0).reason.startswith("Your baseline is still forming (0 of 14")
    empty = assess([], D0)
    assert empty.status is Status.GREEN and empty.calibrating


def test_any_order_duplicates_and_future_entries() -> None:
    history = [*usual(), on(T, sleep=6, mood=6), on(T + timedelta(days=1), sleep=1)]
    shuffled = list(history)
    random.Random(3).shuffle(shuffled)
    assert assess(shuffled, T) == assess(history, T)
    assert assess(history, T).declined == (Marker.SLEEP, Marker.MOOD)
    split = [*usual(), on(T, sleep=6), DayEntry(T, CheckIn(mood=6))]
    assert assess(split, T).declined == (Marker.SLEEP, Marker.MOOD)


def test_missing_today_uses_the_rolling_markers_only() -> None:
    result = assess(usual(), T)
    assert result.readings[0].value is None
    assert result.status is Status.GREEN


# Progression gates -------------------------------------------------------------------------


def test_sleep_declined_closes_the_gate() -> None:
    result = assess([*usual(), on(T, sleep=7)], T)
    assert result.status is Status.AMBER
    assert not result.load_increase_allowed
    assert result.gate_markers == (Marker.SLEEP,)
    assert result.reason == "Sleep is below your usual, so train as planned without adding load."


@pytest.mark.parametrize("changes", [{"arousal": 5}, {"recovery": 5}, {"mood": 6}])
def test_arousal_recovery_or_one_low_mood_leave_the_gate_open(changes: dict[str, int]) -> None:
    result = assess([*usual(), on(T, **changes)], T)
    assert result.status is Status.AMBER
    assert result.load_increase_allowed and result.gate_markers == ()
    assert result.reason.endswith("so train as planned and keep an eye on it.")


def test_mood_declined_on_two_of_the_last_three_check_ins_persists() -> None:
    history = [
        *usual(),
        on(T, mood=6),
        on(T + timedelta(days=1)),
        on(T + timedelta(days=2), mood=6),
    ]
    result = assess(history, T + timedelta(days=2))
    assert result.gate_markers == (Marker.MOOD,)
    assert not result.load_increase_allowed
    history.append(on(T + timedelta(days=3)))  # last three: fine, low, fine
    assert assess(history, T + timedelta(days=3)).gate_markers == ()


def test_mood_persists_even_when_today_is_fine() -> None:
    history = [
        *usual(),
        on(T, mood=6),
        on(T + timedelta(days=1), mood=6),
        on(T + timedelta(days=2)),
    ]
    result = assess(history, T + timedelta(days=2))
    assert result.declined == ()
    assert result.gate_markers == (Marker.MOOD,)
    assert result.status is Status.AMBER
    assert result.reason == "Mood is below your usual, so train as planned without adding load."


def test_mood_persistence_looks_back_only_seven_days() -> None:
    history = [*usual(), on(T, mood=6), on(T + timedelta(days=7), mood=6)]
    assert assess(history, T + timedelta(days=7)).gate_markers == ()
    history.append(on(T + timedelta(days=6)))
    assert assess(history, T + timedelta(days=6)).gate_markers == ()


def _with_physiology(rhr_recent: int, hrv_recent: float) -> list[DayEntry]:
    """70 days: 63 with RHR 50/52 and HRV 50/70 alternating, then 7 at the given values."""
    entries = []
    for i in range(70):
        if i < 63:
            checkin = replace(USUAL, rhr=50 if i % 2 else 52, hrv=50.0 if i % 2 else 70.0)
        else:
            checkin = replace(USUAL, rhr=rhr_recent, hrv=hrv_recent)
        entries.append(DayEntry(D0 + timedelta(days=i), checkin))
    return entries


LAST = D0 + timedelta(days=69)
LN = [math.log(50.0 if i % 2 else 70.0) for i in range(3, 63)]  # the 60 days d-66..d-7
LN_MEAN = sum(LN) / 60
LN_SD = math.sqrt(sum((x - LN_MEAN) ** 2 for x in LN) / 59)


def test_hrv_7_day_mean_below_the_60_day_range_is_suppressed() -> None:
    below = math.exp(LN_MEAN - 0.5 * LN_SD - 0.001)
    above = math.exp(LN_MEAN - 0.5 * LN_SD + 0.001)
    suppressed = assess(_with_physiology(51, below), LAST)
    assert suppressed.declined == (Marker.HRV,)
    assert suppressed.gate_markers == (Marker.HRV,)
    hrv = suppressed.readings[-1]
    assert hrv.value == pytest.approx(math.log(below))
    assert hrv.baseline_mean == pytest.approx(LN_MEAN)
    assert hrv.baseline_sd == pytest.approx(LN_SD)
    assert suppressed.reason == "HRV is below your usual, so train as planned without adding load."
    assert assess(_with_physiology(51, above), LAST).declined == ()


def test_one_low_hrv_day_does_not_suppress_the_7_day_mean() -> None:
    history = _with_physiology(51, 65.0)
    history[-1] = replace(history[-1], checkin=replace(history[-1].checkin, hrv=30.0))
    assert Marker.HRV not in assess(history, LAST).declined


def test_resting_hr_7_day_mean_above_the_range_is_elevated() -> None:
    elevated = assess(_with_physiology(52, 60.0), LAST)  # range 51 +/- 0.5 * 1.008
    assert elevated.declined == (Marker.RHR,)
    assert elevated.gate_markers == (Marker.RHR,)
    assert elevated.reason == (
        "Resting heart rate is above your usual, so train as planned without adding load."
    )
    assert assess(_with_physiology(51, 60.0), LAST).declined == ()


# Wording -----------------------------------------------------------------------------------


def test_english_lists() -> None:
    assert english_list(["sleep"]) == "sleep"
    assert english_list(["sleep", "mood"]) == "sleep and mood"
    assert english_list(["sleep", "recovery", "mood"]) == "sleep, recovery and mood"
    assert (
        off_usual([Marker.MOOD, Marker.SLEEP], past=True)
        == "sleep and mood have been below your usual"
    )
    assert off_usual([Marker.RHR, Marker.AROUSAL], past=False) == (
        "arousal and resting heart rate are above your usual"
    )


# The shortcut replay equals the full replay ----------------------------------------------


def test_assess_deload_equals_a_replay_of_every_day() -> None:
    rng = random.Random(11)
    for _ in range(40):
        history = usual()
        for i in range(30):
            if rng.random() < 0.15:
                continue  # missing day
            bad = rng.sample(["sleep", "recovery", "mood"], k=rng.choice([0, 0, 1, 2, 2, 3]))
            history.append(on(T + timedelta(days=i), **{name: 4 for name in bad}))
        for offset in range(0, 31, 3):
            day = T + timedelta(days=offset)
            full = replay(daily_declined(history, day), day.toordinal())
            assert assess(history, day).deload == full
