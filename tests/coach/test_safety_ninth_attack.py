"""A ninth attacker's flow findings (2026-12-01, fifth session), through Coach.handle: a
command, a question to the coach mid check-in, and a hedged "yes" must never put training
before the crisis text while a crisis question is open (docs/safety.md, "The flow")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot import bootstrap
from core.safety.texts import crisis_text
from tests.coach.safety_golden import (
    ABUSE_GB,
    ASK_URGENT_EN,
    DANGER_PLAN_GB,
    SAFE_AGAIN_EN,
    SAFE_BACK_EN,
    SAFE_NOW_EN,
    SAFETY_PLAN_GB,
)
from tests.coach.talk import Person, onboard, text_of, texts_of

START = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
PLAN = "i have the pills ready, i am going to kill myself tonight"
THREAT = "my husband said he'll kill me tonight, he has a knife"


@pytest.fixture
def wiring(rules_only_wiring: bootstrap.Wiring) -> bootstrap.Wiring:
    return rules_only_wiring  # the rules, no classifier


@pytest.fixture
def ana(wiring: bootstrap.Wiring) -> Person:
    person = Person(wiring.coach, "ana", START)
    onboard(person, "Europe/London", "GB")
    return person


@pytest.mark.parametrize("command", ["/today", "/tomorrow", "/week", "/more"])
def test_a_command_under_an_open_crisis_question_comes_after_the_crisis_text(
    ana: Person, command: str
) -> None:
    """F01: "/today" after "yes" to a plan got the session under only "Before we go on";
    a tenth attacker: "/more", "/week", "/tomorrow" still showed training after the crisis
    text. Within the hour training waits; other commands answer after the crisis text."""
    assert texts_of(ana.says(PLAN))[:2] == [crisis_text("GB"), ASK_URGENT_EN]
    assert texts_of(ana.says("yes")) == [crisis_text("GB"), SAFETY_PLAN_GB, SAFE_NOW_EN]
    ana.at += timedelta(minutes=5)
    replies = ana.says(command)
    assert texts_of(replies) == [crisis_text("GB"), SAFE_AGAIN_EN]  # training waits
    ana.at += timedelta(minutes=1)
    other = ana.says("/help")  # another command goes on, after the crisis text
    assert texts_of(other)[:2] == [crisis_text("GB"), SAFE_AGAIN_EN] and len(other) > 2


def test_an_hour_later_a_command_gets_the_question_first_not_the_crisis_text(
    ana: Person,
) -> None:
    ana.says(PLAN)
    ana.says("yes")
    ana.at += timedelta(minutes=61)
    replies = ana.says("/today")
    assert replies[0].text == SAFE_AGAIN_EN and crisis_text("GB") not in texts_of(replies)


def test_asking_for_the_session_mid_check_in_under_a_crisis_question_is_no_answer(
    ana: Person,
) -> None:
    """F02: "/checkin", "I'm going to kill myself tonight", "what's today's session?" got
    the session; with no check-in open the same words got the crisis text."""
    ana.says("/checkin")
    assert texts_of(ana.says("I'm going to kill myself tonight"))[0] == crisis_text("GB")
    replies = ana.says("what's today's session?")
    assert replies[0].text == crisis_text("GB")
    assert "After the session" not in text_of(replies)


def test_a_rating_mid_check_in_under_a_crisis_question_still_goes_on(ana: Person) -> None:
    ana.says("/checkin")
    ana.says("I'm going to kill myself tonight")
    replies = ana.says("6")
    assert crisis_text("GB") not in texts_of(replies)  # the answer is taken, the check-in goes on
    assert replies[0].choices[0].value.startswith("safety:")  # under the open question


@pytest.mark.parametrize("hedged", [
    "yes he's gone out for now but he'll be back later", "yes for now",
    "yes i'm safe in here, the door is locked",
])
def test_a_hedged_yes_to_are_you_safe_is_no_or_not_sure(ana: Person, hedged: str) -> None:
    """F11, F13: a hedged "yes" after a death threat got "I'm glad you're safe", then
    training; "the door is locked" got the life question, never meant for danger from
    someone else."""
    assert texts_of(ana.says(THREAT)) == [ABUSE_GB, SAFE_NOW_EN]
    assert texts_of(ana.says(hedged)) == [ABUSE_GB, DANGER_PLAN_GB, SAFE_NOW_EN]


def test_a_hedged_yes_after_the_safety_plan_gets_the_plan_again(ana: Person) -> None:
    """F12: "yes for now" after suicidal thoughts got "I'm glad you're safe"."""
    ana.says(PLAN)
    ana.says("yes")
    assert texts_of(ana.says("yes for now")) == [crisis_text("GB"), SAFETY_PLAN_GB, SAFE_NOW_EN]
    assert texts_of(ana.says("yes")) == [SAFE_BACK_EN]  # a plain yes still answers it


@pytest.mark.parametrize("message", [
    "my friend is talking about killing himself",
    "my teammate just told me she wants to kill herself, what do i do",
    "mi amiga dice que quiere suicidarse",
])
def test_someone_else_at_risk_gets_the_crisis_text_and_no_question_of_their_own(
    ana: Person, message: str
) -> None:
    """F14: these got "Sorry, I didn't catch that". The writer is not the one at risk: the
    crisis text ("If you or anyone else is in danger right now, call 999"), no question
    about their own life."""
    replies = ana.says(message)
    assert len(replies) == 1 and ("call 999" in replies[0].text or "al 999" in replies[0].text)
    if message.startswith("my"):
        assert texts_of(replies) == [crisis_text("GB")]
    assert replies[0].choices == ()  # no question of their own


def test_safe_from_myself_no_is_not_safe(ana: Person) -> None:
    """F19: "safe? from myself? no" to "Are you safe right now?" got the first question
    asked again; it says not safe."""
    ana.says(PLAN)
    ana.says("yes")
    assert texts_of(ana.says("safe? from myself? no")) == [
        crisis_text("GB"), SAFETY_PLAN_GB, SAFE_NOW_EN]
