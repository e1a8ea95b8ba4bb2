"""The seam between the screen and the coach's safety flow: what the flow needs (`Finding`)
and where it comes from (`Screens`).

The screen grows on the safety-model branch: a trained classifier beside the rules, an
"ask directly" band, the means / plan / time a message names, and context (the same
person's earlier messages of the last hour). Its `Screener.screen(text, context)` returns
a `Screening` with `level`, `category`, `ask` and `specifics`; `with_screener` adapts
exactly that shape. Until it merges, `rules_only` stands in: the rules on this branch,
plus the one context rule the screen applies ("a farewell after messages at risk").
At merge: the composition root passes `with_screener(load_screener())`, and `rules_only`
and `FAREWELL` go (the screen's own context reading replaces them).

Pure: no clock, no I/O, no logging; the text is never kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from core.safety.model import Category, Level
from core.safety.normalise import normalise
from core.safety.screen import screen

CONTEXT_MESSAGES = 5  # the most recent earlier messages of the hour that are read
CONTEXT_CHARS = 500  # of each, the last characters (the screen reads no more)


@dataclass(frozen=True, slots=True)
class Finding:
    """What the safety flow needs from one screening (never the text).

    - `level`, `category`: as the screen says (`category` None only for `Level.NONE`).
    - `ask`: the urgent score sits in the band just below the urgent threshold: ask
      directly before any helpline text. Only with `level` below URGENT.
    - `specifics`: the message (or its context) named means, a plan or a time: a single
      "no" to the direct question does not clear it.
    """

    level: Level
    category: Category | None = None
    ask: bool = False
    specifics: bool = False


NOTHING = Finding(Level.NONE)

Screens = Callable[[str, Sequence[str]], Finding]
"""`(text, context) -> Finding`: context is the same person's earlier messages of the last
hour, oldest first, at most `CONTEXT_MESSAGES`, each at most `CONTEXT_CHARS` long."""


class ScreeningShape(Protocol):
    """The safety-model branch's `Screening`, as far as the flow reads it."""

    @property
    def level(self) -> Level: ...

    @property
    def category(self) -> Category | None: ...

    @property
    def ask(self) -> bool: ...

    @property
    def specifics(self) -> frozenset[object]: ...


class ScreenerShape(Protocol):
    """The safety-model branch's `Screener`."""

    def screen(self, text: str, context: Sequence[str] = ()) -> ScreeningShape: ...


def with_screener(screener: ScreenerShape) -> Screens:
    """`Screens` over the safety-model branch's `Screener` (its context reading included)."""

    def screens(text: str, context: Sequence[str]) -> Finding:
        found = screener.screen(text, bounded(context))
        return Finding(found.level, found.category, found.ask, bool(found.specifics))

    return screens


def rules_only(text: str, context: Sequence[str]) -> Finding:
    """The rules of this branch, and a farewell after earlier messages at risk is urgent."""
    found = screen(text)
    if found.level is Level.URGENT:
        return Finding(found.level, found.category)
    farewell = bool(context) and says_farewell(text)  # the earlier messages matter only then
    if farewell and any(screen(m).level is not Level.NONE for m in bounded(context)):
        return Finding(Level.URGENT, Category.SUICIDE_SELF_HARM)
    return Finding(found.level, found.category)


def bounded(context: Sequence[str]) -> list[str]:
    """The context as the screen reads it: the last messages, each cut to its end."""
    return [message[-CONTEXT_CHARS:] for message in context[-CONTEXT_MESSAGES:]]


FAREWELL = re.compile(
    r"\b(?:goodbye|good bye|bye (?:everyone|all|guys|coach)|farewell|"
    r"thanks? (?:you )?for everything|this is (?:my )?(?:the )?last (?:message|time)|"
    r"see you on the other side|"
    r"gracias por todo|adios|adiós|merci pour tout|adieu|danke f[uü]r alles|lebt? wohl|"
    r"obrigad[oa] por tudo|adeus|grazie (?:di|per) tutto|addio|bedankt voor alles|vaarwel|"
    r"dzi[eę]kuj[eę] za wszystko|[zż]egnaj\w*|mul[tț]umesc pentru tot|adio|"
    r"спасибо за вс[её]|прощай\w*|дякую за вс[еі]|прощавай\w*)\b"
)


def says_farewell(text: str) -> bool:
    """Whether the message (its last `CONTEXT_CHARS`) says goodbye, in any screened language."""
    return FAREWELL.search(normalise(text[-CONTEXT_CHARS:])) is not None
