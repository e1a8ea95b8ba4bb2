"""Cutting volume: sets x reps (or minutes) by the stated percentage, within 5 points."""

from __future__ import annotations

import pytest

from core.programmes.model import Block
from core.programmes.volume import (
    TOLERANCE,
    Reps,
    block_volume,
    cut_block,
    cut_minutes,
    cut_percent,
)

SHAPES = ["6-8", "8-10", "3-5", "10-15", "6-10", "30-40 m", "20-30 s"]


@pytest.mark.parametrize("reps", SHAPES)
@pytest.mark.parametrize("sets", [2, 3, 4])
@pytest.mark.parametrize("percent", [20, 30, 40])
def test_every_block_the_programmes_use_is_cut_within_tolerance(
    reps: str, sets: int, percent: int
) -> None:
    block = Block("squat", "Goblet squat", sets, reps, "60-90 s", rpe=7)
    cut = cut_block(block, percent)
    applied = cut_percent(block_volume(block), block_volume(cut))
    assert abs(applied - percent) <= TOLERANCE, (cut.sets, cut.reps, applied)
    assert 1 <= cut.sets <= sets
    assert Reps.parse(cut.reps).high <= Reps.parse(reps).high  # reps never go up
    assert Reps.parse(cut.reps).unit == Reps.parse(reps).unit


@pytest.mark.parametrize(
    ("sets", "reps", "percent", "expected"),
    [
        (3, "6-8", 40, (2, "5-7")),  # not 1 x 6-8, a 67% cut
        (3, "6-8", 30, (2, "6-8")),  # a set fewer is within 5 points: the usual deload
        (2, "6-8", 20, (2, "5-6")),  # one set fewer would be 50%
        (3, "3-5", 30, (2, "3-5")),
    ],
)
def test_fewer_sets_first_then_fewer_reps(
    sets: int, reps: str, percent: int, expected: tuple[int, str]
) -> None:
    cut = cut_block(Block("squat", "Back squat", sets, reps, "2-4 min"), percent)
    assert (cut.sets, cut.reps) == expected


def test_minutes_round_to_the_nearest_minute() -> None:
    assert [cut_minutes(30, p) for p in (20, 30, 40)] == [24, 21, 18]
    assert cut_minutes(15, 30) == 10


def test_reps_ranges_read_with_their_unit() -> None:
    assert Reps.parse("30-40 m") == Reps(30, 40, " m")
    assert str(Reps.parse("5")) == "5" and Reps.parse("6-8").middle == 7
    with pytest.raises(ValueError, match="not a reps range"):
        Reps.parse("AMRAP")
