"""The coach-side safety flow end to end through Coach.handle (docs/safety.md, "The flow").

Texts are checked word for word against the English golden strings; the GB line is used.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from adapters.storage.models import Base
from bot import bootstrap
from bot.safety import SafetyScreen
from bot.settings import Settings
from core.checkin_fields import Field
from core.coach import texts
from core.messages import Inbound, Reply
from core.safety.finding import Finding, with_screener
from core.safety.model import CLASSIFIER, Category, Level
from core.safety.texts import concern_text, crisis_text
from tests.clocks import fixed_clock
from tests.coach.safety_golden import (
    ABUSE_GB,
    ASK_BAND_EN,
    ASK_URGENT_EN,
    BACK_GB,
    FOLLOW_UP_EN,
    LIFE_AGAIN_EN,
    SAFE_AGAIN_EN,
    SAFE_BACK_EN,
    SAFE_NOW_EN,
    SAFETY_PLAN_GB,
)
from tests.coach.safety_script import (
    ASK_BAND,
    MEANS,
    PLAN_TIME,
    ScriptedScreener,
    scripted_screens,
)
from tests.coach.talk import Person, onboard, text_of, texts_of
from tests.coach.test_safety_emergency import EMERGENCY_GB
from tests.dbfixtures import engine_for, release

START = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)


@pytest.fixture
def screener() -> ScriptedScreener:
    return ScriptedScreener()


@pytest.fixture
def wiring(database_url: str, screener: ScriptedScreener) -> Iterator[bootstrap.Wiring]:
    safety = SafetyScreen(with_screener(screener))
    built = bootstrap.build(Settings(database_url=database_url), migrate=False,
                            engine=engine_for(database_url),
                            clock=fixed_clock(),
                            safety=safety)
    yield built
    release(built.engine)


@pytest.fixture
def ana(wiring: bootstrap.Wiring) -> Person:
    person = Person(wiring.coach, "ana", START)
    onboard(person, "Europe/London", "GB")
    return person


def buttons(reply: Reply) -> list[tuple[str, str]]:
    return [(c.label, c.value) for c in reply.choices]


def events(wiring: bootstrap.Wiring) -> list[tuple[str, str | None]]:
    with wiring.engine.connect() as connection:
        rows = connection.execute(select(Base.metadata.tables["safety_events"])).mappings()
        return [(r["level"], r["category"]) for r in rows]


def test_urgent_gets_the_crisis_text_first_then_one_direct_question(ana: Person) -> None:
    replies = ana.says("I want to kill myself")
    assert texts_of(replies) == [crisis_text("GB"), ASK_URGENT_EN]
    labels = [label for label, _ in buttons(replies[1])]
    assert labels == ["Yes", "No"]
    values = [value for _, value in buttons(replies[1])]
    assert values[0].startswith("safety:life|") and values[0].endswith("|yes")
    assert values[1] == values[0].removesuffix("|yes") + "|no"  # bound to this question
    assert all(len(v.encode()) <= 64 for v in values)


@pytest.mark.parametrize("answer", ["tap", "yes", "Yeah", "maybe", "idk", "sometimes"])
def test_yes_or_unsure_keeps_the_crisis_text_first_and_adds_the_safety_plan(
    ana: Person, wiring: bootstrap.Wiring, answer: str
) -> None:
    asked = ana.says("I want to kill myself")
    replies = ana.presses(asked[1].choices[0].value) if answer == "tap" else ana.says(answer)
    assert texts_of(replies) == [crisis_text("GB"), SAFETY_PLAN_GB, SAFE_NOW_EN]
    assert events(wiring) == [("urgent", "suicide_self_harm")] * 2


@pytest.mark.parametrize("answer", ["tap", "no", "No, I'm fine thanks", "I meant the workout",
                                    "nope, the intervals lol"])
def test_no_or_i_meant_the_workout_goes_back_to_coaching(ana: Person, answer: str) -> None:
    asked = ana.says("these intervals make me want to die honestly")
    assert asked[0].text == crisis_text("GB")
    replies = ana.presses(asked[1].choices[1].value) if answer == "tap" else ana.says(answer)
    assert texts_of(replies) == [BACK_GB]
    assert "After the session" in text_of(ana.says("/today"))  # coaching as usual
    assert ana.says("no")[0].text != BACK_GB  # the question is closed: "no" is just "no"


def test_mid_checkin_the_crisis_text_comes_first_and_nothing_is_lost(ana: Person) -> None:
    ana.says("/checkin")
    ana.taps("6")  # sleep answered; the arousal question is open
    crisis = ana.says("honestly I want to die")
    assert texts_of(crisis) == [crisis_text("GB"), ASK_URGENT_EN]
    back = ana.presses(crisis[1].choices[1].value)
    assert texts_of(back) == [BACK_GB, texts.QUESTIONS[Field.AROUSAL]]  # asked again
    assert ana.says("5")[0].text == texts.QUESTIONS[Field.RECOVERY]
    ana.says("7")
    saved = ana.says("6")  # the fourth answer: stored at once
    assert saved[0].text.startswith("Check-in saved")
    export = ana.says("/export")[0].attachment
    assert export is not None and b'"sleep": 6' in export.data  # the early answer kept


def test_a_message_that_is_no_answer_is_answered_as_itself_and_the_question_asked_again(
    ana: Person,
) -> None:
    ana.says("/checkin")
    ana.says("I want to die")
    replies = ana.says("7")  # the sleep rating, not an answer to the safety question
    assert replies[0].text == LIFE_AGAIN_EN  # the open question first ...
    assert replies[0].choices[0].value.startswith("safety:life|")
    assert replies[-1].text == texts.QUESTIONS[Field.AROUSAL]  # ... the next rating's last


@pytest.mark.parametrize("ack", ["ok", "okay", "OK!"])
def test_an_ok_is_no_answer_to_the_direct_question(ana: Person, ack: str) -> None:
    """"ok" acknowledges; it does not say "no, I'm not thinking about ending my life": the
    question stays open and is asked again (a second reader found it read as a no)."""
    asked = ana.says("honestly I want to die")
    assert texts_of(asked) == [crisis_text("GB"), ASK_URGENT_EN]
    replies = ana.says(ack)
    assert BACK_GB not in texts_of(replies)
    assert replies[-1].text == LIFE_AGAIN_EN
    assert replies[-1].choices[0].value.startswith("safety:life|")


def test_while_the_question_is_open_words_not_understood_get_the_question_not_a_shrug(
    ana: Person,
) -> None:
    """Found by a newcomer: "Sorry, I didn't catch that" answered someone just asked
    whether they are thinking about ending their life."""
    ana.says("honestly I want to die")
    replies = ana.says("hmm well the thing is")
    assert texts.UNKNOWN not in texts_of(replies)
    assert texts_of(replies) == [crisis_text("GB"), LIFE_AGAIN_EN]


def test_no_but_with_means_gets_the_crisis_text_and_the_plan(ana: Person) -> None:
    ana.says("honestly I want to die")
    replies = ana.says("not really... but i have the pills ready")
    assert texts_of(replies) == [crisis_text("GB"), SAFETY_PLAN_GB, SAFE_NOW_EN]


@pytest.mark.parametrize("message", [MEANS, PLAN_TIME])
def test_a_single_no_never_clears_means_a_plan_or_a_time(ana: Person, message: str) -> None:
    asked = ana.says(message)
    assert texts_of(asked) == [crisis_text("GB"), ASK_URGENT_EN]
    follow = ana.says("no")
    assert texts_of(follow) == [crisis_text("GB"), FOLLOW_UP_EN]  # the crisis text stays
    assert [label for label, _ in buttons(follow[1])] == ["Yes, I'm safe", "No, or not sure"]
    assert texts_of(ana.presses(follow[1].choices[0].value)) == [SAFE_BACK_EN]


def test_not_sure_after_the_follow_up_gets_the_safety_plan(ana: Person) -> None:
    ana.says(MEANS)
    follow_up = ana.says("I meant the workout")
    assert follow_up[1].text == FOLLOW_UP_EN
    replies = ana.presses(follow_up[1].choices[1].value)
    assert texts_of(replies) == [crisis_text("GB"), SAFETY_PLAN_GB, SAFE_NOW_EN]


def test_the_band_below_urgent_asks_first_with_no_helpline_wall(
    ana: Person, wiring: bootstrap.Wiring
) -> None:
    asked = ana.says(ASK_BAND)
    assert texts_of(asked) == [ASK_BAND_EN]
    assert "116 123" not in asked[0].text and "999" not in asked[0].text
    assert asked[0].choices[0].value.startswith("safety:band|")
    assert events(wiring) == [("concern", "suicide_self_harm")]
    assert texts_of(ana.presses(asked[0].choices[0].value)) == [
        crisis_text("GB"), SAFETY_PLAN_GB, SAFE_NOW_EN]


def test_no_in_the_band_goes_back_to_coaching(ana: Person) -> None:
    asked = ana.says(ASK_BAND)
    assert texts_of(ana.presses(asked[0].choices[1].value)) == [BACK_GB]


def test_a_stale_yes_is_never_refused_and_a_stale_no_keeps_the_line(ana: Person) -> None:
    first = ana.says("I want to die")
    ana.presses(first[1].choices[1].value)  # answered and closed
    assert texts_of(ana.presses(first[1].choices[1].value)) == [BACK_GB]
    assert texts_of(ana.presses(first[1].choices[0].value)) == [
        crisis_text("GB"), SAFETY_PLAN_GB, SAFE_NOW_EN]
    # "Are you safe right now?" is open: a stale "no" gets no "I'm glad", it gets the crisis
    # text and the open question
    assert texts_of(ana.presses(first[1].choices[1].value)) == [crisis_text("GB"), SAFE_AGAIN_EN]


def test_after_yes_the_crisis_text_stays_in_front_until_the_person_says_they_are_safe(
    ana: Person,
) -> None:
    """Found by a reviewer: after "yes" and the safety plan, the next message ("what's
    today's session?") got a normal session, as if nothing had been said."""
    ana.says("I want to kill myself")
    plan = ana.says("yes")
    assert texts_of(plan) == [crisis_text("GB"), SAFETY_PLAN_GB, SAFE_NOW_EN]
    assert [label for label, _ in buttons(plan[2])] == ["Yes, I'm safe", "No, or not sure"]
    for message in ("what's today's session?", "ok", "thanks"):
        replies = ana.says(message)
        assert texts_of(replies) == [crisis_text("GB"), SAFE_AGAIN_EN]
        assert "After the session" not in text_of(replies)
    unsure = ana.presses(plan[2].choices[1].value)  # "No, or not sure": the plan again
    assert texts_of(unsure) == [crisis_text("GB"), SAFETY_PLAN_GB, SAFE_NOW_EN]
    assert texts_of(ana.presses(unsure[2].choices[0].value)) == [SAFE_BACK_EN]
    assert "After the session" in text_of(ana.says("what's today's session?"))


def test_after_yes_a_check_in_answer_is_not_held_back(ana: Person) -> None:
    ana.says("/checkin")
    ana.says("I want to kill myself")
    ana.says("yes")  # the plan; "Are you safe right now?" is open
    replies = ana.says("6")  # the sleep rating
    assert replies[0].text == SAFE_AGAIN_EN  # the open question first ...
    assert replies[-1].text == texts.QUESTIONS[Field.AROUSAL]  # ... the check-in goes on


def test_in_a_group_the_safety_replies_go_privately_crisis_text_first(
    wiring: bootstrap.Wiring, ana: Person
) -> None:
    inbound = Inbound(ana.platform, ana.user, "group-1", ana.at, text="I want to kill myself",
                      private=False, update_key="g1")
    replies = wiring.coach.handle(inbound)
    assert texts_of(replies) == [crisis_text("GB"), ASK_URGENT_EN]
    assert [r.chat_id for r in replies] == ["ana", "ana"]
    assert texts_of(ana.presses(replies[1].choices[0].value)) == [crisis_text("GB"),
                                                               SAFETY_PLAN_GB, SAFE_NOW_EN]


def test_context_within_the_hour_reads_a_goodbye_for_what_it_may_be(ana: Person) -> None:
    ana.says("nothing matters anymore, it's been like this for weeks")
    ana.at += timedelta(minutes=40)
    replies = ana.says("thanks for everything, goodbye")
    assert texts_of(replies) == [crisis_text("GB"), ASK_URGENT_EN]


def test_context_beyond_the_hour_is_forgotten(ana: Person) -> None:
    ana.says("nothing matters anymore, it's been like this for weeks")
    ana.at += timedelta(minutes=61)
    assert crisis_text("GB") not in text_of(ana.says("thanks for everything, goodbye"))


def test_the_screen_gets_at_most_five_recent_messages_of_the_hour(
    ana: Person, screener: ScriptedScreener
) -> None:
    for n in range(8):
        ana.says("x" * 900 + f" message {n}")
        ana.at += timedelta(minutes=1)
    ana.says("last one")
    text, context = screener.calls[-1]
    assert text == "last one"
    assert len(context) == 5 and all(len(message) <= 500 for message in context)
    assert context[-1].endswith("message 7") and context[0].endswith("message 3")


def test_a_very_low_checkin_today_counts_as_context(ana: Person) -> None:
    ana.says("3 5 3 1")  # sleep, arousal, recovery, mood 1 of 10
    ana.taps("Skip")
    ana.at += timedelta(hours=5)  # hours later: no message context left, the ratings remain
    replies = ana.says("thanks for everything, goodbye")
    assert texts_of(replies) == [crisis_text("GB"), ASK_URGENT_EN]


def test_a_goodbye_the_morning_after_a_very_low_checkin_counts_too(ana: Person) -> None:
    """Attack 7: after days of mood 1/10, a goodbye the next morning before that day's
    check-in got nothing: the day before counts (`LOW_DAYS`), two days before does not."""
    ana.says("3 5 3 1")
    ana.taps("Skip")
    ana.at += timedelta(days=1)
    assert texts_of(ana.says("bye coach, thanks for everything")) == [
        crisis_text("GB"), ASK_URGENT_EN]


def test_a_very_low_checkin_two_days_ago_is_not_todays_context(ana: Person) -> None:
    ana.says("3 5 3 1")
    ana.taps("Skip")
    ana.at += timedelta(days=2)
    assert crisis_text("GB") not in text_of(ana.says("ok thanks, goodbye coach"))


def test_a_good_checkin_makes_a_goodbye_just_a_goodbye(ana: Person) -> None:
    ana.says("7 5 7 8")
    ana.taps("Skip")
    ana.at += timedelta(hours=5)
    assert crisis_text("GB") not in text_of(ana.says("thanks for everything, goodbye"))


def test_the_screen_runs_once_per_message_and_never_on_a_button(
    ana: Person, screener: ScriptedScreener
) -> None:
    before = len(screener.calls)
    asked = ana.says("I want to die")
    ana.presses(asked[1].choices[1].value)
    assert len(screener.calls) == before + 1


def test_the_time_zone_gives_the_line_when_no_country_is_set(wiring: bootstrap.Wiring) -> None:
    """A newcomer in crisis during sign-up, after giving London, got the international
    fallback: the time zone already says GB (Samaritans, 999)."""
    ben = Person(wiring.coach, "ben", START)
    onboard(ben, "Europe/London")  # the country question skipped
    assert texts_of(ben.says("I want to kill myself"))[0] == crisis_text("GB")
    cy = Person(wiring.coach, "cy", START)
    onboard(cy)  # UTC, no country: the fallback
    assert texts_of(cy.says("I want to kill myself"))[0] == crisis_text(None)


def test_a_check_in_in_a_crisis_message_is_kept_quietly(
    ana: Person, wiring: bootstrap.Wiring
) -> None:
    """"6 7 5 8 and i want to die": the crisis text first and no session beside it, but
    the ratings are not lost (a newcomer's trial found them dropped)."""
    replies = ana.says("6 7 5 8 and i want to die")
    assert texts_of(replies) == [crisis_text("GB"), ASK_URGENT_EN]
    with wiring.engine.connect() as connection:
        rows = connection.execute(select(Base.metadata.tables["checkins"])).mappings().all()
    assert [(r["sleep"], r["arousal"], r["recovery"], r["mood"]) for r in rows] == [(6, 7, 5, 8)]


def test_danger_from_someone_else_gets_the_crisis_text_not_the_life_question(
    ana: Person,
) -> None:
    """A second attacker: "my ex is at the door" got "Are you thinking about ending your
    life?", and the truthful "no" went back to training."""
    replies = ana.says("my stepdad is hitting my little sister right now")
    assert texts_of(replies) == [ABUSE_GB, SAFE_NOW_EN]  # crisis text, specialist lines
    assert replies[0].choices == ()  # then "Are you safe right now?", never "ending your life?"
    assert replies[1].choices[0].value.startswith("safety:danger|")


def test_a_no_after_a_rope_and_a_time_keeps_the_crisis_text(ana: Person) -> None:
    ana.says("I bought a rope, going to hang myself tonight")
    assert texts_of(ana.says("no")) == [crisis_text("GB"), FOLLOW_UP_EN]


# Found by an attacker: "said bye to the dog" got the crisis text and the direct question,
# then "today's the day" got today's session. A message that is no answer never weakens
# the reply while the question is open: within the hour the crisis text stays first and
# coaching waits (a check-in under way or a command goes on, see above); later, until the
# question lapses, it is asked again before anything else.
@pytest.mark.parametrize("after", [
    "today is the day", "what's today's session?", "anyway", "lol", "heute ist der tag",
])
def test_no_answer_to_an_open_crisis_question_keeps_the_crisis_text_first(
    ana: Person, after: str
) -> None:
    assert texts_of(ana.says("I want to kill myself")) == [crisis_text("GB"), ASK_URGENT_EN]
    ana.at += timedelta(minutes=20)
    replies = ana.says(after)
    assert texts_of(replies) == [crisis_text("GB"), LIFE_AGAIN_EN]
    assert replies[-1].choices[0].value.startswith("safety:life|")


def test_a_farewell_under_an_open_crisis_question_is_urgent_itself(ana: Person) -> None:
    """A farewell after risk is urgent (docs/safety.md, "Context"): the crisis text, and
    the direct question asked anew with new buttons."""
    asked = ana.says("I want to kill myself")
    ana.at += timedelta(minutes=20)
    replies = ana.says("thanks for everything")
    assert texts_of(replies) == [crisis_text("GB"), ASK_URGENT_EN]
    assert replies[1].choices[0].value != asked[1].choices[0].value


def test_an_open_are_you_safe_question_keeps_the_crisis_text_first(ana: Person) -> None:
    ana.says(MEANS)
    follow = ana.taps("No")
    assert texts_of(follow) == [crisis_text("GB"), FOLLOW_UP_EN]
    replies = ana.says("what's my session today")
    assert texts_of(replies)[0] == crisis_text("GB")
    assert replies[-1].choices[0].value.startswith("safety:safe|")


def test_hours_later_the_open_question_comes_before_the_session(ana: Person) -> None:
    ana.says(MEANS)
    ana.taps("No")
    ana.at += timedelta(hours=20)  # the next morning: the question is still open (a day)
    replies = ana.says("what's today's session?")
    assert replies[0].text.startswith("Before we go on")
    assert replies[0].choices[0].value.startswith("safety:safe|")
    assert len(replies) > 1 and crisis_text("GB") not in texts_of(replies)  # the session too


def test_a_band_question_left_open_is_asked_before_the_answer(ana: Person) -> None:
    assert texts_of(ana.says(ASK_BAND)) == [ASK_BAND_EN]
    replies = ana.says("what's today's session?")
    assert replies[0].choices[0].value.startswith("safety:band|")
    assert len(replies) > 1  # the session follows: the band asks, it does not hold coaching


def test_sign_up_goes_on_while_a_crisis_question_is_open(wiring: bootstrap.Wiring) -> None:
    """Found by a third attacker: a sign-up answer after a crisis reply got the crisis text
    again and was not stored, so sign-up stuck. The answer is taken; the question follows."""
    bea = Person(wiring.coach, "bea", START)
    bea.says("/start")
    bea.taps("Yes")
    assert texts_of(bea.says("I want to kill myself")) == [crisis_text(None), ASK_URGENT_EN]
    replies = bea.says("Europe/Amsterdam")
    assert replies[0].choices[0].value.startswith("safety:life|")
    assert replies[-1].text == texts.ONBOARDING_QUESTIONS["country"]


def test_concern_advice_is_not_followed_by_a_topic_answer_its_words_set_off(ana: Person) -> None:
    """Found by a third attacker: "making myself sick" got the eating concern text, then the
    coach's answer about being ill (and "coke" the caffeine answer)."""
    replies = ana.says("weigh in is friday so ive been making myself sick after meals")
    assert texts_of(replies) == [concern_text(Category.EATING, "GB")]


def test_the_open_question_is_read_last_when_the_check_in_completes(ana: Person) -> None:
    """Found by a fourth attacker: ratings typed under "Are you thinking about ending your
    life?" each got the question again, but the one that completed the check-in got only
    "Check-in saved", the session and the optional extras: the question read last was gone.
    Mid check-in the open question comes first (the next rating's question is last); the
    answer that ends it gets the open question last, after the session."""
    ana.says("/checkin")
    ana.says("3")
    ana.says("i want to die")
    for rating, field in (("2", Field.RECOVERY), ("5", Field.MOOD)):
        replies = ana.says(rating)
        assert texts_of(replies) == [LIFE_AGAIN_EN, texts.QUESTIONS[field]]
    replies = ana.says("1")
    said = texts_of(replies)
    assert said[0].startswith("Check-in saved for Monday 2 March.")
    assert said[-2:] == [texts.EXTRAS_QUESTION, LIFE_AGAIN_EN]
    assert said.count(LIFE_AGAIN_EN) == 1
    assert replies[-1].choices[0].value.startswith("safety:life|")
    assert texts_of(ana.says("no")) == [BACK_GB]  # the buttons' question is still open


def test_after_yes_are_you_safe_is_read_last_when_the_check_in_completes(ana: Person) -> None:
    ana.says("/checkin")
    ana.says("I want to kill myself")
    ana.says("yes")  # the plan; "Are you safe right now?" is open
    ana.says("6")
    ana.says("5")
    ana.says("7")
    said = texts_of(ana.says("4"))
    assert said[0].startswith("Check-in saved for Monday 2 March.")
    assert said[-1] == SAFE_AGAIN_EN and said.count(SAFE_AGAIN_EN) == 1


def test_the_open_question_is_read_last_when_sign_up_completes(
    wiring: bootstrap.Wiring,
) -> None:
    bea = Person(wiring.coach, "bea", START)
    bea.says("/start")
    bea.taps("Yes")
    bea.says("I want to kill myself")
    replies = onboard_rest(bea, "Europe/Amsterdam", "NL")
    assert replies[-1].text == LIFE_AGAIN_EN
    assert texts_of(replies).count(LIFE_AGAIN_EN) == 1


def onboard_rest(person: Person, *answers: str) -> list[Reply]:
    """The sign-up answers after consent, then Skip while a Skip button is offered."""
    replies: list[Reply] = []
    for answer in answers:
        replies = person.says(answer)
    while any(c.label == "Skip" for r in replies for c in r.choices):
        replies = person.taps("Skip", on=next(r for r in replies if any(
            c.label == "Skip" for c in r.choices)))
    return replies


# Someone else at risk read as urgent by the classifier alone: the rules found no risk of the
# writer's own, so the writer gets the crisis text and no question about their own life
# (before: "my teammate just told me she wants to kill herself, what do i do" got "Are you
# thinking about ending your life?" whenever the trained classifier read it as urgent).
TEAMMATE = "my teammate just told me she wants to kill herself, what do i do"
FRIEND = "my friend is talking about killing himself"
BROTHER_BAND = "my brother keeps saying he wants to die"
SO_DO_I = "my friend wants to kill himself and honestly so do i"
ME_TOO = "my friend wants to kill himself and i want to die too"
READ_URGENT = {TEAMMATE, FRIEND, SO_DO_I, ME_TOO}


def classifier_reads(text: str, context: Sequence[str]) -> Finding:
    """The trained screen's readings of these messages: urgent (the classifier's alone unless
    a rule reads the words), or the ask band; anything else as the rules read it."""
    by_rules = scripted_screens()(text, context)
    if text in READ_URGENT and by_rules.level is not Level.URGENT:
        return Finding(Level.URGENT, Category.SUICIDE_SELF_HARM, rule=CLASSIFIER)
    if text == BROTHER_BAND:
        return Finding(Level.NONE, Category.SUICIDE_SELF_HARM, ask=True)
    return by_rules


@pytest.fixture
def cleo(database_url: str) -> Iterator[Person]:
    built = bootstrap.build(Settings(database_url=database_url), migrate=False,
                            engine=engine_for(database_url), clock=fixed_clock(),
                            safety=SafetyScreen(classifier_reads))
    person = Person(built.coach, "cleo", START)
    onboard(person, "Europe/London", "GB")
    yield person
    release(built.engine)


@pytest.mark.parametrize("message", [TEAMMATE, FRIEND])
def test_someone_else_read_urgent_by_the_classifier_alone_gets_no_question_of_their_own(
    cleo: Person, message: str
) -> None:
    assert classifier_reads(message, ()).by_classifier
    replies = cleo.says(message)
    assert texts_of(replies) == [crisis_text("GB")]  # "If you or anyone else ...", the line
    assert replies[0].choices == () and ASK_URGENT_EN not in cleo.log
    assert texts_of(cleo.says("what's today's session?"))[0] != crisis_text("GB")  # no question
    # is open: coaching goes on


def test_someone_else_read_urgent_by_the_classifier_in_a_group_gets_the_crisis_text_only(
    cleo: Person,
) -> None:
    replies = cleo.says(TEAMMATE, private=False)
    assert texts_of(replies) == [crisis_text("GB")] and replies[0].choices == ()
    assert ASK_URGENT_EN not in cleo.log


@pytest.mark.parametrize("private", [True, False])
def test_the_ask_band_about_someone_else_asks_the_writer_nothing_about_their_own_life(
    cleo: Person, private: bool
) -> None:
    replies = cleo.says(BROTHER_BAND, private=private)
    assert texts_of(replies) == [crisis_text("GB")] and replies[0].choices == ()
    assert ASK_BAND_EN not in cleo.log and ASK_URGENT_EN not in cleo.log


@pytest.mark.parametrize("message", [SO_DO_I, ME_TOO])
def test_the_writer_at_risk_beside_a_friend_gets_their_own_crisis_flow(
    cleo: Person, message: str
) -> None:
    """The rules find the writer at risk too ("so do i" beside a friend's risk; "i want to die
    too"): the crisis text, then the direct question, as for any urgent message."""
    replies = cleo.says(message)
    assert texts_of(replies) == [crisis_text("GB"), ASK_URGENT_EN]
    assert replies[1].choices[0].value.startswith("safety:life|")


@pytest.mark.parametrize("message", [SO_DO_I, ME_TOO])
def test_the_writer_at_risk_beside_a_friend_gets_it_from_the_rules_alone_too(
    ana: Person, message: str
) -> None:
    assert texts_of(ana.says(message)) == [crisis_text("GB"), ASK_URGENT_EN]


PILLS = "my friend took a whole bottle of pills and i cant wake him"


@pytest.mark.parametrize("screen", ["rules", "classifier"])
def test_a_friend_who_took_pills_and_cannot_be_woken_gets_the_emergency_then_the_crisis_text(
    ana: Person, cleo: Person, screen: str
) -> None:
    """The rules' "method" reads "took a whole bottle of pills", but the method is the
    friend's: the emergency text, then the crisis text, and no question about the writer's
    own life (before: the crisis text and "Are you thinking about ending your life?", and no
    emergency text, as "i cant wake him" had no "up")."""
    person = ana if screen == "rules" else cleo
    replies = person.says(PILLS)
    assert texts_of(replies) == [EMERGENCY_GB, crisis_text("GB")]
    assert all(r.choices == () for r in replies) and ASK_URGENT_EN not in person.log
