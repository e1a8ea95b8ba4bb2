"""Reading a typed answer to the safety flow's direct questions, in the screened languages.

Deliberately strict: a message counts as an answer only when it is short and plainly one.
Anything unsure ("maybe", "idk", "sometimes", "no sé") reads as UNSURE, which the flow
treats like "yes" to "are you thinking about ending your life?" (C-SSRS: any yes counts).
A "no" hedged with "but" ("not really... but i have the pills ready", "no, pero...") is
UNSURE: the person is saying more than no. A "no" followed by anything else that is more
than filler is not read as an answer at all: the screen reads it, and the question stays
open. An opening "actually", "honestly", "well" (`_LEAD`) is read past: "actually yes".
Yes in slang, unsure in words, a hedged no ("not really", "nicht wirklich": UNSURE, never a
clean no), a no bound to a time ("not today", "hoy no", "не сегодня": not now but maybe
later, UNSURE) and more opening words, in the 11 languages: `core.safety.answer_words`.

`takes_back(text)`: after a "no", whether the message plainly takes it back ("actually
yes", "not really sure tbh", "i lied", "actually idk, i think about it every night").
The answers to "Are you safe right now?" are read in `core.safety.safe_answers`.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from core.safety import answer_words as more

MAX_CHARS = 120  # longer messages are never read as a yes/no


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"
    FINE = "fine"  # "I'm fine", "I'm safe": no to the first question, yes to "are you safe"
    WORKOUT = "workout"  # "I meant the workout": a no, said as what it was about


def plain(text: str) -> str:
    """Lower case, accents and apostrophes removed (Polish "ł" and Romanian "ă" too), anything
    else not a letter or digit a space, spaces collapsed."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in folded if not unicodedata.combining(ch) or ch in "\u0306")
    kept = re.sub(r"['’‘`´ʼ]", "", unicodedata.normalize("NFC", kept).translate(_LATIN))
    return re.sub(r"\s+", " ", re.sub(r"[^\w]+", " ", kept)).strip()


_LATIN = str.maketrans({"ł": "l", "ă": "a"})  # "właściwie", "câteodată": no decomposition


def _words(*phrases: str) -> str:
    """An alternation of the phrases as `plain` reads them, longest first."""
    return "|".join(sorted({plain(p) for p in phrases}, key=len, reverse=True))


_UNSURE = _words(
    "not sure", "im not sure", "not really sure", "not so sure", "not entirely sure",
    "i think so", "no estoy seguro", "no estoy segura", "nicht sicher", "pas sur", "pas sure",
    "nao tenho certeza", "non sono sicuro", "non sono sicura", "niet zeker",
    "nie jestem pewien", "nie jestem pewna", "nu sunt sigur", "nu sunt sigura", "не уверен",
    "не уверена", "не впевнений", "не впевнена", "unsure", "idk", "i dont know", "dont know",
    "dunno", "maybe",
    "kind of", "kinda", "sort of", "sometimes", "a bit", "a little", "perhaps", "i guess",
    "no se", "quizas", "tal vez", "a veces", "un poco", "weiss nicht", "ich weiss nicht",
    "vielleicht", "manchmal", "ein bisschen", "je sais pas", "je ne sais pas", "peut etre",
    "parfois", "un peu", "nao sei", "talvez", "as vezes", "um pouco", "non so", "forse",
    "a volte", "un po", "weet niet", "ik weet het niet", "misschien", "soms", "een beetje",
    "keine ahnung", "weiss ich nicht", "nie wiem", "moze", "czasami", "troche", "nu stiu",
    "poate", "uneori", "putin",
    "не знаю", "может быть", "может", "иногда", "немного", "можливо", "іноді", "трохи",
    # an eighth attacker: "non lo so" and "weet ik niet" were no answer at all
    "non lo so", "boh", "weet ik niet", "weet ik veel", "geen idee", "no lo se", "ni idea",
    "weiss es nicht", "aucune idee", "sais pas", "nao faco ideia", "nie mam pojecia",
    "habar n am", "habar nam", "понятия не имею", "гадки не маю",
    "no idea", "no clue", "not a clue",  # a tenth attacker's "honestly no idea anymore"
    *more.MORE_UNSURE, *more.HEDGED_NO,  # G15: "sei lá", "más o menos"; "not really"
    *more.NOT_NOW,  # "not today", "hoy no": not now, maybe later
)
_YES = _words(
    "yes", "y", "yeah", "yea", "yep", "yup", "ya", "ye", "i am", "i do", "sure", "si", "claro",
    "ja", "jep", "oui", "ouais", "sim", "tak", "da", "да", "так", "ага", *more.SLANG_YES,
)
_NO = _words(
    "no", "n", "nope", "nah", "nay", "no way", "of course not", "never",
    "not at all", "nein", "nee", "ne", "non", "nao", "nie", "nu", "нет", "ні", "niet",
    "para nada", "pas du tout", "gar nicht", "helemaal niet", "wcale", "deloc",
)
# A bare "ok" / "okay" acknowledges, it does not answer "are you thinking about ending your
# life?", and "ich bin sicher" also means "I am sure": neither is read as an answer (the
# question is asked again). The button wordings typed out ("ich bin in Sicherheit", "nic mi
# nie grozi") are.
_FINE = _words(
    "im fine", "i am fine", "fine", "im ok", "im okay", "i am ok", "all good",
    "im good", "im safe", "i am safe", "safe", "im alright", "estoy bien", "estoy a salvo",
    "mir gehts gut", "mir geht es gut", "ich bin in sicherheit", "ca va", "je vais bien",
    "je suis en securite", "estou bem", "estou em seguranca", "sto bene", "sono al sicuro",
    "het gaat goed", "ik ben veilig", "wszystko ok", "jestem bezpieczny", "jestem bezpieczna",
    "nic mi nie grozi", "tak nic mi nie grozi", "sunt bine", "sunt in siguranta",
    "все нормально", "всё нормально", "я в безопасности", "все добре", "я в безпеці",
)
_FILLER_WORDS = _words(
    "thanks", "thank you", "really", "honestly", "actually", "tbh", "to be honest", "lol",
    "haha", "sorry", "just tired",
    "dont worry", "no worries", "coach", "mate", "just joking", "joking", "kidding",
    "just kidding", "gracias", "danke", "merci", "obrigado", "obrigada", "grazie", "dank je",
    "dzieki", "mersi", "multumesc", "спасибо", "дякую", "not like that", "nothing like that",
    # calming words after a no ("no, tranquilo": a third attacker's finding)
    "tranquilo", "tranquila", "tranqui", "relax", "chill", "calm down", "calma", "todo bien",
    "tout va bien", "alles gut", "tudo bem", "tutto bene", "alles goed", "spokojnie",
    "linistit", "спокойно", "не волнуйся", "не хвилюйся",
)
_FILLER = _FILLER_WORDS + "|" + _FINE
_WORKOUT = (
    r"\b(?:workout|training|session|run|gym|race|intervals?|sets?|reps|lift|ride|swim|match|"
    r"game|legs|entrenamiento|entreno|sesion|seance|entrainement|treino|allenamento|trening|"
    r"antrenament|тренировк\w*|тренуванн\w*)\b"
)
_MEANT = (
    r"\b(?:meant|mean|talking about|was about|about the|me referia|hablaba|meinte|"
    r"parlais|queria dizer|era sobre|intendevo|parlavo|bedoelde|chodzilo|ma refeream|"
    r"про)\b"
)

