"""Reading a typed answer to the safety flow's direct questions, in the screened languages.

Deliberately strict: a message counts as an answer only when it is short and plainly one.
Anything unsure ("maybe", "idk", "sometimes", "no sé") reads as UNSURE, which the flow
treats like "yes" to "are you thinking about ending your life?" (C-SSRS: any yes counts).
A "no" hedged with "but" ("not really... but i have the pills ready", "no, pero...") is
UNSURE: the person is saying more than no. A "no" followed by anything else that is more
than filler is not read as an answer at all: the screen reads it, and the question stays
open. An opening "actually", "honestly", "well" (`_LEAD`) is read past: "actually yes".

`takes_back(text)`: after a "no", whether the message plainly takes it back ("actually
yes", "not really sure tbh", "i lied", "actually idk, i think about it every night").
`takes_back_safe(text)`: after "Yes, I'm safe", whether it plainly takes that back ("no
wait, not really", "actually no", "i'm not safe", "i lied"), and how plainly (`Taken`).
`says_not_safe(text)`: "i'm not safe", "not ok", "no estoy bien": to "Are you safe right
now?" the same as "No, or not sure" (to the direct question never a "no": "i'm not okay"
is no answer there).
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

MAX_CHARS = 120  # longer messages are never read as a yes/no


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"
    FINE = "fine"  # "I'm fine", "I'm safe": no to the first question, yes to "are you safe"
    WORKOUT = "workout"  # "I meant the workout": a no, said as what it was about


def _words(*phrases: str) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))


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
)
_YES = _words(
    "yes", "y", "yeah", "yea", "yep", "yup", "ya", "ye", "i am", "i do", "sure", "si", "claro",
    "ja", "jep", "oui", "ouais", "sim", "tak", "da", "да", "так", "ага",
)
_NO = _words(
    "no", "n", "nope", "nah", "nay", "not really", "no way", "of course not", "never",
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
)
# Saying the "no" was not true: taking it back.
_LIED = _words(
    "i lied", "i was lying", "that was a lie", "i wasnt honest", "menti", "ich habe gelogen",
    "hab gelogen", "jai menti", "ho mentito", "ik heb gelogen", "sklamalem", "sklamalam",
    "am mintit", "я соврал", "я соврала", "я збрехав", "я збрехала",
)
# Saying one is not safe, or not okay, to "Are you safe right now?" (never read as a "no" to
# the direct question: "i'm not okay" does not say "not thinking about ending my life").
_NOT_SAFE = _words(
    "not safe", "im not safe", "i am not safe", "not ok", "not okay", "im not ok",
    "im not okay", "i am not ok", "i am not okay", "not fine", "im not fine", "not alright",
    "im not alright", "no im not", "im not", "i am not", "not really safe",
    "no estoy bien", "no estoy a salvo", "no estoy segura", "no estoy seguro",
    "mir geht es nicht gut", "mir gehts nicht gut", "ich bin nicht in sicherheit",
    "nicht in sicherheit", "ca va pas", "ca ne va pas", "je vais pas bien",
    "je ne vais pas bien", "je ne suis pas en securite", "pas en securite", "nao estou bem",
    "nao estou em seguranca", "nao estou segura", "nao estou seguro", "non sto bene",
    "non sono al sicuro", "non sono al sicuro", "het gaat niet goed", "ik ben niet veilig",
    "niet veilig", "nie jestem bezpieczny", "nie jestem bezpieczna", "nie jest ok",
    "nie jest dobrze", "nu sunt bine", "nu sunt in siguranta", "я не в безопасности",
    "не в безопасности", "не в порядке", "мне плохо", "я не в безпеці", "не в безпеці",
    "не добре", "мені погано",
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
_YEAH_NO_RE = re.compile(r"^(?:yeah|yea|ya) no\b")
_LEAD_RE = re.compile(rf"^(?:(?:{_LEAD})\b\s*)+")
_LIED_RE = re.compile(rf"\b(?:{_LIED})\b")
_ONLY_ANSWER_RE = re.compile(rf"^(?:(?:{_YES}|{_UNSURE}|{_FILLER})\b\s*)+$")
_NOT_SAFE_RE = re.compile(rf"^(?:{_NOT_SAFE})(?: (?:{_FILLER_WORDS}))*$")
_NOT_SAFE_IN_RE = re.compile(rf"\b(?:{_NOT_SAFE})\b")
_BARE_RE = re.compile(rf"^(?:{_NO}|{_UNSURE})$")
_FILLER_WORDS_RE = re.compile(rf"\b(?:{_FILLER_WORDS})\b")
# Light words: a bare "no" with them ("no thanks", "nope lol") declines, takes nothing back
_LIGHT_RE = re.compile(r"\b(?:thanks|thank you|lol|haha|no worries|dont worry|joking|kidding|"
                       r"gracias|danke|merci|obrigad[oa]|grazie|dank je|dzieki|mersi|"
                       r"multumesc|спасибо|дякую)\b")
# A message that only takes "I'm safe" back: no, unsure, not safe, leads and filler words.
_ONLY_TAKING_BACK_RE = re.compile(
    rf"^(?:(?:{_NOT_SAFE}|{_NO}|{_UNSURE}|{_LEAD}|{_FILLER_WORDS})\b\s*)+$")


def plain(text: str) -> str:
    """Lower case, accents and apostrophes removed, anything else not a letter or digit a
    space, spaces collapsed."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in folded if not unicodedata.combining(ch) or ch in "\u0306")
    kept = re.sub(r"['’‘`´ʼ]", "", unicodedata.normalize("NFC", kept))
    return re.sub(r"\s+", " ", re.sub(r"[^\w]+", " ", kept)).strip()


