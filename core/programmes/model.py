"""What a day's session is (contract between programmes, the Coach and the renderers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

HEAVY_PERCENT = 80  # work at >= 80% est. 1RM is heavy (Template 2, neural exposure) ...
HEAVY_RPE = 8  # ... and so is work at RPE >= 8: both start with ramp-up sets


class Programme(StrEnum):
    STARTER = "starter"  # Practice Template 1: 6-week starter, emotional regulation
    ATHLETE = "athlete"  # Practice Template 2: 12-week rolling, high-load athletes
    RHYTHM = "rhythm"  # the Mon-Sun oscillation plan


class SessionKind(StrEnum):
    STRENGTH = "strength"
    AEROBIC = "aerobic"
    RECOVERY = "recovery"  # rest / active recovery / integration / recovery days


@dataclass(frozen=True, slots=True)
class RampSet:
    """One lighter set before the work sets of a heavy lift, e.g. 3 reps at ~65% est. 1RM."""

    reps: int
    percent: int


@dataclass(frozen=True, slots=True)
class Block:
    """One lift of a strength session.

    Load is either `percent` (% est. 1RM) or `rpe` (0-10), or neither (`load`, e.g.
    "bodyweight"); `intensity` is how it reads. `ramp` lists the lighter sets that come
    before the work sets of a heavy lift.
    """

    pattern: str  # movement pattern: "squat", "hinge", "horizontal push", "carry", ...
    lift: str  # what to do, e.g. "Back squat", "Goblet squat"
    sets: int
    reps: str  # e.g. "6-8", "3-5", "30-40 m", "20-30 s"
    rest: str  # e.g. "60-90 s", "2-4 min"
    percent: int | None = None
    rpe: int | None = None
    load: str = ""  # when neither percent nor RPE: e.g. "bodyweight"
    ramp: tuple[RampSet, ...] = ()

    @property
    def intensity(self) -> str:
        """E.g. "~80% est. 1RM", "RPE 7", "bodyweight"."""
        if self.percent is not None:
            return f"~{self.percent}% est. 1RM"
        if self.rpe is not None:
            return f"RPE {self.rpe}"
        return self.load

    @property
    def heavy(self) -> bool:
        return (self.percent or 0) >= HEAVY_PERCENT or (self.rpe or 0) >= HEAVY_RPE


@dataclass(frozen=True, slots=True)
class Aerobic:
    mode: str  # e.g. "walk, cycle or swim"
    minutes: int
    intensity: str  # e.g. "Zone 2, RPE 4-6: talk test, full sentences"
    peak_rpe: int = 6  # the hardest effort it asks for (intervals: 9)

    @property
    def heavy(self) -> bool:
        return self.peak_rpe >= HEAVY_RPE


@dataclass(frozen=True, slots=True)
class WarmUp:
    """How a session starts. `ramp` is the ramp-up before heavy work ("" when none)."""

    minutes: int  # counted in the session's duration unless `within` is True
    what: str  # e.g. "5 min easy walk or bike, mobility, a light set of each lift"
    ramp: str = ""
    within: bool = False  # aerobic sessions: the first minutes of the session itself


class AdjustmentKind(StrEnum):
    ESCALATION = "escalation"  # clinical support first; the plan is an add-on
    DELOAD = "deload"  # action threshold: volume cut, nothing heavy, no hard conditioning
    LIGHTER = "lighter"  # today's own ratings are very poor: fewer sets, nothing heavy
    RECOVERY_DAY = "recovery day"  # very poor ratings: an easy walk instead of training
    RETURN = "return"  # after a deload: the last completed level
    HOLD = "hold"  # progression gates closed: the week's step up waits
    NEXT_STEP = "next step"  # the starter's end: what comes next


@dataclass(frozen=True, slots=True)
class Adjustment:
    """A change made to the planned session, with the reason a person understands.

    `cut_percent` is the volume cut the text states (sets x reps, or minutes), when it
    states one; `label` is the few words /week shows for it.
    """

    kind: AdjustmentKind
    what: str
    reason: str
    label: str = ""
    cut_percent: int | None = None


@dataclass(frozen=True, slots=True)
class Session:
    programme: Programme
    day: date
    week: int  # 1-based calendar week of the programme
    week_label: str  # e.g. "week 3 of 6", "week 2 of 12, cycle 2"
    title: str  # e.g. "Strength A: squat, push, pull, carry"
    kind: SessionKind
    duration_minutes: int  # warm-up, ramp-up, work and rest; not the downregulation
    warm_up: WarmUp | None  # None on rest days
    blocks: tuple[Block, ...]
    aerobic: Aerobic | None
    cue: str  # one line on how the work should feel
    downregulation: str  # required, 3-8 min, after every session
    micro_regulation: tuple[str, str]  # the day's two picks
    adjustments: tuple[Adjustment, ...]
    notes: tuple[str, ...]  # the programme's and the adjustments' own details ("More")
    recovery: tuple[str, ...]  # TED guidance for the day ("More" shows a few, rotating)
