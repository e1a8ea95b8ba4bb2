"""Asked questions in storage: a conversation's token and expiry, and the consent question
asked to someone who is not a person yet (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import func, select

from adapters.storage import SqlStore
from adapters.storage.models import ConsentQuestionRow
from core.messages import Platform
from core.store import ConsentQuestion, Conversation
from tests.storage.helpers import make_person

AT = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)


def test_a_conversation_keeps_its_token_and_expiry_in_utc(store: SqlStore) -> None:
    person = make_person(store)
    plus_two = timezone(timedelta(hours=2))
    asked = Conversation("checkin:sleep", {"day": "2026-03-02"}, "29g5h2ka1x2y3z",
                         datetime(2026, 3, 3, 2, 0, tzinfo=plus_two))
    with store.transaction() as tx:
        tx.set_conversation(person.id, asked)
    with store.transaction() as tx:
        found = tx.conversation(person.id)
    assert (found.pending, found.draft, found.token) == (asked.pending, asked.draft, asked.token)
    assert found.expires_at == datetime(2026, 3, 3, 0, 0, tzinfo=UTC)
    assert found.expires_at is not None and found.expires_at.utcoffset() == timedelta(0)
    assert found.live(AT) == found
    assert found.live(datetime(2026, 3, 3, 0, 0, tzinfo=UTC)) == Conversation(token=asked.token)


def _consent_rows(store: SqlStore) -> int:
    with store.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(ConsentQuestionRow)) or 0)


def test_a_consent_question_is_replaced_forgotten_and_purged_once_lapsed(store: SqlStore) -> None:
    first = ConsentQuestion("42", "tok1", AT + timedelta(days=1))
    with store.transaction() as tx:
        tx.ask_consent(Platform.TELEGRAM, "42", first, AT)
        tx.ask_consent(Platform.SLACK, "42", ConsentQuestion("D1", "tok2", AT + timedelta(
            hours=1)), AT)
    with store.transaction() as tx:
        assert tx.consent_question(Platform.TELEGRAM, "42") == first
        again = ConsentQuestion("42", "tok3", AT + timedelta(days=2))
        tx.ask_consent(Platform.TELEGRAM, "42", again, AT + timedelta(minutes=5))
        assert tx.consent_question(Platform.TELEGRAM, "42") == again  # replaced, one row
    assert _consent_rows(store) == 2
    with store.transaction() as tx:  # asking anyone later purges what lapsed meanwhile
        tx.ask_consent(Platform.CONSOLE, "bo", ConsentQuestion("bo", "tok4", AT + timedelta(
            days=3)), AT + timedelta(hours=2))
        assert tx.consent_question(Platform.SLACK, "42") is None
        tx.forget_consent_question(Platform.TELEGRAM, "42")
        assert tx.consent_question(Platform.TELEGRAM, "42") is None
    assert _consent_rows(store) == 1