def read_answer(text: str) -> Answer | None:
    """The answer a short message gives to a yes/no safety question, or None if it is not
    plainly one (see the module docstring)."""
    if len(text) > MAX_CHARS:
        return None
    words = plain(text)
    words = _LEAD_RE.sub("", words) or words
    if not words:
        return None
    if _YEAH_NO_RE.match(words):
        return Answer.NO
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
    words = plain(text)
    if _LIED_RE.search(words):
        return Answer.YES
    answer = read_answer(text)
    if answer not in (Answer.YES, Answer.UNSURE):
        return None
    rest = _LEAD_RE.sub("", words)
    if rest != words or _ONLY_ANSWER_RE.match(rest):
        return answer
    return None


# "Yes" with a hedge is no "I'm safe" ("yes for now", "yes he's out but he'll be back",
# "yes i'm safe in here, the door is locked": a ninth attacker's, each got "I'm glad you're
# safe" and then training)
_HEDGE = _words(
    "for now", "for the moment", "at the moment", "right now but", "until", "till", "for a bit",
    "for tonight", "locked", "lock", "hiding", "hid", "hide", "in here", "back later",
    "por ahora", "de momento", "por el momento", "hasta", "pour l instant", "pour le moment",
    "jusqu", "erstmal", "vorerst", "im moment", "furs erste", "fur jetzt", "per ora",
    "per adesso", "al momento", "finche", "por agora", "por enquanto", "voorlopig", "voor nu",
    "na razie", "narazie", "na teraz", "dopoki", "deocamdata", "momentan", "pentru moment",
    "пока", "пока что", "поки", "поки що", "наразі",
    # a tenth attacker: "yeah mostly", "sí, creo", "ja, für heute", "yeah hes asleep now"
    "mostly", "kind of", "i think", "i guess", "for today", "today", "asleep", "sleeping",
    "not home", "gone out", "away", "creo", "supongo", "hoy", "por hoy", "glaube", "fur heute",
    "heute", "je crois", "pour aujourd hui", "aujourdhui", "penso", "credo", "per oggi", "oggi",
    "acho", "por hoje", "hoje", "denk het", "vandaag", "chyba", "na dzis", "dzisiaj", "dzis",
    "cred", "azi", "pentru azi", "думаю", "на сегодня", "сегодня", "мабуть", "на сьогодні",
    "сьогодні", "pour linstant", "deocamdată", "pentru moment", "până",
)
# hiding or locked in, as word starts
_HIDING = (r"escondid\w*|encerrad\w*|cache\w*|enferme\w*|versteckt\w*|eingeschlossen|"
           r"nascost\w*|chius\w*|trancad\w*|verstopt|opgesloten|schowa\w*|zamkn\w*|ascuns\w*|"
           r"incuiat\w*|спрятал\w*|заперл\w*|сховал\w*|замкнул\w*")
_HEDGE_RE = re.compile(rf"\b(?:{_HEDGE}|{_HIDING})\b")


def hedged(text: str) -> bool:
    """A "yes" to "Are you safe right now?" that says more than yes: for now, until, but,
    hiding, locked in (`_HEDGE`, `_BUT`), in the screened languages."""
    words = plain(text)
    rest = _YES_RE.sub("", _LEAD_RE.sub("", words), count=1)
    return bool(_HEDGE_RE.search(rest) or _BUT_RE.search(rest))


class Taken(StrEnum):
    """How a message takes back "Yes, I'm safe" (`takes_back_safe`)."""

    PLAINLY = "plainly"  # "i lied", "i'm not safe", "no wait, not really", "actually no"
    BARE = "bare"  # a bare "no", "not really", "not sure": theirs unless the coach asks too


def says_not_safe(text: str) -> bool:
    """The message says the person is not safe or not okay, and nothing more than filler
    ("im not safe", "not ok tbh", "no estoy bien", "я не в безопасности")."""
    return len(text) <= MAX_CHARS and bool(_NOT_SAFE_RE.match(_LEAD_RE.sub("", plain(text))))


def takes_back_safe(text: str) -> Taken | None:
    """After "Yes, I'm safe" to "Are you safe right now?": whether the message takes it back
    (None: it does not). PLAINLY: "i lied", or a short message of no / unsure / not safe
    words that says "not safe" or opens with "actually", "wait"... ("no wait, not really",
    "actually no", "im not ok"); BARE: only a no or an unsure ("no", "not really", "idk"),
    which a coaching yes/no question open beside it may own. "no thanks", "nope lol", "no
    thanks, just the session" and "not sure about tomorrow's run" take nothing back."""
    if len(text) > MAX_CHARS:
        return None
    words = plain(text)
    if _LIED_RE.search(words):
        return Taken.PLAINLY
    if not words or not _ONLY_TAKING_BACK_RE.match(words):
        return None
    rest = _LEAD_RE.sub("", words)
    if not rest or not (_NO_RE.match(rest) or _UNSURE_RE.search(rest)
                        or _NOT_SAFE_IN_RE.search(rest)):
        return None
    said = " ".join(_FILLER_WORDS_RE.sub(" ", rest).split())
    if rest != words or _NOT_SAFE_IN_RE.search(rest) or _BARE_RE.match(said) is None:
        return Taken.PLAINLY
    return None if _LIGHT_RE.search(rest) else Taken.BARE  # "no thanks", "nope lol": not
