"""Personal baselines: a marker's usual level and when a reading counts as worse than usual.

Two kinds of baseline (see docs/readiness.md for the seed sections and the numbers):

* 0-10 scales (sleep, arousal, recovery, mood): mean and SD of the entries on days
  d-35..d-8, SD floored at 1.0; it counts from 14 entries, before that a calibration rule.
* Physiology (HRV as ln rMSSD, resting HR in bpm): the 7-day rolling mean (days d-6..d)
  against the normal range, mean +/- 0.5 SD of the daily values on days d-66..d-7.

Days are passed as proleptic ordinals (`date.toordinal()`) so that windows are integer
ranges. A `DailySeries` holds prefix sums, so a window costs two binary searches however
long the history is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from math import sqrt
from operator import mul

# 0-10 scales
BASELINE_FIRST_LAG = 35  # window starts at d-35 ...
BASELINE_LAST_LAG = 8  # ... and ends at d-8 (inclusive)
BASELINE_MIN_ENTRIES = 14  # the baseline counts from this many entries
SD_FLOOR = 1.0  # SD floor on 0-10 scales
DECLINE_SDS = 1.0  # worse than baseline by at least this many SDs = declined
CALIBRATION_LOW = 3  # good-is-high scale: rating <= 3 counts as declined while calibrating
CALIBRATION_HIGH = 7  # arousal: rating >= 7 counts as declined while calibrating

# Physiology (HRV, resting HR)
ROLLING_DAYS = 7  # rolling mean over d-6..d
ROLLING_MIN_VALUES = 3  # at least this many values in the 7 days
NORMAL_RANGE_DAYS = 60  # normal range over the 60 days before the rolling window: d-66..d-7
NORMAL_RANGE_MIN_VALUES = 14  # at least this many values in the 60 days
NORMAL_RANGE_HALF_WIDTH_SDS = 0.5  # range = mean +/- 0.5 SD


@dataclass(frozen=True, slots=True)
class DailySeries:
    """One marker's values on the days it has one, with prefix sums for O(log n) windows.

    `days` is ascending; `sums[k]` and `squares[k]` cover `values[:k]`.
    """

    days: tuple[int, ...]
    values: tuple[float, ...]
    sums: tuple[float, ...]
    squares: tuple[float, ...]

    @staticmethod
    def build(values: Mapping[int, float]) -> DailySeries:
        """Series from values keyed by ordinal, any order."""
        days = sorted(values)
        return DailySeries.from_sorted(days, [values[d] for d in days])

    @staticmethod
    def from_sorted(days: Sequence[int], values: Sequence[float]) -> DailySeries:
        """Series from ascending ordinals and their values."""
        return DailySeries(
            tuple(days),
            tuple(values),
            tuple(accumulate(values, initial=0.0)),
            tuple(accumulate(map(mul, values, values), initial=0.0)),
        )

    def window(self, lo: int, hi: int) -> WindowStats:
        """Count, mean and sample SD of the values on ordinals lo..hi (inclusive)."""
        return WindowStats(*self.stats(lo, hi))

    def stats(self, lo: int, hi: int) -> tuple[int, float, float]:
        """`window` as a plain (count, mean, sd) tuple, for hot loops."""
        days = self.days
        a = bisect_left(days, lo)
        b = bisect_right(days, hi, a)
        n = b - a
        if n <= 0:
            return 0, 0.0, 0.0
        s = self.sums[b] - self.sums[a]
        mean = s / n
        if n < 2:
            return n, mean, 0.0
        variance = (self.squares[b] - self.squares[a] - s * mean) / (n - 1)
        return n, mean, sqrt(variance) if variance > 0.0 else 0.0


@dataclass(frozen=True, slots=True)
class WindowStats:
    count: int
    mean: float
    sd: float  # sample SD (n - 1); 0.0 below two values


@dataclass(frozen=True, slots=True)
class Baseline:
    """A 0-10 marker's baseline for one day."""

    entries: int  # entries in d-35..d-8
    mean: float
    sd: float  # floored at SD_FLOOR

    @property
    def counts(self) -> bool:
        return self.entries >= BASELINE_MIN_ENTRIES


def scale_baseline(series: DailySeries, day: int) -> Baseline:
    """The baseline of a 0-10 marker for the day with ordinal `day` (days d-35..d-8)."""
    stats = series.window(day - BASELINE_FIRST_LAG, day - BASELINE_LAST_LAG)
    return Baseline(stats.count, stats.mean, max(stats.sd, SD_FLOOR))


def scale_declined(value: float, baseline: Baseline, higher_is_worse: bool) -> bool:
    """Worse than baseline by >= 1 SD; while calibrating, <= 3 (or >= 7 on arousal)."""
    if not baseline.counts:
        return value >= CALIBRATION_HIGH if higher_is_worse else value <= CALIBRATION_LOW
    if higher_is_worse:
        return value >= baseline.mean + DECLINE_SDS * baseline.sd
    return value <= baseline.mean - DECLINE_SDS * baseline.sd


