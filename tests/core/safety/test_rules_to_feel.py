"""Self-harm to feel something, ending it all with a time, being a burden: urgent in the 11
languages (core/safety/rules_to_feel.py). The lead's own probe, sixth session of
2026-12-01; no test-set row. The negatives are sport and figures of speech."""

from __future__ import annotations

import pytest

from core.safety import Category, Level
from core.safety.screener import rules_only

URGENT = [
    # self-harm to feel something, anything, alive, or to stop feeling
    "i hurt myself to feel something", "i cut just to feel anything",
    "been burning myself again, just so i can feel something",
    "me hago daño con el cúter para sentir algo", "me corto para no sentir nada",
    "ich verletze mich, um überhaupt etwas zu spüren", "ich ritze mich um mich zu fühlen",
    "je me fais mal pour sentir quelque chose", "je me coupe pour ne plus rien sentir",
    "mi faccio del male per sentire qualcosa", "mi taglio per non sentire niente",
    "eu me machuco pra sentir alguma coisa", "me corto para não sentir nada",
    "ik doe mezelf pijn om iets te voelen", "ik snijd mezelf om weer iets te voelen",
    "robię sobie krzywdę, żeby coś poczuć", "tnę się żeby nie czuć",
    "îmi fac rău ca să simt ceva", "mă tai ca să nu mai simt",
    "делаю себе больно, чтобы что-то почувствовать", "режу себя чтобы хоть что-то чувствовать",
    "роблю собі боляче, щоб щось відчути", "ріжу себе щоб не відчувати",
    # ending it all, with a time
    "hoy termino con todo", "esta noche acabo con todo", "dziś kończę z tym wszystkim",
    "jutro skończę ze sobą", "hoje acabo com tudo", "сегодня покончу со всем",
    # a burden to everyone
    "i'm a burden to everyone", "soy una carga para todos", "ich bin eine last für alle",
    "je suis un fardeau pour tout le monde", "sono un peso per tutti",
    "sou um peso pra todo mundo", "ik ben een last voor iedereen",
    "jestem ciężarem dla wszystkich", "sunt o povară pentru toți", "я обуза для всех",
    "я тягар для всіх",
]
# a child touched, said with the object first (uk, ru)
CHILD_TOUCHED = ["тренер мене торкається, мені 13", "мне 12 и тренер меня трогает"]

NOT_RISK = [
    "me hago daño en la rodilla cuando corro cuesta abajo",
    "i hurt myself in the gym, pulled a hamstring", "cut to 72 kg to feel lighter on the bike",
    "hoy termino con todo el plan de la semana", "ya termino con todo esto del papeleo y entreno",
    "dziś kończę z tym wszystkim co zostało w planie na ten tydzień",
    "hoje acabo com tudo o treino de pernas",
    "sono un peso per la squadra con questo ginocchio",
    "ich verletze mich ständig beim fußball", "robię sobie krzywdę tym bieganiem po asfalcie",
    "not a burden to everyone, just tired lol",
]


@pytest.mark.parametrize("text", URGENT)
def test_self_harm_to_feel_ending_it_today_and_burden_are_urgent(text: str) -> None:
    found = rules_only(text, [])
    assert (found.level, found.category) == (Level.URGENT, Category.SUICIDE_SELF_HARM), text


@pytest.mark.parametrize("text", CHILD_TOUCHED)
def test_a_child_touched_said_object_first_is_urgent_abuse(text: str) -> None:
    found = rules_only(text, [])
    assert (found.level, found.category) == (Level.URGENT, Category.ABUSE_SAFEGUARDING), text


def test_a_burden_to_the_team_after_an_injury_is_not_urgent() -> None:
    found = rules_only("i feel like a burden to the team with this injury", [])
    assert found.level is not Level.URGENT  # (the self-worth concern rule reads it)


@pytest.mark.parametrize("text", NOT_RISK)
def test_sport_injuries_finishing_a_plan_and_the_team_are_not(text: str) -> None:
    assert rules_only(text, []).level is Level.NONE, text
