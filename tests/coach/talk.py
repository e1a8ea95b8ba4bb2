"""A tiny driver for conversations through Coach.handle."""

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

    def says(self, text: str = "", *, choice: str | None = None, key: str | None = None,
             private: bool = True) -> list[Reply]:
        inbound = Inbound(self.platform, self.user, self.user, self.at, text=text, choice=choice,
                          display_name=self.user.title(), private=private,
                          update_key=key if key is not None else f"u{next(_keys)}")
        replies = self.coach.handle(inbound)
        self.log.extend(r.text for r in replies)
        return replies

    def taps(self, value: str) -> list[Reply]:
        return self.says(choice=value)


def text_of(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def onboard(person: Person, *answers: str) -> list[Reply]:
    """Consent, then the given answers (or Skip for each remaining question)."""
    person.says("/start")
    replies = person.says(choice="yes")
    for answer in answers:
        replies = person.says(answer)
    while replies and replies[-1].choices and replies[-1].choices[-1].label == "Skip":
        replies = person.taps(replies[-1].choices[-1].value)
    return replies
