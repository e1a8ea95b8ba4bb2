"""A planned day before readiness adjustments, and the arithmetic every programme shares."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from core.programmes import daily
from core.programmes.model import Adjustment, Aerobic, Block, Programme, Session, SessionKind

REST_CARRY = "60 s"
REST_MODERATE = "60-90 s"
REST_FULL = "2-4 min"
REST_TISSUE = "90 s"

# Minutes one set takes including its rest, by the rest the block prescribes.
_SET_MINUTES = {REST_CARRY: 1.5, REST_MODERATE: 2.0, REST_TISSUE: 2.5, REST_FULL: 4.0}
WARM_UP_MINUTES = 10

ZONE_2 = "Zone 2, RPE 4-6: talk test, you can speak in full sentences"
CONVERSATIONAL = "Conversational pace, Zone 2: talk test, you can speak in full sentences"


class Emphasis(StrEnum):
    """What the day is for; the readiness adjustments treat each differently."""

    NEURAL = "neural"  # heavy, 3-5 reps at 80-90% est. 1RM
    STRENGTH = "strength"  # moderate compound work, tissue capacity, hypertrophy
    AEROBIC_BASE = "aerobic base"
    CONDITIONING = "conditioning"  # high-intensity intervals
    RECOVERY = "recovery"


@dataclass(frozen=True, slots=True)
class Planned:
    session: Session
    emphasis: Emphasis


def duration(
    blocks: tuple[Block, ...], aerobic: Aerobic | None, warm_up: int = WARM_UP_MINUTES
) -> int:
    """Session minutes (warm-up, sets with rest, aerobic work), rounded up to 5."""
    minutes = float(aerobic.minutes) if aerobic else 0.0
    if blocks:
        minutes += warm_up + sum(b.sets * _SET_MINUTES.get(b.rest, 2.0) for b in blocks)
    return int(math.ceil(minutes / 5.0) * 5)


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
    title: str,
    emphasis: Emphasis,
    *,
    blocks: tuple[Block, ...] = (),
    aerobic: Aerobic | None = None,
    body_mass_kg: float | None = None,
    high_load: bool = False,
    extra_recovery: tuple[str, ...] = (),
    warm_up: int = WARM_UP_MINUTES,
    adjustments: tuple[Adjustment, ...] = (),
) -> Planned:
    """Assemble a day's Session with the content every day carries."""
    kind = _KIND[emphasis]
    if kind is SessionKind.RECOVERY:
        recovery = extra_recovery + daily.rest_day_recovery(body_mass_kg, high_load=high_load)
    else:
        hard = emphasis in (Emphasis.NEURAL, Emphasis.CONDITIONING)
        recovery = extra_recovery + daily.training_day_recovery(
            body_mass_kg, high_load=high_load, hard_session=hard
        )
    session = Session(
        programme=programme,
        day=day,
        week=week,
        title=title,
        kind=kind,
        duration_minutes=duration(blocks, aerobic, warm_up),
        blocks=blocks,
        aerobic=aerobic,
        downregulation=daily.downregulation_for(kind),
        micro_regulation=daily.micro_regulation_for(day),
        adjustments=adjustments,
        recovery=recovery,
    )
    return Planned(session, emphasis)
