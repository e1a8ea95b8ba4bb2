"""Danger from another person or a child harmed, after the first reply, through Coach.handle
(docs/safety.md, "The flow"; attack 7, flow problem 3 and the ask band's abuse misses):
never "Are you thinking about ending your life?", and "Are you safe right now?" keeps the
crisis text with the abuse and child lines in front until "Yes, I'm safe"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from adapters.storage.models import Base
from bot import bootstrap
from core.coach import texts
from core.safety import flow_texts, translations
from core.safety.helplines import helpline_for
from core.safety.translations import wording_for
from tests.cli.process import turns_here
from tests.coach.safety_golden import (
    ABUSE_GB,
    ASK_BAND_EN,
    ASK_URGENT_EN,
    DANGER_PLAN_GB,
    SAFE_AGAIN_EN,
    SAFE_BACK_EN,
    SAFE_NOW_EN,
    SAFETY_PLAN_GB,
)
from tests.coach.safety_script import DANGER_BAND
from tests.coach.talk import Person, onboard, text_of, texts_of
from tests.core.safety.danger_plan_golden import DANGER_PLAN_BY_LANGUAGE

START = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
KNIFE = "my dad is hitting me right now"
CHILD = "my mum's boyfriend hits my little brother when she's at work"


@pytest.fixture
def wiring(rules_only_wiring: bootstrap.Wiring) -> bootstrap.Wiring:
    return rules_only_wiring  # the rules, no classifier


@pytest.fixture
def ana(wiring: bootstrap.Wiring) -> Person:
    person = Person(wiring.coach, "ana", START)
    onboard(person, "Europe/London", "GB")
    return person


def events(wiring: bootstrap.Wiring) -> list[tuple[str, str | None]]:
    with wiring.engine.connect() as connection:
        rows = connection.execute(select(Base.metadata.tables["safety_events"])).mappings()
        return [(r["level"], r["category"]) for r in rows]


@pytest.mark.parametrize("message", [KNIFE, CHILD])
def test_urgent_danger_asks_are_you_safe_with_its_own_buttons(ana: Person, message: str) -> None:
    replies = ana.says(message)
    assert texts_of(replies) == [ABUSE_GB, SAFE_NOW_EN]
    assert [c.label for c in replies[1].choices] == ["Yes, I'm safe", "No, or not sure"]
    yes, no = (c.value for c in replies[1].choices)
    assert yes.startswith("safety:danger|") and no == yes.removesuffix("|yes") + "|no"
    assert ASK_URGENT_EN not in text_of(replies)


@pytest.mark.parametrize("after", ["what's today's session?", "lol jk", "ok", "thanks"])
def test_after_urgent_danger_the_next_message_gets_the_lines_and_the_check_again(
    ana: Person, after: str
) -> None:
    """Attack 7, C13, C29, C30: "what's today's session?" and "lol jk" after the abuse
    reply went straight back to coaching."""
    ana.says(KNIFE)
    ana.at += timedelta(minutes=5)
    replies = ana.says(after)
    assert texts_of(replies) == [ABUSE_GB, SAFE_AGAIN_EN]
    assert replies[1].choices[0].value.startswith("safety:danger|")
    assert "After the session" not in text_of(replies)


@pytest.mark.parametrize("unsafe", ["no", "not sure", "tap"])
def test_not_safe_gets_the_lines_the_plan_for_that_danger_and_the_check_again(
    ana: Person, wiring: bootstrap.Wiring, unsafe: str
) -> None:
    """Never the suicide safety plan (its steps are about means of self-harm): the plan for
    danger from someone else (a room to leave, a code word, a place to go)."""
    asked = ana.says(KNIFE)
    replies = ana.taps("No, or not sure") if unsafe == "tap" else ana.says(unsafe)
    assert texts_of(replies) == [ABUSE_GB, DANGER_PLAN_GB, SAFE_NOW_EN]
    assert replies[2].choices[0].value != asked[1].choices[0].value  # a new question
    assert events(wiring) == [("urgent", "abuse_safeguarding")] * 2


@pytest.mark.parametrize("safe", ["tap", "yes", "I'm safe"])
def test_yes_im_safe_goes_back_to_coaching(ana: Person, safe: str) -> None:
    ana.says(KNIFE)
    ana.says("what's today's session?")  # held back
    replies = ana.taps("Yes, I'm safe") if safe == "tap" else ana.says(safe)
    assert texts_of(replies) == [SAFE_BACK_EN]
    assert "After the session" in text_of(ana.says("what's today's session?"))


def test_a_stale_not_safe_is_never_refused(ana: Person) -> None:
    asked = ana.says(KNIFE)[1]
    ana.taps("Yes, I'm safe")
    replies = ana.taps("No, or not sure", on=asked)
    assert texts_of(replies) == [ABUSE_GB, DANGER_PLAN_GB, SAFE_NOW_EN]


def test_hours_later_the_check_comes_before_the_session(ana: Person) -> None:
    ana.says(KNIFE)
    ana.at += timedelta(hours=3)
    replies = ana.says("what's today's session?")
    assert replies[0].text == SAFE_AGAIN_EN and ABUSE_GB not in texts_of(replies)
    assert "After the session" in text_of(replies)


def test_in_german_the_check_and_the_lines_stay_german(wiring: bootstrap.Wiring) -> None:
    bea = Person(wiring.coach, "bea", START)
    onboard(bea, "Europe/Berlin", "DE")
    bea.says("/set language Deutsch")
    german = translations.TRANSLATIONS["de"]
    abuse_de = flow_texts.crisis_abuse(helpline_for("DE"), german)
    assert texts_of(bea.says(KNIFE)) == [abuse_de, "Bist du gerade in Sicherheit?"]
    assert texts_of(bea.says("lol jk")) == [abuse_de, flow_texts.again(german, safe_check=True)]
    plan_de = DANGER_PLAN_BY_LANGUAGE["de"][1]  # word for word, with Germany's 112
    assert texts_of(bea.says("nein")) == [abuse_de, plan_de, "Bist du gerade in Sicherheit?"]


@pytest.mark.parametrize(("message", "language"), [
    (DANGER_BAND, "pl"), ("my partner hits me when he drinks", "en"),
])
def test_the_ask_band_about_danger_from_someone_else_never_asks_about_ending_ones_life(
    ana: Person, wiring: bootstrap.Wiring, message: str, language: str
) -> None:
    """Attack 7: "mąż mnie teraz bije, zamknęłam się w łazience" and "ik ben 13 en mijn
    trainer raakt me aan" (the band, the category abuse) got only "Are you thinking about
    ending your life?", no helpline."""
    replies = ana.says(message)
    words = wording_for(language)
    assert texts_of(replies) == [flow_texts.crisis_abuse(helpline_for("GB"), words),
                                 words.q_safe]
    assert ASK_BAND_EN not in text_of(replies) and words.q_life not in text_of(replies)
    assert replies[1].choices[0].value.startswith("safety:danger|")
    assert events(wiring) == [("concern", "abuse_safeguarding")]


