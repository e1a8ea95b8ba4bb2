"""One-slip phone typos of the words the rules turn on (core/safety/typos.py)."""

from __future__ import annotations

import pytest

from core.safety import Level
from core.safety.screener import rules_only
from core.safety.typos import CORRECTIONS, corrected

# everyday words a one-slip rule must never touch (sport, coaching, food, other languages)
EVERYDAY = [
    "bride",
    "ridge",
    "edad",
    "hill",
    "will",
    "till",
    "mill",
    "fill",
    "bill",
    "kiln",
    "kilt",
    "skill",
    "still",
    "pill",
    "pile",
    "died",
    "dye",
    "dyed",
    "deal",
    "dean",
    "dear",
    "deaf",
    "dad",
    "lives",
    "liver",
    "loving",
    "moving",
    "diving",
    "driving",
    "giving",
    "hand",
    "hung",
    "hangs",
    "angry",
    "cutlery",
    "curling",
    "cuttings",
    "butting",
    "putting",
    "cutting-edge",
    "goody",
    "bye",
    "goodie",
    "alike",
    "alien",
    "olive",
    "myths",
    "mysql",
    "overdue",
    "overdo",
    "overdoes",
    "overdrawn",
    "dose",
    "doses",
    "deadline",
    "anyway",
    "amore",
    "wand",
    "what",
    "wait",
    "watt",
    "wants",
    "wanted",
    "banana",
]


@pytest.mark.parametrize(
    "typed",
    [
        "dont wanna be alvie anymore",
        "i want to kill mysefl",
        "thinking about sucide",
        "i feel suicdal tonight",
        "gonna ikll myself",
        "i dont want to be aliev anymore",
        "i wnat to die so bad",
        "i just wnana die",
    ],
)
def test_a_one_slip_typo_of_a_key_word_is_read_as_the_word(typed: str) -> None:
    assert rules_only(typed, ()).level is Level.URGENT


def test_no_everyday_word_is_corrected() -> None:
    assert not set(EVERYDAY) & set(CORRECTIONS)
    assert corrected(" ".join(EVERYDAY)) == " ".join(EVERYDAY)


@pytest.mark.parametrize(
    "typed",
    [
        "i will myself through the last set",
        "my bride is lovely",
        "ran the ridge trail",
        "overdoes it on leg day",
    ],
)
def test_real_words_near_key_words_stay_themselves(typed: str) -> None:
    assert rules_only(typed, ()).level is Level.NONE
