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
    # more people, told in the third person, and an overdose (English)
    "my friend took a whole bottle of pills and i can't wake him",
    "she just told me she wants to kill herself", "he said he's going to kill himself tonight",
    "my little brother keeps saying he wants to die", "my friend wants to die",
    "one of my athletes told me she wants to end her life", "my mother is suicidal",
    "my training partner is talking about killing himself",
    # es
    "mi compañero de equipo me dijo que se quiere matar", "me dijo que se quiere matar, ¿qué hago?",
    "mi novia quiere suicidarse", "mi hijo tomó pastillas y no despierta",
    "mi hija se tomó todas las pastillas y no puedo despertarla",
    # ru, uk
    "мой сын сказал, что хочет покончить с собой", "сказал что хочет покончить с собой",
    "подруга выпила таблетки и не просыпается", "моя девушка хочет умереть",
    "мій син сказав, що хоче вбити себе", "донька випила пігулки і не прокидається",
    # pl
    "moja dziewczyna powiedziała, że chce się zabić", "powiedziała że chce się zabić",
    "mój brat połknął tabletki i nie mogę go dobudzić", "mój syn mówi o samobójstwie",
    # it
    "mi ha detto che vuole farla finita", "il mio compagno di squadra vuole uccidersi",
    "la mia ragazza ha preso le pillole e non si sveglia", "mia madre vuole morire",
    # de, fr, pt, nl, ro
    "mein Sohn hat gesagt, er will sich umbringen",
    "sie hat mir geschrieben, dass sie sich das Leben nehmen will",
    "meine Tochter hat Tabletten genommen und wacht nicht auf",
    "ma copine m'a dit qu'elle veut mourir", "mon fils a pris des cachets et ne se réveille pas",
    "minha filha disse que quer se matar", "meu pai tomou comprimidos e não acorda",
    "mijn dochter zei dat ze dood wil", "hij zei dat hij zelfmoord wil plegen",
    "mijn zoon heeft pillen genomen en wordt niet wakker",
    "prietena mea mi-a spus că vrea să se sinucidă", "fiul meu a luat pastile și nu se trezește",
])
def test_a_friend_or_family_member_at_risk_is_found(text: str) -> None:
    assert says_someone_else_at_risk(text)


@pytest.mark.parametrize("text", [
    "my coach will kill himself laughing", "my friend killed it at the race",
    "my teammate is dying after the sprints", "my friend wants to kill me lol",
    "la mia amica corre per la prevenzione del suicidio, mi iscrivo con lei",
    "mi hermano se suicidó el año pasado y no paro de pensar cómo lo hizo",
    "i want to kill myself",
    # figures, ordinary mornings, the writer's own words, and false-alarm rows of the data
    "mi amigo se muere de risa", "mia sorella muore dal ridere", "my son won't wake up for school",
    "i can't wake him up for practice, he's so lazy", "mi hijo no despierta temprano",
    "my mum took her pills this morning", "le dije que me quiero matar",
    "i told her i want to kill myself", "сказал, что я хочу покончить с собой",
    "mi padre dice que me va a matar si llego tarde", "моя мама меня убьёт",
    "mój trener mnie zabije", "my dad is going to die when he sees the bill",
    "my girlfriend said she wants to die after leg day", "my friend said he'd die for a pizza",
    "ma pote court pour la prévention du suicide, je m'inscris avec elle",
    "mein trainer will mich umbringen mit dem plan, 5x5 und dann noch finisher??",
    "ma mère m'appelle \"la suicidaire\" parce que je fais du vélo dans Paris lol",
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
