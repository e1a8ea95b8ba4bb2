"""The safety flow's texts in every language and for every country; the helpline table;
reading typed answers; choosing the language."""

from __future__ import annotations

import re
import string

import pytest

from core.safety import FALLBACK, HELPLINES, flow_texts
from core.safety.answers import Answer, read_answer, takes_back
from core.safety.languages import choose_language, country_language, parse_language
from core.safety.safe_answers import Taken, hedged, says_not_safe, takes_back_safe
from core.safety.translations import LANGUAGES, REVIEWED, TRANSLATIONS, wording_for
from core.safety.wording import ENGLISH, Wording

ALL_WORDINGS = [ENGLISH, *TRANSLATIONS.values()]
EU_EEA_OF_OUR_LANGUAGES = {"ES", "DE", "AT", "FR", "BE", "LU", "PT", "IT", "NL", "PL", "RO"}
ALSO_REQUIRED = {"US", "CA", "GB", "IE", "AU", "NZ", "IN", "ZA", "BR", "MX", "AR", "JP", "UA"}

CRISIS_ES_SPAIN = (
    "Me alegra mucho que me lo hayas contado. Soy un entrenador deportivo, no un servicio de "
    "ayuda en crisis, y no puedo ayudarte en una emergencia.\n\n"
    "Si tú o alguien más está en peligro ahora mismo, llama ya al 112.\n"
    "Puedes hablar con alguien a cualquier hora: llama al 024 (024, Línea de atención a la "
    "conducta suicida).\n\n"
    "Por favor, busca a alguien ahora: una línea de crisis, una amistad o alguien cerca de ti. "
    "No tienes que cargar con esto en soledad.\n\n"
    "Seguiré aquí para tu entrenamiento cuando quieras volver."
)
BACK_IT = (
    "Grazie per avermi risposto. Ne sono contento. Se un giorno tutto diventasse troppo "
    "pesante, puoi parlare con qualcuno (10:00-24:00): chiama il 02 2327 2327 (Telefono "
    "Amico Italia)."
    "\n\nTorniamo al tuo allenamento quando vuoi."
)
CRISIS_EN_RO_REACH = "You can talk to Alianța Română de Prevenție a Suicidului: call 0800 801 200."


def rendered(words: Wording, country: str) -> list[str]:
    line = HELPLINES[country]
    return [flow_texts.crisis(line, words), flow_texts.back(line, words),
            flow_texts.safety_plan(line, words)]


@pytest.mark.parametrize("country", sorted(HELPLINES))
@pytest.mark.parametrize("words", ALL_WORDINGS, ids=lambda w: w.language)
def test_every_country_text_names_its_numbers_in_every_language(
    country: str, words: Wording
) -> None:
    line = HELPLINES[country]
    crisis, back, plan = rendered(words, country)
    for text in (crisis, back):
        assert line.line_name in text and line.line_number in text
        if line.text_to:
            assert line.text_to in text
    assert line.emergency in crisis and line.emergency in plan
    for text in (crisis, back, plan):
        assert "{" not in text and "}" not in text  # every placeholder filled


def test_the_table_covers_the_countries_people_use() -> None:
    assert len(HELPLINES) >= 30
    missing = (EU_EEA_OF_OUR_LANGUAGES - {"LU"}) | ALSO_REQUIRED
    assert missing <= set(HELPLINES)
    for code, line in HELPLINES.items():
        assert line.country == code and len(code) == 2
        assert line.source.startswith("https://")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", line.checked)
        assert line.hours is None or line.hours == "24/7" or re.fullmatch(
            r"\d\d:\d\d-\d\d:\d\d", line.hours)


def test_word_for_word_in_translation_and_with_hours() -> None:
    assert flow_texts.crisis(HELPLINES["ES"], TRANSLATIONS["es"]) == CRISIS_ES_SPAIN
    assert flow_texts.back(HELPLINES["IT"], TRANSLATIONS["it"]) == BACK_IT
    assert CRISIS_EN_RO_REACH in flow_texts.crisis(HELPLINES["RO"], ENGLISH)  # hours unknown


@pytest.mark.parametrize("words", ALL_WORDINGS, ids=lambda w: w.language)
def test_the_fallback_line_in_every_language(words: Wording) -> None:
    crisis = flow_texts.crisis(FALLBACK, words)
    assert "findahelpline.com" in crisis and "112" in crisis
    assert "{" not in crisis


@pytest.mark.parametrize("words", ALL_WORDINGS, ids=lambda w: w.language)
def test_every_translation_is_complete_and_asks_one_question(words: Wording) -> None:
    for name in Wording.__dataclass_fields__:
        value = getattr(words, name)
        assert isinstance(value, str) and value.strip(), name
    fields = {f for _, f, _, _ in string.Formatter().parse(words.crisis) if f}
    assert fields == {"emergency", "reach"}
    assert flow_texts.question_urgent(words).endswith(words.q_life)
    assert words.q_life.count("?") == 1 and words.q_safe.count("?") == 1


