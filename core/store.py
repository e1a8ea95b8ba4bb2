"""The storage port the Coach works through. Implemented by adapters.storage (SQLAlchemy).

One `Tx` is one database transaction: everything a single inbound changes is committed
together, before the reply is returned, or not at all.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from core.assessment import DayEntry
from core.checkin_fields import CheckIn
from core.messages import Platform
from core.people import Person


@dataclass(frozen=True, slots=True)
class Conversation:
    """What the coach is waiting for from this person, e.g. "checkin:mood", and a draft."""

    pending: str | None = None
    draft: dict[str, Any] = field(default_factory=dict)


class Tx(Protocol):
    def claim_update(self, platform: Platform, update_key: str) -> bool:
        """Record a platform update as processed; False if it already was (duplicate)."""

    def find_person(self, platform: Platform, platform_user_id: str) -> Person | None: ...

    def create_person(
        self, platform: Platform, platform_user_id: str, chat_id: str,
        display_name: str, consent_at: datetime,
    ) -> Person: ...

    def update_person(self, person_id: int, **changes: Any) -> Person:
        """Change settings (field names of `Person`); re-computes the person's prompt times."""

    def conversation(self, person_id: int) -> Conversation: ...

    def set_conversation(self, person_id: int, conversation: Conversation) -> None: ...

    def history(self, person_id: int, first: date, last: date) -> list[DayEntry]:
        """Check-ins with first <= day <= last, oldest first."""

    def save_checkin(self, person_id: int, day: date, checkin: CheckIn, at: datetime) -> None:
        """Store the check-in for that local date, replacing one already there."""

    def record_safety_event(
        self, person_id: int | None, level: str, category: str | None, at: datetime
    ) -> None:
        """Level and category only, never the text."""

    def export(self, person_id: int) -> dict[str, Any]:
        """Every row about the person, as JSON-ready data."""

    def delete_person(self, person_id: int) -> None:
        """Remove every row about the person."""


class Store(Protocol):
    def transaction(self) -> AbstractContextManager[Tx]:
        """Commit on normal exit, roll back on an exception."""
