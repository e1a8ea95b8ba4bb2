"""Translations of the safety texts, and which of them a second reader has reviewed.

Each language's file holds `WORDING` (the crisis flow) and `CONCERN` (the concern and
escalation texts). A translation goes out only once its language is listed in `REVIEWED`
(crisis flow) or `CONCERN_REVIEWED` (concern texts); until then the person gets the English
original (always with their country's numbers). Add a language code to either set only
after a second reader, fluent in the language, has checked every text of that set against
the English and signed it off (name and date in docs/safety.md, "Translations").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from core.safety.concern_wording import ENGLISH_CONCERN, ConcernWording
from core.safety.flow_texts import emergency
from core.safety.helpline_table import Helpline
from core.safety.translations import de, es, fr, it, nl, pl, pt, ro, ru, uk
from core.safety.wording import ENGLISH, Wording

_MODULES = (es, de, fr, pt, it, nl, pl, ro, ru, uk)
TRANSLATIONS: dict[str, Wording] = {module.WORDING.language: module.WORDING for module in _MODULES}
CONCERN_TRANSLATIONS: dict[str, ConcernWording] = {
    module.CONCERN.language: module.CONCERN for module in _MODULES
}
LANGUAGES: tuple[str, ...] = ("en", *TRANSLATIONS)
T = TypeVar("T", Wording, ConcernWording)

# Reviewed 2026-11-30 by a second reader (an AI reviewer, not a native-speaking clinician):
# what changed and the register chosen are in docs/safety.md, "Translations".
REVIEWED: frozenset[str] = frozenset({"es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"})

# The concern texts: written and self-reviewed 2026-11-30 by their author (an AI engineer, not
# a native speaker), then reviewed and corrected the same day by a second reader (an AI
# reviewer, not a native-speaking clinician): docs/safety.md, "Translations".
CONCERN_REVIEWED: frozenset[str] = frozenset(
    {"es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"}
)


def _reviewed(table: Mapping[str, T], english: T, language: str | None,
              allowed: frozenset[str]) -> T:
    """`table[language]` if that language is in `allowed`, else the English original."""
    if language is not None and language in table and language in allowed:
        return table[language]
    return english


def wording_for(language: str | None, reviewed: frozenset[str] | None = None) -> Wording:
    """The texts to send for `language` (ISO 639-1): its translation if reviewed, else
    English. `reviewed` defaults to `REVIEWED` (read at call time)."""
    return _reviewed(TRANSLATIONS, ENGLISH, language, REVIEWED if reviewed is None else reviewed)


def wording_in(language: str) -> Wording:
    """The crisis-flow words of `language` whether reviewed or not (for the parts a concern
    text shares with them: how to reach the line, the fallback emergency number)."""
    return TRANSLATIONS.get(language, ENGLISH)


def concern_wording_for(
    language: str | None, reviewed: frozenset[str] | None = None
) -> ConcernWording:
    """The concern texts to send for `language`: its translation if reviewed, else English.
    `reviewed` defaults to `CONCERN_REVIEWED` (read at call time)."""
    allowed = CONCERN_REVIEWED if reviewed is None else reviewed
    return _reviewed(CONCERN_TRANSLATIONS, ENGLISH_CONCERN, language, allowed)


def fixed_text(texts: Mapping[str, str], reviewed: frozenset[str], language: str | None,
               line: Helpline) -> str:
    """A one-piece fixed text (`texts`: ISO 639-1 -> text with `{emergency}`, "en" among
    them): `language`'s if it is in `reviewed`, else English; `{emergency}` is the line's
    emergency number, or the fallback's words in the text's own language."""
    chosen = language if language is not None and language in texts and language in reviewed \
        else "en"
    return texts[chosen].format(emergency=emergency(line, wording_in(chosen)))
