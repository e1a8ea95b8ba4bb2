"""Read a check-in answer typed on a phone into a CheckIn, or say precisely what was wrong.

Pure and total: `parse` never raises, reads no clock and quotes at most a few characters of
what the person wrote. Accepted formats and every decision are in docs/checkin.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from core.checkin_fields import CORE_FIELDS, CheckIn, Field
from core.checkin_words import (
    AMBIGUOUS,
    FIELD_HELP,
    FILLERS,
    HOURS,
    LABELS,
    LIMITS,
    LONGEST_LABEL,
    NUMBER_WORDS,
    RELATIVE,
    UNITS,
)

__all__ = ["FIELD_HELP", "MAX_CHARS", "ParseError", "Parsed", "example_for", "fold", "parse"]

MAX_CHARS = 300  # longer text is refused before any other work
_QUOTE_CHARS = 12  # never quote more of the person's text than this

_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63"})
_SLASHES = str.maketrans({c: "/" for c in "\u2044\u2215\u29f8"})
_TOKEN = re.compile(
    r"(?P<num>(?:(?<![0-9])-)?(?:[0-9]+(?:\.[0-9]+)*|\.[0-9]+))"  # "-" only as a sign
    r"|(?P<word>[a-z]+)"
    r"|(?P<foreign>[^\W\d_]+)"  # letters of another script (or accented)
    r"|(?P<slash>/)"
)


@dataclass(frozen=True, slots=True)
class Parsed:
    """A readable answer: only the fields found are set."""

    checkin: CheckIn


@dataclass(frozen=True, slots=True)
class ParseError:
    """What was wrong, in one or two friendly sentences, with an example of a good answer."""

    message: str


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "num", "word", "foreign" or "slash"
    text: str


@dataclass(slots=True)
class _Number:
    text: str
    field: Field | None = None


def example_for(asked: tuple[Field, ...] = CORE_FIELDS) -> str:
    """A good positional answer to a question asking for `asked`, e.g. "6 7 5 8"."""
    return " ".join(LIMITS[f].demo for f in asked or CORE_FIELDS)


def _labelled(field: Field) -> str:
    return f"{field.value} {LIMITS[field].demo}"


def _quote(text: str) -> str:
    return f'"{text}"' if len(text) <= _QUOTE_CHARS else f'"{text[:_QUOTE_CHARS]}…"'


def fold(text: str) -> str:
    """Keycaps to digits, compatibility forms folded, every decimal digit to ASCII, lower case."""
    text = _KEYCAP.sub(r" \1 ", text).replace("\U0001f51f", " 10 ")
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_SLASHES)
    digits = (str(unicodedata.decimal(c, 0)) if c.isdecimal() else c for c in text)
    return "".join(digits).casefold()


def _tokens(text: str) -> list[_Token]:
    """Numbers, words and slashes; other punctuation separates. "6.7.5.8" is four numbers."""
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text):
        kind, found = match.lastgroup or "", match.group()
        parts = found.split(".") if found.count(".") > 1 else [found]
        tokens.extend(_Token(kind, part) for part in parts)
    return tokens


def _out_of_ten(tokens: list[_Token], i: int, slash_ten: bool) -> int:
    """How many tokens after the number at i say "out of ten" ("/10", "out of 10", "of 10")."""
    after = [t.text for t in tokens[i + 1 : i + 4]]
    if slash_ten and after[:2] == ["/", "10"] and (i == 0 or tokens[i - 1].kind != "slash"):
        return 2 if after[2:3] != ["/"] else 0
    if after[:3] == ["out", "of", "10"]:
        return 3
    return 2 if after[:2] == ["of", "10"] else 0


def _label_at(tokens: list[_Token], i: int) -> tuple[Field, int] | None:
    """The field and word count of the longest label starting at token i."""
    for size in range(LONGEST_LABEL, 0, -1):
        words = tuple(t.text for t in tokens[i : i + size] if t.kind == "word")
        if len(words) == size and words in LABELS:
            return LABELS[words], size
    return None


def _read(tokens: list[_Token], slash_ten: bool = True) -> list[_Number] | ParseError:
    """Numbers in order of appearance, each with the field its label or unit names."""
    numbers: list[_Number] = []
    pending: tuple[Field, str] | None = None  # a label still waiting for its number
    i = 0
    while i < len(tokens):
        token = tokens[i]
        text = NUMBER_WORDS.get(token.text, token.text)
        label = _label_at(tokens, i) if token.kind == "word" else None
        if token.kind == "num" or text != token.text:
            numbers.append(_Number(text, pending[0] if pending else None))
            pending = None
            i += 1 + _out_of_ten(tokens, i, slash_ten)
            continue
        if label is not None:
            if pending:
                return _no_number(pending[1], pending[0])
            pending = (label[0], token.text)
            i += label[1]
            continue
        if token.kind == "word":
            prev = tokens[i - 1] if i else None
            if text in UNITS and prev is not None and prev.kind == "num":
                numbers[-1].field = numbers[-1].field or UNITS[text]
            elif text in HOURS:
                return ParseError(
                    "Sleep is rated for quality, 0-10 (10 = best), not in hours. Example: sleep 7."
                )
            elif text in RELATIVE:
                labelled = [n.field for n in numbers if n.field]  # the label just before wins
                field = pending[0] if pending else (labelled[-1] if labelled else Field.RHR)
                return ParseError(
                    f"That reads like a change from your usual, not today's value. Send the "
                    f"number itself, e.g. {_labelled(field)}."
                )
            elif text in AMBIGUOUS:
                first, second = AMBIGUOUS[text]
                return ParseError(
                    f"{_quote(text)} could mean more than one thing here. Use "
                    f"{FIELD_HELP[first]} or {FIELD_HELP[second]}. Example: {_labelled(first)}."
                )
            elif text not in FILLERS:
                return ParseError(
                    f"I don't know the label {_quote(text)}. I know: sleep, arousal (or "
                    f"stress), recovery, mood, rhr, hrv, rpe. Example: sleep 6 mood 8."
                )
        i += 1
    if pending:
        return _no_number(pending[1], pending[0])
    return numbers


def _no_number(word: str, field: Field) -> ParseError:
    return ParseError(f"I saw {_quote(word)} but no number after it. Example: {_labelled(field)}.")


def _assign(numbers: list[_Number], asked: tuple[Field, ...]) -> dict[Field, str] | ParseError:
    """Labelled numbers to their fields, the rest to the asked fields still open, in order."""
    values: dict[Field, str] = {}
    for number in numbers:
        if number.field is None:
            continue
        if number.field in values:
            name = LIMITS[number.field].name
            return ParseError(
                f"{name} appears twice; send it once. Example: {_labelled(number.field)}."
            )
        values[number.field] = number.text
    loose = [n.text for n in numbers if n.field is None]
    open_ = tuple(f for f in asked if f not in values)
    if loose and len(loose) != len(open_):
        return _count_error(len(loose), open_, tuple(values))
    values.update(zip(open_, loose, strict=False))
    return values


def _count_error(found: int, open_: tuple[Field, ...], labelled: tuple[Field, ...]) -> ParseError:
    which = "Too many" if found > len(open_) else "Too few"
    if not open_:
        return ParseError(
            f"{which} numbers: everything asked for already has a label, so I can't tell "
            f"what the unlabelled number{'s' * (found > 1)} {'are' if found > 1 else 'is'} for. "
            f"Put a label before each number, e.g. {' '.join(map(_labelled, labelled))}."
        )
    besides = "besides the labelled ones, " if labelled else ""
    if len(open_) == 1:
        need = f"{besides}I need one number, for {FIELD_HELP[open_[0]]}"
    else:
        order = ", ".join(f.value for f in open_)
        need = f"{besides}I need {len(open_)} numbers, in this order: {order}"
    return ParseError(f"{which} numbers: {need}. You sent {found}. Example: {example_for(open_)}.")


def _value(field: Field, text: str) -> int | float | ParseError:
    limits = LIMITS[field]
    shown = text if len(text) <= 8 else text[:8] + "…"
    value = float(text)
    if not limits.low <= value <= limits.high:
        if limits.unit:
            return ParseError(
                f"{limits.name} of {shown} {limits.unit} isn't plausible; I accept "
                f"{limits.span}. Example: {_labelled(field)}."
            )
        return ParseError(
            f"{limits.name} is {limits.span}; you wrote {shown}. Example: {_labelled(field)}."
        )
    if limits.whole and not value.is_integer():
        return ParseError(
            f"{limits.name} takes a whole number, {limits.span}; you wrote {shown}. "
            f"Pick {int(value)} or {int(value) + 1}."
        )
    return int(value) if limits.whole else value


def parse(text: str, asked: tuple[Field, ...] = CORE_FIELDS) -> Parsed | ParseError:
    """Read `text` as the answer to a question asking for `asked` (in that order). Never raises."""
    asked = tuple(dict.fromkeys(asked)) or CORE_FIELDS
    example = example_for(asked)
    stripped = text.strip()
    if not stripped:
        return ParseError(f"That message was empty. {_how_to(asked)} Example: {example}.")
    if len(stripped) > MAX_CHARS:
        return ParseError(
            f"That's too long for a check-in (over {MAX_CHARS} characters). "
            f"Send just the numbers, e.g. {example}."
        )
    tokens = _tokens(fold(stripped))
    if any(t.kind == "foreign" for t in tokens):
        return ParseError(
            f"I can only read digits (or English number words) and English labels. "
            f"{_how_to(asked)} Example: {example}."
        )
    numbers = _read(tokens)
    if isinstance(numbers, ParseError):
        return numbers
    if not numbers:
        return ParseError(f"I couldn't find a number. {_how_to(asked)} Example: {example}.")
    values = _assign(numbers, asked)
    if isinstance(values, ParseError) and any(t.kind == "slash" for t in tokens):
        values = _second_reading(tokens, asked) or values  # "0/10" asked two things: 0 and 10
    if isinstance(values, ParseError):
        return values
    checked: dict[Field, int | float] = {}
    for field, raw in values.items():
        value = _value(field, raw)
        if isinstance(value, ParseError):
            return value
        checked[field] = value
    return Parsed(_checkin(checked))


def _second_reading(tokens: list[_Token], asked: tuple[Field, ...]) -> dict[Field, str] | None:
    """The answer with every "/" read as a separator, if that reading fits what was asked."""
    numbers = _read(tokens, slash_ten=False)
    values = None if isinstance(numbers, ParseError) else _assign(numbers, asked)
    return None if isinstance(values, ParseError) else values


def _checkin(values: dict[Field, int | float]) -> CheckIn:
    def whole(field: Field) -> int | None:
        value = values.get(field)
        return None if value is None else int(value)

    hrv = values.get(Field.HRV)
    return CheckIn(
        sleep=whole(Field.SLEEP),
        arousal=whole(Field.AROUSAL),
        recovery=whole(Field.RECOVERY),
        mood=whole(Field.MOOD),
        rhr=whole(Field.RHR),
        hrv=None if hrv is None else float(hrv),
        rpe=whole(Field.RPE),
    )


def _how_to(asked: tuple[Field, ...]) -> str:
    if len(asked) == 1:
        return f"Please send one number for {FIELD_HELP[asked[0]]}."
    order = ", ".join(f.value for f in asked)
    return f"Please send {len(asked)} numbers, in this order: {order}."