def test_a_suicide_message_after_danger_gets_the_life_question_with_the_lines_kept(
    ana: Person,
) -> None:
    """The danger is still open: the abuse and child lines stay with the crisis text, and
    the direct question is the one beside harm by someone else (a ninth attacker's "yes
    i'm safe in here, the door is locked" lost the lines to the life question)."""
    ana.says(KNIFE)
    replies = ana.says("I want to kill myself")
    assert texts_of(replies) == [ABUSE_GB, ASK_URGENT_EN]
    assert replies[1].choices[0].value.startswith("safety:harm|")


@pytest.mark.slow
def test_on_the_console_the_session_waits_for_yes_im_safe(
    database_url: str, tmp_path: Path
) -> None:
    """Attack 7, C30, typed as the tester did (the trained screen, the console)."""
    if not database_url.startswith("sqlite"):
        pytest.skip("the console is the single-process SQLite set-up")
    lines = ["/start", "yes", "skip", "GB", "starter", *["skip"] * 4, CHILD,
             "what's today's session?", "Yes, I'm safe", "what's today's session?"]
    said = turns_here(database_url, tmp_path, lines, "--user", "cy", "--at", "2026-03-02T07:30")
    child, held, safe, session = said[-4:]
    assert "0800 1111" in child and SAFE_NOW_EN in child
    assert "0800 1111" in held and SAFE_AGAIN_EN in held and "After the session" not in held
    assert SAFE_BACK_EN.splitlines()[0] in safe
    assert "After the session" in session


def test_a_yes_to_consent_under_the_safety_check_is_never_im_safe(
    wiring: bootstrap.Wiring,
) -> None:
    """An eighth attacker: before sign-up, "my dad is hitting me right now im 13", then
    /start (the safety check again, then the consent question), then "yes": the coach said
    "I'm glad you're safe" and the consent was not recorded. The "yes" is the consent's."""
    kid = Person(wiring.coach, "kid", START)
    kid.says("my dad is hitting me right now im 13")
    kid.says("/start")
    replies = kid.says("yes")
    assert SAFE_BACK_EN not in texts_of(replies)
    assert any(r.choices and r.choices[0].value.startswith("safety:danger|") for r in replies)
    assert "time zone" in text_of(replies).lower()  # consent taken: sign-up goes on


