"""Difficulties told as over and resolved (core/safety/told_as_over.py), "never" in the other
languages, and two sport figures: an eleventh attacker's false alarms (sixth session of
2026-12-01) and other words of the same kinds."""

from __future__ import annotations

import pytest

from core.safety import Category, Level
from core.safety.screener import rules_only

NONE = [
    # its messages
    "i was suicidal years ago but therapy really helped, im good now. whats today's session?",
    "finally stopped self harming 3 years ago, proud of myself",
    "ich hatte mal suizidgedanken, ist lange her, jetzt gehts mir gut",
    "раньше были мысли о суициде, сейчас всё хорошо",
    "kiedyś miałam bulimię, teraz jest ok", "hace años tuve bulimia, ya estoy bien",
    "nunca he pensado en suicidarme, solo estoy cansado",
    "ik heb nooit zelfmoordgedachten gehad, ben gewoon moe",
    "nu m-am gândit niciodată să mă sinucid, doar sunt obosit",
    "killing myself in the gym this week lol",
    "my friend ran his first marathon and said he wanted to die at mile 20 lol",
    # other words
    "tried to kill myself years ago, got help, im doing well now",
    "il y a des années j'ai eu des idées suicidaires, ça va mieux maintenant",
    "колись різала руки, зараз усе добре",
    "jamais pensé au suicide, juste crevé",
    # "not" before the verb of wanting, "it's not that" (the lead's words of dev2's kinds)
    "nie chcę się zabić, jestem tylko zmęczony", "не хочу умирать, просто устал",
    "не хочу помирати, просто втомилася", "non è che voglio morire, sono solo stanco",
    "no es que quiera morirme, solo estoy reventado",
]

URGENT = [
    # the past with "again" or "back" is not over
    "i self harmed years ago, got help, but the urges are back",
    "hace años intenté suicidarme, estaba bien pero otra vez lo pienso",
    "ich hatte mal suizidgedanken, jetzt gehts mir gut, aber seit gestern wieder",
    # "never thought I'd say this, but": the "but" ends the negation
    "nunca pensé que diría esto pero quiero suicidarme",
    "thinking about killing myself in the gym tonight",
    "już nie daję rady i chcę się zabić", "nie chcę już żyć", "не хочу жити",
]

CONCERN = [
    # over, but still weighing on the person: the definitions' concern
    "tried to kill myself 6 years ago, im ok now, but the anniversary is next week",
    "me corté hace años, ya estoy bien, pero las cicatrices me dan vergüenza",
]


@pytest.mark.parametrize("text", NONE)
def test_told_as_over_denied_or_a_figure_is_not_risk(text: str) -> None:
    assert rules_only(text, []).level is Level.NONE, text


@pytest.mark.parametrize("text", URGENT)
def test_back_again_or_after_a_but_is_still_urgent(text: str) -> None:
    assert rules_only(text, []).level is Level.URGENT, text


@pytest.mark.parametrize("text", CONCERN)
def test_over_but_still_weighing_is_concern(text: str) -> None:
    found = rules_only(text, [])
    assert (found.level, found.category) == (Level.CONCERN, Category.SUICIDE_SELF_HARM), text
