"""A check-in left unfinished when its question lapsed: the answers given are kept for their
day and the person is told which day and what happened (core/coach/unfinished.py).

Before, the answers disappeared without a word the next day. Times come from the test's
own instants (a Monday in March 2026, UTC), never from the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine

from bot.bootstrap import Wiring
from core.checkin_fields import CheckIn, Field
from core.coach import texts
from core.coach.turn import RESUME, stashed
from core.coach.unfinished import LEFT, Unfinished, left_behind, to_draft
from core.messages import Inbound, Platform
from core.store import Conversation
from tests.coach.talk import Person, onboard, text_of
from tests.refusal import checkins_refused

MONDAY = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
TUESDAY = MONDAY + timedelta(days=1)
SLEEP, AROUSAL = texts.QUESTIONS[Field.SLEEP], texts.QUESTIONS[Field.AROUSAL]
KEPT_MONDAY = texts.UNFINISHED_SAVED.format(
    day="Monday 2 March", values="sleep 6, arousal 7", rest=texts.UNFINISHED_REST_PAST)


def _person_id(wiring: Wiring) -> int:
    with wiring.store.transaction() as tx:
        found = tx.find_person(Platform.CONSOLE, "ana")
    assert found is not None
    return found.id


def _stored(wiring: Wiring) -> list[tuple[str, CheckIn]]:
    with wiring.store.transaction() as tx:
        days = tx.history(_person_id(wiring), MONDAY.date(), MONDAY.date() + timedelta(days=9))
    return [(d.day.isoformat(), d.checkin) for d in days]


def _half_done_on_monday(ana: Person) -> None:
    onboard(ana)
    ana.says("/checkin")
    ana.taps("6")
    assert ana.taps("7")[0].text == texts.QUESTIONS[Field.RECOVERY]


def test_yesterdays_half_done_checkin_is_kept_and_said_so_on_the_next_message(
    ana: Person, wiring: Wiring
) -> None:
    _half_done_on_monday(ana)
    ana.at = TUESDAY
    replies = ana.says("/today")
    assert replies[0].text == KEPT_MONDAY  # first, before anything else
    assert "After the session (required)" in text_of(replies)  # /today is still answered
    assert _stored(wiring) == [("2026-03-02", CheckIn(sleep=6, arousal=7))]
    assert KEPT_MONDAY not in text_of(ana.says("/today"))  # said once
    assert "1 check-in," in text_of(ana.says("/export"))


def test_the_at_a_glance_view_shows_a_blank_answer_as_a_dash(ana: Person, wiring: Wiring) -> None:
    _half_done_on_monday(ana)
    ana.at = TUESDAY
    ana.says("/today")
    inbound = Inbound(Platform.CONSOLE, "ana", "ana", TUESDAY, text="")
    assert wiring.coach.overview(inbound).last_week == (
        "Mon 2 Mar: sleep 6, arousal 7, recovery -, mood -")  # not "recovery None"


def test_a_lone_number_after_the_lapse_is_not_used_but_the_earlier_answers_are_kept(
    ana: Person, wiring: Wiring
) -> None:
    _half_done_on_monday(ana)
    ana.at = TUESDAY
    replies = ana.says("5")
    assert [r.text for r in replies] == [KEPT_MONDAY, texts.CHECKIN_LAPSED]
    assert _stored(wiring) == [("2026-03-02", CheckIn(sleep=6, arousal=7))]


def test_a_morning_prompt_over_yesterdays_answers_carries_them_to_the_next_message(
    ana: Person, wiring: Wiring
) -> None:
    _half_done_on_monday(ana)
    person_id = _person_id(wiring)
    [push] = wiring.coach.prompt(person_id, "morning_checkin", TUESDAY)
    [push] = wiring.coach.prompt(person_id, "morning_checkin", TUESDAY)  # a re-render (retry)
    assert push.reply.text.startswith(SLEEP)
    assert _stored(wiring) == []  # kept with the telling, in reply to the person
    ana.at = TUESDAY
    replies = ana.taps("5", on=push.reply)  # the prompt's own button still works
    assert [r.text for r in replies] == [KEPT_MONDAY, AROUSAL]
    assert any(r.answered_choice for r in replies)
    assert ana.says("6 7 8")[0].text == "Check-in saved for Tuesday 3 March."
    assert _stored(wiring) == [("2026-03-02", CheckIn(sleep=6, arousal=7)),
                               ("2026-03-03", CheckIn(5, 6, 7, 8))]


def test_a_checkin_lapsed_the_same_day_is_kept_and_slash_checkin_asks_only_the_rest(
    ana: Person, wiring: Wiring
) -> None:
    _half_done_on_monday(ana)
    ana.at = MONDAY + timedelta(hours=12, minutes=5)  # 12 h after it was asked: lapsed
    replies = ana.says("/checkin")
    assert replies[0].text == texts.UNFINISHED_SAVED.format(
        day="Monday 2 March", values="sleep 6, arousal 7", rest=texts.UNFINISHED_REST_TODAY)
    assert replies[-1].text == texts.QUESTIONS[Field.RECOVERY]  # not "replace today's?"
    ana.taps("5")
    assert ana.taps("8")[0].text == "Check-in saved for Monday 2 March."
    assert _stored(wiring) == [("2026-03-02", CheckIn(6, 7, 5, 8))]


def test_a_typed_checkin_completes_one_kept_unfinished_today(ana: Person, wiring: Wiring) -> None:
    _half_done_on_monday(ana)
    ana.at = MONDAY + timedelta(hours=13)
    ana.says("/today")  # kept and told
    replies = ana.says("recovery 4 mood 3")
    assert replies[0].text == "Check-in saved for Monday 2 March."
    assert texts.REPLACE_QUESTION not in text_of(replies)
    assert _stored(wiring) == [("2026-03-02", CheckIn(6, 7, 4, 3))]


def test_new_answers_after_yes_to_replace_are_added_to_that_days_checkin(
    ana: Person, wiring: Wiring
) -> None:
    onboard(ana)
    ana.says("6 7 5 8")
    ana.says("/checkin")
    ana.taps("Yes")  # replace today's
    ana.taps("2")  # a new sleep, then nothing more that day
    ana.at = TUESDAY
    assert ana.says("/today")[0].text == texts.UNFINISHED_MERGED.format(
        day="Monday 2 March", values="sleep 2")
    assert _stored(wiring) == [("2026-03-02", CheckIn(2, 7, 5, 8))]


def test_an_unanswered_replace_question_keeps_the_old_checkin_and_says_the_new_was_unused(
    ana: Person, wiring: Wiring
) -> None:
    onboard(ana)
    ana.says("6 7 5 8")
    ana.taps("Skip")  # no extras
    assert texts.REPLACE_QUESTION in text_of(ana.says("3 3 3 3"))
    ana.at = TUESDAY
    assert ana.says("/today")[0].text == texts.UNFINISHED_NOT_REPLACED.format(
        day="Monday 2 March", values="sleep 3, arousal 3, recovery 3, mood 3")
    assert _stored(wiring) == [("2026-03-02", CheckIn(6, 7, 5, 8))]


def test_an_unconfirmed_stop_is_honoured_and_said_plainly(ana: Person, wiring: Wiring) -> None:
    _half_done_on_monday(ana)
    assert texts.CANCEL_QUESTION in text_of(ana.says("stop"))
    ana.at = TUESDAY
    assert ana.says("/today")[0].text == texts.UNFINISHED_STOPPED.format(
        day="Monday 2 March", values="sleep 6, arousal 7")
    assert _stored(wiring) == []


def test_a_checkin_interrupted_by_delete_comes_back_after_a_crisis_reply_drops_the_delete(
    ana: Person, wiring: Wiring
) -> None:
    _half_done_on_monday(ana)
    ana.says("/delete")
    ana.says("I want to kill myself")  # answered by the safety flow, not by coaching
    with wiring.store.transaction() as tx:
        conversation = tx.conversation(_person_id(wiring))
    assert conversation.pending == "checkin:recovery"  # the check-in, not dropped
    assert conversation.draft["sleep"] == 6 and conversation.draft["arousal"] == 7


def test_nothing_is_said_to_be_saved_when_the_write_is_refused(
    ana: Person, wiring: Wiring, engine: Engine
) -> None:
    _half_done_on_monday(ana)
    ana.at = TUESDAY
    with checkins_refused(engine), pytest.raises(Exception, match="refused"):
        ana.says("/today")  # the Coach raises: no reply, so nothing claims a save
    with wiring.store.transaction() as tx:
        conversation = tx.conversation(_person_id(wiring))
    assert conversation.draft["sleep"] == 6  # rolled back: the answers are still there
    assert ana.says("/today")[0].text == KEPT_MONDAY  # the next message keeps them


# -- left_behind, the pure part ------------------------------------------------------------

ASKED = Conversation("checkin:recovery", {"day": "2026-03-02", "sleep": 6, "arousal": 7},
                     "tok1", datetime(2026, 3, 3, tzinfo=UTC))
LATER = datetime(2026, 3, 3, 7, 0, tzinfo=UTC)
MONDAYS = Unfinished(date(2026, 3, 2), CheckIn(sleep=6, arousal=7), "recovery")


def test_left_behind_finds_a_lapsed_checkins_answers_and_leaves_the_conversation_idle() -> None:
    assert left_behind(ASKED, LATER) == ((MONDAYS,), Conversation(token="tok1"))
    assert left_behind(ASKED, MONDAY) == ((), ASKED)  # still open: nothing is left behind


def test_left_behind_finds_a_lapsed_checkin_another_question_interrupted() -> None:
    review = Conversation("review:answer", {RESUME: stashed(ASKED)}, "tok2",
                          datetime(2026, 3, 4, tzinfo=UTC))
    found, rest = left_behind(review, LATER)
    assert found == (MONDAYS,)
    assert rest == Conversation("review:answer", {}, "tok2", review.expires_at)


def test_left_behind_reads_answers_a_prompt_carried_and_skips_malformed_ones() -> None:
    carried = [*to_draft((MONDAYS,)), {"day": "nope", "sleep": 3, "step": "sleep"}, 7]
    asked = Conversation("checkin:sleep", {"day": "2026-03-03", LEFT: carried}, "tok3",
                         datetime(2026, 3, 4, tzinfo=UTC))
    found, rest = left_behind(asked, LATER)
    assert found == (MONDAYS,)
    assert rest.draft == {"day": "2026-03-03"}


def test_left_behind_ignores_questions_without_answers_and_the_extras() -> None:
    empty = Conversation("checkin:sleep", {"day": "2026-03-02"}, "t", ASKED.expires_at)
    extras = Conversation("checkin:extras", {"day": "2026-03-02"}, "t", ASKED.expires_at)
    assert left_behind(empty, LATER)[0] == ()
    assert left_behind(extras, LATER)[0] == ()
