"""Rhythm: the Mon-Sun oscillation plan of seed 001 ("the magic lies in the rhythm between them").

Mon rest/active recovery (integration), Tue longer aerobic run or flow session, Wed heavy
compound lifts, Thu steady run/yoga/mobility, Fri rest/walk/breathing, Sat hypertrophy
(compound + accessory), Sun light run/mobility. Runs 15-30 min at conversational pace, three a
week, each ending with a cool-down walk and breathing. A 4-week wave raises one variable at a
time (seed 000's rule), week 4 is lighter, then the wave repeats: the plan is about oscillation,
not chasing numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.programmes.model import Aerobic, Block, Programme
from core.programmes.planned import (
    CONVERSATIONAL,
    REST_FULL,
    REST_TISSUE,
    Emphasis,
    Planned,
    plan_day,
)
from core.programmes.progression import Levels, cycle_index, previous_index, raised

WEEKS = 4
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
    Step(3, 80, 3, 25, "Start: the weekly oscillation at a steady dose."),
    Step(3, 80, 3, 30, "Volume: Tuesday's longer run 30 min instead of 25."),
    Step(3, 85, 3, 30, "Load: heavy day ~85% est. 1RM instead of ~80%."),
    Step(2, 85, 2, 30, "Lighter week: one set fewer on both gym days; then the wave repeats."),
)

COMPOSURE = "stay composed: steady breath, precise technique"
_HEAVY = ("squat", "hinge", "horizontal push", "vertical pull")
_HYPERTROPHY = (
    ("squat", "e.g. front squat or leg press", "8-10"),
    ("horizontal push", "e.g. dumbbell bench press", "8-10"),
    ("horizontal pull", "e.g. chest-supported row", "8-10"),
    ("accessory", "e.g. lateral raise, curls or calf raise", "10-15"),
)


def raises(week: int) -> frozenset[str]:
    """What this week raises over the week before."""
    prev = previous_index(week, WEEKS, rolls=True)
    if prev is None:
        return frozenset()
    return raised(TABLE[prev].levels, TABLE[cycle_index(week, WEEKS, rolls=True)].levels)


def _run(mode: str, minutes: int) -> Aerobic:
    return Aerobic(mode, minutes, CONVERSATIONAL)


def planned(week: int, day: date, *, hold: bool, body_mass_kg: float | None) -> Planned:
    """The rhythm plan's day; `hold` uses the previous week's prescription."""
    index = cycle_index(week, WEEKS, rolls=True)
    prev = previous_index(week, WEEKS, rolls=True)
    step = TABLE[prev] if hold and prev is not None else TABLE[index]
    tag = " (lighter week)" if step.lighter else ""
    weekday = day.weekday()

    def make(
        title: str,
        emphasis: Emphasis,
        blocks: tuple[Block, ...] = (),
        aerobic: Aerobic | None = None,
        extra: tuple[str, ...] = (),
    ) -> Planned:
        return plan_day(
            Programme.RHYTHM, day, week, title + tag, emphasis, blocks=blocks, aerobic=aerobic,
            body_mass_kg=body_mass_kg, extra_recovery=extra,
        )

    if weekday == 1:
        run = _run("longer run, or a flow session", step.long_run_minutes)
        return make("Longer aerobic run or flow: deep reset", Emphasis.AEROBIC_BASE, aerobic=run)
    if weekday == 2:
        blocks = tuple(
            Block(p, step.heavy_sets, "3-5", f"~{step.heavy_pct}% est. 1RM", REST_FULL, COMPOSURE)
            for p in _HEAVY
        )
        return make("Gym: heavy compound lifts", Emphasis.NEURAL, blocks=blocks)
    if weekday == 3:
        run = _run("steady run, or yoga / mobility", STEADY_RUN_MINUTES)
        return make("Steady run, yoga or mobility", Emphasis.AEROBIC_BASE, aerobic=run)
    if weekday == 5:
        blocks = tuple(
            Block(p, step.hypertrophy_sets, reps, "RPE 7", REST_TISSUE, note)
            for p, note, reps in _HYPERTROPHY
        )
        return make("Gym: hypertrophy, compound + accessory", Emphasis.STRENGTH, blocks=blocks)
    if weekday == 6:
        run = _run("light run or mobility", LIGHT_RUN_MINUTES)
        return make("Light run or mobility: reset", Emphasis.AEROBIC_BASE, aerobic=run)
    if weekday == 0:
        note = "Integration: an easy walk or gentle mobility if you like; let last week settle."
        return make("Rest / active recovery: integration", Emphasis.RECOVERY, extra=(note,))
    note = "Walk outside if you can, then 5 min of slow breathing with a longer exhale."
    return make("Rest, walk, breathing", Emphasis.RECOVERY, extra=(note,))
