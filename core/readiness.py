"""Readiness: how a person is doing against their own baseline, and what that means for load.

`assess(history, day)` is a pure function of the check-ins on or before `day` (docs/readiness.md
gives every rule with its seed section and numbers). Seeds: Practice Template 2 "Monitoring",
"Action Threshold" and "Progression Parameters"; Practice Template 1 "Monitoring".
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress
from operator import attrgetter
from typing import cast

from core.assessment import (
    Assessment,
    DayEntry,
    DayReadiness,
    Marker,
    MarkerReading,
    Status,
)
from core.baseline import (
    BASELINE_MIN_ENTRIES,
    DailySeries,
    RollingComparison,
    declined_sweep,
    outside_normal_range_sweep,
    rolling_comparison,
    scale_baseline,
    scale_declined,
)
from core.checkin_fields import CheckIn, Field
from core.deload import BAD_DAY_MARKERS, CALM_DAYS_TO_END, DayFlags, Replay, replay
from core.escalation import escalation
from core.poor_day import poor_day
from core.readiness_wording import assessment_reason

# 0-10 markers, their check-in field and whether higher is worse.
SCALE_MARKERS: tuple[tuple[Marker, Field, bool], ...] = (
    (Marker.SLEEP, Field.SLEEP, False),
    (Marker.AROUSAL, Field.AROUSAL, True),
    (Marker.RECOVERY, Field.RECOVERY, False),
    (Marker.MOOD, Field.MOOD, False),
)
MOOD_PERSISTS_WINDOW_DAYS = 7  # mood persistence looks at check-ins on d-6..d ...
MOOD_PERSISTS_CHECKINS = 3  # ... the last three of them ...
MOOD_PERSISTS_DECLINED = 2  # ... mood declined on at least two
RECENT_CHECKINS_FIRST = 12  # judge this many recent check-ins before replaying everything
TIMELINE_LEAD_DAYS = 14  # a timeline first looks this far back for two calm check-ins


@dataclass(frozen=True, slots=True)
class _Series:
    """Every marker's daily series for one history."""

    scales: tuple[tuple[Marker, Field, bool, DailySeries], ...]
    rhr: DailySeries
    hrv: DailySeries  # ln rMSSD


_SCALE_NAMES = tuple(field.value for _, field, _ in SCALE_MARKERS)
_READ_FIELDS = attrgetter(*_SCALE_NAMES, Field.RHR.value, Field.HRV.value)
_READ_SCALES = attrgetter(*_SCALE_NAMES)


def _present(days: list[int], column: Sequence[float | None]) -> DailySeries:
    """The series of one column of ratings, skipping days without a value."""
    if None not in column:
        return DailySeries.from_sorted(days, cast("Sequence[float]", column))
    pairs = [(d, v) for d, v in zip(days, column, strict=True) if v is not None]
    return DailySeries.from_sorted([d for d, _ in pairs], [v for _, v in pairs])


def _series(checkins: dict[int, CheckIn]) -> _Series:
    ordered = sorted(checkins)
    if not ordered:
        empty = DailySeries.from_sorted([], [])
        return _Series(tuple((m, f, w, empty) for m, f, w in SCALE_MARKERS), empty, empty)
    columns = list(zip(*map(_READ_FIELDS, map(checkins.__getitem__, ordered)), strict=True))
    scales = tuple(
        (marker, field, worse, _present(ordered, columns[i]))
        for i, (marker, field, worse) in enumerate(SCALE_MARKERS)
    )
    hrv = tuple(None if v is None or v <= 0 else math.log(v) for v in columns[5])
    return _Series(scales, _present(ordered, columns[4]), _present(ordered, hrv))


def _flags(series: _Series, checkins: dict[int, CheckIn], days: list[int]) -> list[DayFlags]:
    """The markers declined on each of the ascending check-in `days`, in Marker order."""
    if not days:
        return []
    ratings = zip(*map(_READ_SCALES, map(checkins.__getitem__, days)), strict=True)
    columns = [
        declined_sweep(scale, days, values, higher_is_worse)
        for (_, _, higher_is_worse, scale), values in zip(series.scales, ratings, strict=True)
    ]
    columns.append(outside_normal_range_sweep(series.rhr, days, True))
    columns.append(outside_normal_range_sweep(series.hrv, days, False))
    markers = (*tuple(marker for marker, _, _, _ in series.scales), Marker.RHR, Marker.HRV)
    return [
        DayFlags(d, tuple(compress(markers, row)))
        for d, row in zip(days, zip(*columns, strict=True), strict=True)
    ]


def _since_reset(flags: list[DayFlags]) -> list[DayFlags] | None:
    """The tail of `flags` from the newer of the latest two calm check-ins in a row.

    After two calm check-ins in a row the replay state is empty (no deload, no run): the
    first clears any run, or with the second ends a deload. The tail keeps at least the
    last three check-ins (for mood persistence). None when there is no such pair.
    """
    calm_in_a_row = 0
    for i in range(len(flags) - 1, -1, -1):
        if len(flags[i].declined) >= BAD_DAY_MARKERS:
            calm_in_a_row = 0
            continue
        calm_in_a_row += 1
        if calm_in_a_row >= CALM_DAYS_TO_END and len(flags) - 1 - i >= MOOD_PERSISTS_CHECKINS:
            return flags[i + 1 :]
    return None


