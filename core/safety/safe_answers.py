"""Reading a typed answer to "Are you safe right now?", and taking "Yes, I'm safe" back.

`read_safe_check(text)`: the answer to the open check, where saying one is not safe ("i'm
not ok", "no estoy bien": `says_not_safe`), taking the "yes" back before it was given ("no
wait, not really"), a message about being safe that ends in a no ("safe? from myself? no")
or a hedged yes ("yes for now", "yes, the door is locked": `hedged`) is UNSURE, the same
as "No, or not sure"; otherwise `answers.read_answer`. Never used for the direct question:
there "i'm not okay" says nothing about ending one's life.
`takes_back_safe(text)`: after "Yes, I'm safe", whether the message takes it back ("no
wait, not really", "actually no", "i'm not safe", "i lied"), and how plainly (`Taken`).
Deliberately strict, like `answers`: short messages only (`MAX_CHARS`).
"""

from __future__ import annotations

import re
from enum import StrEnum

from core.safety.answers import (
    _BUT_RE,
    _FILLER_WORDS,
    _LEAD,
    _LEAD_RE,
    _LIED_RE,
    _NO,
    _NO_RE,
    _UNSURE,
    _UNSURE_ALONE,
    _UNSURE_RE,
    _YES_RE,
    MAX_CHARS,
    Answer,
    _words,
    plain,
    read_answer,
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
    "non sono al sicuro", "het gaat niet goed", "ik ben niet veilig",
    "niet veilig", "nie jestem bezpieczny", "nie jestem bezpieczna", "nie jest ok",
    "nie jest dobrze", "nu sunt bine", "nu sunt in siguranta", "я не в безопасности",
    "не в безопасности", "не в порядке", "мне плохо", "я не в безпеці", "не в безпеці",
    "не добре", "мені погано",
)
_NOT_SAFE_RE = re.compile(rf"^(?:{_NOT_SAFE})(?: (?:{_FILLER_WORDS}))*$")
_NOT_SAFE_IN_RE = re.compile(rf"\b(?:{_NOT_SAFE})\b")
_BARE_RE = re.compile(rf"^(?:{_NO}|{_UNSURE}|{_UNSURE_ALONE})$")  # "хз", "bof" too
_FILLER_WORDS_RE = re.compile(rf"\b(?:{_FILLER_WORDS})\b")
# Light words: a bare "no" with them ("no thanks", "nope lol") declines, takes nothing back
_LIGHT_RE = re.compile(r"\b(?:thanks|thank you|lol|haha|no worries|dont worry|joking|kidding|"
                       r"gracias|danke|merci|obrigad[oa]|grazie|dank je|dzieki|mersi|"
                       r"multumesc|спасибо|дякую)\b")
# A message that only takes "I'm safe" back: no, unsure, not safe, leads and filler words.
_ONLY_TAKING_BACK_RE = re.compile(
    rf"^(?:(?:{_NOT_SAFE}|{_NO}|{_UNSURE}|{_UNSURE_ALONE}|{_LEAD}|{_FILLER_WORDS})\b\s*)+$")
_ENDS_WITH_NO_RE = re.compile(r"\bsafe\b.*\b(?:no|nope|nah|not really)$")


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
    "сьогодні", "pour linstant", "deocamdată", "până",
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
    if not rest or not (_NO_RE.match(rest) or _UNSURE_RE.search(rest) or _BARE_RE.match(rest)
                        or _NOT_SAFE_IN_RE.search(rest)):
        return None
    said = " ".join(_FILLER_WORDS_RE.sub(" ", rest).split())
    if rest != words or _NOT_SAFE_IN_RE.search(rest) or _BARE_RE.match(said) is None:
        return Taken.PLAINLY
    return None if _LIGHT_RE.search(rest) else Taken.BARE  # "no thanks", "nope lol": not


def read_safe_check(text: str) -> Answer | None:
    """The typed answer to "Are you safe right now?" (see the module docstring): UNSURE
    whenever it says, or may say, "not safe"."""
    answer = read_answer(text)
    if answer is None and (says_not_safe(text) or takes_back_safe(text) is Taken.PLAINLY
                           or _ENDS_WITH_NO_RE.search(plain(text))):
        return Answer.UNSURE  # "safe? from myself? no" (a ninth attacker: asked again)
    if answer in (Answer.YES, Answer.FINE) and hedged(text):  # "yes for now": not safe
        return Answer.UNSURE
    return answer
