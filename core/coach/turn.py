"""One inbound message in context: the transaction, the person and where the conversation is."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from core.coach.questions import Press, asked, owner_of
from core.messages import Choice, Inbound, Reply
from core.people import Person
from core.store import Conversation, Tx

RESUME = "_resume"  # draft key: the question a newer one interrupted, asked again after it
NEVER_RESUMED = ("delete",)  # a confirmation is never asked again unasked


@dataclass(slots=True)
class Outcome:
    """What this turn did to the conversation (mutable; one per turn)."""

    conversation: Conversation | None = None  # written this turn (None: unchanged)
    taken: bool = False  # the pressed button's answer was used
    resumed: bool = False  # an interrupted question is pending again


@dataclass(frozen=True, slots=True)
class Turn:
    tx: Tx
    inbound: Inbound
    person: Person
    conversation: Conversation  # as it was when the message arrived (lapsed questions: idle)
    press: Press | None = None  # the tapped button, read (None: typed, or unreadable)
    outcome: Outcome = field(default_factory=Outcome)

    @property
    def local_now(self) -> datetime:
        return self.inbound.at.astimezone(ZoneInfo(self.person.timezone))

    @property
    def today(self) -> date:
        return self.local_now.date()

    @property
    def answer(self) -> str:
        """What the person said: the pressed button's answer, or the text."""
        if self.inbound.choice is not None:
            return self.press.answer if self.press is not None else ""
        return self.inbound.text

    @property
    def current(self) -> Conversation:
        """The conversation as this turn has left it so far."""
        return self.outcome.conversation or self.conversation

    def ask(self, pending: str, **draft: Any) -> str:
        """Make `pending` the open question, with a new token (returned) and its lifetime.

        A question this one interrupts (a check-in, a sign-up step) is kept, to be asked
        again when this one is answered."""
        before = self.current
        kind, before_kind = pending.partition(":")[0], (before.pending or "").partition(":")[0]
        if RESUME not in draft and before.pending and before.pending not in NEVER_RESUMED:
            if before_kind != kind:
                draft[RESUME] = stashed(before)
            elif RESUME in before.draft:
                draft[RESUME] = before.draft[RESUME]  # the same conversation goes on
        owner = owner_of(self.person.platform, self.person.platform_user_id)
        conversation = asked(pending, self.inbound.at, self.person.timezone, owner, before,
                             **draft)
        self._write(conversation)
        return conversation.token or ""

    def keep_asking(self, **draft: Any) -> str:
        """The open question stays open with a changed draft (same token)."""
        before = self.current
        kept = {RESUME: before.draft[RESUME]} if RESUME in before.draft else {}
        self._write(Conversation(before.pending, draft | kept, before.token, before.expires_at))
        return before.token or ""

    def done(self) -> None:
        """Nothing pending any more, or the question this one interrupted, open again."""
        before = self.current
        resume = before.draft.get(RESUME)
        back = restored(resume, before.token) if isinstance(resume, dict) else None
        if back is not None and back.live(self.inbound.at).pending is not None:
            self._write(back)
            self.outcome.resumed = True
            return
        self._write(Conversation(token=before.token))

    def forget(self) -> None:
        """The person and their conversation are gone (deleted): nothing to write or ask."""
        self.outcome.conversation = Conversation()

    def take(self) -> None:
        """The pressed button's answer is used: adapters show it on the question."""
        self.outcome.taken = True

    def _write(self, conversation: Conversation) -> None:
        self.tx.set_conversation(self.person.id, conversation)
        self.outcome.conversation = conversation


def stashed(conversation: Conversation) -> dict[str, Any]:
    draft = {k: v for k, v in conversation.draft.items() if k != RESUME}
    expires = conversation.expires_at.isoformat() if conversation.expires_at else None
    return {"pending": conversation.pending, "draft": draft, "token": conversation.token,
            "expires_at": expires}


def restored(stash: dict[str, Any], latest_token: str | None) -> Conversation | None:
    """The question `stashed` kept, read back (its own token, else `latest_token`); None
    when the stash is malformed."""
    pending, draft = stash.get("pending"), stash.get("draft")
    if not isinstance(pending, str) or not isinstance(draft, dict):
        return None
    expires = stash.get("expires_at")
    expires_at = datetime.fromisoformat(expires) if isinstance(expires, str) else None
    token = stash.get("token")
    return Conversation(pending, draft, token if isinstance(token, str) else latest_token,
                        expires_at)


def say(text: str, *choices: Choice, columns: int = 6) -> Reply:
    return Reply(text=text, choices=tuple(choices), columns=columns)
