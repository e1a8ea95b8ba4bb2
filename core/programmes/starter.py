"""Starter: Practice Template 1, the 6-week starter for emotional regulation (seed 000).

Resistance 3 days a week (push, pull, hinge, squat, carry; 2-4 sets of 6-10 at RPE 6-8,
30-45 min), rhythmic aerobic work 2 days a week (20-40 min, Zone 2, talk test), 2 rest days.
Weekly grid: Mon strength A, Tue aerobic, Wed strength B, Thu rest, Fri strength C,
Sat aerobic, Sun rest. One variable rises per week (table below).

After the six weeks the starter repeats "with progression": round 2 (and every later round)
runs the six rows again with heavier weights for the same effort (the loads are RPE, so a
stronger person lifts more at the same RPE); its first week is a lighter re-base. In the
first week of each new round the person is offered the next step (`next_step`): stay, or
move on to athlete or rhythm.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from core.programmes.model import Aerobic, Block, WarmUp
from core.programmes.planned import (
    EASY_START,
    REST_CARRY,
    REST_MODERATE,
    ZONE_2,
    Emphasis,
    Work,
    work_minutes,
)
from core.programmes.progression import Levels, Position, rolling, rolling_position

WEEKS = 6
HIGH_LOAD = False
MINUTES = (30, 45)  # Template 1: resistance sessions of 30-45 minutes
LONG_WARM_UP, SHORT_WARM_UP = 15, 10
WARM_UP_LONG = "easy walk or bike, mobility, a light set of each lift"
WARM_UP_SHORT = "easy walk or bike, mobility, a light set of each lift"
CUE = "Controlled reps, tall posture: local muscle fatigue, not exhaustion."
AEROBIC_CUE = "Steady breathing; the aim is recovery capacity, not output."


@dataclass(frozen=True, slots=True)
class Step:
    sets: int
    reps: str
    rpe: int
    aerobic_minutes: int
    change: str  # what this row raises over the one before, as /week and holds say it

    @property
    def lighter(self) -> bool:
        return False

    @property
    def levels(self) -> Levels:
        low_reps = int(self.reps.split("-")[0])
        return Levels(
            volume=(self.sets, low_reps, self.aerobic_minutes),
            intensity=(self.rpe,),
            frequency=(3, 2),  # strength days, aerobic days: fixed in the starter
        )


TABLE: tuple[Step, ...] = (
    Step(2, "6-8", 6, 20, "2 sets to learn the patterns"),
    Step(3, "6-8", 6, 20, "3 sets instead of 2"),
    Step(3, "6-8", 7, 20, "effort RPE 7 instead of 6"),
    Step(3, "6-8", 7, 30, "aerobic sessions of 30 min instead of 20"),
    Step(4, "6-8", 7, 30, "4 sets instead of 3"),
    Step(4, "8-10", 7, 30, "8-10 reps instead of 6-8"),
)

# (title, (pattern, lift) per block) per strength day; every Template 1 pattern each week.
_DAYS: dict[int, tuple[str, tuple[tuple[str, str], ...]]] = {
    0: (
        "Strength A",
        (
            ("squat", "Goblet squat"),
            ("horizontal push", "Push-up or dumbbell press"),
            ("horizontal pull", "One-arm row"),
            ("carry", "Farmer's carry"),
        ),
    ),
    2: (
        "Strength B",
        (
            ("hinge", "Romanian deadlift"),
            ("vertical push", "Half-kneeling press"),
            ("vertical pull", "Lat or band pulldown"),
            ("carry", "Suitcase carry"),
        ),
    ),
    4: (
        "Strength C",
        (
            ("squat", "Split squat"),
            ("hinge", "Hip thrust or kettlebell deadlift"),
            ("horizontal push", "Incline press"),
            ("horizontal pull", "Cable or band row"),
        ),
    ),
}
_AEROBIC_DAYS = (1, 5)


def position(week: int) -> Position:
    """Round 1 is weeks 1-6; each later round runs the six rows again."""
    return rolling_position(week, WEEKS, "round")


def next_step(week: int) -> int | None:
    """The new round's number in its first week (the starter's end offers what next)."""
    index, round_number, _ = rolling(week, WEEKS)
    return round_number if round_number > 1 and index == 0 else None


def _strength(step: Step, title: str, lifts: tuple[tuple[str, str], ...]) -> Work:
    blocks = tuple(
        Block(
            pattern=pattern,
            lift=lift,
            sets=step.sets,
            reps="30-40 m" if pattern == "carry" else step.reps,
            rest=REST_CARRY if pattern == "carry" else REST_MODERATE,
            rpe=step.rpe,
        )
        for pattern, lift in lifts
    )
    # the warm-up fills short sessions up to 30 min and shrinks so long ones stay <= 45
    long = work_minutes(blocks) + LONG_WARM_UP <= MINUTES[1]
    warm_up = WarmUp(LONG_WARM_UP, WARM_UP_LONG) if long else WarmUp(SHORT_WARM_UP, WARM_UP_SHORT)
    return Work(title, Emphasis.STRENGTH, blocks=blocks, warm_up=warm_up, cue=CUE)


@cache
def work(index: int, weekday: int) -> Work:
    """What the weekday holds at table row `index` (0-based)."""
    step = TABLE[index]
    if weekday in _DAYS:
        title, lifts = _DAYS[weekday]
        return _strength(step, title, lifts)
    if weekday in _AEROBIC_DAYS:
        aerobic = Aerobic("walk, cycle or swim", step.aerobic_minutes, ZONE_2)
        return Work("Rhythmic aerobic", Emphasis.AEROBIC_BASE, aerobic=aerobic,
                    warm_up=EASY_START, cue=AEROBIC_CUE)
    return Work("Rest day", Emphasis.RECOVERY)
