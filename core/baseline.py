"""Personal baselines: a marker's usual level and when a reading counts as worse than usual.

Two kinds of baseline (see docs/readiness.md for the seed sections and the numbers):

* 0-10 scales (sleep, arousal, recovery, mood): mean and SD of the entries on days
  d-35..d-8, SD floored at 1.0; it counts from 14 entries, before that a calibration rule.
* Physiology (HRV as ln rMSSD, resting HR in bpm): the 7-day rolling mean (days d-6..d)
  against the normal range, mean +/- 0.5 SD of the daily values on days d-66..d-7.

Days are passed as proleptic ordinals (`date.toordinal()`) so that windows are integer
ranges. A `DailySeries` holds prefix sums, so every window costs O(1) however long the
history is.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

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
    """One marker's values by day, with prefix sums for O(1) window statistics.

    `counts[k]`, `sums[k]` and `squares[k]` cover the days `origin .. origin + k - 1`.
    """

    origin: int
    values: Mapping[int, float]
    counts: tuple[int, ...]
    sums: tuple[float, ...]
    squares: tuple[float, ...]

    @staticmethod
    def build(values: Mapping[int, float], first: int, last: int) -> DailySeries:
        """Series over the ordinals first..last (values outside are ignored)."""
        counts = [0]
        sums = [0.0]
        squares = [0.0]
        n, s, q = 0, 0.0, 0.0
        get = values.get
        for ordinal in range(first, last + 1):
            v = get(ordinal)
            if v is not None:
                n += 1
                s += v
                q += v * v
            counts.append(n)
            sums.append(s)
            squares.append(q)
        return DailySeries(first, values, tuple(counts), tuple(sums), tuple(squares))

    def window(self, lo: int, hi: int) -> WindowStats:
        """Count, mean and sample SD of the values on ordinals lo..hi (inclusive)."""
        size = len(self.counts) - 1
        a = max(lo - self.origin, 0)
        b = min(hi - self.origin + 1, size)
        if b <= a:
            return WindowStats(0, 0.0, 0.0)
        n = self.counts[b] - self.counts[a]
        if n == 0:
            return WindowStats(0, 0.0, 0.0)
        s = self.sums[b] - self.sums[a]
        mean = s / n
        if n < 2:
            return WindowStats(n, mean, 0.0)
        variance = (self.squares[b] - self.squares[a] - s * mean) / (n - 1)
        return WindowStats(n, mean, math.sqrt(variance) if variance > 0.0 else 0.0)


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
