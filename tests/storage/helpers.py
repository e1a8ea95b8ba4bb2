"""Small builders for storage tests."""

from __future__ import annotations

from datetime import UTC, datetime

from adapters.storage import SqlStore
from core.messages import Platform
from core.people import Person

T0 = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)


def make_person(
    store: SqlStore, user_id: str = "u1", platform: Platform = Platform.TELEGRAM
) -> Person:
    with store.transaction() as tx:
        return tx.create_person(platform, user_id, f"chat-{user_id}", f"Name {user_id}", T0)
