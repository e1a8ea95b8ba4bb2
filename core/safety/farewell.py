"""Farewells: "thanks for everything, goodbye" in the eleven screened languages.

`says_farewell(text)`: the message says goodbye (read with earlier messages at risk, or a
very low check-in, a farewell is urgent: `screener._farewell`, `core/coach/safety_flow`).
`thanks_and_goodbye(text)`: it thanks for everything *and* says goodbye, not for now ("see
you Monday"): alone, the screen asks the caring question (the ask band). A seventh
attacker (2026-12-01) found this farewell read as urgent in English by the classifier and
as nothing in Portuguese, Italian, Polish, Russian and Ukrainian; the training set's
writers label "thanks for everything coach, goodbye and good luck with the team" none, so
alone it is asked about, not answered with the crisis text. Pure.
"""

from __future__ import annotations

import re

from core.safety.finding import CONTEXT_CHARS
from core.safety.normalise import normalise

# Thanking for everything, and saying goodbye, in the eleven languages
_THANKS_WORDS = (
    r"thanks? (?:you )?for everything|gracias por todo|merci pour tout|danke f[uü]r alles|"
    r"obrigad[oa] por tudo|grazie (?:di|per) tutto|bedankt voor alles|dank je voor alles|"
    r"dzi[eę]kuj[eę] za wszystko|dzi[eę]ki za wszystko|mul[tț]umesc pentru tot|"
    r"спасибо за вс[её]|дякую за вс[еі]"
)
_GOODBYE_WORDS = (
    r"goodbye|good bye|farewell|adi[oó]s|adieu|lebt? wohl|adeus|addio|vaarwel|[zż]egnaj\w*|"
    r"adio|прощай\w*|прощавай\w*"
)
_THANKS = re.compile(rf"\b(?:{_THANKS_WORDS})\b")
_GOODBYE = re.compile(rf"\b(?:{_GOODBYE_WORDS})\b")
FAREWELL = re.compile(
    rf"\b(?:{_THANKS_WORDS}|{_GOODBYE_WORDS}|bye (?:everyone|all|guys|coach)|"
    r"this is (?:my )?(?:the )?last (?:message|time)|see you on the other side)\b"
)


def says_farewell(text: str) -> bool:
    """Whether the message (its last `CONTEXT_CHARS`) says goodbye, in any screened language."""
    return FAREWELL.search(normalise(text[-CONTEXT_CHARS:])) is not None


_FOR_NOW = re.compile(  # "see you tomorrow", "hasta luego", "bis morgen": goodbye for now
    r"\b(?:see you|next (?:week|time|season|year)|tomorrow|later|hasta (?:luego|ma[nñ]ana|"
    r"pronto)|nos vemos|[aà] (?:demain|bient[oô]t|plus)|bis (?:morgen|bald|dann)|a (?:domani|"
    r"presto)|at[eé] (?:amanh[aã]|logo|breve)|tot (?:morgen|straks|ziens)|do (?:jutra|"
    r"zobaczenia)|pe (?:m[aâ]ine|cur[aâ]nd)|la revedere|до (?:завтра|встречи|зустрічі)|"
    r"увидимся|побачимось)\b"
)


def thanks_and_goodbye(text: str) -> bool:
    """Whether the message thanks for everything and says goodbye, not for now."""
    plain = normalise(text[-CONTEXT_CHARS:])
    return (_THANKS.search(plain) is not None and _GOODBYE.search(plain) is not None
            and _FOR_NOW.search(plain) is None)