def test_only_reviewed_translations_go_out() -> None:
    # Second reader's review, 2026-11-30 (docs/safety.md, "Translations").
    assert frozenset({"es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"}) == REVIEWED
    assert set(REVIEWED) <= set(TRANSLATIONS)
    assert wording_for("es") is TRANSLATIONS["es"]
    assert wording_for("es", frozenset()) is ENGLISH
    assert wording_for("es", frozenset({"es"})) is TRANSLATIONS["es"]
    assert wording_for("ja", frozenset({"ja"})) is ENGLISH
    assert wording_for(None) is ENGLISH


def test_language_order_setting_then_message_then_country() -> None:
    assert choose_language("de", "es", "FR") == "de"
    assert choose_language(None, "es", "FR") == "es"
    assert choose_language(None, None, "FR") == "fr"
    assert choose_language(None, "ja", "JP") == "en"


@pytest.mark.parametrize(("detected", "text", "country", "expected"), [
    ("ru", "хочу вмерти, все набридло", "UA", "uk"),  # no і/ї/є/ґ: the country decides
    ("ru", "не можу більше", "DE", "uk"),  # і: Ukrainian wherever the person lives
    ("uk", "больше не могу, хочу умереть", "UA", "uk"),  # neither kind of letter
    ("uk", "всё, хватит, не хочу жить", "UA", "ru"),  # ё: Russian even in Ukraine
    ("ru", "хочу умереть", "RU", "ru"),
    ("ru", "хочу умереть", None, "ru"),  # no country: the detector's guess stands
    ("es", "no puedo más", "UA", "es"),  # other languages are not touched
])
def test_russian_and_ukrainian_are_told_apart_by_their_own_letters(
    detected: str, text: str, country: str | None, expected: str
) -> None:
    assert choose_language(None, detected, country, text) == expected
    assert choose_language("de", detected, country, text) == "de"  # a setting still wins
    assert choose_language("xx", None, None) == "en"
    assert country_language("br") == "pt" and country_language("UA") == "uk"
    assert country_language(None) is None


@pytest.mark.parametrize(("typed", "code"), [
    ("es", "es"), ("Spanish", "es"), ("español", "es"), ("Deutsch", "de"), ("UK", "uk"),
    ("українська", "uk"), ("русский", "ru"), ("klingon", None), ("", None),
])
def test_parse_language(typed: str, code: str | None) -> None:
    assert parse_language(typed) == code
    assert code is None or code in LANGUAGES


@pytest.mark.parametrize(("typed", "answer"), [
    ("yes", Answer.YES), ("Yes.", Answer.YES), ("yeah", Answer.YES), ("sí", Answer.YES),
    ("ja", Answer.YES), ("так", Answer.YES), ("yes, I have the pills", Answer.YES),
    ("maybe", Answer.UNSURE), ("idk", Answer.UNSURE), ("sometimes", Answer.UNSURE),
    ("no sé", Answer.UNSURE), ("nie wiem", Answer.UNSURE), ("не знаю", Answer.UNSURE),
    ("no", Answer.NO), ("No!", Answer.NO), ("nope lol", Answer.NO),
    ("no, I'm fine thanks", Answer.NO), ("nein", Answer.NO), ("нет", Answer.NO),
    ("ні", Answer.NO), ("yeah no", Answer.NO), ("I'm fine", Answer.FINE),
    ("no, tranquilo", Answer.NO), ("non, tout va bien", Answer.NO), ("nie, spokojnie", Answer.NO),
    ("não, tudo bem", Answer.NO), ("нет, не волнуйся", Answer.NO),
    ("I'm safe", Answer.FINE), ("I meant the workout", Answer.WORKOUT),
    ("no, the intervals!", Answer.WORKOUT), ("me refería al entrenamiento", Answer.WORKOUT),
    ("no but I can't stop thinking about it", Answer.UNSURE),
    ("not really... but i have the pills ready", Answer.UNSURE),
    ("nie, ale mam już tabletki", Answer.UNSURE), ("no but thanks", Answer.NO),
    ("keine Ahnung", Answer.UNSURE), ("non lo so", Answer.UNSURE), ("weet ik niet", Answer.UNSURE),
    ("geen idee", Answer.UNSURE), ("habar n-am", Answer.UNSURE), ("no lo sé", Answer.UNSURE),
    ("no, I mean, the ratings are bad", None), ("7", None), ("", None),
    ("what's today's session?", None), ("no " + "x" * 200, None),
    # an acknowledgement, or "I am sure", is no answer to "are you thinking about ending
    # your life?": the question is asked again rather than read as a no
    ("ok", None), ("okay", None), ("OK!", None), ("ich bin sicher", None),
    ("ich bin in Sicherheit", Answer.FINE), ("nic mi nie grozi", Answer.FINE),
])
def test_reading_typed_answers(typed: str, answer: Answer | None) -> None:
    assert read_answer(typed) is answer


