"""The seam between the screen and the coach's safety flow: what the flow needs (`Finding`)
and where it comes from (`Screens`).

The screen: the rules, a trained classifier beside the rules, an
"ask directly" band, the means / plan / time a message names, and context (the same
person's earlier messages of the last hour). `core.safety.screener.Screener.screen(text,
context)` returns a `Screening` with `level`, `category`, `ask` and `specifics`;
`with_screener` adapts exactly that shape. The composition root (`bot/safety.py`) passes
`with_screener(adapters.safety_model.load_screener())`; `core.safety.screener.rules_only`
is the rules-only screen (tests, and the Coach's default).

Pure: no clock, no I/O, no logging; the text is never kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from core.safety.model import BAND_STEPS, CLASSIFIER, Category, Level

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
    - `rule`: what set the level, as the screen names it (`Screening.rule`, never the text):
      a rule's name, `CLASSIFIER` or `BAND_STEPS` when the classifier raised it over the
      rules, None for none.
    """

    level: Level
    category: Category | None = None
    ask: bool = False
    specifics: bool = False
    rule: str | None = None

    @property
    def by_classifier(self) -> bool:
        """The level is the classifier's alone: no rule read the words so (a message about a
        friend at risk that the classifier reads as urgent is not the writer's own risk)."""
        return self.rule in (CLASSIFIER, BAND_STEPS)


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

    @property
    def rule(self) -> str | None: ...


class ScreenerShape(Protocol):
    """The safety-model branch's `Screener`."""

    def screen(self, text: str, context: Sequence[str] = ()) -> ScreeningShape: ...


def with_screener(screener: ScreenerShape) -> Screens:
    """`Screens` over the safety-model branch's `Screener` (its context reading included)."""

    def screens(text: str, context: Sequence[str]) -> Finding:
        found = screener.screen(text, bounded(context))
        return Finding(found.level, found.category, found.ask, bool(found.specifics), found.rule)

    return screens


def bounded(context: Sequence[str]) -> list[str]:
    """The context as the screen reads it: the last messages, each cut to its end."""
    return [message[-CONTEXT_CHARS:] for message in context[-CONTEXT_MESSAGES:]]
