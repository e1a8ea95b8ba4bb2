"""Danger from another person or a child harmed, end to end through Coach.handle: the crisis
text word for word (emergency number first), then the country's domestic-abuse and child
lines in the same message; a suicide message never gets them (docs/safety.md, "Helplines").
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot import bootstrap
from core.safety.helplines import helpline_for
from core.safety.texts import crisis_text
from tests.coach.safety_golden import (
    ABUSE_DE,
    ABUSE_FALLBACK,
    ABUSE_GB,
    ABUSE_US,
    ASK_URGENT_EN,
    CONCERN_ABUSE_GB,
    CRISIS_GB,
    SAFE_NOW_EN,
)
from tests.coach.talk import Person, onboard, text_of

START = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
HIT_NOW = "my dad is hitting me right now"


@pytest.fixture
def wiring(rules_only_wiring: bootstrap.Wiring) -> bootstrap.Wiring:
    return rules_only_wiring  # the rules, no classifier


def person(wiring: bootstrap.Wiring, name: str, *answers: str) -> Person:
    someone = Person(wiring.coach, name, START)
    onboard(someone, *answers)
    return someone


@pytest.mark.parametrize(("answers", "golden"), [
    (("Europe/London", "GB"), ABUSE_GB),
    (("America/New_York", "US"), ABUSE_US),
    ((), ABUSE_FALLBACK),  # UTC, no country: the crisis text alone
], ids=["GB", "US", "fallback"])
def test_urgent_abuse_gets_the_crisis_text_then_the_specialist_lines(
    wiring: bootstrap.Wiring, answers: tuple[str, ...], golden: str
) -> None:
    replies = person(wiring, "ana", *answers).says(HIT_NOW)
    assert [r.text for r in replies] == [golden, SAFE_NOW_EN]  # never "ending your life?"
    assert replies[0].choices == ()
    assert [c.label for c in replies[1].choices] == ["Yes, I'm safe", "No, or not sure"]


def test_urgent_abuse_in_german_with_the_german_lines(wiring: bootstrap.Wiring) -> None:
    ana = person(wiring, "ana", "Europe/Berlin", "DE")
    assert "language de" in text_of(ana.says("/set language Deutsch"))
    assert [r.text for r in ana.says(HIT_NOW)] == [ABUSE_DE, "Bist du gerade in Sicherheit?"]


def test_the_crisis_text_comes_first_unchanged(wiring: bootstrap.Wiring) -> None:
    text = person(wiring, "ana", "Europe/London", "GB").says(HIT_NOW)[0].text
    assert text.startswith(CRISIS_GB) and text.startswith(crisis_text("GB"))
    assert text.index("999") < text.index("0808 2000 247") < text.index("0800 1111")


def test_a_suicide_message_does_not_get_the_abuse_lines(wiring: bootstrap.Wiring) -> None:
    ana = person(wiring, "ana", "Europe/London", "GB")
    replies = ana.says("I want to kill myself")
    assert [r.text for r in replies] == [crisis_text("GB"), ASK_URGENT_EN]
    gb = helpline_for("GB")
    assert gb.abuse is not None and gb.child is not None
    for reply in replies:
        assert gb.abuse.number not in reply.text and gb.child.number not in reply.text


def test_concern_level_abuse_gets_the_domestic_abuse_line(wiring: bootstrap.Wiring) -> None:
    ana = person(wiring, "ana", "Europe/London", "GB")
    replies = ana.says("my partner hits me sometimes")
    assert replies[0].text == CONCERN_ABUSE_GB
    assert "0800 1111" not in text_of(replies)  # the child line only with urgent danger
