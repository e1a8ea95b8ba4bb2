"""The fixed crisis, concern and check-in texts, word for word, and the helpline table."""

from __future__ import annotations

import re

import pytest

from core.safety import (
    FALLBACK,
    HELPLINES,
    Category,
    checkin_escalation_text,
    concern_text,
    crisis_text,
    helpline_for,
)

REQUIRED = ("US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "ES", "RO")

CRISIS_GB = (
    "I'm really glad you told me. I'm a training coach, not a crisis service, "
    "and I can't help in an emergency.\n\n"
    "If you or anyone else is in danger right now, call 999 now.\n"
    "You can talk to Samaritans any time: call 116 123, or text SHOUT to 85258 (Shout).\n\n"
    "Please reach out to someone now: a crisis line, a friend, or someone near you. "
    "You don't have to carry this alone.\n\n"
    "I'll still be here for your training whenever you want to come back."
)
CRISIS_US = (
    "I'm really glad you told me. I'm a training coach, not a crisis service, "
    "and I can't help in an emergency.\n\n"
    "If you or anyone else is in danger right now, call 911 now.\n"
    "You can talk to 988 Suicide & Crisis Lifeline any time: call 988, or text 988.\n\n"
    "Please reach out to someone now: a crisis line, a friend, or someone near you. "
    "You don't have to carry this alone.\n\n"
    "I'll still be here for your training whenever you want to come back."
)
CRISIS_FALLBACK = (
    "I'm really glad you told me. I'm a training coach, not a crisis service, "
    "and I can't help in an emergency.\n\n"
    "If you or anyone else is in danger right now, call your local emergency number "
    "(112 in much of the world, 911 in North America, 999 in the UK) now.\n"
    "You can find a free crisis line near you at findahelpline.com.\n\n"
    "Please reach out to someone now: a crisis line, a friend, or someone near you. "
    "You don't have to carry this alone.\n\n"
    "I'll still be here for your training whenever you want to come back."
)
_ALONGSIDE = (
    "I'll keep your plan going, but only as support alongside that care, never instead of it. "
    "Please don't make me the only place you bring this."
)
CONCERN_DEPRESSION_GB = (
    "Thank you for telling me. Feeling this low for this long is more than a training "
    "problem, and it can get better with the right help.\n\n"
    "Please talk to a GP or doctor, or a mental-health professional, about it soon. "
    + _ALONGSIDE
    + "\n\nIf things get worse or you don't feel safe, you can talk to Samaritans any time: "
    "call 116 123, or text SHOUT to 85258 (Shout). In an emergency, call 999."
)
CONCERN_PANIC_US = (
    "Thank you for telling me. Panic that keeps coming back is very treatable, and you "
    "shouldn't have to push through it on your own.\n\n"
    "Please talk to a GP or doctor, or a mental-health professional, about it soon. "
    + _ALONGSIDE
    + "\n\nIf things get worse or you don't feel safe, you can talk to 988 Suicide & Crisis "
    "Lifeline any time: call 988, or text 988. In an emergency, call 911."
)
CONCERN_EATING_FALLBACK = (
    "Thank you for telling me. A hard relationship with food and eating is worth real "
    "support, and it matters more than any session or weight target.\n\n"
    "Please talk to a GP or doctor, or a mental-health professional, about it soon. "
    + _ALONGSIDE
    + "\n\nIf things get worse or you don't feel safe, you can find a free crisis line near you "
    "at findahelpline.com. In an emergency, call your local emergency number (112 in much of "
    "the world, 911 in North America, 999 in the UK)."
)
_CHECKIN_HEAD = (
    "Your check-ins show more than a hard training block: your answers about sleep, mood "
    "or how wound-up you feel have stayed at the hard end for a long stretch.\n\n"
    "Please talk to a GP or doctor, or a mental-health professional, about how you've been "
    "sleeping and feeling. " + _ALONGSIDE + "\n\n"
)
CHECKIN_GB = (
    _CHECKIN_HEAD + "If things get worse or you don't feel safe, you can talk to Samaritans any "
    "time: call 116 123, or text SHOUT to 85258 (Shout). In an emergency, call 999."
)
CHECKIN_US = (
    _CHECKIN_HEAD + "If things get worse or you don't feel safe, you can talk to 988 Suicide & "
    "Crisis Lifeline any time: call 988, or text 988. In an emergency, call 911."
)
CHECKIN_FALLBACK = (
    _CHECKIN_HEAD + "If things get worse or you don't feel safe, you can find a free crisis line "
    "near you at findahelpline.com. In an emergency, call your local emergency number (112 in "
    "much of the world, 911 in North America, 999 in the UK)."
)


def test_crisis_texts_word_for_word() -> None:
    assert crisis_text("GB") == CRISIS_GB
    assert crisis_text("US") == CRISIS_US
    assert crisis_text(None) == CRISIS_FALLBACK
    assert crisis_text("ZZ") == CRISIS_FALLBACK


def test_concern_texts_word_for_word() -> None:
    assert concern_text(Category.DEPRESSION, "GB") == CONCERN_DEPRESSION_GB
    assert concern_text(Category.PANIC, "US") == CONCERN_PANIC_US
    assert concern_text(Category.EATING, None) == CONCERN_EATING_FALLBACK


def test_checkin_escalation_texts_word_for_word() -> None:
    assert checkin_escalation_text("GB") == CHECKIN_GB
    assert checkin_escalation_text("US") == CHECKIN_US
    assert checkin_escalation_text(None) == CHECKIN_FALLBACK


@pytest.mark.parametrize("country", REQUIRED)
def test_every_country_text_names_its_numbers(country: str) -> None:
    line = HELPLINES[country]
    texts = [crisis_text(country), checkin_escalation_text(country)]
    texts += [concern_text(category, country) for category in Category]
    for text in texts:
        assert line.emergency in text
        assert line.line_number in text
        assert line.line_name in text
        if line.text_option:
            assert line.text_option in text


@pytest.mark.parametrize("category", list(Category))
def test_concern_text_says_alongside_never_instead(category: Category) -> None:
    text = concern_text(category, "IE")
    assert "GP or doctor, or a mental-health professional" in text
    assert "never instead of it" in text
    assert "only place" in text


def test_crisis_text_says_not_a_crisis_service_and_no_diagnosis() -> None:
    for country in (*REQUIRED, None):
        text = crisis_text(country)
        assert "not a crisis service" in text
        assert "can't help in an emergency" in text
        assert "still be here for your training" in text
        assert not re.search(r"depress|disorder|diagnos", text)


def test_table_covers_required_countries_with_sources() -> None:
    assert set(REQUIRED) <= set(HELPLINES)
    for code, line in HELPLINES.items():
        assert line.country == code
        assert line.source.startswith("https://")
        assert re.fullmatch(r"2026-11-\d\d", line.checked)
        assert line.emergency and line.line_number and line.line_name


def test_known_numbers() -> None:
    assert (HELPLINES["US"].line_number, HELPLINES["US"].emergency) == ("988", "911")
    assert HELPLINES["CA"].line_number == "988"
    assert HELPLINES["GB"].line_number == HELPLINES["IE"].line_number == "116 123"
    assert HELPLINES["AU"].line_number == "13 11 14"
    assert HELPLINES["NZ"].line_number == "1737"
    assert "0800 111 0 111" in HELPLINES["DE"].line_number
    assert HELPLINES["FR"].line_number == "3114"
    assert HELPLINES["ES"].line_number == "024"
    assert HELPLINES["RO"].line_number == "0800 801 200"


def test_helpline_for_is_forgiving_and_falls_back() -> None:
    assert helpline_for(" gb ") is HELPLINES["GB"]
    assert helpline_for("nz") is HELPLINES["NZ"]
    assert helpline_for(None) is FALLBACK
    assert helpline_for("") is FALLBACK
    assert helpline_for("XX") is FALLBACK
    assert "112" in FALLBACK.emergency and "911" in FALLBACK.emergency
    assert "999" in FALLBACK.emergency
    assert "findahelpline.com" in FALLBACK.source
