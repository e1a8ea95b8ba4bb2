"""What a readiness assessment says (contract between readiness, programmes, Coach, digest)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from core.checkin_fields import CheckIn


class Marker(StrEnum):
    """What is watched against the personal baseline."""

    SLEEP = "sleep"
    AROUSAL = "arousal"
    RECOVERY = "recovery"
    MOOD = "mood"
    RHR = "resting heart rate"
    HRV = "HRV"


class Status(StrEnum):
    GREEN = "green"  # train as planned
    AMBER = "amber"  # something moved: hold progression
    RED = "red"  # action threshold met: deload


@dataclass(frozen=True, slots=True)
class DayEntry:
    """One local date's check-in, as the rules see history."""

    day: date
    checkin: CheckIn


@dataclass(frozen=True, slots=True)
class MarkerReading:
    marker: Marker
    value: float | None
    baseline_mean: float | None
    baseline_sd: float | None
    declined: bool


@dataclass(frozen=True, slots=True)
class Deload:
    """An active deload: cut volume, drop high-intensity work, aerobic base and sleep first."""

    started: date
    day_number: int  # 1 on the first deload day
    planned_days: int  # 3 to 5
    volume_cut_percent: int  # 20, 30 or 40
    markers: tuple[Marker, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class Escalation:
    """Check-in answers that call for clinical support (the plan continues only as an adjunct)."""

    rule: str  # which rule fired, e.g. "low-mood"
    reason: str


@dataclass(frozen=True, slots=True)
class Assessment:
    day: date
    calibrating: bool  # baseline still forming (fewer than 14 entries)
    readings: tuple[MarkerReading, ...]
    declined: tuple[Marker, ...]  # declined today
    status: Status
    deload: Deload | None
    load_increase_allowed: bool  # the progression gates
    gate_markers: tuple[Marker, ...]  # what closes the gates
    escalation: Escalation | None
    reason: str  # one plain sentence naming the markers
