"""A planned day before readiness adjustments, and the arithmetic every programme shares.

A programme's table says what a weekday holds at one level (`Work`: no date, no person);
`plan_day` turns that into the day's `Session`. Durations count the warm-up, the ramp-up
sets, the work sets with their rest and any aerobic minutes (not the downregulation that
follows, seed 000 Template 1 "Post-Session Downregulation").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from core import guidance
from core.programmes import daily
from core.programmes.model import (
    Aerobic,
    Block,
    Programme,
    RampSet,
    Session,
    SessionKind,
    WarmUp,
)

REST_CARRY = "60 s"
REST_MODERATE = "60-90 s"
REST_FULL = "2-4 min"
REST_TISSUE = "90 s"
REST_TECHNIQUE = "2 min"

# Minutes one set takes including its rest, by the rest the block prescribes.
_SET_MINUTES = {REST_CARRY: 1.5, REST_MODERATE: 2.0, REST_TISSUE: 2.5, REST_TECHNIQUE: 3.0,
                REST_FULL: 4.0}
RAMP_SET_MINUTES = 1.0  # a light ramp-up set and the short pause after it
WARM_UP_MINUTES = 10
ROUND_TO = 5

ZONE_2 = "Zone 2, RPE 4-6: talk test, you can speak in full sentences"
CONVERSATIONAL = "Conversational pace, Zone 2: talk test, you can speak in full sentences"
EASY_START = WarmUp(5, "the first 5 min easy, building into the pace", within=True)
GYM_WARM_UP = "5 min easy bike or row, hip and shoulder mobility"


class Emphasis(StrEnum):
    """What the day is for; the readiness adjustments treat each differently."""

    NEURAL = "neural"  # heavy, 3-5 reps at 80-90% est. 1RM
    STRENGTH = "strength"  # moderate compound work, tissue capacity, hypertrophy
    AEROBIC_BASE = "aerobic base"
    CONDITIONING = "conditioning"  # high-intensity intervals
    RECOVERY = "recovery"


@dataclass(frozen=True, slots=True)
class Work:
    """What one weekday holds at one level of a programme's table."""

    title: str
    emphasis: Emphasis
    blocks: tuple[Block, ...] = ()
    aerobic: Aerobic | None = None
    warm_up: WarmUp | None = None
    cue: str = ""
    extra: tuple[str, ...] = ()  # programme details shown behind "More"

    @property
    def training(self) -> bool:
        return self.emphasis is not Emphasis.RECOVERY

    @property
    def content(self) -> tuple[object, ...]:
        """What a person does (titles aside): equal content = the same session."""
        return (self.emphasis, self.blocks, self.aerobic)


@dataclass(frozen=True, slots=True)
class Planned:
    session: Session
    emphasis: Emphasis


def round_to_five(value: float) -> int:
    return int(round(value / ROUND_TO) * ROUND_TO)


def ramp_for(percent: int) -> tuple[RampSet, ...]:
    """Three lighter sets before heavy work: 5 @ ~50%, 3 @ ~75% and 2 @ ~90% of the load."""
    return (
        RampSet(5, 50),
        RampSet(3, round_to_five(percent * 0.75)),
        RampSet(2, round_to_five(percent * 0.9)),
    )


def ramp_text(ramp: tuple[RampSet, ...]) -> str:
    """ "Ramp up each lift: 5 reps @ ~50%, 3 @ ~65%, 2 @ ~75%"."""
    first, *rest = ramp
    parts = [f"{first.reps} reps @ ~{first.percent}%", *(f"{r.reps} @ ~{r.percent}%" for r in rest)]
    return "Ramp up each lift: " + ", ".join(parts)


def work_minutes(blocks: tuple[Block, ...]) -> float:
    """Minutes of ramp-up and work sets with their rest."""
    return sum(
        b.sets * _SET_MINUTES.get(b.rest, 2.0) + len(b.ramp) * RAMP_SET_MINUTES for b in blocks
    )


def duration(blocks: tuple[Block, ...], aerobic: Aerobic | None, warm_up: WarmUp | None) -> int:
    """Session minutes (warm-up, ramp-up, sets with rest, aerobic work), rounded up to 5."""
    minutes = float(aerobic.minutes) if aerobic else 0.0
    if warm_up is not None and not warm_up.within:
        minutes += warm_up.minutes
    minutes += work_minutes(blocks)
    return int(math.ceil(minutes / ROUND_TO) * ROUND_TO)


def gym_warm_up(blocks: tuple[Block, ...], minutes: int = WARM_UP_MINUTES) -> WarmUp:
    """The general warm-up, and the ramp-up line when any lift is heavy."""
    heavy = [b for b in blocks if b.heavy and b.ramp]
    ramp = ramp_text(heavy[0].ramp) if heavy else ""
    return WarmUp(minutes, GYM_WARM_UP, ramp)


_KIND = {
    Emphasis.NEURAL: SessionKind.STRENGTH,
    Emphasis.STRENGTH: SessionKind.STRENGTH,
    Emphasis.AEROBIC_BASE: SessionKind.AEROBIC,
    Emphasis.CONDITIONING: SessionKind.AEROBIC,
    Emphasis.RECOVERY: SessionKind.RECOVERY,
}


def plan_day(
    programme: Programme,
    day: date,
    week: int,
    week_label: str,
    work: Work,
    *,
    body_mass_kg: float | None = None,
    high_load: bool = False,
) -> Planned:
    """Assemble a day's Session from its work with the content every day carries."""
    kind = _KIND[work.emphasis]
    notes = work.extra
    if kind is SessionKind.RECOVERY:
        recovery = daily.rest_day_recovery(body_mass_kg, high_load=high_load)
    else:
        recovery = daily.training_day_recovery(body_mass_kg, high_load=high_load)
        if work.emphasis in (Emphasis.NEURAL, Emphasis.CONDITIONING):
            notes = (*notes, guidance.CARBS_HARD_SESSION)  # this day's own, always shown
    if guidance.protein_per_meal(body_mass_kg) is not None:
        # the person's own grams stay in view; the generic line rotates with the rest
        personal = guidance.protein_line(body_mass_kg)
        notes = (*notes, personal)
        recovery = tuple(line for line in recovery if line != personal)
    session = Session(
        programme=programme,
        day=day,
        week=week,
        week_label=week_label,
        title=work.title,
        kind=kind,
        duration_minutes=duration(work.blocks, work.aerobic, work.warm_up),
        warm_up=work.warm_up,
        blocks=work.blocks,
        aerobic=work.aerobic,
        cue=work.cue or (daily.REST_CUE if kind is SessionKind.RECOVERY else ""),
        downregulation=daily.downregulation_for(kind),
        micro_regulation=daily.micro_regulation_for(day),
        adjustments=(),
        notes=notes,
        recovery=recovery,
    )
    return Planned(session, work.emphasis)