# Words that open a message without answering: read past ("actually yes", "well no").
_LEAD = _words(
    "actually", "honestly", "tbh", "to be honest", "well", "wait", "hmm", "um", "uh",
    "i mean", "en realidad", "la verdad", "eigentlich", "ehrlich gesagt", "en fait",
    "a vrai dire", "na verdade", "in realta", "eigenlijk", "wlasciwie", "szczerze mowiac",
    "de fapt", "на самом деле", "вообще то", "насправді", "чесно кажучи",
    *more.MORE_LEADS, *more.SOFT_LEADS,  # G14: "bueno en realidad sí", "anzi sì", "ну типа да"
)
_YES_ALONE = _words(*more.YES_ALONE)
_UNSURE_ALONE = _words(*more.UNSURE_ALONE)
# Saying the "no" was not true: taking it back.
_LIED = _words(
    "i lied", "i was lying", "that was a lie", "i wasnt honest", "menti", "ich habe gelogen",
    "hab gelogen", "jai menti", "ho mentito", "ik heb gelogen", "sklamalem", "sklamalam",
    "am mintit", "я соврал", "я соврала", "я збрехав", "я збрехала",
)
_BUT = _words("but", "pero", "aber", "mais", "mas", "ma", "maar", "ale", "dar", "но", "але",
               "though", "tho", "except")

_UNSURE_RE = re.compile(rf"\b(?:{_UNSURE})\b")
# After a "no", words of a plan or a decision: the "no" says more than no
_NOT_FIRST_RE = re.compile(rf"^(?:{_NO}|not)\b")
_STEPS_RE = re.compile(
    r"\b(?:decided|planning|planned|decidido|decidida|planeando|entschieden|decide|decidi|"
    r"planejando|deciso|pianificando|besloten|zdecydowa\w*|planuj\w*|hotarat\w*|planific\w*|"
    r"решил\w*|планирую|вирішил\w*|вирішив|планую)\b"
)
_BUT_RE = re.compile(rf"\b(?:{_BUT})\b")
_YES_RE = re.compile(rf"^(?:{_YES})\b")
_NO_RE = re.compile(rf"^(?:{_NO})\b(?P<rest>.*)$")
_FINE_RE = re.compile(rf"^(?:{_FINE})$")
_FILLER_RE = re.compile(rf"^(?:(?:{_FILLER})\s*)*$")
_WORKOUT_RE = re.compile(_WORKOUT)
_MEANT_RE = re.compile(_MEANT)
_YEAH_NO_RE = re.compile(r"^(?:yeah|yea|ya|да|та) (?:no|нет|ні)\b(?P<rest>.*)$")  # "да нет"
_HEDGED_NO_RE = re.compile(rf"\b(?:{_words(*more.HEDGED_NO, *more.NOT_NOW)})\b")
_SOFT_RE = re.compile(rf"^(?:(?:{_LEAD})\b\s*)*(?:{_words(*more.SOFT_LEADS)})\b")
# A message of answer words only, some of them answers only alone ("bof", "хз", "schon")
_ALONE_RE = re.compile(
    rf"^(?:(?:{_UNSURE_ALONE}|{_YES_ALONE}|{_YES}|{_UNSURE}|{_LEAD}|{_FILLER_WORDS})\b\s*)+$")
