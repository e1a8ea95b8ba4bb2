"""Which language the safety texts go out in, /set language, and the screen's place outside
the database transaction."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime

import pytest

from adapters.charts.heatmap import render_team_heatmap
from adapters.charts.trend import render_trend
from bot import bootstrap
from bot.safety import SafetyScreen
from bot.settings import Settings
from core.coach import Coach, plans
from core.messages import Platform
from core.people import Person as Someone
from core.safety import Category, Level, flow_texts, translations
from core.safety.finding import Finding
from core.safety.helplines import helpline_for
from core.safety.screener import rules_only
from core.safety.texts import checkin_escalation_text, concern_text, crisis_text
from core.store import Store, Tx
from tests.clocks import fixed_clock
from tests.coach.talk import Person, onboard, text_of
from tests.dbfixtures import engine_for, release

START = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
SPANISH = "ya no quiero seguir viviendo, me quiero matar"
SPANISH_PANIC = "llevo semanas con ataques de pánico casi todos los días y no sé qué hacer"
ENGLISH_PANIC = "I keep having panic attacks every day"
UKRAINIAN = "хочу вмерти, все набридло"  # no і, ї, є or ґ: fastText says Russian


def spanish_aware(text: str, context: Sequence[str]) -> Finding:
    """This branch's rules are English; the safety-model screen reads Spanish. Stand in."""
    if text in (SPANISH, UKRAINIAN):
        return Finding(Level.URGENT, Category.SUICIDE_SELF_HARM)
    if text == SPANISH_PANIC:
        return Finding(Level.CONCERN, Category.PANIC)
    return rules_only(text, context)


@pytest.fixture
def wiring(database_url: str) -> Iterator[bootstrap.Wiring]:
    built = bootstrap.build(Settings(database_url=database_url), migrate=False,
                            engine=engine_for(database_url),
                            clock=fixed_clock(),
                            safety=SafetyScreen(spanish_aware))
    yield built
    release(built.engine)