def _flags_since_reset(
    series: _Series, checkins: dict[int, CheckIn], ordinal: int
) -> list[DayFlags]:
    """Flags of the check-in days the deload replay and the gates need, oldest first."""
    days = sorted(d for d in checkins if d <= ordinal)
    recent = _flags(series, checkins, days[-RECENT_CHECKINS_FIRST:])
    tail = _since_reset(recent)
    if tail is not None:
        return tail
    if len(days) <= RECENT_CHECKINS_FIRST:
        return recent
    everything = _flags(series, checkins, days)
    tail = _since_reset(everything)
    return everything if tail is None else tail


def _rolling_reading(
    marker: Marker, comparison: RollingComparison, declined: bool
) -> MarkerReading:
    return MarkerReading(
        marker, comparison.rolling_mean, comparison.range_mean, comparison.range_sd, declined
    )


def _readings(
    series: _Series, ordinal: int, checkin: CheckIn | None
) -> tuple[tuple[MarkerReading, ...], int]:
    """Today's readings and the fewest baseline entries among the 0-10 markers."""
    readings: list[MarkerReading] = []
    fewest = BASELINE_MIN_ENTRIES
    for marker, field, higher_is_worse, scale in series.scales:
        baseline = scale_baseline(scale, ordinal)
        fewest = min(fewest, baseline.entries)
        raw = checkin.get(field) if checkin is not None else None
        value = float(raw) if raw is not None else None
        declined = value is not None and scale_declined(value, baseline, higher_is_worse)
        if baseline.counts:
            readings.append(MarkerReading(marker, value, baseline.mean, baseline.sd, declined))
        else:
            readings.append(MarkerReading(marker, value, None, None, declined))
    rhr = rolling_comparison(series.rhr, ordinal)
    hrv = rolling_comparison(series.hrv, ordinal)
    readings.append(_rolling_reading(Marker.RHR, rhr, rhr.above))
    readings.append(_rolling_reading(Marker.HRV, hrv, hrv.below))
    return tuple(readings), fewest


def _mood_persists(flags: Sequence[DayFlags], ordinal: int) -> bool:
    recent = [f for f in flags if ordinal - MOOD_PERSISTS_WINDOW_DAYS < f.ordinal <= ordinal]
    return _mood_declined_enough(recent)


def _mood_declined_enough(recent: Sequence[DayFlags]) -> bool:
    """Mood declined on enough of the last check-ins of the persistence window."""
    last = recent[-MOOD_PERSISTS_CHECKINS:]
    return sum(Marker.MOOD in f.declined for f in last) >= MOOD_PERSISTS_DECLINED


def _gates(
    readings: tuple[MarkerReading, ...], flags: Sequence[DayFlags], ordinal: int
) -> tuple[Marker, ...]:
    """What closes the progression gates (Template 2, "Progression Parameters")."""
    declined = {r.marker for r in readings if r.declined}
    closing: set[Marker] = {m for m in (Marker.SLEEP, Marker.RHR, Marker.HRV) if m in declined}
    if _mood_persists(flags, ordinal):
        closing.add(Marker.MOOD)
    return tuple(m for m in Marker if m in closing)


def _by_day(history: Sequence[DayEntry], last: int) -> dict[int, CheckIn]:
    """Check-ins by ordinal on or before `last`; two entries for one day are merged."""
    checkins: dict[int, CheckIn] = {}
    for entry in history:
        ordinal = entry.day.toordinal()
        if ordinal > last:
            continue
        earlier = checkins.get(ordinal)
        checkins[ordinal] = entry.checkin if earlier is None else earlier.merged(entry.checkin)
    return checkins


def daily_declined(history: Sequence[DayEntry], day: date) -> tuple[DayFlags, ...]:
    """The markers declined on every check-in day on or before `day`, oldest first (trends)."""
    ordinal = day.toordinal()
    checkins = _by_day(history, ordinal)
    return tuple(_flags(_series(checkins), checkins, sorted(checkins)))


def assess(history: Sequence[DayEntry], day: date) -> Assessment:
    """Readiness on `day` from check-ins in any order; gaps allowed, later entries ignored."""
    ordinal = day.toordinal()
    checkins = _by_day(history, ordinal)
    series = _series(checkins)
    flags = _flags_since_reset(series, checkins, ordinal)
    return _assessment(checkins, series, flags, day)


