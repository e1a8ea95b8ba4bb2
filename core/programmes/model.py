"""What a day's session is (contract between programmes, the Coach and the renderers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Programme(StrEnum):
    STARTER = "starter"  # Practice Template 1: 6-week starter, emotional regulation
    ATHLETE = "athlete"  # Practice Template 2: 12-week rolling, high-load athletes
    RHYTHM = "rhythm"  # the Mon-Sun oscillation plan


class SessionKind(StrEnum):
    STRENGTH = "strength"
    AEROBIC = "aerobic"
    RECOVERY = "recovery"  # rest / active recovery / integration days


@dataclass(frozen=True, slots=True)
class Block:
    """One movement block of a strength session."""

    pattern: str  # e.g. "squat", "hinge", "horizontal push"
    sets: int
    reps: str  # e.g. "6-10", "3-5"
    intensity: str  # e.g. "RPE 6-8", "80-90% est. 1RM"
    rest: str  # e.g. "90 s", "2-4 min"
    note: str = ""  # e.g. "2-3 s lowering"


@dataclass(frozen=True, slots=True)
class Aerobic:
    mode: str  # e.g. "walk, cycle or swim"
    minutes: int
    intensity: str  # e.g. "Zone 2, RPE 4-6: talk test, full sentences"


@dataclass(frozen=True, slots=True)
class Adjustment:
    """A change made to the planned session, with the reason a person understands."""

    what: str
    reason: str


@dataclass(frozen=True, slots=True)
class Session:
    programme: Programme
    day: date
    week: int  # 1-based week of the programme
    title: str  # e.g. "Strength A: push, pull, squat"
    kind: SessionKind
    duration_minutes: int
    blocks: tuple[Block, ...]
    aerobic: Aerobic | None
    downregulation: str  # required, 3-8 min, after every session
    micro_regulation: tuple[str, str]  # the day's two picks
    adjustments: tuple[Adjustment, ...]
    recovery: tuple[str, ...]  # recovery content (always on rest days; sleep/nutrition hints)
