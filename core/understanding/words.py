"""Text as the understanding rules read it: folded, spelled out, one space between words.

People type on a phone: "tmrw", "2moro", "u", "whats", curly apostrophes, emoji. `canonical`
turns a message into lower-case words separated by single spaces, apostrophes dropped
("what's" -> "whats") and common shorthand spelled out, so the patterns in this package are
written once against plain words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from core.checkin import fold
from core.phone_text import clean

SHORTHAND: Mapping[str, str] = MappingProxyType({
    **dict.fromkeys(
        ("tmrw", "tmr", "tmrow", "tmw", "tmoz", "tomoz", "2moro", "2morrow", "2mrw", "2morow",
         "tomorow", "tommorow", "tommorrow", "tomorro", "tomorrw", "tomrw", "tomorrows",
         "tmrws", "tomorow", "tommorows", "2moros"),
        "tomorrow"),
    **dict.fromkeys(("2day", "tday", "tdy", "todays", "2days"), "today"),
    **dict.fromkeys(("tonite", "2nite", "tonights"), "tonight"),
    **dict.fromkeys(("u", "ya", "yu"), "you"),
    **dict.fromkeys(("r",), "are"),
    **dict.fromkeys(("pls", "plz", "plse", "pleease", "pleaseee"), "please"),
    **dict.fromkeys(("wat", "wot", "wht", "wut", "whta"), "what"),
    **dict.fromkeys(("wats", "wots", "whts", "whatss"), "whats"),
    **dict.fromkeys(("shud", "shld", "shoud", "sould"), "should"),
    **dict.fromkeys(("sesh", "sess", "seshion", "sesion", "sessoin"), "session"),
    **dict.fromkeys(("workouts", "wrkout", "workut", "wokout"), "workout"),
    **dict.fromkeys(("wk", "wek"), "week"),
    **dict.fromkeys(("iam",), "im"),
    **dict.fromkeys(("gimme", "giz", "gimmie"), "give me"),
    **dict.fromkeys(("lemme",), "let me"),
    **dict.fromkeys(("dnt",), "dont"),
    **dict.fromkeys(("cnt",), "cant"),
    **dict.fromkeys(("thx", "thnx", "thanx", "tnx", "ty", "tysm", "thankyou", "thks"), "thanks"),
    **dict.fromkeys(("coz", "cuz", "cos", "bc"), "because"),
    **dict.fromkeys(("trainig", "trainin", "traning"), "training"),
    **dict.fromkeys(("excercise", "exersize", "exercize"), "exercise"),
    **dict.fromkeys(("progamme", "programe", "programm"), "programme"),
    **dict.fromkeys(("mins", "min", "minutes", "minute"), "minutes"),
    **dict.fromkeys(("hrs",), "hours"),
})  # fmt: skip

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


# What a phone message says fits in this; the patterns read no more, which also bounds their
# cost (a few of them look for two words anywhere in the text).
READ_CHARS = 300


def canonical(text: str) -> str:
    """Words only, shorthand spelled out: "What's tmrw's sesh?" -> "whats tomorrow session".
    Only the first READ_CHARS characters are read."""
    words = _WORD.findall(fold(clean(text[:READ_CHARS])).replace("%", " percent "))
    return " ".join(SHORTHAND.get(word, word) for word in (w.replace("'", "") for w in words))


def asks(text: str) -> bool:
    """Whether the message is put as a question: a "?" or a question word first."""
    first = canonical(text).partition(" ")[0]
    return "?" in text or first in QUESTION_WORDS


QUESTION_WORDS = frozenset({
    "what", "whats", "whatre", "how", "hows", "why", "when", "where", "which", "who", "is",
    "isnt", "are", "can", "could", "should", "shall", "does", "do", "did", "will", "would",
    "am", "may", "any", "anything", "whens", "wheres", "hw", "explain",
})  # fmt: skip
