"""Weekly integration check-in: signals in a person's words, the hold and the escalation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from core.assessment import Assessment, Escalation, Status
from core.readiness import assess
from core.weekly_review import (
    ESCALATION_RULE,
    Review,
    Signal,
    apply,
    apply_reviews,
    escalation,
    hold_sentence,
    mentions_watch_list,
    parse_stored,
    signals,
    week_reviewed,
)

S = Signal
SUNDAY = date(2026, 11, 29)
MONDAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I can't switch off", {S.CANT_SWITCH_OFF}),
        ("cant switch off at night, dreading training", {S.CANT_SWITCH_OFF, S.TRAINING_DREAD}),
        ("Feeling emotionally flat, kind of numb", {S.BLUNTING}),
        ("been really snappy with my partner", {S.AGGRESSION}),
        ("lost my temper twice", {S.AGGRESSION}),
        ("overthinking everything, mind racing", {S.RUMINATION}),
        ("keep going over and over the same stuff", {S.RUMINATION}),
        ("haven't had much appetite", {S.APPETITE_LOSS}),
        ("I'm not eating much", {S.APPETITE_LOSS}),
        ("tweaked my knee again", {S.MINOR_INJURIES}),
        ("another niggle in my calf", {S.MINOR_INJURIES}),
        ("sore shoulder all week", {S.MINOR_INJURIES}),
        ("I dread the gym", {S.TRAINING_DREAD}),
        ("don't want to train at all", {S.TRAINING_DREAD}),
        ("Not gonna lie, dreading the gym", {S.TRAINING_DREAD}),
        ("No injuries, but I can't switch off", {S.CANT_SWITCH_OFF}),
        ("none of these except the dread", {S.TRAINING_DREAD}),
        ("emotional blunting, aggression spikes, persistent rumination, appetite loss, "
         "recurrent minor injuries, I can't switch off, dread of training", set(Signal)),
    ],
)
def test_signals_in_own_words(text: str, expected: set[Signal]) -> None:
    assert signals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "no injuries this week",
        "not dreading training",
        "I'm not dreading training at all",
        "I can switch off fine",
        "no rumination or aggression",
        "never felt numb",
        "appetite is fine",
        "None of these",
        "nothing on the list, all good",
        "no",
        "yes",
        "",
        "haven't been angry, no niggles",
    ],
)
def test_negations_and_clean_answers_give_no_signal(text: str) -> None:
    assert signals(text) == frozenset()


def test_a_denied_item_is_still_a_mention_of_the_watch_list() -> None:
    assert mentions_watch_list("no injuries this week, not dreading training")
    assert not mentions_watch_list("what is my session this week?")


def test_week_reviewed_sunday_is_its_own_week_later_days_the_week_before() -> None:
    assert week_reviewed(SUNDAY) == MONDAY
    for late in range(1, 7):  # Monday..Saturday: a late answer to last Sunday's prompt
        assert week_reviewed(SUNDAY + timedelta(days=late)) == MONDAY
    assert week_reviewed(SUNDAY + timedelta(days=7)) == MONDAY + timedelta(days=7)
    assert Review(MONDAY, frozenset()).reviewed_on == SUNDAY


def _green(day: date) -> Assessment:
    base = assess([], day)
    assert base.status is Status.GREEN and base.load_increase_allowed
    return base


def test_apply_holds_for_the_sunday_and_seven_days_after() -> None:
    found = frozenset({S.CANT_SWITCH_OFF, S.TRAINING_DREAD})
    for offset in range(0, 8):
        day = SUNDAY + timedelta(days=offset)
        held = apply(_green(day), found, SUNDAY, day)
        assert held.status is Status.AMBER
        assert not held.load_increase_allowed
        assert held.reason.endswith(
            "In your weekly check-in you mentioned trouble switching off and dreading "
            "training, so this week holds steady: no load increases."
        )
    for day in (SUNDAY - timedelta(days=1), SUNDAY + timedelta(days=8)):
        assert apply(_green(day), found, SUNDAY, day) == _green(day)


def test_apply_without_signals_changes_nothing_and_red_stays_red() -> None:
    assert apply(_green(SUNDAY), frozenset(), SUNDAY, SUNDAY) == _green(SUNDAY)
    red = replace(_green(SUNDAY), status=Status.RED, load_increase_allowed=False)
    assert apply(red, frozenset({S.BLUNTING}), SUNDAY, SUNDAY).status is Status.RED


def test_hold_sentence_lists_in_watch_list_order() -> None:
    text = hold_sentence({S.TRAINING_DREAD, S.BLUNTING, S.APPETITE_LOSS})
    assert "feeling emotionally flat, a loss of appetite and dreading training" in text


def _review(week_start: date, *found: Signal) -> Review:
    return Review(week_start, frozenset(found))


THREE = (S.RUMINATION, S.CANT_SWITCH_OFF, S.TRAINING_DREAD)
PREV = MONDAY - timedelta(days=7)


def test_escalation_needs_three_signals_in_two_consecutive_reviews() -> None:
    day = SUNDAY + timedelta(days=1)
    both = [_review(PREV, *THREE), _review(MONDAY, *THREE)]
    fired = escalation(both, day)
    assert fired is not None and fired.rule == ESCALATION_RULE
    assert "two weekly check-ins in a row" in fired.reason
    assert escalation([_review(MONDAY, *THREE)], day) is None  # one hard week
    assert escalation([_review(PREV, *THREE[:2]), _review(MONDAY, *THREE)], day) is None
    assert escalation([_review(PREV, *THREE), _review(MONDAY, *THREE[:2])], day) is None
    gap = [_review(PREV - timedelta(days=7), *THREE), _review(MONDAY, *THREE)]
    assert escalation(gap, day) is None  # not consecutive
    assert escalation(both, SUNDAY + timedelta(days=8)) is None  # the window has passed


def test_the_latest_review_governs_a_clean_week_lifts_the_hold() -> None:
    next_sunday = SUNDAY + timedelta(days=7)
    reviews = [_review(MONDAY, S.AGGRESSION), _review(MONDAY + timedelta(days=7))]
    assert apply_reviews(_green(next_sunday), reviews, next_sunday) == _green(next_sunday)
    mid_week = SUNDAY + timedelta(days=3)
    held = apply_reviews(_green(mid_week), reviews, mid_week)
    assert not held.load_increase_allowed and "spikes of anger" in held.reason


def test_apply_reviews_sets_escalation_but_keeps_a_checkin_escalation() -> None:
    day = SUNDAY
    reviews = [_review(MONDAY, *THREE), _review(PREV, *THREE)]
    out = apply_reviews(_green(day), reviews, day)
    assert out.escalation is not None and out.escalation.rule == ESCALATION_RULE
    ratings = replace(_green(day), escalation=Escalation("low-mood", "mood low"))
    assert apply_reviews(ratings, reviews, day).escalation == Escalation("low-mood", "mood low")
    assert apply_reviews(_green(day), [], day) == _green(day)


def test_parse_stored_skips_unknown_names() -> None:
    assert parse_stored(["blunting", "future_signal"]) == {S.BLUNTING}
