"""What follows a "no" to the direct question, within the hour, through Coach.handle
(docs/safety.md, "The flow"; attack 7, flow problems 1 and 2): a farewell after risk is
urgent again, and taking the "no" back gets the crisis reply, while an everyday question
stays coaching."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot import bootstrap
from core.coach import texts
from core.safety.texts import crisis_text
from tests.coach.safety_golden import (
    ASK_BAND_EN,
    ASK_URGENT_EN,
    BACK_GB,
    SAFE_NOW_EN,
    SAFETY_PLAN_GB,
)
from tests.coach.safety_script import ASK_BAND, EVERY_NIGHT, RECURRING
from tests.coach.talk import Person, onboard, text_of

START = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)


@pytest.fixture
def wiring(rules_only_wiring: bootstrap.Wiring) -> bootstrap.Wiring:
    return rules_only_wiring  # the rules, no classifier


@pytest.fixture
def ana(wiring: bootstrap.Wiring) -> Person:
    person = Person(wiring.coach, "ana", START)
    onboard(person, "Europe/London", "GB")
    return person


def said_no(person: Person, message: str = "i want to die") -> None:
    """The urgent message, its crisis reply, and a "no" that went back to coaching."""
    assert [r.text for r in person.says(message)] == [crisis_text("GB"), ASK_URGENT_EN]
    person.at += timedelta(minutes=1)
    assert [r.text for r in person.says("no")] == [BACK_GB]
    person.at += timedelta(minutes=1)


def test_a_farewell_after_a_no_gets_the_crisis_text_and_the_question_again(ana: Person) -> None:
    """Attack 7, C25: "i want to die", "no", "ok. thanks for everything coach, goodbye" got
    only the ask band's question, no helpline."""
    said_no(ana)
    replies = ana.says("ok. thanks for everything coach, goodbye")
    assert [r.text for r in replies] == [crisis_text("GB"), ASK_URGENT_EN]
    assert replies[1].choices[0].value.startswith("safety:life|")


def test_a_spanish_farewell_after_a_no_gets_the_crisis_text_first(
    wiring: bootstrap.Wiring,
) -> None:
    """Attack 7, C34: "quiero morirme", "no", "bueno gracias por todo, adiós"."""
    eva = Person(wiring.coach, "eva", START)
    onboard(eva, "Europe/Madrid", "ES")
    crisis, question = eva.says("quiero morirme")
    eva.at += timedelta(minutes=1)
    assert crisis.text not in text_of(eva.says("no"))  # back to coaching
    eva.at += timedelta(minutes=1)
    replies = eva.says("bueno gracias por todo, adiós")
    assert [r.text for r in replies] == [crisis.text, question.text]


def test_after_a_no_an_everyday_question_stays_coaching(ana: Person) -> None:
    said_no(ana)
    replies = ana.says("what's today's session?")
    assert crisis_text("GB") not in text_of(replies)
    assert "After the session" in text_of(replies)


def test_a_farewell_more_than_an_hour_after_the_risk_is_just_a_goodbye(ana: Person) -> None:
    said_no(ana)
    ana.at += timedelta(minutes=61)
    assert crisis_text("GB") not in text_of(ana.says("thanks for everything, goodbye"))


@pytest.mark.parametrize("message", [
    RECURRING, "actually yes", "not really sure tbh", "yes", "idk", "i lied", "actually i do",
])
def test_taking_back_a_no_gets_the_crisis_reply_as_when_the_question_was_open(
    ana: Person, message: str
) -> None:
    """Attack 7, C26: "i want to die", "no", "actually idk. i think about it every night"
    got the depression advice, no crisis text and no question."""
    said_no(ana)
    replies = ana.says(message)
    assert [r.text for r in replies] == [crisis_text("GB"), SAFETY_PLAN_GB, SAFE_NOW_EN]
    assert replies[2].choices[0].value.startswith("safety:safe|")
    for later in ("what's today's session?", "lol"):  # in front until "Yes, I'm safe"
        assert ana.says(later)[0].text == crisis_text("GB")


def test_a_message_at_risk_after_a_no_gets_the_direct_question_again(ana: Person) -> None:
    said_no(ana)
    replies = ana.says(EVERY_NIGHT)  # concern, no yes or unsure in it
    assert [r.text for r in replies] == [crisis_text("GB"), ASK_URGENT_EN]
    assert [r.text for r in ana.says("no")] == [BACK_GB]


def test_after_a_no_to_the_band_question_a_message_at_risk_gets_it_again(ana: Person) -> None:
    assert [r.text for r in ana.says(ASK_BAND)] == [ASK_BAND_EN]
    assert [r.text for r in ana.says("no")] == [BACK_GB]
    replies = ana.says(EVERY_NIGHT)
    assert [r.text for r in replies] == [ASK_BAND_EN]
    assert replies[0].choices[0].value.startswith("safety:band|")


@pytest.mark.parametrize("message", ["maybe a run later?", "sometimes my knee hurts", "lol"])
def test_after_a_no_everyday_words_take_nothing_back(ana: Person, message: str) -> None:
    said_no(ana)
    assert crisis_text("GB") not in text_of(ana.says(message))


def test_a_no_is_taken_back_only_within_the_hour(ana: Person) -> None:
    said_no(ana)
    ana.at += timedelta(minutes=61)
    assert crisis_text("GB") not in text_of(ana.says("actually yes"))


def test_a_yes_after_a_no_answers_an_open_coaching_question_not_the_safety_one(
    ana: Person,
) -> None:
    """"/delete" then "yes" within the hour of a "no": the confirmation's, not a taking
    back (and never a deletion swallowed by the safety flow)."""
    said_no(ana)
    ana.says("/delete")
    replies = ana.says("yes")
    assert [r.text for r in replies] == [texts.DELETED]
