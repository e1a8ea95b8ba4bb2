"""Rhythm: the Mon-Sun oscillation plan of seed 001 ("the magic lies in the rhythm between them").

Mon rest/active recovery (integration), Tue longer aerobic run or flow session, Wed heavy
compound lifts (back squat, deadlift, bench press, pull-up; each with three ramp-up sets),
Thu steady run/yoga/mobility, Fri rest/walk/breathing, Sat hypertrophy (compound +
accessory), Sun light run/mobility. Runs 15-30 min at conversational pace, three a week, each
ending with a cool-down walk and breathing. A 4-week wave raises one variable at a time (seed
000's rule), week 4 is lighter, then the wave repeats: the plan is about oscillation, not
chasing numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from core.programmes.model import Aerobic, Block
from core.programmes.planned import (
    CONVERSATIONAL,
    EASY_START,
    REST_FULL,
    REST_TISSUE,
    Emphasis,
    Work,
    gym_warm_up,
    ramp_for,
)
from core.programmes.progression import Levels, Position, rolling_position

WEEKS = 4
HIGH_LOAD = False
STEADY_RUN_MINUTES = 20
LIGHT_RUN_MINUTES = 15


@dataclass(frozen=True, slots=True)
class Step:
    heavy_sets: int
    heavy_pct: int
    hypertrophy_sets: int
    long_run_minutes: int
    change: str

    @property
    def lighter(self) -> bool:
        return self.heavy_sets < 3

    @property
    def levels(self) -> Levels:
        return Levels(
            volume=(self.heavy_sets, self.hypertrophy_sets, self.long_run_minutes),
            intensity=(self.heavy_pct,),
            frequency=(2, 3),  # gym days, runs: fixed by the weekly grid
        )


TABLE: tuple[Step, ...] = (
    Step(3, 80, 3, 25, "the weekly oscillation at a steady dose"),
    Step(3, 80, 3, 30, "Tuesday's longer run 30 min instead of 25"),
    Step(3, 85, 3, 30, "heavy day at ~85% instead of ~80%"),
    Step(2, 85, 2, 30, "a lighter week: one set fewer on both gym days"),
)

HEAVY_TITLE = "Gym: heavy compound lifts"
HEAVY_CUE = "Stay composed under load: steady breath, precise technique."
_HEAVY = (("squat", "Back squat"), ("hinge", "Deadlift"), ("horizontal push", "Bench press"),
          ("vertical pull", "Weighted pull-up"))
_HYPERTROPHY = (
    ("squat", "Front squat or leg press", "8-10"),
    ("horizontal push", "Dumbbell bench press", "8-10"),
    ("horizontal pull", "Chest-supported row", "8-10"),
    ("accessory", "Lateral raise, curls or calf raise", "10-15"),
)
HYPERTROPHY_CUE = "Moderate effort, 2-3 reps in reserve on every set."
RUN_CUE = "Finish with a cool-down walk and slow breathing."


def position(week: int) -> Position:
    return rolling_position(week, WEEKS, "wave")


def _run(title: str, mode: str, minutes: int) -> Work:
    aerobic = Aerobic(mode, minutes, CONVERSATIONAL)
    return Work(title, Emphasis.AEROBIC_BASE, aerobic=aerobic, warm_up=EASY_START,
                cue=RUN_CUE)


@cache
def work(index: int, weekday: int) -> Work:
    """What the weekday holds at table row `index` (0-based)."""
    step = TABLE[index]
    tag = " (lighter week)" if step.lighter else ""
    if weekday == 1:
        return _run("Longer aerobic run or flow: deep reset", "longer run, or a flow session",
                    step.long_run_minutes)
    if weekday == 2:
        blocks = tuple(
            Block(p, lift, step.heavy_sets, "3-5", REST_FULL, percent=step.heavy_pct,
                  ramp=ramp_for(step.heavy_pct))
            for p, lift in _HEAVY
        )
        return Work(HEAVY_TITLE + tag, Emphasis.NEURAL, blocks=blocks,
                    warm_up=gym_warm_up(blocks), cue=HEAVY_CUE)
    if weekday == 3:
        return _run("Steady run, yoga or mobility", "steady run, or yoga / mobility",
                    STEADY_RUN_MINUTES)
    if weekday == 5:
        blocks = tuple(
            Block(p, lift, step.hypertrophy_sets, reps, REST_TISSUE, rpe=7)
            for p, lift, reps in _HYPERTROPHY
        )
        return Work("Gym: hypertrophy, compound + accessory" + tag, Emphasis.STRENGTH,
                    blocks=blocks, warm_up=gym_warm_up(blocks), cue=HYPERTROPHY_CUE)
    if weekday == 6:
        return _run("Light run or mobility: reset", "light run or mobility", LIGHT_RUN_MINUTES)
    if weekday == 0:
        note = "Integration: an easy walk or gentle mobility if you like; let last week settle."
        return Work("Rest / active recovery: integration", Emphasis.RECOVERY, cue=note)
    note = "Walk outside if you can, then 5 min of slow breathing with a longer exhale."
    return Work("Rest, walk, breathing", Emphasis.RECOVERY, cue=note)
