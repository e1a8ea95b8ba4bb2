"""The concern and escalation texts in every language: word for word, complete, with every
country's numbers, and sent only when the language's concern texts are reviewed."""

from __future__ import annotations

import string

import pytest

from core.safety import FALLBACK, HELPLINES, Category, flow_texts, translations
from core.safety.concern_wording import ENGLISH_CONCERN, ConcernWording
from core.safety.texts import checkin_escalation_text, concern_text, review_escalation_text
from core.safety.translations import (
    CONCERN_REVIEWED,
    CONCERN_TRANSLATIONS,
    TRANSLATIONS,
    concern_wording_for,
)
from tests.core.safety.concern_golden import CHECKIN_ES_MX, GOLDEN, REVIEW_FR_FALLBACK

ALL_CONCERN = [ENGLISH_CONCERN, *CONCERN_TRANSLATIONS.values()]
TEMPLATE_FIELDS = {"opening", "alongside", "worse"}


@pytest.fixture
def all_reviewed(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if a second reader had signed every concern translation off."""
    monkeypatch.setattr(translations, "CONCERN_REVIEWED", frozenset(CONCERN_TRANSLATIONS))


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", sorted(GOLDEN))
def test_word_for_word_in_every_language_with_a_country_and_the_fallback(
    language: str, all_reviewed: None
) -> None:
    (category, country, local), (other, _, fallback) = GOLDEN[language]
    assert concern_text(category, country, language) == local
    assert concern_text(other, None, language) == fallback


def test_the_escalation_texts_word_for_word(all_reviewed: None) -> None:
    assert checkin_escalation_text("MX", "es") == CHECKIN_ES_MX
    assert review_escalation_text(None, "fr") == REVIEW_FR_FALLBACK


def test_every_language_has_its_golden_text() -> None:
    assert set(GOLDEN) == set(CONCERN_TRANSLATIONS) == set(TRANSLATIONS)


@pytest.mark.parametrize("words", ALL_CONCERN, ids=lambda w: w.language)
def test_every_concern_wording_is_complete(words: ConcernWording) -> None:
    assert set(words.openings) == set(Category)
    for opening in words.openings.values():
        assert opening.strip() and not _fields(opening)
    assert _fields(words.concern) == TEMPLATE_FIELDS
    assert _fields(words.checkin) == _fields(words.review) == {"alongside", "worse"}
    assert _fields(words.worse) == {"reach", "emergency"}
    assert not _fields(words.alongside)


@pytest.mark.parametrize("country", [*sorted(HELPLINES), None])
@pytest.mark.parametrize("language", sorted(CONCERN_TRANSLATIONS))
def test_every_country_numbers_in_every_language(
    language: str, country: str | None, all_reviewed: None
) -> None:
    line = HELPLINES[country] if country else FALLBACK
    words = TRANSLATIONS[language]
    texts = [checkin_escalation_text(country, language), review_escalation_text(country, language)]
    texts += [concern_text(category, country, language) for category in Category]
    for text in texts:
        assert flow_texts.reach(line, words) in text
        assert flow_texts.emergency(line, words) in text
        assert "{" not in text and "}" not in text
        if country:
            assert line.line_name in text and line.line_number in text
            assert line.emergency in text
            if line.text_to:
                assert line.text_to in text
        else:
            assert "findahelpline.com" in text and "112" in text
        assert CONCERN_TRANSLATIONS[language].alongside in text  # never instead of care


def test_the_reviewed_concern_translations_go_out_and_only_those() -> None:
    # Signed off by a second reader 2026-11-30 (docs/safety.md, "Translations").
    assert frozenset(CONCERN_TRANSLATIONS) == CONCERN_REVIEWED
    assert concern_wording_for("es") is CONCERN_TRANSLATIONS["es"]
    assert concern_text(Category.PANIC, "ES", "es").startswith("Gracias por contármelo.")
    assert concern_wording_for("es", frozenset()) is ENGLISH_CONCERN  # as if unreviewed
    assert concern_wording_for("es", frozenset({"de"})) is ENGLISH_CONCERN
    assert concern_wording_for("ja", frozenset({"ja"})) is ENGLISH_CONCERN
    assert concern_wording_for("ja") is ENGLISH_CONCERN
    assert concern_wording_for(None) is ENGLISH_CONCERN


def test_an_unreviewed_language_gets_the_english_text_with_its_local_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(translations, "CONCERN_REVIEWED", frozenset({"de"}))
    english = concern_text(Category.PANIC, "ES")
    assert concern_text(Category.PANIC, "ES", "es") == english
    assert "024" in english and "112" in english and english.startswith("Thank you")
    assert concern_text(Category.PANIC, "ES", "de") == GOLDEN["de"][0][2].replace(
        "0800 111 0 111 / 0800 111 0 222 an (TelefonSeelsorge)",
        "024 an (024, Línea de atención a la conducta suicida)")
    assert checkin_escalation_text("ES", "es") == checkin_escalation_text("ES")
    assert review_escalation_text("ES", "es") == review_escalation_text("ES", "en")


@pytest.mark.parametrize("language", sorted(CONCERN_TRANSLATIONS))
def test_reviewed_translations_are_not_english(language: str, all_reviewed: None) -> None:
    for category in Category:
        assert concern_text(category, "GB", language) != concern_text(category, "GB")
    assert checkin_escalation_text("GB", language) != checkin_escalation_text("GB")
    assert review_escalation_text("GB", language) != review_escalation_text("GB")
