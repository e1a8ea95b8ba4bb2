"""Which language a person gets the safety texts in, and the `/set language` values.

`choose_language(setting, detected, country)`: the first of
1. the person's setting (`/set language es`): they told us what they read; a guess from a
   few words must not override that;
2. the language detected in the message that triggered the screen: the strongest evidence
   of what the person reads when they have not told us (many people live in a country whose
   language is not theirs, and people in distress often write in their first language);
   between Russian and Ukrainian, which share most words and letters, the letters decide
   (`east_slavic`);
3. the country's usual language (a weak default: most people there read it);
4. English.
The chosen language is then sent only if its translation is reviewed (`translations`);
otherwise English. Every text carries the person's country's numbers either way.
"""

from __future__ import annotations

from core.safety.answers import plain
from core.safety.translations import LANGUAGES

COUNTRY_LANGUAGE: dict[str, str] = {
    "ES": "es", "MX": "es", "AR": "es", "CL": "es", "CO": "es", "PE": "es", "UY": "es",
    "DE": "de", "AT": "de", "CH": "de", "LI": "de",
    "FR": "fr", "LU": "fr", "MC": "fr",
    "PT": "pt", "BR": "pt",
    "IT": "it", "SM": "it",
    "NL": "nl", "BE": "nl",
    "PL": "pl", "RO": "ro", "MD": "ro", "RU": "ru", "UA": "uk",
}

_NAMES: dict[str, str] = {
    "english": "en", "spanish": "es", "espanol": "es", "castellano": "es", "german": "de",
    "deutsch": "de", "french": "fr", "francais": "fr", "portuguese": "pt", "portugues": "pt",
    "italian": "it", "italiano": "it", "dutch": "nl", "nederlands": "nl", "vlaams": "nl",
    "polish": "pl", "polski": "pl", "romanian": "ro", "romana": "ro", "russian": "ru",
    "русский": "ru", "ukrainian": "uk", "украинский": "uk", "українська": "uk",
}

_PLAIN_NAMES = {plain(name): code for name, code in _NAMES.items()}


def parse_language(text: str) -> str | None:
    """An ISO 639-1 code this project has texts for, from a code or a name in English or
    in the language itself ("es", "Spanish", "español"); None otherwise."""
    words = plain(text)
    if words in LANGUAGES:
        return words
    return _PLAIN_NAMES.get(words)


def country_language(country: str | None) -> str | None:
    """The usual language of a country, if the project has texts for it."""
    return COUNTRY_LANGUAGE.get((country or "").strip().upper())


_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
_RUSSIAN_ONLY = frozenset("ыэъёЫЭЪЁ")


def east_slavic(detected: str | None, text: str, country: str | None) -> str | None:
    """The detected language, corrected between Russian and Ukrainian by their own letters.

    A short Ukrainian message without і, ї, є or ґ ("хочу вмерти, все набридло") reads as
    Russian to a character-n-gram detector (an attacker's finding: Ukrainians in Ukraine
    got the Russian crisis text). So when the detector says "ru" or "uk": letters only one
    of the two alphabets has decide; with neither (or both), a person whose country is
    Ukraine or Russia gets that country's language; elsewhere the detector's guess stands.
    Any other detected language is returned unchanged."""
    if detected not in ("ru", "uk"):
        return detected
    letters = set(text)
    ukrainian, russian = bool(letters & _UKRAINIAN_ONLY), bool(letters & _RUSSIAN_ONLY)
    if ukrainian != russian:
        return "uk" if ukrainian else "ru"
    home = country_language(country)
    return home if home in ("ru", "uk") else detected


def choose_language(
    setting: str | None, detected: str | None, country: str | None, text: str = ""
) -> str:
    """The person's language for safety texts (see the module docstring for the order).
    `text`: the message the language was detected in (`east_slavic`)."""
    for candidate in (setting, east_slavic(detected, text, country), country_language(country)):
        if candidate in LANGUAGES:
            return candidate
    return "en"
