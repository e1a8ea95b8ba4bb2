"""A tiny driver for conversations through Coach.handle.

`says` types; `taps(label)` taps the button with that label on the latest message that has
buttons, as a person on a phone would (buttons carry their question's token, so tests take
them from the replies rather than writing values by hand); `presses(value)` sends any value,
for forged or stale taps.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime

from core.coach import Coach
from core.messages import Inbound, Platform, Reply

_keys = itertools.count(1)


@dataclass
class Person:
    coach: Coach
    user: str
    at: datetime
    platform: Platform = Platform.CONSOLE
    log: list[str] = field(default_factory=list)
    asked: Reply | None = None  # the latest message with buttons

    def says(self, text: str = "", *, choice: str | None = None, key: str | None = None,
             private: bool = True) -> list[Reply]:
        inbound = Inbound(self.platform, self.user, self.user, self.at, text=text, choice=choice,
                          display_name=self.user.title(), private=private,
                          update_key=key if key is not None else f"u{next(_keys)}")
        replies = self.coach.handle(inbound)
        self.log.extend(r.text for r in replies)
        with_buttons = [r for r in replies if r.choices]
        if with_buttons:
            self.asked = with_buttons[-1]
        return replies

    def taps(self, label: str, on: Reply | None = None) -> list[Reply]:
        """Tap the button labelled `label` on `on` (default: the latest message with buttons)."""
        return self.says(choice=button(on or self.asked, label))

    def presses(self, value: str) -> list[Reply]:
        return self.says(choice=value)


def button(reply: Reply | None, label: str) -> str:
    """The value of the button labelled `label` on `reply`."""
    assert reply is not None, "no message with buttons yet"
    found = [c.value for c in reply.choices if c.label == label]
    assert found, f"no button {label!r} on {reply.text[:60]!r}: {[c.label for c in reply.choices]}"
    return found[0]


def texts_of(replies: list[Reply]) -> list[str]:
    return [r.text for r in replies]


def text_of(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def onboard(person: Person, *answers: str) -> list[Reply]:
    """Consent, then the given answers (or Skip for each remaining question)."""
    person.says("/start")
    replies = person.taps("Yes")
    for answer in answers:
        replies = person.says(answer)
    while replies and replies[-1].choices and replies[-1].choices[-1].label == "Skip":
        replies = person.taps("Skip")
    return replies
