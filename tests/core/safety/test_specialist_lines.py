"""The domestic-abuse and child helplines in the helpline table, and their sentences in
every language (docs/safety.md, "Helplines")."""

from __future__ import annotations

import re
import string

import pytest

from core.safety import FALLBACK, HELPLINES, flow_texts
from core.safety.helpline_table import TABLE, SpecialistLine
from core.safety.translations import TRANSLATIONS
from core.safety.wording import ENGLISH, Wording

ALL_WORDINGS = [ENGLISH, *TRANSLATIONS.values()]
NUMBER = re.compile(r"\*?\d[\d -]*\d( \([A-Z]{2}\))?")  # "116 111", "102 (NL)"
HOURS = re.compile(r"\d\d:\d\d-\d\d:\d\d")
BOTH = {"US", "GB", "DE", "IE", "AU", "FR", "IT", "AT", "JP", "BR"}  # sourced; must stay


def specialists() -> list[tuple[str, str, SpecialistLine]]:
    return [(entry.country, kind, line) for entry in TABLE
            for kind, line in (("abuse", entry.abuse), ("child", entry.child)) if line]


def looks_like_a_number(number: str) -> bool:
    return all(NUMBER.fullmatch(part) for part in number.split(" / "))


def test_one_entry_per_country() -> None:
    codes = [entry.country for entry in TABLE]
    assert len(codes) == len(set(codes)) == len(HELPLINES)


@pytest.mark.parametrize(("country", "kind", "line"), specialists(),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_every_specialist_line_has_its_source_and_date(
    country: str, kind: str, line: SpecialistLine
) -> None:
    assert line.name.strip() and "{" not in line.name
    assert looks_like_a_number(line.number), line.number
    assert line.source.startswith("https://")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", line.checked)
    assert line.hours is None or line.hours == "24/7" or HOURS.fullmatch(line.hours)


def test_the_checks_catch_what_they_should() -> None:
    assert looks_like_a_number("1-800-799-7233") and looks_like_a_number("1712 (NL) / 103 (FR)")
    assert not looks_like_a_number("0800 REFUGE") and not looks_like_a_number("")
    assert not looks_like_a_number("call 116 111")


def test_no_number_twice_in_one_country() -> None:
    for entry in TABLE:
        numbers = [entry.line_number]
        numbers += [line.number for line in (entry.abuse, entry.child) if line]
        assert len(numbers) == len(set(numbers)), entry.country


def test_the_sourced_countries_keep_both_lines() -> None:
    for code in BOTH:
        assert HELPLINES[code].abuse is not None and HELPLINES[code].child is not None, code
    assert sum(1 for e in TABLE if e.abuse) >= 25 and sum(1 for e in TABLE if e.child) >= 25
    assert FALLBACK.abuse is None and FALLBACK.child is None


@pytest.mark.parametrize("words", ALL_WORDINGS, ids=lambda w: w.language)
def test_the_sentences_in_every_language(words: Wording) -> None:
    for template in (words.abuse_line, words.child_line):
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        assert fields == {"reach"}
    assert flow_texts.specialist_lines(FALLBACK, words) == ""
    assert flow_texts.crisis_abuse(FALLBACK, words) == flow_texts.crisis(FALLBACK, words)
    for country, entry in HELPLINES.items():
        text = flow_texts.crisis_abuse(entry, words)
        assert text.startswith(flow_texts.crisis(entry, words)), country  # crisis text first
        for line in (entry.abuse, entry.child):
            if line:
                assert line.name in text and line.number in text, country
        assert "{" not in text and "}" not in text


def test_hours_are_said_only_when_known() -> None:
    de = HELPLINES["DE"]
    assert de.child is not None and de.child.hours is None  # Mon-Sat afternoons: not daily
    child = flow_texts.specialist_lines(de, ENGLISH).splitlines()[1]
    assert child == "If you're under 18, you can talk to Nummer gegen Kummer: call 116 111."
    assert "any time" in flow_texts.specialist_lines(HELPLINES["GB"], ENGLISH)
