"""One inbound message in context: the transaction, the person and where the conversation is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from core.messages import Choice, Inbound, Reply
from core.people import Person
from core.store import Conversation, Tx

SKIP = Choice("Skip", "skip")
YES_NO = (Choice("Yes", "yes"), Choice("No", "no"))


@dataclass(frozen=True, slots=True)
class Turn:
    tx: Tx
    inbound: Inbound
    person: Person
    conversation: Conversation

    @property
    def local_now(self) -> datetime:
        return self.inbound.at.astimezone(ZoneInfo(self.person.timezone))

    @property
    def today(self) -> date:
        return self.local_now.date()

    @property
    def answer(self) -> str:
        """What the person said: the pressed button's value, or the text."""
        return self.inbound.choice if self.inbound.choice is not None else self.inbound.text

    def wait_for(self, pending: str | None, **draft: object) -> None:
        self.tx.set_conversation(self.person.id, Conversation(pending, dict(draft)))

    def done(self) -> None:
        self.tx.set_conversation(self.person.id, Conversation())


def say(text: str, *choices: Choice, columns: int = 6) -> Reply:
    return Reply(text=text, choices=tuple(choices), columns=columns)
