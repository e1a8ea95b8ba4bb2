"""Personal baselines: windows, the 14-entry rule, calibration, the SD floor, HRV/RHR ranges."""

from __future__ import annotations

import math
import random
from datetime import date

import pytest

from core.baseline import (
    Baseline,
    DailySeries,
    declined_against_baseline,
    declined_sweep,
    outside_normal_range,
    outside_normal_range_sweep,
    rolling_comparison,
    scale_baseline,
    scale_declined,
)

D = date(2026, 6, 1).toordinal()


def test_window_is_count_mean_and_sample_sd() -> None:
    series = DailySeries.build({D + i: v for i, v in enumerate([2, 4, 4, 4, 5, 5, 7, 9])})
    stats = series.window(D, D + 7)
    assert stats.count == 8
    assert stats.mean == pytest.approx(5.0)
    assert stats.sd == pytest.approx(math.sqrt(32 / 7))
    assert series.window(D + 1, D + 2).count == 2
    assert series.window(D + 8, D + 20).count == 0


def test_baseline_window_is_d_minus_35_to_d_minus_8() -> None:
    values = {D - 36: 0.0, D - 35: 4.0, D - 8: 6.0, D - 7: 10.0, D: 10.0}
    baseline = scale_baseline(DailySeries.build(values), D)
    assert baseline.entries == 2
    assert baseline.mean == pytest.approx(5.0)


def _days(count: int, value: float = 8.0) -> DailySeries:
    return DailySeries.build({D - 8 - i: value for i in range(count)})


def test_baseline_counts_from_14_entries_not_13() -> None:
    assert not scale_baseline(_days(13), D).counts
    assert scale_baseline(_days(14), D).counts
    # 4 is a full point below a usual 8: declined once the baseline counts, not while calibrating
    assert not declined_against_baseline(_days(13), D, 4, higher_is_worse=False)
    assert declined_against_baseline(_days(14), D, 4, higher_is_worse=False)


def test_calibration_rule_thresholds() -> None:
    forming = Baseline(entries=13, mean=8.0, sd=1.0)
    assert scale_declined(3, forming, higher_is_worse=False)
    assert not scale_declined(4, forming, higher_is_worse=False)
    assert scale_declined(7, forming, higher_is_worse=True)
    assert not scale_declined(6, forming, higher_is_worse=True)


def test_sd_is_floored_at_one() -> None:
    # seven 7s and seven 8s: mean 7.5, sample SD 0.519 -> floored to 1.0
    series = DailySeries.build({D - 8 - i: 7.0 if i % 2 else 8.0 for i in range(14)})
    baseline = scale_baseline(series, D)
    assert baseline.mean == pytest.approx(7.5)
    assert baseline.sd == 1.0
    assert declined_against_baseline(series, D, 6.5, higher_is_worse=False)  # exactly 1 SD
    assert not declined_against_baseline(series, D, 6.9, higher_is_worse=False)  # 0.6 below
    assert declined_against_baseline(series, D, 8.5, higher_is_worse=True)
    assert not declined_against_baseline(series, D, 8.4, higher_is_worse=True)


def test_sd_above_the_floor_is_used() -> None:
    series = DailySeries.build({D - 8 - i: 6.0 if i % 2 else 10.0 for i in range(14)})
    baseline = scale_baseline(series, D)
    assert baseline.sd == pytest.approx(math.sqrt(14 * 4 / 13))
    threshold = 8.0 - baseline.sd
    assert declined_against_baseline(series, D, threshold, higher_is_worse=False)
    assert not declined_against_baseline(series, D, threshold + 0.01, higher_is_worse=False)


def _physio(normal: dict[int, float], recent: dict[int, float]) -> DailySeries:
    return DailySeries.build({**normal, **recent})


NORMAL = {D - 7 - i: (50.0 if i % 2 else 52.0) for i in range(60)}  # d-66..d-7


def test_normal_range_is_the_60_days_before_the_7_day_window() -> None:
    comparison = rolling_comparison(_physio(NORMAL, {}), D)
    assert comparison.range_mean == pytest.approx(51.0)
    assert comparison.range_sd == pytest.approx(math.sqrt(60 / 59))
    assert comparison.rolling_mean is None  # nothing in d-6..d
    extra = rolling_comparison(_physio({**NORMAL, D - 67: 1000.0}, {}), D)
    assert extra.range_mean == pytest.approx(51.0)  # d-67 is outside


def test_rolling_mean_above_or_below_the_range() -> None:
    upper = 51.0 + 0.5 * math.sqrt(60 / 59)
    high = {D - i: 52.0 for i in range(7)}
    usual = {D - i: 51.0 for i in range(7)}
    assert outside_normal_range(_physio(NORMAL, high), D, higher_is_worse=True)
    assert rolling_comparison(_physio(NORMAL, high), D).upper == pytest.approx(upper)
    assert not outside_normal_range(_physio(NORMAL, usual), D, higher_is_worse=True)
    low = {D - i: 50.0 for i in range(7)}
    assert outside_normal_range(_physio(NORMAL, low), D, higher_is_worse=False)
    assert not outside_normal_range(_physio(NORMAL, usual), D, higher_is_worse=False)


def test_rolling_needs_3_values_and_range_needs_14() -> None:
    two = {D: 40.0, D - 6: 40.0}
    assert not outside_normal_range(_physio(NORMAL, two), D, higher_is_worse=False)
    three = {**two, D - 3: 40.0}
    assert outside_normal_range(_physio(NORMAL, three), D, higher_is_worse=False)
    thirteen = {D - 7 - i: 52.0 for i in range(13)}
    assert rolling_comparison(_physio(thirteen, three), D).range_mean is None
    assert not outside_normal_range(_physio(thirteen, three), D, higher_is_worse=False)
    fourteen = {D - 7 - i: 52.0 for i in range(14)}
    assert outside_normal_range(_physio(fourteen, three), D, higher_is_worse=False)


def test_sweeps_equal_the_per_day_rules() -> None:
    rng = random.Random(5)
    for _ in range(20):
        values = {D + i: float(rng.randint(0, 10)) for i in range(120) if rng.random() < 0.8}
        series = DailySeries.build(values)
        days = sorted(rng.sample(range(D, D + 130), 60))
        ratings = [float(rng.randint(0, 10)) if rng.random() < 0.9 else None for _ in days]
        for worse in (False, True):
            swept = declined_sweep(series, days, ratings, worse)
            one_by_one = [
                v is not None and declined_against_baseline(series, d, v, worse)
                for d, v in zip(days, ratings, strict=True)
            ]
            assert swept == one_by_one
            assert outside_normal_range_sweep(series, days, worse) == [
                outside_normal_range(series, d, worse) for d in days
            ]
