"""First contact: consent before anything is stored, then settings that can be skipped."""

from __future__ import annotations

from datetime import time

import pytest
from sqlalchemy import Engine, func, select

from adapters.storage.models import PersonRow
from bot.bootstrap import Wiring
from core.coach import texts
from core.messages import Platform
from tests.coach.talk import Person, onboard, text_of


def _person(wiring: Wiring, user: str = "ana"):  # type: ignore[no-untyped-def]
    with wiring.store.transaction() as tx:
        return tx.find_person(Platform.CONSOLE, user)


def _people(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(PersonRow)).scalar_one()


def test_first_contact_explains_and_asks_consent_storing_nothing(
    ana: Person, engine: Engine
) -> None:
    replies = ana.says("hello")
    assert replies[0].text == texts.INTRO
    assert replies[1].text == texts.CONSENT_QUESTION
    assert [c.label for c in replies[1].choices] == ["Yes", "No"]
    assert "not a clinician" in replies[0].text
    assert _people(engine) == 0


def test_declining_consent_stores_nothing(ana: Person, engine: Engine) -> None:
    ana.says("/start")
    assert text_of(ana.taps("No")) == texts.CONSENT_DECLINED
    assert ana.says("6 7 5 8")[1].text == texts.CONSENT_QUESTION  # a check-in is not stored either
    assert _people(engine) == 0


@pytest.mark.parametrize("typed", ["Yes, delete everything", "yes delete it", "yes, replace it"])
def test_a_yes_that_answers_another_question_is_not_consent(
    ana: Person, engine: Engine, typed: str
) -> None:
    """A newcomer typed "Yes, delete everything" twice: the second, after the deletion,
    was stored as consent to keep health data."""
    ana.says("/delete")  # not a person: the intro and the consent question
    replies = ana.says(typed)
    assert texts.CONSENT_GIVEN not in text_of(replies)
    assert replies[-1].text == texts.CONSENT_QUESTION  # asked again, still open
    assert _people(engine) == 0
    assert ana.says("yes")[0].text == texts.CONSENT_GIVEN  # the plain answer still counts


def test_onboarding_skipping_everything_gives_defaults(ana: Person, wiring: Wiring) -> None:
    replies = onboard(ana)
    assert text_of(replies) == texts.ONBOARDING_DONE
    person = _person(wiring)
    assert person is not None
    assert (person.timezone, person.country, person.programme) == ("UTC", None, "starter")
    assert (person.wake, person.bed) == (time(7), time(23))
    assert person.programme_start is not None


def test_onboarding_with_every_answer(ana: Person, wiring: Wiring) -> None:
    replies = onboard(
        ana, "Europe/Bucharest", "Romania", "athlete", "6:30am", "22:30", "08:30-17:30", "160 lb"
    )
    assert text_of(replies) == texts.ONBOARDING_DONE
    person = _person(wiring)
    assert person is not None
    assert (person.timezone, person.country, person.programme) == (
        "Europe/Bucharest",
        "RO",
        "athlete",
    )
    assert (person.wake, person.bed) == (time(6, 30), time(22, 30))
    assert (person.work_start, person.work_end) == (time(8, 30), time(17, 30))
    assert person.body_mass_kg == 72.6


def test_a_country_with_one_zone_answers_zone_and_country(ana: Person, wiring: Wiring) -> None:
    ana.says("/start")
    ana.taps("Yes")
    replies = ana.says("Ireland")
    assert replies[0].text == texts.ONBOARDING_QUESTIONS["programme"]  # country question skipped
    person = _person(wiring)
    assert person is not None
    assert (person.timezone, person.country) == ("Europe/Dublin", "IE")


def test_a_time_zone_that_does_not_exist_is_asked_again(ana: Person, wiring: Wiring) -> None:
    ana.says("/start")
    ana.taps("Yes")
    replies = ana.says("Mars/Olympus_Mons")
    assert "I don't know the time zone" in replies[0].text
    assert "Europe/London" in replies[0].text
    assert replies[1].text == texts.ONBOARDING_QUESTIONS["timezone"]
    replies = ana.says("america/new_york")
    assert replies[0].text == texts.ONBOARDING_QUESTIONS["country"]
    person = _person(wiring)
    assert person is not None and person.timezone == "America/New_York"


def test_set_changes_a_setting_later_and_refuses_nonsense(ana: Person, wiring: Wiring) -> None:
    onboard(ana)
    assert "Saved." in text_of(ana.says("/set timezone Europe/London"))
    assert "Saved." in text_of(ana.says("/set work 10:00-18:00"))
    assert "work hours" in text_of(ana.says("/set work 08:00-08:00")).lower()
    assert "Usage" in text_of(ana.says("/set colour blue"))
    person = _person(wiring)
    assert person is not None
    assert (person.timezone, person.work_start) == ("Europe/London", time(10))


def test_a_double_tapped_skip_does_not_skip_the_next_question(ana: Person, wiring: Wiring) -> None:
    ana.says("/start")
    ana.taps("Yes")
    timezone = ana.asked
    ana.taps("Skip")
    replies = ana.taps("Skip", on=timezone)  # the same button again, e.g. from a second device
    assert replies[0].text == texts.STALE_BUTTON
    assert replies[1].text == texts.ONBOARDING_QUESTIONS["country"]  # still the open question
    replies = ana.taps("Skip")
    assert replies[0].text == texts.ONBOARDING_QUESTIONS["programme"]
    assert [c.label for c in replies[0].choices] == ["starter", "athlete", "rhythm", "Skip"]
    assert ana.taps("rhythm")[0].text == texts.ONBOARDING_QUESTIONS["wake"]
    person = _person(wiring)
    assert person is not None and person.programme == "rhythm"


def test_set_work_hours_across_midnight_is_an_overnight_shift(ana: Person, wiring: Wiring) -> None:
    onboard(ana)
    said = text_of(ana.says("/set work 17-9"))
    assert said.startswith("Saved.") and "work 17:00-09:00 (overnight)" in said
    person = _person(wiring)
    assert person is not None and (person.work_start, person.work_end) == (time(17), time(9))