@pytest.fixture
def reviewed_es(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if a second reader had signed the Spanish translation off."""
    monkeypatch.setattr(translations, "REVIEWED", frozenset({"es"}))


@pytest.fixture
def concern_reviewed_es(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if a second reader had signed the Spanish concern texts off."""
    monkeypatch.setattr(translations, "CONCERN_REVIEWED", frozenset({"es"}))


def spanish_crisis(country: str) -> str:
    return flow_texts.crisis(helpline_for(country), translations.TRANSLATIONS["es"])


def test_unreviewed_translations_fall_back_to_english_with_the_local_number(
    wiring: bootstrap.Wiring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translations, "REVIEWED", frozenset())  # as if Spanish were unreviewed
    ana = Person(wiring.coach, "ana", START)
    onboard(ana, "Europe/Madrid", "ES")
    ana.says("/set language es")
    replies = ana.says(SPANISH)
    assert replies[0].text == crisis_text("ES")  # English, Spain's 112 and 024
    assert "024" in replies[0].text and "112" in replies[0].text


def test_the_setting_wins_over_the_message_and_the_country(
    wiring: bootstrap.Wiring, reviewed_es: None
) -> None:
    ana = Person(wiring.coach, "ana", START)
    onboard(ana, "Europe/London", "GB")
    assert "language es" in text_of(ana.says("/set language Español"))
    replies = ana.says("I want to kill myself")  # written in English, setting says Spanish
    assert replies[0].text == spanish_crisis("GB")  # Spanish words, the UK's numbers
    assert replies[1].text == flow_texts.question_urgent(translations.TRANSLATIONS["es"])
    assert [c.label for c in replies[1].choices] == ["Sí", "No"]


def test_the_message_language_wins_over_the_country(
    wiring: bootstrap.Wiring, reviewed_es: None
) -> None:
    ana = Person(wiring.coach, "ana", START)
    onboard(ana, "Europe/Berlin", "DE")  # Germany, no language set
    replies = ana.says(SPANISH)
    assert replies[0].text == spanish_crisis("DE")
    assert "TelefonSeelsorge" in replies[0].text  # Germany's line, in Spanish words
    follow = ana.says("sí")
    assert follow[0].text == spanish_crisis("DE")
    assert follow[1].text == flow_texts.safety_plan(helpline_for("DE"),
                                                    translations.TRANSLATIONS["es"])


def test_ukrainian_without_ukrainian_only_letters_gets_ukrainian_in_ukraine(
    wiring: bootstrap.Wiring
) -> None:
    """An attacker's finding: the detector reads this as Russian; in Ukraine it is
    Ukrainian (core.safety.languages.east_slavic)."""
    ola = Person(wiring.coach, "ola", START)
    onboard(ola, "Europe/Kyiv", "UA")
    replies = ola.says(UKRAINIAN)
    assert replies[0].text == flow_texts.crisis(helpline_for("UA"),
                                                translations.TRANSLATIONS["uk"])
    assert replies[0].text != flow_texts.crisis(helpline_for("UA"),
                                                translations.TRANSLATIONS["ru"])


def test_the_country_language_when_nothing_else_is_known(
    wiring: bootstrap.Wiring, reviewed_es: None
) -> None:
    ana = Person(wiring.coach, "ana", START)
    onboard(ana, "Europe/Madrid", "ES")
    replies = ana.says("I want to die")  # English words, no setting: detected English wins
    assert replies[0].text == crisis_text("ES")
    bea = Person(wiring.coach, "bea", START)
    onboard(bea, "Europe/Madrid", "ES")
    assert bea.says("kms")[0].text == spanish_crisis("ES")  # too short to tell: the country


def test_a_spanish_speaker_gets_the_concern_text_in_spanish_with_their_line(
    wiring: bootstrap.Wiring, concern_reviewed_es: None
) -> None:
    ana = Person(wiring.coach, "ana", START)
    onboard(ana, "Europe/Berlin", "DE")  # Germany, no language set: the message is Spanish
    replies = ana.says(SPANISH_PANIC)
    assert replies[0].text == concern_text(Category.PANIC, "DE", "es")
    assert replies[0].text.startswith("Gracias por contármelo. El pánico que vuelve")
    assert "(TelefonSeelsorge)" in replies[0].text and "llama al 112" in replies[0].text
    bea = Person(wiring.coach, "bea", START)
    onboard(bea, "Europe/London", "GB")
    bea.says("/set language es")
    replies = bea.says(ENGLISH_PANIC)  # English words; the setting says Spanish
    assert replies[0].text == concern_text(Category.PANIC, "GB", "es")
    assert "llama al 116 123 (Samaritans)" in replies[0].text
    assert "llama al 999" in replies[0].text


def test_an_unreviewed_concern_translation_falls_back_to_english_with_the_local_number(
    wiring: bootstrap.Wiring, reviewed_es: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the Spanish crisis texts are reviewed, the Spanish concern texts as if they were not
    monkeypatch.setattr(translations, "CONCERN_REVIEWED", frozenset({"de"}))
    ana = Person(wiring.coach, "ana", START)
    onboard(ana, "Europe/Madrid", "ES")
    ana.says("/set language es")
    replies = ana.says(SPANISH_PANIC)
    assert replies[0].text == concern_text(Category.PANIC, "ES")
    assert replies[0].text.startswith("Thank you for telling me. Panic")
    assert "call 024" in replies[0].text and "call 112" in replies[0].text


def test_the_checkin_escalation_takes_the_setting_then_the_country(
    concern_reviewed_es: None
) -> None:
    def someone(language: str | None, country: str) -> Someone:
        return Someone(1, Platform.CONSOLE, "ana", "ana", "Ana", START, country=country,
                       language=language)

    spanish_gb = plans.advice_text(someone("es", "GB"), review=False)
    assert spanish_gb == checkin_escalation_text("GB", "es")
    assert spanish_gb.startswith("Tus check-ins muestran") and "116 123" in spanish_gb
    assert plans.advice_text(someone(None, "MX"), review=False) == checkin_escalation_text(
        "MX", "es")  # no setting: the country's language
    german = plans.advice_text(someone(None, "DE"), review=False)
    assert german == checkin_escalation_text("DE")  # German not reviewed here: English
    assert german.startswith("Your check-ins") and "TelefonSeelsorge" in german


def test_set_language_refuses_what_it_does_not_know(wiring: bootstrap.Wiring) -> None:
    ana = Person(wiring.coach, "ana", START)
    onboard(ana)
    reply = text_of(ana.says("/set language klingon"))
    assert "en, es, de, fr, pt, it, nl, pl, ro, ru, uk" in reply
    assert "language not set" in text_of(ana.says("/set"))


class WatchedStore:
    """The real store, noting whether a transaction is open."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.open = False

    @contextmanager
    def _transaction(self, at: datetime | None = None) -> Iterator[Tx]:
        self.open = True
        try:
            with self.store.transaction(at) as tx:
                yield tx
        finally:
            self.open = False

    def transaction(self, at: datetime | None = None) -> AbstractContextManager[Tx]:
        return self._transaction(at)


def test_the_screen_runs_before_the_transaction_opens(wiring: bootstrap.Wiring) -> None:
    store = WatchedStore(wiring.store)
    seen: list[bool] = []

    def screens(text: str, context: Sequence[str]) -> Finding:
        seen.append(store.open)
        return rules_only(text, context)

    coach = Coach(store, render_trend, render_team_heatmap, screens=screens)
    ana = Person(coach, "ana", START)
    onboard(ana)
    ana.says("I want to die")
    assert seen and not any(seen)
