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
class PoorDay:
    """Today's own ratings are very poor: today is lighter, or a recovery day.

    `markers` are the 0-10 markers at the extremes today (sleep, recovery or mood 3 or lower;
    arousal 7 or higher), before or after the baseline forms.
    """

    markers: tuple[Marker, ...]
    recovery_day: bool  # an easy walk instead of training
    volume_cut_percent: int  # on a lighter day: 20 or 30; 0 on a recovery day
    reason: str  # one sentence: what today's ratings say and what that changes


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
    poor_day: PoorDay | None = None  # today's own ratings are very poor
    review_hold: str | None = None  # a weekly review holds load: the sentence saying so
    # The days before `day` back to the start of its programme cycle, when the plan asked
    # for them with the assessment (core.day_plan.assessment_on); () otherwise.
    earlier: tuple[DayReadiness, ...] = ()


@dataclass(frozen=True, slots=True)
class DayReadiness:
    """What readiness says on one day, as far as the plan's progression needs it.

    Equal to the same fields of `assess(history, day)` (core.readiness.timeline); weekly
    reviews may close `load_increase_allowed` on top (core.weekly_review).
    """

    day: date
    deload: Deload | None
    load_increase_allowed: bool
    poor_day: PoorDay | None