@dataclass(frozen=True, slots=True)
class RollingComparison:
    """A physiological marker's 7-day mean against its 60-day normal range."""

    rolling_mean: float | None  # None: fewer than ROLLING_MIN_VALUES in d-6..d
    range_mean: float | None  # None: fewer than NORMAL_RANGE_MIN_VALUES in d-66..d-7
    range_sd: float | None

    @property
    def lower(self) -> float | None:
        if self.range_mean is None or self.range_sd is None:
            return None
        return self.range_mean - NORMAL_RANGE_HALF_WIDTH_SDS * self.range_sd

    @property
    def upper(self) -> float | None:
        if self.range_mean is None or self.range_sd is None:
            return None
        return self.range_mean + NORMAL_RANGE_HALF_WIDTH_SDS * self.range_sd

    @property
    def below(self) -> bool:
        lower = self.lower
        return self.rolling_mean is not None and lower is not None and self.rolling_mean < lower

    @property
    def above(self) -> bool:
        upper = self.upper
        return self.rolling_mean is not None and upper is not None and self.rolling_mean > upper


def rolling_comparison(series: DailySeries, day: int) -> RollingComparison:
    """7-day mean over d-6..d against mean +/- 0.5 SD over d-66..d-7."""
    recent = series.window(day - ROLLING_DAYS + 1, day)
    normal = series.window(day - ROLLING_DAYS - NORMAL_RANGE_DAYS + 1, day - ROLLING_DAYS)
    rolling = recent.mean if recent.count >= ROLLING_MIN_VALUES else None
    if normal.count < NORMAL_RANGE_MIN_VALUES:
        return RollingComparison(rolling, None, None)
    return RollingComparison(rolling, normal.mean, normal.sd)


def declined_against_baseline(
    series: DailySeries, day: int, value: float, higher_is_worse: bool
) -> bool:
    """`scale_declined(value, scale_baseline(series, day), ...)` without the objects."""
    n, mean, sd = series.stats(day - BASELINE_FIRST_LAG, day - BASELINE_LAST_LAG)
    if n < BASELINE_MIN_ENTRIES:
        return value >= CALIBRATION_HIGH if higher_is_worse else value <= CALIBRATION_LOW
    if sd < SD_FLOOR:
        sd = SD_FLOOR
    if higher_is_worse:
        return value >= mean + DECLINE_SDS * sd
    return value <= mean - DECLINE_SDS * sd


def outside_normal_range(series: DailySeries, day: int, higher_is_worse: bool) -> bool:
    """`rolling_comparison(series, day).above` (or `.below`) without the objects."""
    if not series.days:
        return False
    n, rolling, _ = series.stats(day - ROLLING_DAYS + 1, day)
    if n < ROLLING_MIN_VALUES:
        return False
    m, mean, sd = series.stats(day - ROLLING_DAYS - NORMAL_RANGE_DAYS + 1, day - ROLLING_DAYS)
    if m < NORMAL_RANGE_MIN_VALUES:
        return False
    if higher_is_worse:
        return rolling > mean + NORMAL_RANGE_HALF_WIDTH_SDS * sd
    return rolling < mean - NORMAL_RANGE_HALF_WIDTH_SDS * sd


def declined_sweep(
    series: DailySeries,
    days: Sequence[int],
    values: Sequence[float | None],
    higher_is_worse: bool,
) -> list[bool]:
    """`declined_against_baseline` for each (day, value), days ascending, in one pass.

    Each binary search starts where the previous one ended; no call per day.
    """
    marks, sums, squares = series.days, series.sums, series.squares
    out: list[bool] = []
    a = b = 0
    for day, value in zip(days, values, strict=True):
        a = bisect_left(marks, day - BASELINE_FIRST_LAG, a)
        b = bisect_right(marks, day - BASELINE_LAST_LAG, a if a > b else b)
        if value is None:
            out.append(False)
            continue
        n = b - a
        if n < BASELINE_MIN_ENTRIES:
            out.append(value >= CALIBRATION_HIGH if higher_is_worse else value <= CALIBRATION_LOW)
            continue
        total = sums[b] - sums[a]
        mean = total / n
        variance = (squares[b] - squares[a] - total * mean) / (n - 1)
        sd = sqrt(variance) if variance > SD_FLOOR * SD_FLOOR else SD_FLOOR
        if higher_is_worse:
            out.append(value >= mean + DECLINE_SDS * sd)
        else:
            out.append(value <= mean - DECLINE_SDS * sd)
    return out


def outside_normal_range_sweep(
    series: DailySeries, days: Sequence[int], higher_is_worse: bool
) -> list[bool]:
    """`outside_normal_range` for each day, days ascending, in one pass."""
    marks, sums, squares = series.days, series.sums, series.squares
    if not marks:
        return [False] * len(days)
    out: list[bool] = []
    a = b = c = 0  # recent window marks[b:c], normal window marks[a:b]
    normal_lag = ROLLING_DAYS + NORMAL_RANGE_DAYS - 1
    for day in days:
        a = bisect_left(marks, day - normal_lag, a)
        b = bisect_left(marks, day - ROLLING_DAYS + 1, a if a > b else b)
        c = bisect_right(marks, day, b if b > c else c)
        m = b - a
        n = c - b
        if n < ROLLING_MIN_VALUES or m < NORMAL_RANGE_MIN_VALUES:
            out.append(False)
            continue
        rolling = (sums[c] - sums[b]) / n
        total = sums[b] - sums[a]
        mean = total / m
        variance = (squares[b] - squares[a] - total * mean) / (m - 1)
        half = NORMAL_RANGE_HALF_WIDTH_SDS * sqrt(variance) if variance > 0.0 else 0.0
        out.append(rolling > mean + half if higher_is_worse else rolling < mean - half)
    return out
