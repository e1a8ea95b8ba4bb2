"""Starter: Practice Template 1, the 6-week starter for emotional regulation (seed 000).

Resistance 3 days a week (push, pull, hinge, squat, carry; 2-4 sets of 6-10 at RPE 6-8),
rhythmic aerobic work 2 days a week (20-40 min, Zone 2, talk test), 2 rest days.
Weekly grid: Mon strength A, Tue aerobic, Wed strength B, Thu rest, Fri strength C,
Sat aerobic, Sun rest. One variable rises per week (table below); after week 6 the plan
holds week 6 (maintenance) rather than restarting from 2 sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.programmes.model import Aerobic, Block, Programme
from core.programmes.planned import (
    REST_CARRY,
    REST_MODERATE,
    ZONE_2,
    Emphasis,
    Planned,
    plan_day,
)
from core.programmes.progression import Levels, cycle_index, previous_index, raised

WEEKS = 6
# 5 min easy walk or bike, then mobility and light technique sets: keeps week 1 at 30 min.
WARM_UP_MINUTES = 15
WARM_UP = "Warm-up 15 min: 5 min easy walk or bike, then mobility and light technique sets."


@dataclass(frozen=True, slots=True)
class Step:
    sets: int
    reps: str
    rpe: int
    aerobic_minutes: int
    change: str

    @property
    def levels(self) -> Levels:
        low_reps = int(self.reps.split("-")[0])
        return Levels(
            volume=(self.sets, low_reps, self.aerobic_minutes),
            intensity=(self.rpe,),
            frequency=(3, 2),  # strength days, aerobic days: fixed in the starter
        )


TABLE: tuple[Step, ...] = (
    Step(2, "6-8", 6, 20, "Start: 2 sets, learn the patterns with controlled technique."),
    Step(3, "6-8", 6, 20, "Step up in volume: 3 sets instead of 2."),
    Step(3, "6-8", 7, 20, "Step up in intensity: effort RPE 7 instead of 6."),
    Step(3, "6-8", 7, 30, "Step up in volume: aerobic sessions of 30 min instead of 20."),
    Step(4, "6-8", 7, 30, "Step up in volume: 4 sets instead of 3."),
    Step(4, "8-10", 7, 30, "Step up in volume: 8-10 reps instead of 6-8."),
)

# (pattern, note) per strength day; every pattern of Template 1 appears each week.
_DAYS: dict[int, tuple[str, tuple[tuple[str, str], ...]]] = {
    0: (
        "Strength A: squat, push, pull, carry",
        (
            ("squat", "e.g. goblet squat"),
            ("horizontal push", "e.g. push-up or dumbbell press"),
            ("horizontal pull", "e.g. one-arm row"),
            ("carry", "farmer's carry, tall posture"),
        ),
    ),
    2: (
        "Strength B: hinge, push, pull, carry",
        (
            ("hinge", "e.g. Romanian deadlift"),
            ("vertical push", "e.g. half-kneeling press"),
            ("vertical pull", "e.g. lat pulldown or band pulldown"),
            ("carry", "suitcase carry, one side at a time"),
        ),
    ),
    4: (
        "Strength C: squat, hinge, push, pull",
        (
            ("squat", "e.g. split squat"),
            ("hinge", "e.g. hip thrust or kettlebell deadlift"),
            ("horizontal push", "e.g. incline press"),
            ("horizontal pull", "e.g. cable or band row"),
        ),
    ),
}
_AEROBIC_DAYS = (1, 5)


def raises(week: int) -> frozenset[str]:
    """What this week raises over the week before (empty in week 1 and after week 6)."""
    prev = previous_index(week, WEEKS, rolls=False)
    if prev is None:
        return frozenset()
    return raised(TABLE[prev].levels, TABLE[cycle_index(week, WEEKS, rolls=False)].levels)


def planned(week: int, day: date, *, hold: bool, body_mass_kg: float | None) -> Planned:
    """The starter's planned day; `hold` uses the previous week's prescription."""
    index = cycle_index(week, WEEKS, rolls=False)
    prev = previous_index(week, WEEKS, rolls=False)
    step = TABLE[prev] if hold and prev is not None else TABLE[index]
    suffix = f" (week {week}, maintenance)" if week > WEEKS else ""
    weekday = day.weekday()
    if weekday in _DAYS:
        title, patterns = _DAYS[weekday]
        blocks = tuple(
            Block(
                pattern=pattern,
                sets=step.sets,
                reps="30-40 m" if pattern == "carry" else step.reps,
                intensity=f"RPE {step.rpe}",
                rest=REST_CARRY if pattern == "carry" else REST_MODERATE,
                note=note,
            )
            for pattern, note in patterns
        )
        return plan_day(
            Programme.STARTER, day, week, title + suffix, Emphasis.STRENGTH,
            blocks=blocks, body_mass_kg=body_mass_kg, warm_up=WARM_UP_MINUTES,
            extra_recovery=(WARM_UP, "Aim for local muscle fatigue, not exhaustion."),
        )
    if weekday in _AEROBIC_DAYS:
        aerobic = Aerobic("walk, cycle or swim", step.aerobic_minutes, ZONE_2)
        return plan_day(
            Programme.STARTER, day, week, "Rhythmic aerobic" + suffix, Emphasis.AEROBIC_BASE,
            aerobic=aerobic, body_mass_kg=body_mass_kg,
            extra_recovery=("Steady breathing; the aim is recovery capacity, not output.",),
        )
    return plan_day(
        Programme.STARTER, day, week, "Rest day" + suffix, Emphasis.RECOVERY,
        body_mass_kg=body_mass_kg,
    )
