"""The weekly integration check-in through the real Coach: heard, stored, and it holds load."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot import bootstrap
from core.checkin_fields import Field
from core.coach import texts
from core.coach.prompts import REVIEW_NOTHING, REVIEW_WHICH, review_heard
from core.messages import Platform
from core.safety import translations
from core.safety.texts import checkin_escalation_text, review_escalation_text
from core.weekly_review import Signal, hold_sentence
from tests.coach.talk import Person, onboard, text_of
from tests.coach.test_teams import GROUP, create_team, join, person

SUNDAY = datetime(2026, 3, 8, 18, 0, tzinfo=UTC)  # reviews the week of Monday 2 March
WEEK_1 = date(2026, 3, 2)
SWITCH_AND_DREAD = frozenset({Signal.CANT_SWITCH_OFF, Signal.TRAINING_DREAD})


def _person_id(
    wiring: bootstrap.Wiring, user: str = "ana", platform: Platform = Platform.CONSOLE
) -> int:
    with wiring.store.transaction() as tx:
        person = tx.find_person(platform, user)
        assert person is not None
        return person.id


def _reviews(wiring: bootstrap.Wiring) -> list[tuple[date, frozenset[str]]]:
    with wiring.store.transaction() as tx:
        return tx.weekly_reviews(_person_id(wiring), date(2026, 1, 1))


def _prompted(wiring: bootstrap.Wiring, ana: Person, at: datetime) -> None:
    ana.at = at
    [push] = wiring.coach.prompt(_person_id(wiring), "weekly_review", at)
    assert "What is my system doing under load?" in push.reply.text


def test_signals_are_heard_stored_without_the_text_and_hold_the_next_seven_days(
    wiring: bootstrap.Wiring, ana: Person
) -> None:
    onboard(ana)
    _prompted(wiring, ana, SUNDAY)
    said = ana.says("Honestly I can't switch off and I'm dreading training. No injuries.")
    assert text_of(said) == review_heard(SWITCH_AND_DREAD)
    assert _reviews(wiring) == [(WEEK_1, frozenset({"cant_switch_off", "training_dread"}))]
    with wiring.store.transaction() as tx:
        exported = str(tx.export(_person_id(wiring)))
    assert "dreading training. No injuries" not in exported  # never the text
    ana.at = datetime(2026, 3, 11, 8, 0, tzinfo=UTC)  # Wednesday
    assert hold_sentence(SWITCH_AND_DREAD) in text_of(ana.says("/today"))
    ana.at = datetime(2026, 3, 15, 8, 0, tzinfo=UTC)  # next Sunday: the 7th day after
    assert hold_sentence(SWITCH_AND_DREAD) in text_of(ana.says("/today"))
    ana.at = datetime(2026, 3, 16, 8, 0, tzinfo=UTC)  # 8 days after: the hold has passed
    assert "weekly check-in" not in text_of(ana.says("/today"))


def test_the_checkin_answer_sees_the_hold(wiring: bootstrap.Wiring, ana: Person) -> None:
    onboard(ana)
    _prompted(wiring, ana, SUNDAY)
    ana.says("feeling numb and snappy")
    ana.at = datetime(2026, 3, 9, 7, 30, tzinfo=UTC)
    said = text_of(ana.says("6 5 6 6"))
    assert "Check-in saved for Monday 9 March." in said
    assert hold_sentence({Signal.BLUNTING, Signal.AGGRESSION}) in said


def test_nothing_on_the_list_is_stored_as_none_and_lifts_last_weeks_hold(
    wiring: bootstrap.Wiring, ana: Person
) -> None:
    onboard(ana)
    _prompted(wiring, ana, SUNDAY)
    ana.says("appetite has gone")
    _prompted(wiring, ana, datetime(2026, 3, 15, 18, 0, tzinfo=UTC))
    assert text_of(ana.says("no injuries this week, not dreading training")) == REVIEW_NOTHING
    assert _reviews(wiring) == [(WEEK_1, frozenset({"appetite_loss"})),
                                (date(2026, 3, 9), frozenset())]
    assert "weekly check-in" not in text_of(ana.says("/today"))


def test_a_bare_yes_is_asked_which_and_a_late_answer_reviews_last_week(
    wiring: bootstrap.Wiring, ana: Person
) -> None:
    onboard(ana)
    _prompted(wiring, ana, SUNDAY)
    ana.at = datetime(2026, 3, 9, 7, 0, tzinfo=UTC)  # Monday morning
    assert text_of(ana.says("yes")) == REVIEW_WHICH
    assert text_of(ana.says("overthinking everything")) == review_heard(
        frozenset({Signal.RUMINATION}))
    assert _reviews(wiring) == [(WEEK_1, frozenset({"rumination"}))]


def test_a_checkin_or_a_question_after_the_prompt_routes_normally(
    wiring: bootstrap.Wiring, ana: Person
) -> None:
    onboard(ana)
    _prompted(wiring, ana, SUNDAY)
    assert ana.says("6 7 5 8")[0].text == "Check-in saved for Sunday 8 March."
    assert _reviews(wiring) == []
    _prompted(wiring, ana, SUNDAY)
    said = text_of(ana.says("what's my session today?"))
    assert "Rest day" in said and REVIEW_NOTHING not in said  # Sunday's session
    assert _reviews(wiring) == []


def test_three_signals_two_weeks_running_escalate_with_the_plan_as_an_adjunct(
    wiring: bootstrap.Wiring, ana: Person
) -> None:
    onboard(ana)
    three = "can't switch off, mind racing, dreading the gym"
    _prompted(wiring, ana, SUNDAY)
    first = ana.says(three)
    assert review_escalation_text(None) not in text_of(first)  # one hard week: hold only
    _prompted(wiring, ana, datetime(2026, 3, 15, 18, 0, tzinfo=UTC))
    second = ana.says(three)
    assert second[0].text == review_escalation_text(None)
    assert review_heard(frozenset({Signal.CANT_SWITCH_OFF, Signal.RUMINATION,
                                   Signal.TRAINING_DREAD})) == second[1].text
    ana.at = datetime(2026, 3, 17, 8, 0, tzinfo=UTC)
    today = ana.says("/today")
    assert today[0].text == review_escalation_text(None)
    assert today[0].text != checkin_escalation_text(None)
    assert "only as an add-on, alongside clinical support" in today[1].text
    ana.at = datetime(2026, 3, 24, 8, 0, tzinfo=UTC)  # 9 days after: no longer
    assert review_escalation_text(None) not in text_of(ana.says("/today"))


def test_the_checkin_question_still_comes_first_in_the_morning(
    wiring: bootstrap.Wiring, ana: Person
) -> None:
    onboard(ana)
    _prompted(wiring, ana, SUNDAY)
    ana.says("none")
    replies = wiring.coach.prompt(_person_id(wiring), "morning_checkin",
                                  datetime(2026, 3, 9, 7, 30, tzinfo=UTC))
    assert replies[0].reply.text.startswith(texts.QUESTIONS[Field.SLEEP])


def test_the_team_digest_sees_the_hold_as_amber_and_never_the_signals(
    wiring: bootstrap.Wiring,
) -> None:
    code = create_team(person(wiring, "cora"))
    fay, gus = person(wiring, "fay"), person(wiring, "gus")
    for who in (fay, gus):
        onboard(who)
        join(who, code, scores=False, safety=False)
    fay.at = datetime(2026, 3, 1, 18, 0, tzinfo=UTC)  # Sunday
    wiring.coach.prompt(_person_id(wiring, "fay", Platform.TELEGRAM), "weekly_review", fay.at)
    fay.says("dreading training, not eating much")
    for who in (fay, gus):
        who.at = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
        who.says("8 3 8 8")
    with wiring.store.transaction() as tx:
        team = tx.team_by_channel(Platform.TELEGRAM, GROUP)
        assert team is not None
    pushes = wiring.coach.team_digest(team.id, datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    [channel] = [p for p in pushes if p.chat_id == GROUP]
    lines = channel.reply.text.splitlines()
    assert "\U0001f7e0 Fay: amber" in lines
    assert "\U0001f7e2 Gus: green" in lines
    assert "appetite" not in channel.reply.text and "dread" not in channel.reply.text


def test_the_review_escalation_goes_out_in_the_persons_language(
    wiring: bootstrap.Wiring, ana: Person, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translations, "CONCERN_REVIEWED", frozenset({"es"}))
    onboard(ana)
    ana.says("/set language es")
    three = "can't switch off, mind racing, dreading the gym"
    _prompted(wiring, ana, SUNDAY)
    ana.says(three)
    _prompted(wiring, ana, datetime(2026, 3, 15, 18, 0, tzinfo=UTC))
    second = ana.says(three)
    assert second[0].text == review_escalation_text(None, "es")
    assert second[0].text.startswith("En dos check-ins semanales seguidos")
    assert "findahelpline.com" in second[0].text  # no country: the fallback, in Spanish
    ana.at = datetime(2026, 3, 17, 8, 0, tzinfo=UTC)
    assert ana.says("/today")[0].text == review_escalation_text(None, "es")
