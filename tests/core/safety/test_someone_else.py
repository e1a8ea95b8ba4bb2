"""Someone else at risk (core/safety/someone_else.py): a ninth attacker's "my friend is
talking about killing himself" got "Sorry, I didn't catch that"."""

from __future__ import annotations

import pytest

from core.safety.screen import screen
from core.safety.someone_else import (
    about_the_writer,
    says_someone_else_at_risk,
    says_writer_too,
)


@pytest.mark.parametrize("text", [
    "my friend is talking about killing himself",
    "my teammate just told me she wants to kill herself, what do i do",
    "my friend says she is suicidal", "my brother keeps saying he wants to die",
    "mi amiga dice que quiere suicidarse", "mon ami parle de se tuer",
    "mein Freund redet von Selbstmord", "mon pote veut se foutre en l'air",
    "мій друг каже, що хоче покінчити з собою", "mate texted me goodbye, not answering",
])
def test_a_friend_or_family_member_at_risk_is_found(text: str) -> None:
    assert says_someone_else_at_risk(text)


@pytest.mark.parametrize("text", [
    "my coach will kill himself laughing", "my friend killed it at the race",
    "my teammate is dying after the sprints", "my friend wants to kill me lol",
    "la mia amica corre per la prevenzione del suicidio, mi iscrivo con lei",
    "mi hermano se suicidó el año pasado y no paro de pensar cómo lo hizo",
    "i want to kill myself",
])
def test_figures_prevention_grief_and_the_writer_themselves_are_not(text: str) -> None:
    assert not says_someone_else_at_risk(text)


@pytest.mark.parametrize("text", [
    "my friend wants to kill himself and honestly so do i",
    "my friend is talking about killing himself. me too",
    "mi amiga dice que quiere suicidarse, yo también", "mon ami parle de se tuer, et moi aussi",
    "мой друг хочет покончить с собой. я тоже",
])
def test_so_do_i_beside_someone_else_at_risk_is_the_writer_too(text: str) -> None:
    assert says_writer_too(text)


@pytest.mark.parametrize("text", [
    "my friend is talking about killing himself", "my friend told me too he wants to kill himself",
    "mein Freund redet von Selbstmord und ich auch nicht weiß, was tun",
    "so do i",  # no one else at risk: the screen reads it as itself
])
def test_me_too_about_something_else_is_not(text: str) -> None:
    assert not says_writer_too(text)


def test_what_is_left_about_the_writer_is_what_the_rules_read_for_them() -> None:
    assert screen(about_the_writer("my friend wants to kill himself and i want to die too")
                  ).level.value == "urgent"
    assert screen(about_the_writer("my friend is talking about killing himself")).level.value == (
        "none")
