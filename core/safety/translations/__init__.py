"""Translations of the safety flow's texts, and which of them a second reader has reviewed.

A translation goes out only once it is listed in `REVIEWED`; until then the person gets the
English original (always with their country's numbers). Add a language code to `REVIEWED`
only after a second reader, fluent in the language, has checked every text against the
English and signed it off (name and date in docs/safety.md, "Translations").
"""

from __future__ import annotations

from core.safety.translations import de, es, fr, it, nl, pl, pt, ro, ru, uk
from core.safety.wording import ENGLISH, Wording

TRANSLATIONS: dict[str, Wording] = {
    module.WORDING.language: module.WORDING
    for module in (es, de, fr, pt, it, nl, pl, ro, ru, uk)
}
LANGUAGES: tuple[str, ...] = ("en", *TRANSLATIONS)

# Reviewed 2026-11-30 by a second reader (an AI reviewer, not a native-speaking clinician):
# what changed and the register chosen are in docs/safety.md, "Translations".
REVIEWED: frozenset[str] = frozenset({"es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"})


def wording_for(language: str | None, reviewed: frozenset[str] | None = None) -> Wording:
    """The texts to send for `language` (ISO 639-1): its translation if reviewed, else
    English. `reviewed` defaults to `REVIEWED` (read at call time)."""
    allowed = REVIEWED if reviewed is None else reviewed
    if language in TRANSLATIONS and language in allowed:
        return TRANSLATIONS[language]
    return ENGLISH