def test_a_yes_to_the_delete_question_under_the_safety_check_is_never_im_safe(
    ana: Person,
) -> None:
    ana.says("my partner just threw me against the wall and he's still here")
    ana.says("/delete")
    replies = ana.says("yes")
    assert SAFE_BACK_EN not in texts_of(replies)
    assert texts.DELETED in texts_of(replies)  # the delete confirmation took it


def test_harm_by_someone_beside_a_wish_to_die_gets_the_lines_and_a_no_never_clears_it(
    wiring: bootstrap.Wiring,
) -> None:
    """An eighth attacker: "my husband beats me and honestly i just want to die" got the
    crisis text without the abuse lines, and "no" went back to training."""
    ana = Person(wiring.coach, "ana", START)
    onboard(ana, "Europe/London", "GB")
    replies = ana.says("my husband beats me and honestly i just want to die")
    assert texts_of(replies) == [ABUSE_GB, ASK_URGENT_EN]
    after_no = ana.says("no")
    assert texts_of(after_no)[0] == ABUSE_GB and len(after_no) == 2  # the lines stay
    assert after_no[1].text.endswith(SAFE_NOW_EN)  # the gentler follow-up: "Are you safe?"
    assert after_no[1].choices[0].value.startswith("safety:danger|")
    assert "After the session" not in text_of(ana.says("what's today's session?"))


@pytest.mark.parametrize("unsafe", ["no", "tap"])
def test_after_harm_and_a_wish_to_die_not_safe_gets_the_plan_for_that_danger(
    ana: Person, unsafe: str
) -> None:
    """The eighth attacker's case, one step on: after "no" to the direct question, "No, or
    not sure" to "Are you safe right now?" got the suicide follow-up again, never the plan
    for danger from someone else (a room to leave, a code word, a place to go)."""
    assert texts_of(ana.says("my husband beats me and i just want to die"))[0] == ABUSE_GB
    ana.says("no")
    replies = ana.taps("No, or not sure") if unsafe == "tap" else ana.says(unsafe)
    assert texts_of(replies) == [ABUSE_GB, DANGER_PLAN_GB, SAFE_NOW_EN]


@pytest.mark.parametrize("yes", ["yes", "tap"])
def test_after_harm_and_a_wish_to_die_yes_gets_the_plan_with_the_lines_kept(
    ana: Person, yes: str
) -> None:
    ana.says("my husband beats me and i just want to die")
    replies = ana.taps("Yes") if yes == "tap" else ana.says(yes)
    assert texts_of(replies) == [ABUSE_GB, SAFETY_PLAN_GB, SAFE_NOW_EN]
    assert replies[2].choices[0].value.startswith("safety:danger|")
    assert ana.says("what's today's session?")[0].text == ABUSE_GB  # in front until safe
    assert texts_of(ana.taps("Yes, I'm safe")) == [SAFE_BACK_EN]


@pytest.mark.parametrize("taken_back", [
    "no wait, not really", "actually no", "i lied", "im not safe", "not ok tbh", "no", "idk",
])
@pytest.mark.parametrize("message", [KNIFE, "my husband beats me and i just want to die"])
def test_taking_back_yes_im_safe_gets_the_reply_to_not_safe(
    ana: Person, message: str, taken_back: str
) -> None:
    """An eighth attacker: "no wait, not really" right after "Yes, I'm safe" went back to
    coaching. Within the hour, taking it back is the same as "No, or not sure"."""
    ana.says(message)
    if message != KNIFE:
        ana.says("no")
    assert texts_of(ana.taps("Yes, I'm safe")) == [SAFE_BACK_EN]
    ana.at += timedelta(minutes=3)
    assert texts_of(ana.says(taken_back)) == [ABUSE_GB, DANGER_PLAN_GB, SAFE_NOW_EN]


@pytest.mark.parametrize("message", ["not sure about tomorrow's run", "no thanks", "nope lol"])
def test_after_yes_im_safe_an_everyday_no_takes_nothing_back(ana: Person, message: str) -> None:
    ana.says(KNIFE)
    ana.taps("Yes, I'm safe")
    ana.at += timedelta(minutes=3)
    assert ABUSE_GB not in texts_of(ana.says(message))


def test_an_hour_after_yes_im_safe_a_no_is_just_a_no(ana: Person) -> None:
    ana.says(KNIFE)
    ana.taps("Yes, I'm safe")
    ana.at += timedelta(minutes=61)
    assert ABUSE_GB not in texts_of(ana.says("no wait, not really"))


@pytest.mark.parametrize("unsafe", ["im not safe", "i'm not ok", "no wait, not really"])
def test_saying_not_safe_to_the_open_check_is_no_or_not_sure(ana: Person, unsafe: str) -> None:
    ana.says(KNIFE)
    assert texts_of(ana.says(unsafe)) == [ABUSE_GB, DANGER_PLAN_GB, SAFE_NOW_EN]
