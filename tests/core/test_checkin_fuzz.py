"""The check-in parser never raises, and whatever it accepts is in range."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.checkin import MAX_CHARS, Parsed, ParseError, parse
from core.checkin_fields import CheckIn, Field
from core.checkin_words import LIMITS

asked_fields = st.lists(st.sampled_from(list(Field)), min_size=1, unique=True).map(tuple)

# Text biased towards what the parser looks at: digits, labels, units, separators, keycaps.
pieces = st.sampled_from(
    ["6", "10", "7.5", "-3", "1.2.3", "/", "/10", " ", ",", "-", "sleep", "mood", "hrv", "rhr",
     "resting", "heart", "rate", "ms", "bpm", "h", "out of", "of", "seven", "ten", "energy",
     "7\ufe0f\u20e3", "\U0001f51f", "\u20e3", "\ufe0f", "٧", "сон", "\ufdfa", "\u2212", "x"]
)  # fmt: skip
phone_text = st.lists(pieces, max_size=20).map(" ".join) | st.lists(pieces, max_size=20).map(
    "".join
)


def assert_valid(result: Parsed | ParseError) -> None:
    if isinstance(result, ParseError):
        assert isinstance(result.message, str)
        assert 10 < len(result.message) < 400
        return
    assert isinstance(result, Parsed)
    assert isinstance(result.checkin, CheckIn)
    for field in Field:
        value = result.checkin.get(field)
        if value is None:
            continue
        limits = LIMITS[field]
        assert limits.low <= value <= limits.high, (field, value)
        assert isinstance(value, int) if limits.whole else isinstance(value, float)


@settings(max_examples=1000, deadline=None)
@given(text=st.text(), asked=asked_fields)
@example(text="\ufdfa" * MAX_CHARS, asked=(Field.MOOD,))  # NFKC expands it 18-fold
@example(text="㉑" * MAX_CHARS, asked=(Field.HRV,))  # a 600-digit number
@example(text="9" * MAX_CHARS, asked=(Field.HRV,))
@example(text="0." + "5" * 298, asked=(Field.HRV,))
def test_parse_never_raises_on_any_unicode(text: str, asked: tuple[Field, ...]) -> None:
    assert_valid(parse(text, asked))


@settings(max_examples=1000, deadline=None)
@given(text=phone_text, asked=asked_fields)
def test_parse_never_raises_on_phone_like_text(text: str, asked: tuple[Field, ...]) -> None:
    assert_valid(parse(text, asked))


@settings(max_examples=300, deadline=None)
@given(
    values=st.lists(st.integers(0, 10), min_size=1, max_size=4),
    sep=st.sampled_from([" ", ", ", "/", "-", " - ", ";", "  "]),
)
def test_positional_numbers_round_trip(values: list[int], sep: str) -> None:
    asked = (Field.SLEEP, Field.AROUSAL, Field.RECOVERY, Field.MOOD)[: len(values)]
    result = parse(sep.join(map(str, values)), asked)
    assert isinstance(result, Parsed)
    assert [result.checkin.get(f) for f in asked] == values
