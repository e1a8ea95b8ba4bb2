"""Check-in ratings in a message as people write them, or what is wrong with them.

Lenient where a reading is clear and strict where it is not:
- words that are no label are passed over ("slept badly, 4" is sleep 4; "6 7 5 8 but my
  knee hurts" is a check-in, the knee is answered separately);
- a word that names something the check-in does not ask ("energy", "tired") takes the
  number after it out of the reading and is reported in `unread`;
- one number "for everything" fills every field asked ("7/10 for everything");
- a number with another unit ("20 min", "3 sets", "6:30") is not a rating, so the message
  is not read as a check-in at all;
- hours of sleep are no rating: passed over beside one ("slept 8 hrs but quality 6"), a
  `RatingsProblem` alone; so are decimals, out-of-range values and a count that fits no
  reading, with core.checkin's precise message.
Values are checked by core.checkin.parse, so limits and messages live in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.checkin import MAX_CHARS, Parsed, ParseError, fold, parse
from core.checkin_fields import CORE_FIELDS, OPTIONAL_FIELDS, Field
from core.checkin_words import FILLERS, HOURS, LABELS, LONGEST_LABEL, NUMBER_WORDS, UNITS
from core.phone_text import clean
from core.understanding.model import Ratings, RatingsProblem
from core.understanding.words import SHORTHAND

_TOKEN = re.compile(
    r"(?P<time>\b\d{1,2}[:h]\d{2}\b)"
    r"|(?P<num>(?:(?<![0-9])-)?(?:[0-9]+(?:\.[0-9]+)*|\.[0-9]+))"
    r"|(?P<word>[a-z]+)"
    r"|(?P<foreign>[^\W\d_]+)"
    r"|(?P<slash>/)"
    r"|(?P<unit>%)"
    r"|(?P<sep>[,;!?()&+]|(?<![0-9])\.|\.(?![0-9])| - )"
)
_DIGIT_WORDS = re.compile(
    r"\b(" + "|".join(w for w in SHORTHAND if any(c.isdigit() for c in w)) + r")\b"
)
# Words that name something the check-in does not ask: the number after one is not kept.
OTHER_MEASURES = frozenset({
    "energy", "energetic", "tired", "tiredness", "fatigue", "fatigued", "exhausted",
    "exhaustion", "motivation", "motivated", "soreness", "sore", "doms", "hunger", "hungry",
    "focus", "anxiety", "anxious", "stiffness", "pain", "readiness", "weight", "steps",
    "water", "appetite", "libido", "happiness", "confidence", "productivity",
})  # fmt: skip
# A number followed by one of these is a quantity, not a rating.
QUANTITY_UNITS = frozenset({
    "min", "mins", "minute", "minutes", "m", "k", "km", "kms", "mi", "mile", "miles", "kg",
    "kgs", "kilo", "kilos", "lb", "lbs", "pound", "pounds", "set", "sets", "rep", "reps", "x",
    "times", "day", "days", "week", "weeks", "am", "pm", "oclock", "percent", "pc", "st", "nd",
    "rd", "th", "sec", "secs", "second", "seconds", "cal", "kcal", "calories", "ml", "l", "g",
    "grams", "cups", "coffees", "beers", "pints", "drinks", "glasses", "rm", "rms", "year",
    "years", "yo", "month", "months",
})  # fmt: skip
# A number right after one of these is not a rating ("zone 2", "day 3", "at 7").
QUANTITY_BEFORE = frozenset({
    "zone", "day", "week", "set", "sets", "rep", "reps", "at", "after", "since", "before",
    "until", "till", "level", "page", "top", "under", "over", "than", "every", "by", "ran",
    "run", "walked", "lifted", "drank", "have", "had", "got", "im", "aged", "age", "number",
})  # fmt: skip
# A label may follow its number: "8 for sleep", "7 on mood".
_LABEL_AFTER = frozenset({"for", "on"})
_THE_REST = re.compile(
    r"\b(everything else|all else|the rest|rest|others|the others|other three|other 3"
    r"|remaining|everything other)\b"
)
_EVERYTHING = re.compile(
    r"\b(for|on|across|in|to) (everything|all|each|every ?one|the board|all four|all of them"
    r"|all 4|each one)\b|\ball (round|around|four|4)\b|\beverything('s| is| was| at| a)* ?\d"
    r"|\b\d+s? (for|on|across) (everything|all|the board)\b|\ball \d+s?\b"
)


@dataclass(slots=True)
class _Number:
    text: str
    field: Field | None = None


@dataclass(slots=True)
class _Reading:
    numbers: list[_Number] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    quantity: bool = False  # a number with a unit of its own, or a time of day
    hours: bool = False  # hours of sleep
    labels: int = 0  # labels seen
    other_words: int = 0  # words that are neither labels, numbers nor fillers


def _everything(text: str) -> str:
    """"all": one number fills every field asked; "rest": it fills every field left open."""
    if _THE_REST.search(text):
        return "rest"
    return "all" if _EVERYTHING.search(text) else ""


def _strict_readings(context: str) -> tuple[tuple[Field, ...], ...]:
    """What core.checkin.parse is tried with first: one question's own field, then the
    fields still open after it, then all four."""
    asked = asked_for(context)
    if context.startswith("checkin:"):
        return (asked[:1], asked, CORE_FIELDS) if len(asked) > 1 else (asked, CORE_FIELDS)
    return (asked,)


def asked_for(context: str) -> tuple[Field, ...]:
    """The fields a context asks, in order: "checkin:recovery" -> recovery, mood."""
    kind, _, step = context.partition(":")
    if kind == "extras":
        return OPTIONAL_FIELDS
    if kind == "checkin" and step in Field.__members__.values():
        fields_ = CORE_FIELDS[CORE_FIELDS.index(Field(step)):]
        return fields_ or CORE_FIELDS
    return CORE_FIELDS


def read_ratings(text: str, context: str = "idle") -> Ratings | RatingsProblem | None:
    """The ratings in `text` for a question in `context` ("idle", "checkin",
    "checkin:<field>", "extras"); None when the message holds no ratings at all."""
    if len(text.strip()) > MAX_CHARS:
        return None  # as core.checkin.parse: longer text is no check-in
    for asked in _strict_readings(context):  # a clean answer: "6 7 5 8", "7", "sleep 6"
        strict = parse(text, asked)
        if isinstance(strict, Parsed):
            return Ratings(strict.checkin)
    folded = _DIGIT_WORDS.sub(lambda m: SHORTHAND[m.group()], fold(clean(text)))
    reading = _read(_tokens(folded))
    labelled = [n for n in reading.numbers if n.field is not None]
    if reading.hours and not reading.numbers:  # "slept 8 hrs but quality 6" keeps the 6
        return RatingsProblem(
            "Sleep is rated for quality, 0-10 (10 = best), not in hours. Example: sleep 7."
        )
    if not reading.numbers and reading.unread and not reading.quantity:
        return RatingsProblem(_unread_message(reading.unread))
    if not reading.numbers or (reading.quantity and not labelled):
        return None
    everything = _everything(folded)
    if context == "idle" and not reading.labels and reading.other_words and (
        len(reading.numbers) != len(CORE_FIELDS)
    ) and everything != "all":
        return None  # chat with a number in it, not a check-in (four numbers, or one
        # "for everything", are one)
    asked = asked_for(context)
    values = _assign(reading, asked, context, everything)
    if isinstance(values, RatingsProblem):
        return values
    canonical = " ".join(f"{f.value} {v}" for f, v in values.items())
    checked = parse(canonical, tuple(values))
    if isinstance(checked, ParseError):
        return RatingsProblem(checked.message)
    return Ratings(checked.checkin, tuple(dict.fromkeys(reading.unread)))


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(text):
        kind, found = match.lastgroup or "", match.group()
        if kind == "num" and found.count(".") > 1:
            tokens += [("num", part) for part in found.split(".") if part]
        else:
            tokens.append((kind, found))
    return tokens


def _label_at(tokens: list[tuple[str, str]], i: int) -> tuple[Field, int] | None:
    for size in range(LONGEST_LABEL, 0, -1):
        words = tuple(t for k, t in tokens[i : i + size] if k == "word")
        if len(words) == size and words in LABELS:
            return LABELS[words], size
    return None


def _out_of_ten(tokens: list[tuple[str, str]], i: int) -> int:
    after = [t for _, t in tokens[i + 1 : i + 4]]
    if after[:2] == ["/", "10"] and after[2:3] != ["/"] and (i == 0 or tokens[i - 1][0] != "slash"):
        return 2
    if after[:3] == ["out", "of", "10"]:
        return 3
    return 2 if after[:2] == ["of", "10"] else 0


def _read(tokens: list[tuple[str, str]]) -> _Reading:
    """Numbers with the fields their labels or units name, left to right."""
    reading = _Reading()
    label: Field | None = None  # a label still waiting for its number
    unread: str | None = None  # a word whose number is not kept
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        number = NUMBER_WORDS.get(text) if kind == "word" else text if kind == "num" else None
        if kind == "time":
            reading.quantity = True
        elif number is not None:
            i = _number(tokens, i, number, label, unread, reading)
            label = unread = None
            continue
        elif kind == "word":
            found = _label_at(tokens, i)
            if found is not None:
                reading.labels += 1
                if _attach_backwards(tokens, i, reading, found[0]):
                    label = None
                else:
                    label, unread = found[0], None
                i += found[1]
                continue
            if text in OTHER_MEASURES:
                unread, label = text, None
            elif text not in FILLERS and text not in _LABEL_AFTER:
                reading.other_words += 1
        elif kind == "sep":
            unread = None
        i += 1
    return reading


def _number(
    tokens: list[tuple[str, str]], i: int, number: str, label: Field | None, unread: str | None,
    reading: _Reading,
) -> int:
    """Read the number at i; return the index after it (and after any "out of 10")."""
    following = tokens[i + 1][1] if i + 1 < len(tokens) else ""
    previous = tokens[i - 1][1] if i and tokens[i - 1][0] == "word" else ""
    if following in HOURS:
        reading.hours = True
        return i + 2
    elif following in UNITS:
        reading.numbers.append(_Number(number, label or UNITS[following]))
        return i + 2
    elif following in QUANTITY_UNITS or following == "%" or (
        previous in QUANTITY_BEFORE and label is None and unread is None
    ):
        reading.quantity = True
    elif unread is not None:
        reading.unread.append(unread)
    else:
        reading.numbers.append(_Number(number, label))
    return i + 1 + _out_of_ten(tokens, i)


def _attach_backwards(
    tokens: list[tuple[str, str]], i: int, reading: _Reading, field_: Field
) -> bool:
    """"8 for sleep": the label after "for"/"on" takes the loose number just before it."""
    if i < 2 or tokens[i - 1][1] not in _LABEL_AFTER or not reading.numbers:
        return False
    last = reading.numbers[-1]
    before = tokens[i - 2][1]
    if last.field is not None or (before != last.text and NUMBER_WORDS.get(before) != last.text):
        return False
    last.field = field_
    return True


def _assign(
    reading: _Reading, asked: tuple[Field, ...], context: str, everything: str
) -> dict[Field, str] | RatingsProblem:
    values: dict[Field, str] = {}
    for number in reading.numbers:
        if number.field is None:
            continue
        if number.field in values:
            name = number.field.value.capitalize()
            return RatingsProblem(f"{name} appears twice; send it once.")
        values[number.field] = number.text
    loose = [n.text for n in reading.numbers if n.field is None]
    if not loose:
        return values
    open_ = tuple(f for f in asked if f not in values)
    single = context.startswith("checkin:") or context == "extras"
    if everything and len(loose) == 1 and asked != OPTIONAL_FIELDS and (values or everything
                                                                      == "all"):
        return values | dict.fromkeys(open_ or asked, loose[0])
    if context == "extras" and len(loose) == 1 and not values:
        return _lone_extra(loose[0])
    if len(loose) == len(open_):
        return values | dict(zip(open_, loose, strict=True))
    if single and len(loose) == 1 and open_:
        return values | {open_[0]: loose[0]}
    if len(loose) == len(CORE_FIELDS) and not values and asked != OPTIONAL_FIELDS:
        return dict(zip(CORE_FIELDS, loose, strict=True))
    counted = parse(" ".join(loose), open_ or asked)
    message = counted.message if isinstance(counted, ParseError) else "Too many numbers."
    return RatingsProblem(message)


def _lone_extra(text: str) -> dict[Field, str] | RatingsProblem:
    """A lone number to the extras question: 0-10 is RPE, 25-220 resting heart rate."""
    value = float(text)
    if 0 <= value <= 10:
        return {Field.RPE: text}
    if 25 <= value <= 220:
        return {Field.RHR: text}
    return RatingsProblem(
        "I couldn't tell which that is. Label it, e.g. rhr 54 (resting heart rate, bpm), "
        "hrv 62 (ms) or rpe 7 (effort 0-10)."
    )


def _unread_message(words: list[str]) -> str:
    said = ", ".join(f"\u201c{w}\u201d" for w in dict.fromkeys(words))
    return (f"I didn't keep the number after {said}: it isn't one of the check-in questions. "
            "Rate sleep, arousal, recovery and mood 0-10, e.g. sleep 6 mood 8.")
