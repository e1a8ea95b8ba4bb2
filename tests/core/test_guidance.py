"""TED guidance content and the protein arithmetic."""

from __future__ import annotations

import math

import pytest

from core import guidance


@pytest.mark.parametrize(
    ("mass", "grams"), [(70, (21, 35)), (60.0, (18, 30)), (95.5, (29, 48)), (50, (15, 25))]
)
def test_protein_per_meal_is_point_three_to_point_five_g_per_kg(
    mass: float, grams: tuple[int, int]
) -> None:
    assert guidance.protein_per_meal(mass) == grams


@pytest.mark.parametrize("mass", [None, 0, -70, math.nan, math.inf, 5000])
def test_protein_per_meal_is_none_without_a_plausible_mass(mass: float | None) -> None:
    assert guidance.protein_per_meal(mass) is None


def test_nutrition_lines_use_grams_when_mass_is_known() -> None:
    assert "21-35 g" in guidance.nutrition_lines(70, trained=True)[0]
    assert "0.3-0.5 g per kg" in guidance.nutrition_lines(None, trained=False)[0]
    hard = guidance.nutrition_lines(70, trained=True, hard_session=True)
    assert any("carbohydrate" in line for line in hard)
    assert any("within a few hours after training" in line for line in hard)


def test_sleep_lines_add_eight_hours_only_under_high_load() -> None:
    assert guidance.HIGH_LOAD_TIME_IN_BED in guidance.sleep_lines(True)
    assert guidance.HIGH_LOAD_TIME_IN_BED not in guidance.sleep_lines(False)
    assert any("60-90 min" in line for line in guidance.sleep_lines(False))


def test_weekly_review_asks_the_question_and_lists_the_watch_list() -> None:
    text = guidance.weekly_review_text()
    assert "What is my system doing under load?" in text
    for item in ("emotional blunting", "aggression spikes", "persistent rumination",
                 "appetite loss", "recurrent minor injuries", "I can't switch off",
                 "dread of training"):
        assert item in text


def test_wind_down_protects_the_last_hour_before_bed() -> None:
    assert "60-90 min" in guidance.wind_down_text()


def test_sit_break_suggestions_cycle_and_stay_short() -> None:
    n = len(guidance.SIT_BREAK_SUGGESTIONS)
    assert guidance.sit_break_suggestion(0) == guidance.sit_break_suggestion(n)
    assert guidance.sit_break_suggestion(0) != guidance.sit_break_suggestion(1)
    assert all("1" in s and len(s) < 120 for s in guidance.SIT_BREAK_SUGGESTIONS)


def test_caffeine_alcohol_and_travel_are_covered() -> None:
    assert "caffeine" in guidance.CAFFEINE.lower()
    assert "not a regulation strategy" in guidance.ALCOHOL
    assert any("20-30 min" in line for line in guidance.TRAVEL)
    assert "electrolytes" in guidance.HYDRATION
