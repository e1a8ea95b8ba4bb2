"""The safety plan for danger from someone else (`core/safety/danger_plan.py`): word for word
in English and each reviewed translation, the fallback's words in the text's language."""

from __future__ import annotations

import pytest

from core.safety.danger_plan import DANGER_PLAN, DANGER_PLAN_REVIEWED, danger_plan_text
from core.safety.helplines import FALLBACK, helpline_for
from tests.coach.safety_golden import DANGER_PLAN_GB
from tests.core.safety.danger_plan_golden import DANGER_PLAN_BY_LANGUAGE


def test_the_english_text_word_for_word_with_the_country_number() -> None:
    assert danger_plan_text(helpline_for("GB")) == DANGER_PLAN_GB
    assert danger_plan_text(helpline_for("GB"), "en") == DANGER_PLAN_GB


@pytest.mark.parametrize("language", sorted(DANGER_PLAN_BY_LANGUAGE))
def test_the_text_word_for_word_in_each_reviewed_language(language: str) -> None:
    country, expected = DANGER_PLAN_BY_LANGUAGE[language]
    assert language in DANGER_PLAN_REVIEWED
    assert danger_plan_text(helpline_for(country), language) == expected


def test_every_language_has_the_same_five_steps_and_one_number() -> None:
    for language, text in DANGER_PLAN.items():
        assert text.count("{emergency}") == 1, language
        steps = [line[:2] for line in text.splitlines() if line[:1].isdigit()]
        assert steps == ["1.", "2.", "3.", "4.", "5."], language


def test_an_unreviewed_or_unknown_language_gets_the_english_text() -> None:
    assert danger_plan_text(helpline_for("GB"), "de", reviewed=frozenset()) == DANGER_PLAN_GB
    assert danger_plan_text(helpline_for("GB"), "xx") == DANGER_PLAN_GB


def test_without_a_country_the_fallback_words_are_in_the_texts_language() -> None:
    english = danger_plan_text(FALLBACK)
    assert "1. If you are in danger now, call your local emergency number (112 in much of " \
        "the world, 911 in North America, 999 in the UK).\n" in english
    german = danger_plan_text(FALLBACK, "de")
    assert "ruf deine örtliche Notrufnummer (112 in weiten Teilen der Welt" in german
