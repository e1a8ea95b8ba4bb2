"""Crisis lines and emergency numbers by country (ISO 3166-1 alpha-2).

Each entry names the organisation's own website as its `source`. `checked` is when the entry
was last compared with public sources (see docs/safety.md for what was verified and how);
re-check these before every release, numbers change.
"""

from __future__ import annotations

from dataclasses import dataclass

CHECKED = "2026-11"


@dataclass(frozen=True, slots=True)
class Helpline:
    country: str  # ISO code, or "" for the fallback
    emergency: str  # e.g. "999"
    line_name: str  # e.g. "Samaritans"
    line_number: str  # what to dial, as printed by the service
    text_option: str | None  # how to reach a crisis service by text, if there is one
    source: str  # the service's website
    checked: str = CHECKED


_TABLE: tuple[Helpline, ...] = (
    Helpline(
        "US",
        "911",
        "988 Suicide & Crisis Lifeline",
        "988",
        "text 988",
        "https://988lifeline.org",
    ),
    Helpline(
        "CA",
        "911",
        "9-8-8 Suicide Crisis Helpline",
        "988",
        "text 988",
        "https://988.ca",
    ),
    Helpline(
        "GB",
        "999",
        "Samaritans",
        "116 123",
        "text SHOUT to 85258 (Shout)",
        "https://www.samaritans.org",
    ),
    Helpline(
        "IE",
        "112 or 999",
        "Samaritans",
        "116 123",
        "text HELLO to 50808",
        "https://www.samaritans.org/ireland",
    ),
    Helpline(
        "AU",
        "000",
        "Lifeline",
        "13 11 14",
        "text 0477 13 11 14",
        "https://www.lifeline.org.au",
    ),
    Helpline(
        "NZ",
        "111",
        "Need to talk? 1737",
        "1737",
        "text 1737",
        "https://1737.org.nz",
    ),
    Helpline(
        "DE",
        "112",
        "TelefonSeelsorge",
        "0800 111 0 111 or 0800 111 0 222",
        None,
        "https://www.telefonseelsorge.de",
    ),
    Helpline(
        "FR",
        "112 (or 15 for SAMU)",
        "3114, numéro national de prévention du suicide",
        "3114",
        None,
        "https://3114.fr",
    ),
    Helpline(
        "ES",
        "112",
        "024, Línea de atención a la conducta suicida",
        "024",
        None,
        "https://www.sanidad.gob.es",
    ),
    Helpline(
        "RO",
        "112",
        "Alianța Română de Prevenție a Suicidului",
        "0800 801 200",
        None,
        "https://www.preveniresuicid.ro",
    ),
)

HELPLINES: dict[str, Helpline] = {entry.country: entry for entry in _TABLE}

FALLBACK = Helpline(
    "",
    "your local emergency number (112 in much of the world, 911 in North America, 999 in the UK)",
    "a crisis line near you",
    "listed at findahelpline.com",
    None,
    "https://findahelpline.com",
)


def helpline_for(country: str | None) -> Helpline:
    """The entry for an ISO country code (any case, spaces ignored), else the fallback."""
    if country is None:
        return FALLBACK
    return HELPLINES.get(country.strip().upper(), FALLBACK)