_UNSURE_ALONE_RE = re.compile(rf"\b(?:{_UNSURE_ALONE}|{_UNSURE})\b")
_YES_ALONE_RE = re.compile(rf"\b(?:{_YES_ALONE}|{_YES})\b")
_REPEATS_RE = re.compile(r"([^\W\d_])\1{2,}")  # "yesss", "siii", "daaa"
_LEAD_RE = re.compile(rf"^(?:(?:{_LEAD})\b\s*)+")
_LIED_RE = re.compile(rf"\b(?:{_LIED})\b")
_ONLY_ANSWER_RE = re.compile(
    rf"^(?:(?:{_YES}|{_UNSURE}|{_YES_ALONE}|{_UNSURE_ALONE}|{_FILLER})\b\s*)+$")


def said(text: str) -> str:
    """`plain`, with a letter typed three times or more read once ("yesss", "siii")."""
    return _REPEATS_RE.sub(r"\1", plain(text))


def read_answer(text: str) -> Answer | None:
    """The answer a short message gives to a yes/no safety question, or None if it is not
    plainly one (see the module docstring). A hedged no ("not really", "nicht wirklich")
    or one bound to a time ("not today", "heute nicht") is UNSURE, never a clean no, and so
    is a no after a softener ("типа нет")."""
    if len(text) > MAX_CHARS:
        return None
    words = said(text)
    if not words:
        return None
    if _HEDGED_NO_RE.search(words):  # before the leads: "eigentlich nicht"
        return Answer.UNSURE
    if _ALONE_RE.match(words):  # "bof", "хз", "doch eigentlich schon", "eigenlijk wel"
        if _UNSURE_ALONE_RE.search(words):
            return Answer.UNSURE
        if _YES_ALONE_RE.search(words):
            return Answer.YES
    answer = _read_words(_LEAD_RE.sub("", words) or words)
    return Answer.UNSURE if answer is Answer.NO and _SOFT_RE.match(words) else answer


def _read_words(words: str) -> Answer | None:
    """`read_answer` after the opening words."""
    yeah_no = _YEAH_NO_RE.match(words)
    if yeah_no is not None:  # "yeah no", "да нет": a no; "ya no sé": not one
        if _FILLER_RE.match(yeah_no.group("rest").strip()):
            return Answer.NO
        return Answer.UNSURE if _UNSURE_RE.search(words) else None
    if _YES_RE.match(words):
        return Answer.YES
    if _UNSURE_RE.search(words):
        return Answer.UNSURE
    if _FINE_RE.match(words):
        return Answer.FINE
    if _WORKOUT_RE.search(words) and (_MEANT_RE.search(words) or _NO_RE.match(words)):
        return Answer.WORKOUT
    no = _NO_RE.match(words)
    if no is not None and _FILLER_RE.match(no.group("rest").strip()):
        return Answer.NO
    if _NOT_FIRST_RE.match(words) and _STEPS_RE.search(words):  # "no... i've decided",
        return Answer.UNSURE  # "not thinking. planning": more than a no (a ninth attacker)
    hedge = _BUT_RE.match(no.group("rest").strip()) if no is not None else None
    if hedge is not None and no is not None:  # "no, but ...": more than a no, unless filler
        after = no.group("rest").strip()[hedge.end():].strip()
        return Answer.NO if _FILLER_RE.match(after) else Answer.UNSURE
    return None


def takes_back(text: str) -> Answer | None:
    """After a "no" to "are you thinking about ending your life?": YES or UNSURE when the
    message plainly takes the "no" back, None otherwise. Plainly: "i lied"; or a yes or an
    unsure answer (`read_answer`) that opens with "actually", "honestly"... ("actually yes",
    "actually idk. i think about it every night") or says nothing else ("yes", "not really
    sure tbh"). "maybe a run later?" or "sometimes my knee hurts" take nothing back."""
    if len(text) > MAX_CHARS:
        return None
    words = said(text)
    if _LIED_RE.search(words):
        return Answer.YES
    answer = read_answer(text)
    if answer not in (Answer.YES, Answer.UNSURE):
        return None
    rest = _LEAD_RE.sub("", words)
    if rest != words or _ONLY_ANSWER_RE.match(rest):
        return answer
    return None
