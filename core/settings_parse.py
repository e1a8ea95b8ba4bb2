"""Parse what people type for their settings: time zone, country, times, work hours, body mass.

Every parser returns the value or an `Invalid` with a friendly message and an example; the
time-zone parser may also return `Choose` when the words name no single place ("GMT", "EST",
"US"). Place data lives in core.places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from core.phone_text import clean as normalise
from core.places import (
    ABBREVIATIONS,
    COUNTRY_CHOICES,
    COUNTRY_NAMES,
    COUNTRY_ZONES,
    ISO_COUNTRIES,
    city_of,
    zone_names,
)
from core.programmes.model import Programme


@dataclass(frozen=True, slots=True)
class Invalid:
    message: str


@dataclass(frozen=True, slots=True)
class Choose:
    """The words name no single place: ask which of `options` (IANA zones; may be empty)."""

    options: tuple[str, ...]
    message: str


TZ_EXAMPLE = "a city like London or New York, or a zone name like Europe/London"
MAX_CHARS = 80  # a setting is a few words; longer text is refused before any other work
TOO_LONG = Invalid("That's too long for a setting; a few words will do, e.g. London or 07:00.")

_AROUND = re.compile(
    r"^((i'?m|i am|we'?re|we are|i live|i'?m based|based|living|currently|now|right now|my"
    r" (time ?zone|tz|zone) is|it'?s|its|in|at|near|from|the|time ?zone|tz|zone|city|set|to"
    r"|change|please|probably|somewhere|around|just|ok|okay|um|uh|hmm)\b[ ,:]*)+"
    r"|([ ,.!?]+|\b(i think|i guess|probably|maybe|i believe|time|time ?zone|tz|area|please"
    r"|thanks|pls|ish|mostly|city|then|for now|rn|atm|currently|right now|lol)\b)+$"
)
_OFFSET = re.compile(r"^(utc|gmt|z)?\s*[+-−]\s*\d{1,2}(:?\d{2})?$")


def _place_words(text: str) -> str:
    words = re.sub(r"[^\w\s/+\-−:'.,]", " ", normalise(text))
    previous, words = None, re.sub(r"\s+", " ", words).strip(" .!?")
    while previous != words:
        previous, words = words, _AROUND.sub("", words).strip(" .!?,")
    return words


def parse_country(text: str) -> str | Invalid:
    if len(text.strip()) > MAX_CHARS:
        return TOO_LONG
    bare = text.strip().strip(".")
    if re.fullmatch(r"[A-Z]{2}", bare) and bare in ISO_COUNTRIES:  # "IN", "NO", "IT" typed as
        return bare  # codes, before "in", "no", "it" are dropped as filler words
    words = _place_words(text)
    if words in COUNTRY_NAMES:
        return COUNTRY_NAMES[words]
    code = _country_code(words)
    if code is not None:
        return code
    return Invalid("I need a country name or its two-letter code, like GB, US or Romania.")


def _country_code(words: str) -> str | None:
    """"gb" -> "GB": two letters that are an ISO 3166-1 code, else None."""
    code = words.upper()
    return code if re.fullmatch(r"[a-z]{2}", words) and code in ISO_COUNTRIES else None


def parse_timezone(text: str) -> tuple[str, str | None] | Choose | Invalid:
    """A place: an IANA zone, a city, or a country with one zone -> (zone, country or None).

    A fixed offset or abbreviation ("GMT", "EST", "UTC+2") or a country with several zones
    ("US") -> `Choose` with the cities it may mean. "UTC" itself is accepted (the default)."""
    if len(text.strip()) > MAX_CHARS:
        return TOO_LONG
    words = _place_words(text)
    if re.search(r"\bcity\W*$", normalise(text)):  # "Mexico City": "city" is part of a name
        named = _zone_named(f"{words} city")
        if named is not None:
            return named, None
    if _OFFSET.fullmatch(words) or words in ABBREVIATIONS:
        options = ABBREVIATIONS.get(words, ())
        return Choose(options, _fixed_offset_question(text, options))
    zone = _zone_named(words)
    if zone is not None:
        return zone, None
    words = words.strip(" ,")
    country = COUNTRY_NAMES.get(words) or _country_code(words)
    if country is not None and country in COUNTRY_ZONES:
        return COUNTRY_ZONES[country], country
    if country is not None and country in COUNTRY_CHOICES:
        options = COUNTRY_CHOICES[country]
        return Choose(options, f"{country} has several time zones. Which one is yours? "
                               f"{_listed(options)}, or type your city.")
    return Invalid(f"I don't know the time zone \u201c{text.strip()[:40]}\u201d. "
                   f"Try {TZ_EXAMPLE}.")


def _zone_named(words: str) -> str | None:
    """A zone or city named by the words, or by their first part ("Paris, France",
    "berlin germany")."""
    names = zone_names()
    parts = [p.strip() for p in re.split(r",| in ", words) if p.strip()]
    tried = [words, *parts[:1]]
    tokens = words.replace(",", " ").split()
    tried += [" ".join(tokens[:n]) for n in range(len(tokens) - 1, 0, -1)
              if " ".join(tokens[n:]) in COUNTRY_NAMES]
    for candidate in tried:
        zone = names.get(candidate.replace(" ", "_")) or names.get(candidate.replace("_", " "))
        if zone is not None:
            return zone
    return None


def _fixed_offset_question(text: str, options: tuple[str, ...]) -> str:
    said = text.strip()[:12]
    if not options:
        return (f"\u201c{said}\u201d is a fixed offset with no summer time, not a place. "
                "Which city are you in?")
    return (f"\u201c{said}\u201d is a fixed offset with no summer time, not a place, so I need "
            f"your city. {_listed(options)}? Or type your city.")


def _listed(zones: tuple[str, ...]) -> str:
    cities = [city_of(zone) for zone in zones]
    return cities[0] if len(cities) == 1 else f"{', '.join(cities[:-1])} or {cities[-1]}"


_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_TIME = re.compile(
    r"^(?P<h>\d{1,2})(?:[:.h]?(?P<m>\d{2}))?\s*(?P<s>am|pm|a\.m\.?|p\.m\.?)?$"
)
_HALF = re.compile(r"^half (past )?(?P<h>\d{1,2})$")
_QUARTER = re.compile(r"^quarter (?P<w>past|to|after) (?P<h>\d{1,2})$")
_TIME_FILLER = re.compile(
    r"^((at|around|about|usually|normally|by|roughly|approx|approximately|i|wake|wake up"
    r"|get up|go to bed|bed|go to sleep|sleep|my|is|it'?s|its|typically|generally|mostly"
    r"|from|bedtime|wake time|up at|up)\b\s*)+|(\s*\b(ish|o'?clock|oclock|or so|usually"
    r"|normally|hrs|hours|in the morning|at night|in the evening|tonight|every day|daily)\b)+$"
)


def _time_words(text: str) -> str:
    words = normalise(text).strip(" .!?")
    for word, number in _NUMBERS.items():
        words = re.sub(rf"\b{word}\b", str(number), words)
    words = re.sub(r"\bnoon|midday\b", "12:00", words)
    words = re.sub(r"\bmidnight\b", "0:00", words)
    words = re.sub(r"(\d)\s*(am|pm)\b", r"\1\2", words)
    words = re.sub(r"(\d)ish\b", r"\1", words)
    previous = None
    while previous != words:
        previous, words = words, _TIME_FILLER.sub("", words).strip(" .!?,")
    return words


def parse_time(text: str, *, evening: bool = False) -> time | Invalid:
    """`07:00`, `7`, `7am`, `7:30 pm`, `23.15`, `22h30`, `0630`, `half 11`, `quarter to 7`,
    `midnight`. With `evening` (a bedtime) an hour from 6 to 11 without am/pm is p.m. and 12
    is midnight."""
    if len(text.strip()) > MAX_CHARS:
        return TOO_LONG
    words = _time_words(text)
    half, quarter = _HALF.match(words), _QUARTER.match(words)
    if half is not None:
        return _clock(int(half.group("h")), 30, "", evening)
    if quarter is not None:
        hour = int(quarter.group("h"))
        if quarter.group("w") == "to":
            return _clock(hour - 1 if hour > 1 else 12, 45, "", evening)
        return _clock(hour, 15, "", evening)
    match = _TIME.match(words)
    if match is None:
        return Invalid("Please give a time like 07:00, 7am or 22:30.")
    suffix = (match.group("s") or "").replace(".", "")
    return _clock(int(match.group("h")), int(match.group("m") or 0), suffix, evening)


def _clock(hour: int, minute: int, suffix: str, evening: bool) -> time | Invalid:
    if suffix and not 1 <= hour <= 12:
        return Invalid("With am/pm the hour is 1-12, like 7am or 10:30pm.")
    if suffix == "pm" and hour != 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    elif not suffix and evening and 6 <= hour <= 11:
        hour += 12
    elif not suffix and evening and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return Invalid("That time doesn't exist on a 24-hour clock. Try 07:00 or 22:30.")
    return time(hour, minute)


_HOURS_SPLIT = re.compile(r"\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\btil\b|\bthrough\b|\bthru\b)\s*")
_HOURS_FILLER = re.compile(
    r"^((i )?(work|working|work hours|working hours|hours|office hours|my hours are|from|are"
    r"|is|usually|normally|mostly|roughly|about|around|i'?m at work|at work|job|shift"
    r"|night shifts?|nights|on nights|overnight"
    r"|mon(day)?\s*(-|to)\s*fri(day)?|weekdays|on weekdays)\b[ :,]*)+"
    r"|(\s*\b(mon(day)?\s*(-|to)\s*fri(day)?|weekdays|on weekdays|ish|usually|normally"
    r"|overnight|night shifts?|nights|on nights"
    r"|most days|every day)\b)+$"
)


def parse_hours(text: str) -> tuple[time, time] | Invalid:
    """Work hours like `09:00-17:30`, `9am to 5pm`, `9-5` (17:00) or `8:30 to 5` (17:00):
    an end without am/pm that would come before a morning start is in the afternoon. An end
    still before the start after that is the next morning: an overnight shift (`17-9`,
    `22:00-06:00`, `11pm to 7am`), which core.schedule runs over midnight in local time.
    A start equal to the end is refused."""
    if len(text.strip()) > MAX_CHARS:
        return TOO_LONG
    words = normalise(text).strip(" .!")
    previous = None
    while previous != words:
        previous, words = words, _HOURS_FILLER.sub("", words).strip(" .!,")
    parts = _HOURS_SPLIT.split(words, maxsplit=1)
    usage = Invalid("Please give work hours like 09:00-17:30, or 9-5.")
    if len(parts) != 2:
        return usage
    start, end = parse_time(parts[0]), parse_time(parts[1])
    if isinstance(start, Invalid) or isinstance(end, Invalid):
        return usage
    twelve_hour = start.hour <= 12 and end.hour < 12 and not parts[1].strip().startswith("0")
    if end <= start and twelve_hour and not re.search(r"am|pm", parts[1]):
        end = end.replace(hour=end.hour + 12)
    if end == start:
        return Invalid(
            "Work hours need a different start and end, like 09:00-17:30 (or 22:00-06:00 "
            "for a night shift)."
        )
    return start, end  # end < start: an overnight shift, ending the next morning


_MASS = re.compile(r"^(\d{2,3}(?:[.,]\d)?)\s*(kg|kgs|kilos?|lb|lbs|pounds?)?$")


def parse_body_mass(text: str) -> float | Invalid:
    """Body mass in kg (or lb, converted), 30-300 kg."""
    match = _MASS.match(normalise(text).strip(" .!"))
    if match is None:
        return Invalid("Please give your body mass like 72 kg or 160 lb (or tap Skip).")
    value = float(match.group(1).replace(",", "."))
    if (match.group(2) or "").startswith(("lb", "pound")):
        value = round(value * 0.45359237, 1)
    if not 30 <= value <= 300:
        return Invalid("That doesn't look like a body mass; please give kg between 30 and 300.")
    return value


_PROGRAMME_WORDS = re.compile(
    r"\b(starter|start|beginner|begin|athlete|athletic|advanced|rhythm|rythm|rhythym|oscillat"
    r"|6.?week|six.?week|12.?week|twelve.?week|mon.?sun)"
)
_PROGRAMME_ALIASES = {"start": "starter", "beginner": "starter", "begin": "starter",
                      "athletic": "athlete", "advanced": "athlete", "rythm": "rhythm",
                      "rhythym": "rhythm", "oscillat": "rhythm"}


def _programme_alias(word: str) -> str:
    if word[:1] in "6s":
        return "starter"
    if word[:1] in "1t":
        return "athlete"
    return "rhythm" if word.startswith("mon") else _PROGRAMME_ALIASES.get(word, word)


def parse_programme(text: str) -> Programme | Invalid:
    if len(text.strip()) > MAX_CHARS:
        return TOO_LONG
    found = _PROGRAMME_WORDS.findall(normalise(text))
    names = {_programme_alias(word) for word in found}
    if len(names) == 1:
        return Programme(names.pop())
    return Invalid("The programmes are starter, athlete and rhythm.")


def parse_days(text: str, default: int, most: int) -> int | Invalid:
    clean = normalise(text).strip(" .!")
    if not clean:
        return default
    match = re.fullmatch(r"(\d{1,3})\s*(d|days?)?", clean)
    if match is None or not 1 <= int(match.group(1)) <= most:
        return Invalid(f"Please give a number of days from 1 to {most}, like /pause 3.")
    return int(match.group(1))