def _assessment(
    checkins: dict[int, CheckIn],
    series: _Series,
    flags: list[DayFlags],
    day: date,
    replay_from: int = 0,
) -> Assessment:
    """The assessment from flags that hold the last week's check-ins; the deload replay
    starts at `replay_from`, where its state is empty."""
    ordinal = day.toordinal()
    readings, fewest = _readings(series, ordinal, checkins.get(ordinal))
    declined = tuple(r.marker for r in readings if r.declined)
    deload = replay(flags[replay_from:], ordinal)
    gate_markers = _gates(readings, flags, ordinal)
    poor = poor_day(checkins.get(ordinal))
    load_increase_allowed = not gate_markers and deload is None and poor is None
    if deload is not None:
        status = Status.RED
    elif declined or gate_markers or poor is not None:
        status = Status.AMBER
    else:
        status = Status.GREEN
    calibrating = fewest < BASELINE_MIN_ENTRIES
    if deload is not None:
        reason = deload.reason
    else:
        flagged = tuple(m for m in Marker if m in declined or m in gate_markers)
        reason = assessment_reason(
            flagged=flagged,
            gates_closed=bool(gate_markers),
            calibrating_entries=fewest if calibrating else None,
            minimum_entries=BASELINE_MIN_ENTRIES,
            poor_day=poor.reason if poor is not None else None,
            today=declined,
        )
    return Assessment(
        day=day,
        calibrating=calibrating,
        readings=readings,
        declined=declined,
        status=status,
        deload=deload,
        load_increase_allowed=load_increase_allowed,
        gate_markers=gate_markers,
        escalation=escalation(checkins, ordinal),
        reason=reason,
        poor_day=poor,
    )


def _replay_start(flags: list[DayFlags], first: int) -> int | None:
    """Index in `flags` of the newer of the latest two calm check-ins in a row before `first`
    (the deload replay state is empty there), or None when there is no such pair."""
    before = bisect_left([f.ordinal for f in flags], first)
    for i in range(before - 1, 0, -1):
        calm = len(flags[i].declined) < BAD_DAY_MARKERS
        if calm and len(flags[i - 1].declined) < BAD_DAY_MARKERS:
            return i
    return None


def _window_flags(
    series: _Series, checkins: dict[int, CheckIn], lo: int, hi: int
) -> tuple[list[DayFlags], int]:
    """Flags of the check-ins from shortly before `lo` to `hi`, and the index at which the
    deload replay may start (after two calm check-ins in a row; else all of them)."""
    days = sorted(d for d in checkins if d <= hi)
    flags = _flags(series, checkins, days[bisect_left(days, lo - TIMELINE_LEAD_DAYS):])
    start = _replay_start(flags, lo)
    if start is None:
        return _flags(series, checkins, days), 0
    return flags, start


def _states(
    checkins: dict[int, CheckIn], series: _Series, flags: list[DayFlags], start: int,
    lo: int, hi: int,
) -> tuple[DayReadiness, ...]:
    """Deload, gates and poor day for each calendar day lo..hi (see `timeline`)."""
    ordinals = [f.ordinal for f in flags]
    calendar = list(range(lo, hi + 1))
    rhr = outside_normal_range_sweep(series.rhr, calendar, True)
    hrv = outside_normal_range_sweep(series.hrv, calendar, False)
    machine, fed = Replay(), start
    out: list[DayReadiness] = []
    for k, ordinal in enumerate(calendar):
        while fed < len(flags) and flags[fed].ordinal <= ordinal:
            machine.feed(flags[fed])
            fed += 1
        deload = machine.on(ordinal)
        window = ordinal - MOOD_PERSISTS_WINDOW_DAYS
        recent = flags[bisect_right(ordinals, window) : bisect_right(ordinals, ordinal)]
        today = recent[-1] if recent and recent[-1].ordinal == ordinal else None
        gated = (
            rhr[k] or hrv[k] or _mood_declined_enough(recent)
            or (today is not None and Marker.SLEEP in today.declined)
        )
        poor = poor_day(checkins.get(ordinal))
        allowed = not gated and deload is None and poor is None
        out.append(DayReadiness(date.fromordinal(ordinal), deload, allowed, poor))
    return tuple(out)


def timeline(history: Sequence[DayEntry], first: date, last: date) -> tuple[DayReadiness, ...]:
    """Deload, progression gates and poor day for every calendar day first..last, oldest first.

    Each equals `assess(history, day)`'s fields (a test checks it) at the cost of one pass:
    check-ins after a day never change it, days without a check-in included.
    """
    lo, hi = first.toordinal(), last.toordinal()
    if hi < lo:
        return ()
    checkins = _by_day(history, hi)
    series = _series(checkins)
    flags, start = _window_flags(series, checkins, lo, hi)
    return _states(checkins, series, flags, start, lo, hi)


def assess_with_timeline(
    history: Sequence[DayEntry], day: date, first: date
) -> tuple[Assessment, tuple[DayReadiness, ...]]:
    """`assess(history, day)` and `timeline(history, first, day - 1 day)` in one pass."""
    ordinal = day.toordinal()
    lo = min(first.toordinal(), ordinal)
    checkins = _by_day(history, ordinal)
    series = _series(checkins)
    flags, start = _window_flags(series, checkins, lo, ordinal)
    states = _states(checkins, series, flags, start, lo, ordinal - 1)
    return _assessment(checkins, series, flags, day, replay_from=start), states
