"""Fixed, human-written texts for risk: the crisis reply, the concern reply, check-in escalation.

These are written once and reviewed as text, never generated. Changing a word changes
the golden strings in tests/core/safety/test_safety_texts.py on purpose. The concern texts
go out in the person's language where its concern translation is reviewed
(`translations.CONCERN_REVIEWED`), in English otherwise, always with the country's numbers.
"""

from __future__ import annotations

from core.safety import flow_texts
from core.safety.concern_wording import ConcernWording
from core.safety.helplines import helpline_for
from core.safety.model import Category
from core.safety.translations import concern_wording_for, wording_in
from core.safety.wording import ENGLISH


def crisis_text(country: str | None) -> str:
    """The urgent reply in English: not a crisis service; emergency number, crisis line;
    reach out now. Other languages: `flow_texts.crisis` with a reviewed `Wording`."""
    return flow_texts.crisis(helpline_for(country), ENGLISH)


def concern_text(category: Category, country: str | None, language: str | None = None) -> str:
    """The concern reply: seek clinical support; the plan continues only alongside it.
    `language`: the person's (`languages.choose_language`); English unless reviewed. For
    abuse, the country's domestic-abuse line follows, where the table has one."""
    words = concern_wording_for(language)
    text = _render(words.concern, words, country, opening=words.openings[category])
    if category is not Category.ABUSE_SAFEGUARDING:
        return text
    abuse = flow_texts.abuse_line(helpline_for(country), wording_in(words.language))
    return f"{text}\n\n{abuse}" if abuse else text


def checkin_escalation_text(country: str | None, language: str | None = None) -> str:
    """For check-in answers (not words) that call for clinical support."""
    words = concern_wording_for(language)
    return _render(words.checkin, words, country)


def review_escalation_text(country: str | None, language: str | None = None) -> str:
    """For weekly check-ins that named several watch-list signals two weeks running."""
    words = concern_wording_for(language)
    return _render(words.review, words, country)


def _render(template: str, words: ConcernWording, country: str | None, opening: str = "") -> str:
    """A concern text with the country's line and emergency number, in `words`' language
    (the line's phrasing comes from the same language's crisis-flow `Wording`)."""
    line = helpline_for(country)
    flow_words = wording_in(words.language)
    worse = words.worse.format(
        reach=flow_texts.reach(line, flow_words), emergency=flow_texts.emergency(line, flow_words)
    )
    return template.format(opening=opening, alongside=words.alongside, worse=worse)
