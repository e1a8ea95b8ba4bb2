"""Parse what people type for their settings: time zone, country, times, work hours, body mass.

Every parser returns the value or an `Invalid` with a friendly message and an example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from core.intents import normalise
from core.programmes.model import Programme


@dataclass(frozen=True, slots=True)
class Invalid:
    message: str


# Countries with one obvious zone (others must give an IANA name).
COUNTRY_ZONES: dict[str, str] = {
    "GB": "Europe/London", "IE": "Europe/Dublin", "DE": "Europe/Berlin", "FR": "Europe/Paris",
    "ES": "Europe/Madrid", "RO": "Europe/Bucharest", "NZ": "Pacific/Auckland", "IT": "Europe/Rome",
    "NL": "Europe/Amsterdam", "BE": "Europe/Brussels", "PL": "Europe/Warsaw",
    "SE": "Europe/Stockholm",
    "NO": "Europe/Oslo", "DK": "Europe/Copenhagen", "FI": "Europe/Helsinki", "AT": "Europe/Vienna",
    "CH": "Europe/Zurich", "GR": "Europe/Athens", "HU": "Europe/Budapest", "CZ": "Europe/Prague",
    "JP": "Asia/Tokyo", "IN": "Asia/Kolkata", "SG": "Asia/Singapore", "ZA": "Africa/Johannesburg",
    "IL": "Asia/Jerusalem", "KR": "Asia/Seoul",
}
COUNTRY_NAMES: dict[str, str] = {
    "united kingdom": "GB", "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "ireland": "IE", "germany": "DE",
    "deutschland": "DE", "france": "FR", "spain": "ES", "españa": "ES", "romania": "RO",
    "românia": "RO", "new zealand": "NZ", "italy": "IT", "netherlands": "NL", "belgium": "BE",
    "poland": "PL", "sweden": "SE", "norway": "NO", "denmark": "DK", "finland": "FI",
    "austria": "AT", "switzerland": "CH", "greece": "GR", "hungary": "HU", "czechia": "CZ",
    "japan": "JP", "india": "IN", "singapore": "SG", "south africa": "ZA", "israel": "IL",
    "south korea": "KR", "united states": "US", "usa": "US", "us": "US", "america": "US",
    "canada": "CA", "australia": "AU",
}
TZ_EXAMPLE = "Europe/London, America/New_York or a country like Ireland"


@cache
def _zones_by_lower() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


def parse_country(text: str) -> str | Invalid:
    clean = normalise(text).strip(" .!")
    if clean in COUNTRY_NAMES:
        return COUNTRY_NAMES[clean]
    if re.fullmatch(r"[a-z]{2}", clean):
        return clean.upper()
    return Invalid("I need a country name or its two-letter code, like GB, US or Romania.")


def parse_timezone(text: str) -> tuple[str, str | None] | Invalid:
    """An IANA zone name, or a country with one obvious zone. Returns (zone, country or None)."""
    clean = normalise(text).strip(" .!").replace(" ", "_")
    zone = _zones_by_lower().get(clean)
    if zone is not None:
        ZoneInfo(zone)  # available_timezones() lists only loadable zones
        return zone, None
    country = parse_country(text)
    if isinstance(country, str) and country in COUNTRY_ZONES:
        return COUNTRY_ZONES[country], country
    if isinstance(country, str) and country in {"US", "CA", "AU"}:
        return Invalid(f"{country} has several time zones. Please type yours, "
                       "e.g. America/New_York, America/Toronto or Australia/Sydney.")
    return Invalid(f"I don't know the time zone \u201c{text.strip()[:40]}\u201d. "
                   f"Try a name like {TZ_EXAMPLE}.")


_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$")


def parse_time(text: str) -> time | Invalid:
    """`07:00`, `7`, `7am`, `7:30 pm`, `23.15`, `22h30`."""
    match = _TIME.match(normalise(text).strip(" .!"))
    if match is None:
        return Invalid("Please give a time like 07:00, 7am or 22:30.")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").replace(".", "")
    if suffix and not 1 <= hour <= 12:
        return Invalid("With am/pm the hour is 1-12, like 7am or 10:30pm.")
    if suffix == "pm" and hour != 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return Invalid("That time doesn't exist on a 24-hour clock. Try 07:00 or 22:30.")
    return time(hour, minute)


def parse_hours(text: str) -> tuple[time, time] | Invalid:
    """Work hours like `09:00-17:30` or `9am to 5pm`."""
    parts = re.split(r"\s*(?:-|–|—|to|until|till)\s*", normalise(text).strip(" .!"), maxsplit=1)
    if len(parts) != 2:
        return Invalid("Please give work hours like 09:00-17:30.")
    start, end = parse_time(parts[0]), parse_time(parts[1])
    if isinstance(start, Invalid) or isinstance(end, Invalid):
        return Invalid("Please give work hours like 09:00-17:30.")
    if end <= start:
        return Invalid("Work hours must end after they start, like 09:00-17:30.")
    return start, end


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


def parse_programme(text: str) -> Programme | Invalid:
    clean = normalise(text).strip(" .!")
    for programme in Programme:
        if clean.startswith(programme.value):
            return programme
    return Invalid("The programmes are starter, athlete and rhythm.")


def parse_days(text: str, default: int, most: int) -> int | Invalid:
    clean = normalise(text).strip(" .!")
    if not clean:
        return default
    match = re.fullmatch(r"(\d{1,3})\s*(d|days?)?", clean)
    if match is None or not 1 <= int(match.group(1)) <= most:
        return Invalid(f"Please give a number of days from 1 to {most}, like /pause 3.")
    return int(match.group(1))
