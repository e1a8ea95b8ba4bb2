"""Athlete: Practice Template 2, the 12-week rolling plan for high-load athletes (seed 000).

Weekly grid: Mon neural exposure A, Tue aerobic base, Wed tissue capacity, Thu high-intensity
conditioning in weeks that have it (else movement hygiene), Fri neural exposure B in weeks with
two neural days (else rest), Sat longer aerobic base, Sun rest. Movement hygiene 10-15 min daily.
One variable rises per week; weeks 4, 8 and 12 are lighter (sets cut by a third, no
conditioning, load kept); after week 12 the table rolls over to week 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core import guidance
from core.programmes.model import Aerobic, Block, Programme
from core.programmes.planned import (
    REST_FULL,
    REST_TISSUE,
    ZONE_2,
    Emphasis,
    Planned,
    plan_day,
)
from core.programmes.progression import Levels, cycle_index, previous_index, raised

WEEKS = 12
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
    Step(3, 80, 1, 3, 65, 30, 0, "Start: one neural day, base aerobic work."),
    Step(3, 80, 1, 3, 65, 40, 0, "Volume: aerobic base sessions 10 min longer."),
    Step(3, 80, 2, 3, 65, 40, 0, "Frequency: a second neural-exposure day (Friday)."),
    Step(2, 80, 2, 2, 65, 30, 0, "Lighter week: a third fewer sets, shorter base sessions."),
    Step(3, 80, 2, 3, 65, 40, 0, "Volume back to week 3."),
    Step(3, 85, 2, 3, 70, 40, 0, "Load: neural ~85%, tissue ~70% est. 1RM."),
    Step(3, 85, 2, 3, 70, 50, 0, "Volume: aerobic base sessions 10 min longer."),
    Step(2, 85, 2, 2, 70, 40, 0, "Lighter week: a third fewer sets, shorter base sessions."),
    Step(3, 85, 2, 3, 70, 50, 0, "Volume back to week 7."),
    Step(3, 85, 2, 3, 70, 50, 1, "Frequency: one high-intensity conditioning session."),
    Step(3, 90, 2, 3, 75, 50, 1, "Load: neural ~90%, tissue ~75% est. 1RM."),
    Step(2, 90, 2, 2, 75, 40, 0, "Lighter week: fewer sets, no conditioning; then roll over."),
)

_NEURAL_A = ("squat", "horizontal push", "horizontal pull")
_NEURAL_B = ("hinge", "vertical push", "vertical pull")
_TISSUE = (
    ("unilateral squat", "e.g. split squat; 2-3 s lowering"),
    ("hinge", "e.g. Romanian deadlift; 2-3 s lowering"),
    ("horizontal push", "2-3 s lowering"),
    ("vertical pull", "2-3 s lowering"),
)
TRUNK = "e.g. side plank or dead bug, slow and controlled"
FORCE_INTENT = "force intent: move fast, stop well before grinding"
CONDITIONING = Aerobic(
    "intervals, e.g. 6 x 1 min hard / 2 min easy (bike, row or run), with easy warm-up",
    25,
    "hard efforts RPE 8-9; keep the week's hard minutes to about 6",
)
MOVEMENT_HYGIENE = (
    "Movement hygiene: 10-15 min of mobility, tissue preparation and varied positions "
    "(more after travel or long sitting)."
)


def raises(week: int) -> frozenset[str]:
    """What this week raises over the week before (week 13 compares with week 12)."""
    prev = previous_index(week, WEEKS, rolls=True)
    if prev is None:
        return frozenset()
    return raised(TABLE[prev].levels, TABLE[cycle_index(week, WEEKS, rolls=True)].levels)


def _neural(step: Step, patterns: tuple[str, ...]) -> tuple[Block, ...]:
    return tuple(
        Block(p, step.neural_sets, "3-5", f"~{step.neural_pct}% est. 1RM", REST_FULL, FORCE_INTENT)
        for p in patterns
    )


def planned(week: int, day: date, *, hold: bool, body_mass_kg: float | None) -> Planned:
    """The athlete's planned day; `hold` uses the previous week's prescription."""
    index = cycle_index(week, WEEKS, rolls=True)
    prev = previous_index(week, WEEKS, rolls=True)
    step = TABLE[prev] if hold and prev is not None else TABLE[index]
    cycle = (week - 1) // WEEKS + 1
    tag = f" (week {index + 1} of {WEEKS}" + (f", cycle {cycle}" if cycle > 1 else "")
    tag += ", lighter)" if step.lighter else ")"
    weekday = day.weekday()

    def make(
        title: str,
        emphasis: Emphasis,
        blocks: tuple[Block, ...] = (),
        aerobic: Aerobic | None = None,
        extra: tuple[str, ...] = (MOVEMENT_HYGIENE,),
    ) -> Planned:
        return plan_day(
            Programme.ATHLETE, day, week, title + tag, emphasis, blocks=blocks, aerobic=aerobic,
            body_mass_kg=body_mass_kg, high_load=True, extra_recovery=extra,
        )

    if weekday == 0 or (weekday == 4 and step.neural_days >= 2):
        patterns = _NEURAL_A if weekday == 0 else _NEURAL_B
        title = "Neural exposure " + ("A" if weekday == 0 else "B")
        return make(title, Emphasis.NEURAL, blocks=_neural(step, patterns))
    if weekday == 2:
        load = f"~{step.tissue_pct}% est. 1RM"
        trunk = Block("trunk control", step.tissue_sets, "20-30 s", "bodyweight", "60 s", TRUNK)
        blocks = (
            *(Block(p, step.tissue_sets, "6-10", load, REST_TISSUE, n) for p, n in _TISSUE),
            trunk,
        )
        return make("Tissue capacity", Emphasis.STRENGTH, blocks=blocks)
    if weekday in (1, 5):
        minutes = step.aerobic_minutes + (LONG_RUN_EXTRA_MINUTES if weekday == 5 else 0)
        aerobic = Aerobic("run, bike, row or swim", minutes, ZONE_2)
        return make("Aerobic base", Emphasis.AEROBIC_BASE, aerobic=aerobic)
    if weekday == 3 and step.conditioning:
        return make("High-intensity conditioning", Emphasis.CONDITIONING, aerobic=CONDITIONING)
    if weekday == 6:
        return make("Rest day", Emphasis.RECOVERY, extra=(MOVEMENT_HYGIENE, *guidance.TRAVEL))
    return make("Movement hygiene and rest", Emphasis.RECOVERY)
