"""A scripted screen of the safety-model branch's shape, for driving the safety flow.

The flow is under test, not the screen: these phrases stand for what the trained screen
returns (ask band, means / plan / time). Anything not listed goes to this branch's real
rules (`rules_only`), so urgent wording the rules know is screened for real.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.safety import Category, Level
from core.safety.finding import with_screener
from core.safety.screener import rules_only

ASK_BAND = "everyone would be better off if i just stopped existing"
MEANS = "counted out the tablets from my prescription, it should be enough"
PLAN_TIME = "i've decided, tonight after the match"
RECURRING = "actually idk. i think about it every night"  # the trained screen: concern
EVERY_NIGHT = "i think about it every night"
DANGER_BAND = "mąż mnie teraz bije, zamknęłam się w łazience"  # the trained screen: band, abuse


@dataclass(frozen=True)
class Screening:
    level: Level
    category: Category | None = None
    ask: bool = False
    specifics: frozenset[str] = frozenset()
    rule: str | None = None


SCRIPT = {
    ASK_BAND: Screening(Level.CONCERN, Category.SUICIDE_SELF_HARM, ask=True),
    MEANS: Screening(Level.URGENT, Category.SUICIDE_SELF_HARM, specifics=frozenset({"means"})),
    PLAN_TIME: Screening(Level.URGENT, Category.SUICIDE_SELF_HARM,
                         specifics=frozenset({"plan", "time"})),
    RECURRING: Screening(Level.CONCERN, Category.SUICIDE_SELF_HARM),
    EVERY_NIGHT: Screening(Level.CONCERN, Category.SUICIDE_SELF_HARM),
    DANGER_BAND: Screening(Level.NONE, Category.ABUSE_SAFEGUARDING, ask=True,
                           specifics=frozenset({"time"})),
    "my partner hits me when he drinks": Screening(Level.CONCERN, Category.ABUSE_SAFEGUARDING,
                                                   ask=True),
}


class ScriptedScreener:
    """`screen(text, context)` as the safety-model `Screener`; counts its calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[str, ...]]] = []

    def screen(self, text: str, context: Sequence[str] = ()) -> Screening:
        self.calls.append((text, tuple(context)))
        scripted = SCRIPT.get(text.casefold())
        if scripted is not None:
            return scripted
        found = rules_only(text, context)
        named = frozenset({"named"}) if found.specifics else frozenset()
        return Screening(found.level, found.category, found.ask, named, found.rule)


def scripted_screens(screener: ScriptedScreener | None = None):  # type: ignore[no-untyped-def]
    return with_screener(screener or ScriptedScreener())
