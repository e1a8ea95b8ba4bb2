"""Answers in words to the direct question, every language (`core.safety.answers`,
`answer_words`; a fresh attacker's G15 and G14): yes in slang, unsure, a hedged no, a "no"
taken back; a clean no stays a no, and coaching answers are no answer."""

from __future__ import annotations

import pytest

from core.safety.answers import Answer, plain, read_answer, takes_back
from core.safety.safe_answers import Taken, read_safe_check, takes_back_safe

SLANG_YES = {
    "en": ["yh", "yeah kinda", "yesss", "mhm", "pretty much", "yep yep"],
    "es": ["sip", "siii", "pues sí", "claro que sí"],
    "de": ["jo", "jo schon", "ja schon", "jup"],
    "fr": ["ouais", "ouep", "oui oui"],
    "pt": ["aham", "sim sim", "é sim", "claro que sim"],
    "it": ["sì sì", "già", "esatto"],
    "nl": ["jawel", "ja hoor", "toch wel"],
    "pl": ["no tak", "tak tak", "dokładnie"],
    "ro": ["da da", "exact"],
    "ru": ["ну типа да", "угу", "ну да", "да да"],
    "uk": ["ага", "угу", "так так", "є таке"],
}
UNSURE = {
    "en": ["idk", "kinda", "maybe", "dunno tbh", "hard to say", "sorta", "who knows", "probably"],
    "es": ["no sé", "más o menos", "pues más o menos", "puede ser", "yo qué sé", "a ratos"],
    "de": ["weiß nicht", "keine ahnung", "jein", "irgendwie", "naja", "kann sein", "so halb"],
    "fr": ["je sais pas", "bof", "jsp", "chais pas", "plus ou moins", "des fois", "mouais"],
    "pt": ["não sei", "sei lá", "mais ou menos", "meio que", "pode ser", "nem sei"],
    "it": ["non lo so", "boh", "mah", "più o meno", "può darsi", "non saprei", "insomma"],
    "nl": ["weet niet", "kweenie", "min of meer", "soort van", "af en toe", "tja"],
    "pl": ["nie wiem", "nwm", "bo ja wiem", "chyba", "mniej więcej", "trudno powiedzieć"],
    "ro": ["nu știu", "nuș", "oarecum", "câteodată", "greu de spus", "cam da"],
    "ru": ["не знаю", "хз", "без понятия", "наверное", "как бы", "трудно сказать"],
    "uk": ["не знаю", "хз", "без поняття", "мабуть", "важко сказати", "типу того"],
}
HEDGED_NO = {
    "en": ["not really", "not exactly", "i guess not", "probably not", "no, not really",
           "i don't think so"],
    "es": ["no del todo", "no mucho", "creo que no", "no realmente"],
    "de": ["nicht wirklich", "eher nicht", "eigentlich nicht", "nicht so ganz"],
    "fr": ["pas vraiment", "pas trop", "je crois pas", "pas tout à fait"],
    "pt": ["não muito", "acho que não", "nem por isso", "não exatamente"],
    "it": ["non proprio", "non molto", "credo di no", "non direi"],
    "nl": ["niet echt", "niet helemaal", "ik denk het niet", "eigenlijk niet"],
    "pl": ["nie bardzo", "nie do końca", "raczej nie", "chyba nie"],
    "ro": ["nu chiar", "nu prea", "cred că nu", "nu tocmai"],
    "ru": ["не совсем", "не особо", "вряд ли", "скорее нет", "типа нет"],
    "uk": ["не зовсім", "не дуже", "навряд чи", "мабуть ні"],
}
NOT_NOW = {  # a no bound to a time: not now, maybe later
    "en": ["not today", "not right now", "not tonight", "no, not today", "Not yet.", "not now"],
    "es": ["hoy no", "ahora no", "esta noche no", "no, hoy no", "todavía no"],
    "de": ["heute nicht", "jetzt nicht", "heute Abend nicht", "nein, heute nicht", "noch nicht"],
    "fr": ["pas ce soir", "pas aujourd'hui", "pas maintenant", "non, pas ce soir", "pas encore"],
    "pt": ["hoje não", "agora não", "esta noite não", "não, hoje não", "ainda não"],
    "it": ["non stasera", "non oggi", "oggi no", "no, non stasera", "non adesso"],
    "nl": ["vandaag niet", "nu niet", "vanavond niet", "nee, vandaag niet", "nog niet"],
    "pl": ["nie dziś", "nie dzisiaj", "nie teraz", "nie, nie dziś", "jeszcze nie"],
    "ro": ["nu azi", "nu astăzi", "nu acum", "nu, nu azi", "nu în seara asta"],
    "ru": ["не сегодня", "не сейчас", "нет, не сегодня", "сегодня нет", "пока нет"],
    "uk": ["не сьогодні", "не зараз", "ні, не сьогодні", "сьогодні ні", "поки ні"],
}
TAKEN_BACK = {
    "en": ["actually yes", "well actually yes", "honestly idk", "not really"],
    "es": ["en realidad sí", "bueno en realidad sí", "la verdad es que sí", "pues sí"],
    "de": ["doch", "eigentlich schon", "doch eigentlich schon", "ehrlich gesagt ja"],
    "fr": ["en fait oui", "en fait si", "bon en fait oui", "franchement oui"],
    "pt": ["na verdade sim", "olha, sim", "pensando bem sim"],
    "it": ["anzi sì", "in realtà sì", "beh sì", "a dire il vero sì"],
    "nl": ["eigenlijk wel", "toch wel", "eerlijk gezegd ja"],
    "pl": ["właściwie tak", "a w sumie to tak", "w sumie tak", "jednak tak", "skłamałem"],
    "ro": ["de fapt da", "sincer da", "păi da", "totuși da"],
    "ru": ["вообще-то да", "на самом деле да", "если честно да", "всё-таки да"],
    "uk": ["насправді так", "взагалі-то так", "якщо чесно так", "все-таки так"],
}
CLEAN_NO = {
    "en": ["no", "nope", "nah", "yeah no", "actually no", "no thanks", "not at all"],
    "es": ["no", "para nada", "no, tranquilo"], "de": ["nein", "gar nicht", "doch nein"],
    "fr": ["non", "pas du tout"], "pt": ["não", "não, tudo bem"], "it": ["no", "no grazie"],
    "nl": ["nee", "helemaal niet"], "pl": ["nie", "wcale", "tak naprawdę nie"],
    "ro": ["nu", "deloc"], "ru": ["нет", "да нет", "ну нет"], "uk": ["ні", "та ні"],
}


