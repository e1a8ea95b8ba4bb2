"""Readiness: how a person is doing against their own baseline, and what that means for load.

`assess(history, day)` is a pure function of the check-ins on or before `day` (docs/readiness.md
gives every rule with its seed section and numbers). Seeds: Practice Template 2 "Monitoring",
"Action Threshold" and "Progression Parameters"; Practice Template 1 "Monitoring".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from core.assessment import Assessment, DayEntry, Marker, MarkerReading, Status
from core.baseline import (
    BASELINE_MIN_ENTRIES,
    DailySeries,
    RollingComparison,
    rolling_comparison,
    scale_baseline,
    scale_declined,
)
from core.checkin_fields import CheckIn, Field
from core.deload import DayFlags, replay
from core.escalation import escalation
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


@dataclass(frozen=True, slots=True)
class _Series:
    """Every marker's daily series for one history."""

    scales: tuple[tuple[Marker, Field, bool, DailySeries], ...]
    rhr: DailySeries
    hrv: DailySeries  # ln rMSSD


def _series(checkins: dict[int, CheckIn], first: int, last: int) -> _Series:
    scales = []
    for marker, field, higher_is_worse in SCALE_MARKERS:
        values: dict[int, float] = {}
        for ordinal, checkin in checkins.items():
            value = checkin.get(field)
            if value is not None:
                values[ordinal] = float(value)
        scales.append((marker, field, higher_is_worse, DailySeries.build(values, first, last)))
    rhr = {o: float(c.rhr) for o, c in checkins.items() if c.rhr is not None}
    hrv = {o: math.log(c.hrv) for o, c in checkins.items() if c.hrv is not None and c.hrv > 0}
    return _Series(
        tuple(scales),
        DailySeries.build(rhr, first, last),
        DailySeries.build(hrv, first, last),
    )


def _declined_on(series: _Series, ordinal: int, checkin: CheckIn | None) -> tuple[Marker, ...]:
    """Markers declined on one day, in Marker order."""
    declined: list[Marker] = []
    if checkin is not None:
        for marker, field, higher_is_worse, scale in series.scales:
            value = checkin.get(field)
            if value is not None and scale_declined(
                value, scale_baseline(scale, ordinal), higher_is_worse
            ):
                declined.append(marker)
    if rolling_comparison(series.rhr, ordinal).above:
        declined.append(Marker.RHR)
    if rolling_comparison(series.hrv, ordinal).below:
        declined.append(Marker.HRV)
    return tuple(declined)


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


def assess(history: Sequence[DayEntry], day: date) -> Assessment:
    """Readiness on `day` from check-ins in any order; gaps allowed, later entries ignored."""
    ordinal = day.toordinal()
    checkins = _by_day(history, ordinal)
    first = min(checkins, default=ordinal)
    series = _series(checkins, first, ordinal)
    flags = [DayFlags(o, _declined_on(series, o, checkins[o])) for o in sorted(checkins)]
    readings, fewest = _readings(series, ordinal, checkins.get(ordinal))
    declined = tuple(r.marker for r in readings if r.declined)
    deload = replay(flags, ordinal)
    gate_markers = _gates(readings, flags, ordinal)
    load_increase_allowed = not gate_markers and deload is None
    if deload is not None:
        status = Status.RED
    elif declined or gate_markers:
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
    )
