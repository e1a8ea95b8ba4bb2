"""Settings in everyday words (core.settings_parse): places, times, work hours."""

from __future__ import annotations

from datetime import time

import pytest

from core.places import COUNTRY_CHOICES
from core.settings_parse import (
    Choose,
    Invalid,
    parse_country,
    parse_hours,
    parse_time,
    parse_timezone,
)


@pytest.mark.parametrize("said", ["GMT", "gmt", "EST", "CET", "PST", "UTC+2", "GMT-5", "+01:00"])
def test_a_fixed_offset_is_not_a_place_so_the_coach_asks_which_city(said: str) -> None:
    found = parse_timezone(said)
    assert isinstance(found, Choose)
    assert "not a place" in found.message


def test_gmt_offers_london_and_reykjavik() -> None:
    found = parse_timezone("GMT")
    assert isinstance(found, Choose)
    assert found.options[:2] == ("Europe/London", "Atlantic/Reykjavik")
    assert "London" in found.message and "Reykjavik" in found.message


def test_us_lists_only_us_zones() -> None:
    found = parse_timezone("US")
    assert isinstance(found, Choose)
    assert found.options == COUNTRY_CHOICES["US"]
    assert all(z.startswith(("America/", "Pacific/Honolulu")) for z in found.options)
    assert "Toronto" not in found.message and "Sydney" not in found.message


@pytest.mark.parametrize("said, zone", [
    ("Europe/London", "Europe/London"), ("london", "Europe/London"),
    ("i'm in dublin", "Europe/Dublin"), ("New York City", "America/New_York"),
    ("Paris, France", "Europe/Paris"), ("UTC", "UTC"), ("ireland", "Europe/Dublin"),
])  # fmt: skip
def test_places_are_zones(said: str, zone: str) -> None:
    found = parse_timezone(said)
    assert isinstance(found, tuple) and found[0] == zone


def test_an_unknown_place_says_so() -> None:
    assert isinstance(parse_timezone("Mars/Olympus_Mons"), Invalid)


@pytest.mark.parametrize("said, hours", [
    ("9-5", (time(9), time(17))), ("9 to 5:30", (time(9), time(17, 30))),
    ("8:30 to 5", (time(8, 30), time(17))), ("09:00-17:30", (time(9), time(17, 30))),
    ("9am - 6pm", (time(9), time(18))), ("nine to five", (time(9), time(17))),
    ("12-8", (time(12), time(20))), ("mon-fri 9-5", (time(9), time(17))),
])  # fmt: skip
def test_work_hours_in_everyday_words(said: str, hours: tuple[time, time]) -> None:
    assert parse_hours(said) == hours


@pytest.mark.parametrize("said, hours", [
    ("17-9", (time(17), time(9))), ("18:00-10:00", (time(18), time(10))),
    ("22:00-06:00", (time(22), time(6))), ("11pm to 7am", (time(23), time(7))),
    ("9pm to 5", (time(21), time(5))), ("night shift 22-6", (time(22), time(6))),
    ("I work nights 7pm to 7am", (time(19), time(7))),
])  # fmt: skip
def test_work_hours_that_end_before_they_start_are_an_overnight_shift(
    said: str, hours: tuple[time, time]
) -> None:
    assert parse_hours(said) == hours


def test_work_hours_that_start_and_end_at_the_same_time_are_refused() -> None:
    refused = parse_hours("08:00-08:00")
    assert isinstance(refused, Invalid) and "night shift" in refused.message


@pytest.mark.parametrize("said, evening, when", [
    ("half 11", True, time(23, 30)), ("11", True, time(23)), ("midnight", True, time(0)),
    ("1am", True, time(1)), ("6am", False, time(6)), ("quarter to 7", False, time(6, 45)),
    ("0630", False, time(6, 30)), ("around 6ish", False, time(6)),
])  # fmt: skip
def test_times_in_everyday_words(said: str, evening: bool, when: time) -> None:
    assert parse_time(said, evening=evening) == when


def _offered() -> list[str]:
    from core.settings_parse import ABBREVIATIONS, COUNTRY_CHOICES

    zones = {z for options in (*COUNTRY_CHOICES.values(), *ABBREVIATIONS.values()) for z in options}
    return sorted(zones)


@pytest.mark.parametrize("zone", _offered())
def test_every_city_the_coach_offers_is_understood_when_typed(zone: str) -> None:
    """A newcomer typed the offered button "Mexico City" and was asked again, in a loop."""
    from core.places import city_of

    assert parse_timezone(city_of(zone)) == (zone, None)
    assert parse_timezone(f"I live in {city_of(zone)}") == (zone, None)


@pytest.mark.parametrize(("said", "code"), [("GB", "GB"), ("bt", "BT"), ("Romania", "RO"),
                                            ("XX", None), ("ZZ", None), ("qq", None)])
def test_a_country_code_must_be_a_country(said: str, code: str | None) -> None:
    """`/set country XX` was saved (a newcomer's trial)."""
    found = parse_country(said)
    assert found == code if code is not None else isinstance(found, Invalid)


@pytest.mark.parametrize(("said", "code"), [
    ("IN", "IN"), ("India", "IN"), ("Україна", "UA"), ("Украина", "UA"), ("Россия", "RU"),
    ("Nederland", "NL"), ("Belgique", "BE"), ("Österreich", "AT"), ("Estados Unidos", "US"),
])
def test_a_code_typed_as_a_code_and_the_countrys_own_name_are_understood(
    said: str, code: str
) -> None:
    """Attack 7 (2026-12-01): "IN" ("in" is a filler word in "I'm in London"), "Україна" and
    "Россия" were refused, so the person fell back to the international helpline list."""
    assert parse_country(said) == code


def test_every_zone_the_coach_offers_knows_its_country() -> None:
    from core.places import COUNTRY_ZONES, country_of_zone

    assert all(country_of_zone(zone) == code for code, zone in COUNTRY_ZONES.items())
    assert all(country_of_zone(zone) == code
               for code, zones in COUNTRY_CHOICES.items() for zone in zones)
    assert country_of_zone("UTC") is None