def each(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(language, typed) for language, said in table.items() for typed in said]


def test_every_language_is_covered() -> None:
    for table in (SLANG_YES, UNSURE, HEDGED_NO, NOT_NOW, TAKEN_BACK, CLEAN_NO):
        assert set(table) == {"en", "es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"}


@pytest.mark.parametrize(("language", "typed"), each(SLANG_YES))
def test_a_yes_in_slang_is_at_risk(language: str, typed: str) -> None:
    assert read_answer(typed) in (Answer.YES, Answer.UNSURE)


@pytest.mark.parametrize(("language", "typed"), each(UNSURE))
def test_unsure_in_words_is_unsure(language: str, typed: str) -> None:
    assert read_answer(typed) is Answer.UNSURE


@pytest.mark.parametrize(("language", "typed"), each(HEDGED_NO))
def test_a_hedged_no_is_unsure_never_a_clean_no(language: str, typed: str) -> None:
    assert read_answer(typed) is Answer.UNSURE
    assert read_safe_check(typed) is Answer.UNSURE  # to "Are you safe right now?" too


@pytest.mark.parametrize(("language", "typed"), each(NOT_NOW))
def test_a_no_bound_to_a_time_is_unsure_never_a_clean_no(language: str, typed: str) -> None:
    """To "Are you thinking about ending your life?", "not today" says not now but maybe
    later: unsure, at risk; to "Are you safe right now?", not safe."""
    assert read_answer(typed) is Answer.UNSURE
    assert read_safe_check(typed) is Answer.UNSURE


@pytest.mark.parametrize(("language", "typed"), each(TAKEN_BACK))
def test_a_no_taken_back_in_words(language: str, typed: str) -> None:
    assert takes_back(typed) in (Answer.YES, Answer.UNSURE)


@pytest.mark.parametrize(("language", "typed"), each(CLEAN_NO))
def test_a_clean_no_stays_a_no_and_takes_nothing_back(language: str, typed: str) -> None:
    assert read_answer(typed) is Answer.NO
    assert takes_back(typed) is None


@pytest.mark.parametrize("typed", [
    "6 7 5 8", "/today", "7", "ok", "schon gut", "doch nicht", "meh", "so-so",
    "what's today's session?", "maybe a run later?", "sometimes my knee hurts", "London", "GB",
    "starter", "skip", "tipo de treino?", "like the intervals", "yeah no, definitely not",
])
def test_coaching_words_take_nothing_back(typed: str) -> None:
    assert takes_back(typed) is None
    assert read_answer(typed) is not Answer.YES


@pytest.mark.parametrize(("typed", "answer"), [
    ("ya no sé", Answer.UNSURE), ("ya no quiero vivir", None), ("yeah no, definitely not", None),
    ("schon gut", None), ("doch nicht", None), ("meh", None), ("6 7 5 8", None),
])
def test_what_is_no_plain_answer(typed: str, answer: Answer | None) -> None:
    """"ya no" is "no longer": no "yeah no"; "schon gut" ("never mind") is no "schon" (yes)."""
    assert read_answer(typed) is answer


def test_polish_and_romanian_letters_are_read() -> None:
    assert plain("Właściwie, skłamałam") == "wlasciwie sklamalam"
    assert plain("câteodată") == "cateodata"
    assert plain("й") == "й"  # the Cyrillic breve is kept


@pytest.mark.parametrize(("typed", "taken"), [
    ("хз", Taken.BARE), ("bof", Taken.BARE), ("not really", Taken.PLAINLY), ("no", Taken.BARE),
    ("no thanks", None), ("schon gut", None),
])
def test_taking_back_yes_im_safe_with_unsure_words(typed: str, taken: Taken | None) -> None:
    assert takes_back_safe(typed) is taken
