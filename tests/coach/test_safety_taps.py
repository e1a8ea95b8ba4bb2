"""Taps on the coach's own questions within the hour of a crisis question (docs/safety.md,
"The flow").

Every button is bound to the question it answers (its prefix and token): a tap on /join's
sharing choices, /set's cities, a sign-up or check-in step, or the consent question names
its question, so it is never an answer to the safety question, and it goes through to its
own. A question a command asked is answered like that command, after the crisis text; a
check-in or sign-up step under the reminder alone, as typed answers are. A stale or forged
tap is still refused, and the person is told so under the crisis text.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot import bootstrap
from core.checkin_fields import Field
from core.coach import team_texts, texts
from core.coach.account import describe_settings
from core.safety.texts import crisis_text
from core.teams import Role
from tests.coach.safety_golden import (
    ABUSE_GB,
    ASK_URGENT_EN,
    CRISIS_GB,
    LIFE_AGAIN_EN,
    SAFE_AGAIN_EN,
    SAFE_NOW_EN,
    SAFETY_PLAN_GB,
)
from tests.coach.talk import Person, onboard, texts_of
from tests.coach.test_teams import create_team, membership

START = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
URGENT = "I want to kill myself"
ABUSE = "my partner hits me when he drinks"  # scripted: danger from someone else
TEAM = "Morning Rowers"


@pytest.fixture
def wiring(rules_only_wiring: bootstrap.Wiring) -> bootstrap.Wiring:
    return rules_only_wiring  # the scripted screen (tests/coach/conftest.py)


@pytest.fixture
def code(wiring: bootstrap.Wiring) -> str:
    return create_team(Person(wiring.coach, "cora", START), TEAM)


@pytest.fixture
def ana(wiring: bootstrap.Wiring) -> Person:
    person = Person(wiring.coach, "ana", START)
    onboard(person, "Europe/London", "GB")
    return person


def joined(code: str, *, scores: bool, safety: bool) -> str:
    return team_texts.JOINED.format(
        name=TEAM, code=code, scores=team_texts.SEES_SCORES if scores else team_texts.SEES_STATUS,
        safety=team_texts.SAFETY_SHARED if safety else team_texts.SAFETY_PRIVATE)


def settings_of(wiring: bootstrap.Wiring, who: Person) -> str:
    with wiring.store.transaction() as tx:
        found = tx.find_person(who.platform, who.user)
        assert found is not None
        return describe_settings(found)


# -- /join's sharing choices ------------------------------------------------------------------


def test_join_asked_before_the_crisis_goes_on_after_the_crisis_text(
    wiring: bootstrap.Wiring, ana: Person, code: str
) -> None:
    [scores_question] = ana.says(f"/join {code}")
    assert texts_of(ana.says(URGENT)) == [CRISIS_GB, ASK_URGENT_EN]
    tapped = ana.taps("Full scores too", on=scores_question)
    assert texts_of(tapped) == [CRISIS_GB, LIFE_AGAIN_EN,
                                team_texts.SAFETY_QUESTION.format(name=TEAM)]
    assert texts_of(ana.taps("Yes", on=tapped[-1])) == [
        CRISIS_GB, LIFE_AGAIN_EN, joined(code, scores=True, safety=True)]
    assert membership(wiring, ana, code) == (Role.MEMBER, True, True)
    assert texts_of(ana.says("yes")) == [CRISIS_GB, SAFETY_PLAN_GB, SAFE_NOW_EN]  # still open


def test_join_tapped_under_are_you_safe_is_never_i_am_safe(
    wiring: bootstrap.Wiring, ana: Person, code: str
) -> None:
    ana.says(URGENT)
    ana.says("yes")  # the plan, then "Are you safe right now?"
    [scores_question] = texts_of(ana.says(f"/join {code}"))[-1:]
    assert scores_question == team_texts.SCORES_QUESTION.format(name=TEAM)
    tapped = ana.taps("Readiness status only")
    assert texts_of(tapped) == [CRISIS_GB, SAFE_AGAIN_EN,
                                team_texts.SAFETY_QUESTION.format(name=TEAM)]
    assert texts_of(ana.taps("Yes", on=tapped[-1])) == [  # the team's "Yes", not "I'm safe"
        CRISIS_GB, SAFE_AGAIN_EN, joined(code, scores=False, safety=True)]
    assert membership(wiring, ana, code) == (Role.MEMBER, False, True)


def test_after_danger_from_someone_else_the_lines_stay_in_front(
    wiring: bootstrap.Wiring, ana: Person, code: str
) -> None:
    assert texts_of(ana.says(ABUSE)) == [ABUSE_GB, SAFE_NOW_EN]
    ana.says(f"/join {code}")
    tapped = ana.taps("Full scores too")
    assert texts_of(tapped) == [ABUSE_GB, SAFE_AGAIN_EN,
                                team_texts.SAFETY_QUESTION.format(name=TEAM)]
    assert texts_of(ana.taps("No", on=tapped[-1])) == [
        ABUSE_GB, SAFE_AGAIN_EN, joined(code, scores=True, safety=False)]
    assert membership(wiring, ana, code) == (Role.MEMBER, True, False)


# -- /set's cities ----------------------------------------------------------------------------


def test_a_city_tapped_after_set_timezone_is_saved_after_the_crisis_text(
    wiring: bootstrap.Wiring, ana: Person
) -> None:
    ana.says(URGENT)
    which = ana.says("/set timezone US")
    assert texts_of(which)[:2] == [CRISIS_GB, LIFE_AGAIN_EN]
    assert texts_of(ana.taps("New York", on=which[-1])) == [
        CRISIS_GB, LIFE_AGAIN_EN, f"Saved. {settings_of(wiring, ana)}"]
    assert "America/New_York" in settings_of(wiring, ana)


# -- sign-up: consent and its steps -----------------------------------------------------------


def test_consent_tapped_under_the_crisis_question_signs_up(wiring: bootstrap.Wiring) -> None:
    bo = Person(wiring.coach, "bo", START)
    consent = bo.says("/start")[-1]
    assert texts_of(bo.says(URGENT)) == [crisis_text(None), ASK_URGENT_EN]
    assert texts_of(bo.taps("Yes", on=consent)) == [
        LIFE_AGAIN_EN, texts.CONSENT_GIVEN, texts.ONBOARDING_QUESTIONS["timezone"]]
    assert texts_of(bo.taps("Skip")) == [LIFE_AGAIN_EN, texts.ONBOARDING_QUESTIONS["country"]]


# -- the check-in -----------------------------------------------------------------------------


def test_checkin_taps_under_way_go_on_and_the_last_one_is_saved_and_said(
    wiring: bootstrap.Wiring, ana: Person
) -> None:
    sleep = ana.says("/checkin")[-1]
    ana.says(URGENT)
    assert texts_of(ana.taps("6", on=sleep)) == [LIFE_AGAIN_EN, texts.QUESTIONS[Field.AROUSAL]]
    ana.taps("4")
    ana.taps("7")
    saved = texts_of(ana.taps("5"))  # the fourth: saved and said, the safety question last
    assert saved[0] == texts.SAVED.format(day="Monday 2 March")
    assert saved[-1] == LIFE_AGAIN_EN
    with wiring.store.transaction() as tx:
        found = tx.find_person(ana.platform, ana.user)
        assert found is not None
        [entry] = tx.history(found.id, START.date(), START.date())
    assert (entry.checkin.sleep, entry.checkin.arousal, entry.checkin.recovery,
            entry.checkin.mood) == (6, 4, 7, 5)


# -- refused as ever, and said so -------------------------------------------------------------


def test_an_older_questions_tap_is_refused_with_a_word(
    wiring: bootstrap.Wiring, ana: Person, code: str
) -> None:
    [scores_question] = ana.says(f"/join {code}")
    ana.says(URGENT)
    tapped = ana.taps("Full scores too", on=scores_question)
    ana.taps("No", on=tapped[-1])  # joined: the sharing question is answered
    assert texts_of(ana.taps("Readiness status only", on=scores_question)) == [
        CRISIS_GB, texts.STALE_BUTTON, LIFE_AGAIN_EN]
    assert membership(wiring, ana, code) == (Role.MEMBER, True, False)  # unchanged


def test_a_forged_tap_is_refused_with_a_word(
    wiring: bootstrap.Wiring, ana: Person, code: str
) -> None:
    [scores_question] = ana.says(f"/join {code}")
    ana.says(URGENT)
    value = scores_question.choices[1].value
    forged = value.replace(value.split("|")[1], "zzzzzzzz")
    assert texts_of(ana.presses(forged)) == [CRISIS_GB, texts.STALE_BUTTON, LIFE_AGAIN_EN]
    assert membership(wiring, ana, code) is None


def test_after_the_hour_a_tap_goes_on_under_the_reminder_alone(
    wiring: bootstrap.Wiring, ana: Person, code: str
) -> None:
    ana.says(URGENT)
    ana.at += timedelta(hours=1, minutes=1)
    scores_question = ana.says(f"/join {code}")
    assert texts_of(scores_question) == [LIFE_AGAIN_EN,
                                         team_texts.SCORES_QUESTION.format(name=TEAM)]
    assert texts_of(ana.taps("Full scores too", on=scores_question[-1])) == [
        LIFE_AGAIN_EN, team_texts.SAFETY_QUESTION.format(name=TEAM)]