@pytest.mark.parametrize(("typed", "answer"), [
    ("actually yes", Answer.YES), ("well no", Answer.NO), ("actually no", Answer.NO),
    ("not really sure tbh", Answer.UNSURE), ("i think so", Answer.UNSURE),
    ("no estoy segura", Answer.UNSURE), ("eigentlich ja", Answer.YES),
    ("honestly", None), ("well", None),
])
def test_an_opening_word_is_read_past_and_more_unsure_answers(
    typed: str, answer: Answer | None
) -> None:
    assert read_answer(typed) is answer


@pytest.mark.parametrize(("typed", "answer"), [
    ("actually idk. i think about it every night", Answer.UNSURE), ("actually yes", Answer.YES),
    ("not really sure tbh", Answer.UNSURE), ("yes actually", Answer.YES), ("idk", Answer.UNSURE),
    ("i lied", Answer.YES), ("ho mentito", Answer.YES), ("actually i do", Answer.YES),
    ("no", None), ("actually no", None), ("maybe a run later?", None),
    ("sometimes my knee hurts", None), ("i am at the gym", None), ("what's today's session?", None),
])
def test_taking_back_a_no_is_read_only_when_plain(typed: str, answer: Answer | None) -> None:
    assert takes_back(typed) is answer


@pytest.mark.parametrize(("typed", "taken"), [
    ("no wait, not really", Taken.PLAINLY), ("actually no", Taken.PLAINLY),
    ("i lied", Taken.PLAINLY), ("im not safe", Taken.PLAINLY), ("not ok tbh", Taken.PLAINLY),
    ("nah not really", Taken.PLAINLY), ("no estoy bien", Taken.PLAINLY),
    ("я не в безопасности", Taken.PLAINLY), ("no", Taken.BARE), ("nope", Taken.BARE),
    ("idk", Taken.BARE), ("no thanks", None), ("nope lol", None), ("yes", None),
    ("no im fine", None), ("no thanks, just the session", None),
    ("not sure about tomorrow's run", None), ("what's today's session?", None),
])
def test_taking_back_yes_im_safe_is_read_only_when_plain(typed: str, taken: Taken | None) -> None:
    assert takes_back_safe(typed) is taken


@pytest.mark.parametrize(("typed", "not_safe"), [
    ("im not safe", True), ("I'm not OK", True), ("not okay tbh", True), ("no estoy bien", True),
    ("nie jestem bezpieczna", True), ("я не в безпеці", True), ("im not safe at home", False),
    ("my knee is not ok", False), ("im safe", False), ("no", False),
])
def test_not_safe_is_read_only_when_it_is_all_the_message_says(typed: str, not_safe: bool) -> None:
    """To "Are you safe right now?" only: to the direct question "i'm not okay" is no "no"."""
    assert says_not_safe(typed) is not_safe
    assert read_answer("i'm not okay") is None


@pytest.mark.parametrize(("typed", "answer"), [
    ("no... i've decided", Answer.UNSURE), ("not thinking. planning", Answer.UNSURE),
    ("no, ya lo tengo decidido", Answer.UNSURE), ("no", Answer.NO), ("no thanks", Answer.NO),
    ("no, what's the plan for today", None),
])
def test_a_no_with_a_decision_or_a_plan_says_more_than_no(
    typed: str, answer: Answer | None
) -> None:
    """A ninth attacker: "no… i've decided" and "not thinking. planning" got the first
    question asked again; a plan or a decision after the no is at risk (C-SSRS)."""
    assert read_answer(typed) is answer


@pytest.mark.parametrize("typed", [
    "yeah mostly", "sí, creo", "ja, für heute", "oui pour l'instant", "da, deocamdată",
    "yeah hes asleep now", "yes for now", "tak, na razie",
])
def test_a_hedged_yes_is_no_plain_im_safe(typed: str) -> None:
    """A tenth attacker: each of these to "Are you safe right now?" got "I'm glad you're
    safe" (the flow reads `hedged` as "No, or not sure")."""
    assert hedged(typed)


@pytest.mark.parametrize("typed", ["yes", "yes thanks", "yes im fine now", "I'm safe"])
def test_a_plain_yes_is_not_hedged(typed: str) -> None:
    assert not hedged(typed)


def test_no_idea_is_unsure() -> None:
    assert read_answer("honestly no idea anymore") is Answer.UNSURE
