"""Language detection for the safety texts: the shipped model, checked by hash, no network."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.language.detect import FastTextDetector, load_detector, model_path


@pytest.mark.parametrize(("text", "code"), [
    ("ya no quiero seguir viviendo", "es"), ("je veux en finir", "fr"),
    ("ich will sterben", "de"), ("não aguento mais", "pt"), ("non ce la faccio più", "it"),
    ("ik wil niet meer leven", "nl"), ("nie chcę już żyć", "pl"),
    ("nu mai vreau să trăiesc", "ro"), ("я больше не хочу жить", "ru"),
    ("я більше не хочу жити", "uk"), ("thanks for everything, goodbye", "en"),
    ("ok", None), ("", None), ("今日はとても疲れた", None),
])
def test_detects_the_screened_languages_and_nothing_else(text: str, code: str | None) -> None:
    detector = load_detector()
    assert detector is not None
    assert detector(text) == code


@pytest.mark.parametrize("text", [
    "im not safe", "im so done", "im not fine", "im in danger", "dont want to be here",
])
def test_english_texted_without_apostrophes_is_never_german(text: str) -> None:
    """A person in Britain typing "im not safe" got the German crisis text: lid.176 reads
    "im" as German ("in the"). English or no guess (then the country decides), never de."""
    detector = load_detector()
    assert detector is not None
    assert detector(text) in ("en", None)


@pytest.mark.parametrize("text", ["i wnat to die", "i want to kill mysefl", "i wanna die tbh"])
def test_english_with_a_typo_of_a_key_word_is_never_german(text: str) -> None:
    """An eleventh attacker's "i wnat to die" (US) got the German crisis text."""
    detector = load_detector()
    assert detector is not None
    assert detector(text) in ("en", None)


@pytest.mark.parametrize("text", ["im Moment will ich nicht mehr leben", "ich bin im Arsch"])
def test_german_with_im_stays_german(text: str) -> None:
    detector = load_detector()
    assert detector is not None
    assert detector(text) == "de"


def test_a_changed_model_file_is_refused(tmp_path: Path) -> None:
    changed = tmp_path / "lid.176.ftz"
    data = bytearray(model_path().read_bytes())
    data[-1] ^= 0xFF
    changed.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="hash mismatch"):
        FastTextDetector(changed)


def test_long_texts_are_cut() -> None:
    detector = load_detector()
    assert detector is not None
    assert detector("ich will nicht mehr leben " * 10_000) == "de"
