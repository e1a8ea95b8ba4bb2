"""Question tokens and button values (core.coach.questions): pure, no database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.coach.questions import button, expiry, new_token, read_press

AT = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)


def test_tokens_increase_per_person_even_within_one_instant() -> None:
    first = new_token(AT, "telegram:42")
    second = new_token(AT, "telegram:42", previous=first)
    third = new_token(AT - timedelta(hours=1), "telegram:42", previous=second)  # clock went back
    assert len({first, second, third}) == 3
    assert first[:8] < second[:8] < third[:8]


def test_two_people_asked_in_the_same_instant_get_different_tokens() -> None:
    assert new_token(AT, "telegram:42") != new_token(AT, "telegram:43")


def test_a_button_value_names_its_question_and_fits_telegram() -> None:
    token = new_token(AT, "slack:U123")
    choice = button("starter", "onboard:programme", token, "starter")
    assert len(choice.value.encode()) <= 64
    press = read_press(choice.value)
    assert press is not None
    assert (press.pending, press.token, press.answer) == ("onboard:programme", token, "starter")
    with pytest.raises(ValueError):
        button("x", "checkin:sleep", "a" * 16, "b" * 60)


@pytest.mark.parametrize("value", [
    "ci:sleep:99999", "yes", "skip", "", "checkin:sleep|abc", "checkin:sleep||7",
    "checkin:sleep|tok|\u0667", "checkin:sleep|tok|\uff17", "checkin:sleep|TOK|7",
    "checkin:sleep|tok|7|8", "Checkin:sleep|tok|7", "checkin:sleep|tok|" + "9" * 60,
    "checkin:sleep|tok|7 ", "checkin:sleep|tok|-1;drop",
])  # fmt: skip
def test_malformed_forged_or_non_ascii_values_are_not_read(value: str) -> None:
    assert read_press(value) is None


def test_a_checkin_question_lapses_at_the_end_of_its_local_day() -> None:
    late = datetime(2026, 3, 2, 22, 50, tzinfo=UTC)
    assert expiry("checkin:sleep", late, "UTC") == datetime(2026, 3, 3, 0, 0, tzinfo=UTC)
    assert expiry("checkin:sleep", AT, "UTC") == AT + timedelta(hours=12)
    in_tokyo = expiry("checkin:sleep", AT, "Asia/Tokyo")  # 16:30 on Monday there
    assert in_tokyo == datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # Monday midnight in Tokyo
    assert expiry("delete", AT, "UTC") == AT + timedelta(minutes=5)
