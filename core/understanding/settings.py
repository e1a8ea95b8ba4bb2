"""Settings in words: an answer to a sign-up question ("9 to 5:30", "dublin", "gmt"), or a
change asked for anywhere ("/set work 9-5", "set my timezone to Europe/Berlin")."""

from __future__ import annotations

import re
from datetime import time

from core.phone_text import clean
from core.settings_parse import (
    MAX_CHARS,
    Choose,
    Invalid,
    parse_country,
    parse_hours,
    parse_programme,
    parse_time,
    parse_timezone,
)
from core.understanding.model import Setting

SETTING_NAMES = {
    "timezone": "timezone", "time zone": "timezone", "tz": "timezone", "zone": "timezone",
    "country": "country", "programme": "programme", "program": "programme",
    "plan": "programme", "wake": "wake", "wake up": "wake", "wake time": "wake",
    "wake up time": "wake", "waking time": "wake", "alarm": "wake", "bed": "bed",
    "bedtime": "bed", "bed time": "bed", "sleep time": "bed", "work": "work",
    "work hours": "work", "working hours": "work", "office hours": "work", "hours": "work",
    "work time": "work", "mass": "mass", "weight": "mass", "body mass": "mass",
}  # fmt: skip
_NAME = "|".join(sorted((re.escape(n) for n in SETTING_NAMES), key=len, reverse=True))
_IN_WORDS = (
    re.compile(
        rf"^(please )?(set|change|update|switch|make|put|move|reset|edit)( my| the)? (?P<name>"
        rf"{_NAME})( setting)?( to| is| as| =|:)? (?P<value>.+)$"
    ),
    re.compile(rf"^my (?P<name>{_NAME}) (is|should be|are|=) (?P<value>.+)$"),
    re.compile(rf"^(?P<name>{_NAME})[:=]? (?P<value>.+)$"),
)
_PROGRAMME_SWITCH = re.compile(
    r"^(please )?((switch|change|move|put) (me )?(to|onto|on)|i (want|would like|d like|prefer)"
    r"( to (do|try|switch to|use))?|(can|could) i (do|have|try|switch to)|give me) (the )?"
    r"(?P<value>starter|athlete|rhythm)( programme| program| plan| one)?( instead)?( please)?$"
)
_ROUTINE = re.compile(
    r"^i (usually |normally )?(?P<name>wake up|wake|get up|go to bed|go to sleep|work)"
    r"( at| from)? (?P<value>.+)$"
)
_ROUTINE_NAMES = {"wake up": "wake", "wake": "wake", "get up": "wake", "go to bed": "bed",
                  "go to sleep": "bed", "work": "work"}


def setting_value(name: str, text: str) -> Setting | Invalid:
    """`text` as the value of setting `name`, normalised; `Setting` without a value when the
    words name no single place (ask which)."""
    if name == "timezone":
        zone = parse_timezone(text)
        if isinstance(zone, Invalid):
            return zone
        if isinstance(zone, Choose):
            return Setting(name, None, zone.options, zone.message)
        return Setting(name, zone[0])
    if name == "country":
        country = parse_country(text)
        return country if isinstance(country, Invalid) else Setting(name, country)
    if name == "programme":
        programme = parse_programme(text)
        return programme if isinstance(programme, Invalid) else Setting(name, programme.value)
    if name in ("wake", "bed"):
        when = parse_time(text, evening=name == "bed")
        return when if isinstance(when, Invalid) else Setting(name, _hhmm(when))
    if name == "work":
        hours = parse_hours(text)
        if isinstance(hours, Invalid):
            return hours
        return Setting(name, f"{_hhmm(hours[0])}-{_hhmm(hours[1])}")
    return Invalid(f"I don't know the setting {name[:20]}.")


def setting_in_words(text: str) -> Setting | None:
    """A setting changed in words ("set my wake time to 6:30", "switch me to athlete")."""
    if len(text.strip()) > MAX_CHARS:
        return None
    words = clean(text).strip(" .!?")
    switch = _PROGRAMME_SWITCH.match(words)
    if switch is not None:
        return Setting("programme", switch.group("value"))
    for pattern in _IN_WORDS:
        match = pattern.match(words)
        if match is not None:
            name = SETTING_NAMES[match.group("name")]
            value = setting_value(name, match.group("value"))
            return None if isinstance(value, Invalid) else value
    routine = _ROUTINE.match(words)
    if routine is not None:
        value = setting_value(_ROUTINE_NAMES[routine.group("name")], routine.group("value"))
        return None if isinstance(value, Invalid) else value
    return None


def _hhmm(value: time) -> str:
    return f"{value:%H:%M}"
