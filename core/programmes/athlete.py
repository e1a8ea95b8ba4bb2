"""Athlete: Practice Template 2, the 12-week rolling plan for high-load athletes (seed 000).

Weekly grid: Mon neural exposure A, Tue aerobic base, Wed tissue capacity, Thu high-intensity
conditioning in weeks that have it (else movement hygiene), Fri neural exposure B in weeks with
two neural days (else rest), Sat longer aerobic base, Sun rest. Movement hygiene 10-15 min daily.
One variable rises per week; weeks 4, 8 and 12 are lighter (sets cut by a third, no
conditioning, load kept); after week 12 the table rolls over to week 1. Heavy lifts (80-90%
est. 1RM) start with three ramp-up sets each.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from core import guidance
from core.programmes.model import Aerobic, Block, WarmUp
from core.programmes.planned import (
    EASY_START,
    REST_CARRY,
    REST_FULL,
    REST_TISSUE,
    ZONE_2,
    Emphasis,
    Work,
    gym_warm_up,
    ramp_for,
)
from core.programmes.progression import Levels, Position, rolling_position

WEEKS = 12
HIGH_LOAD = True
LONG_RUN_EXTRA_MINUTES = 10  # Saturday's base session is 10 min longer than Tuesday's


@dataclass(frozen=True, slots=True)
class Step:
    neural_sets: int
    neural_pct: int
    neural_days: int
    tissue_sets: int
    tissue_pct: int
    aerobic_minutes: int
    conditioning: int
    change: str

    @property
    def lighter(self) -> bool:
        return self.neural_sets < 3

    @property
    def levels(self) -> Levels:
        return Levels(
            volume=(self.neural_sets, self.tissue_sets, self.aerobic_minutes),
            intensity=(self.neural_pct, self.tissue_pct),
            frequency=(self.neural_days, self.conditioning),
        )


TABLE: tuple[Step, ...] = (
    Step(3, 80, 1, 3, 65, 30, 0, "one neural day and base aerobic work"),
    Step(3, 80, 1, 3, 65, 40, 0, "aerobic base sessions 10 min longer"),
    Step(3, 80, 2, 3, 65, 40, 0, "a second neural-exposure day (Friday)"),
    Step(2, 80, 2, 2, 65, 30, 0, "a lighter week: a third fewer sets, shorter base sessions"),
    Step(3, 80, 2, 3, 65, 40, 0, "sets and base sessions back to week 3"),
    Step(3, 85, 2, 3, 70, 40, 0, "load: neural ~85%, tissue ~70% est. 1RM"),
    Step(3, 85, 2, 3, 70, 50, 0, "aerobic base sessions 10 min longer"),
    Step(2, 85, 2, 2, 70, 40, 0, "a lighter week: a third fewer sets, shorter base sessions"),
    Step(3, 85, 2, 3, 70, 50, 0, "sets and base sessions back to week 7"),
    Step(3, 85, 2, 3, 70, 50, 1, "one high-intensity conditioning session"),
    Step(3, 90, 2, 3, 75, 50, 1, "load: neural ~90%, tissue ~75% est. 1RM"),
    Step(2, 90, 2, 2, 75, 40, 0, "a lighter week: fewer sets, no conditioning; then roll over"),
)

_NEURAL_A = (("squat", "Back squat"), ("horizontal push", "Bench press"),
             ("horizontal pull", "Barbell row"))
_NEURAL_B = (("hinge", "Deadlift or trap-bar deadlift"), ("vertical push", "Overhead press"),
             ("vertical pull", "Weighted pull-up or pulldown"))
_TISSUE = (("unilateral squat", "Split squat"), ("hinge", "Romanian deadlift"),
           ("horizontal push", "Dumbbell bench press"), ("vertical pull", "Lat pulldown"))
NEURAL_CUE = "Force intent: move fast, stop well before grinding."
TISSUE_CUE = "Lower each rep over 2-3 s; keep the trunk work slow and controlled."
BASE_CUE = "Steady breathing, sustainable effort."
CONDITIONING = Aerobic(
    "intervals: 6 x 1 min hard / 2 min easy (bike, row or run)",
    18,
    "hard efforts RPE 8-9",
    peak_rpe=9,
)
CONDITIONING_WARM_UP = WarmUp(
    10, "7 min easy on the same machine", ramp="then 3 x 20 s build-ups to about RPE 7"
)
CONDITIONING_CUE = "Keep the week's hard minutes to about 6; stop early if form fades."
MOVEMENT_HYGIENE = (
    "Movement hygiene: 10-15 min of mobility, tissue preparation and varied positions "
    "(more after travel or long sitting)."
)
REST_CUE = "Rest from training; 10-15 min of movement hygiene still helps. Nothing hard."


def position(week: int) -> Position:
    return rolling_position(week, WEEKS, "cycle")


def _neural(step: Step, lifts: tuple[tuple[str, str], ...]) -> tuple[Block, ...]:
    return tuple(
        Block(pattern, lift, step.neural_sets, "3-5", REST_FULL, percent=step.neural_pct,
              ramp=ramp_for(step.neural_pct))
        for pattern, lift in lifts
    )


@cache
def work(index: int, weekday: int) -> Work:
    """What the weekday holds at table row `index` (0-based)."""
    step = TABLE[index]
    tag = " (lighter week)" if step.lighter else ""
    extra = (MOVEMENT_HYGIENE,)
    if weekday == 0 or (weekday == 4 and step.neural_days >= 2):
        lifts, name = (_NEURAL_A, "A") if weekday == 0 else (_NEURAL_B, "B")
        blocks = _neural(step, lifts)
        return Work(f"Neural exposure {name}{tag}", Emphasis.NEURAL, blocks=blocks,
                    warm_up=gym_warm_up(blocks), cue=NEURAL_CUE, extra=extra)
    if weekday == 2:
        blocks = (
            *(Block(p, lift, step.tissue_sets, "6-10", REST_TISSUE, percent=step.tissue_pct)
              for p, lift in _TISSUE),
            Block("trunk control", "Side plank or dead bug", step.tissue_sets, "20-30 s",
                  REST_CARRY),
        )
        return Work(f"Tissue capacity{tag}", Emphasis.STRENGTH, blocks=blocks,
                    warm_up=gym_warm_up(blocks), cue=TISSUE_CUE, extra=extra)
    if weekday in (1, 5):
        minutes = step.aerobic_minutes + (LONG_RUN_EXTRA_MINUTES if weekday == 5 else 0)
        aerobic = Aerobic("run, bike, row or swim", minutes, ZONE_2)
        return Work(f"Aerobic base{tag}", Emphasis.AEROBIC_BASE, aerobic=aerobic,
                    warm_up=EASY_START, cue=BASE_CUE, extra=extra)
    if weekday == 3 and step.conditioning:
        return Work("High-intensity conditioning", Emphasis.CONDITIONING, aerobic=CONDITIONING,
                    warm_up=CONDITIONING_WARM_UP, cue=CONDITIONING_CUE, extra=extra)
    if weekday == 6:
        return Work("Rest day", Emphasis.RECOVERY, cue=REST_CUE, extra=guidance.TRAVEL)
    return Work("Movement hygiene and rest", Emphasis.RECOVERY, cue=REST_CUE)
