"""Volume arithmetic: a block's volume is sets x reps, an aerobic session's is its minutes.

A cut of p% must be a cut of p% (within `TOLERANCE` percentage points) in what the person
does, so sets and reps are chosen together: fewer sets at the same reps where that lands
close enough, otherwise the reps range scaled as well (e.g. 2 x 6-8 cut by 20% is
2 x 5-6, not 1 x 6-8, which would be 50%). Reps ranges are read by their midpoint; a
range may carry a unit ("30-40 m", "20-30 s").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.programmes.model import Block

TOLERANCE = 5  # percentage points between a stated and an applied cut
_RANGE = re.compile(r"(\d+)(?:-(\d+))?(.*)")


@dataclass(frozen=True, slots=True)
class Reps:
    low: int
    high: int
    unit: str  # "" for repetitions, " m", " s"

    @staticmethod
    def parse(text: str) -> Reps:
        match = _RANGE.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"not a reps range: {text!r}")
        low = int(match.group(1))
        return Reps(low, int(match.group(2) or low), match.group(3))

    @property
    def middle(self) -> float:
        return (self.low + self.high) / 2

    def scaled(self, factor: float) -> Reps:
        low = max(1, round(self.low * factor))
        return Reps(low, max(low, round(self.high * factor)), self.unit)

    def __str__(self) -> str:
        span = str(self.low) if self.low == self.high else f"{self.low}-{self.high}"
        return span + self.unit


def block_volume(block: Block) -> float:
    return block.sets * Reps.parse(block.reps).middle


def cut_percent(before: float, after: float) -> float:
    """How much smaller `after` is than `before`, in percent."""
    return 100.0 * (1.0 - after / before) if before else 0.0


def cut_block(block: Block, percent: int) -> Block:
    """The block with sets x reps cut by `percent`, within `TOLERANCE` points.

    Fewer sets at the same reps when one lands within the tolerance (the closest such);
    otherwise the set count whose reps, scaled down (never up), land closest.
    """
    reps = Reps.parse(block.reps)
    before = block.sets * reps.middle
    target = before * (100 - percent) / 100
    same_reps = [(abs(cut_percent(before, n * reps.middle) - percent), -n, reps)
                 for n in range(block.sets, 0, -1)]
    scaled = [(abs(cut_percent(before, n * option.middle) - percent), -n, option)
              for n in range(block.sets, 0, -1)
              for option in (reps.scaled(min(1.0, target / (n * reps.middle))),)]
    best = min(same_reps)
    if best[0] > TOLERANCE:
        best = min(scaled, key=lambda c: (c[0], c[1]))
    return replace(block, sets=-best[1], reps=str(best[2]))


def cut_minutes(minutes: int, percent: int) -> int:
    """Minutes after a cut, rounded to the nearest minute."""
    return max(1, round(minutes * (100 - percent) / 100))
