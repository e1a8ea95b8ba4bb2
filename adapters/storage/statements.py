"""Statements the hot path runs, built once with bound parameters (SQLite and PostgreSQL).

Built once and executed with parameters, so SQLAlchemy neither rebuilds a statement nor
re-computes its cache key on every call (see docs/benchmarks.md).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Executable, Table, bindparam, select, update
from sqlalchemy.orm import Session

from adapters.storage.mapping import CHECKIN_FIELDS, PERSON_FIELDS
from adapters.storage.models import (
    CheckinRow,
    ConversationRow,
    PersonRow,
    ProcessedUpdateRow,
    SafetyQuestionRow,
    WeeklyReviewRow,
)

# Statements the hot path (one check-in answer) runs, built once with bound parameters, on
# the tables rather than the ORM classes (plain Core execution, no ORM bulk-insert path).

PEOPLE = cast(Table, PersonRow.__table__)
CHECKINS = cast(Table, CheckinRow.__table__)
CONVERSATIONS = cast(Table, ConversationRow.__table__)
PROCESSED = cast(Table, ProcessedUpdateRow.__table__)
REVIEWS = cast(Table, WeeklyReviewRow.__table__)

FIND_PERSON = select(*(PEOPLE.c[name] for name in PERSON_FIELDS)).where(
    PEOPLE.c.platform == bindparam("platform"),
    PEOPLE.c.platform_user_id == bindparam("platform_user_id"),
)
NOTE_INBOUND = (  # FIND_PERSON and the note of the message's time in one UPDATE ... RETURNING
    update(PEOPLE)
    .where(
        PEOPLE.c.platform == bindparam("b_platform"),  # a column's own name is reserved
        PEOPLE.c.platform_user_id == bindparam("b_platform_user_id"),
    )
    .values(last_inbound_at=bindparam("at"))
    .returning(*(PEOPLE.c[name] for name in PERSON_FIELDS))
)
CONVERSATION = select(
    CONVERSATIONS.c.pending, CONVERSATIONS.c.draft, CONVERSATIONS.c.token,
    CONVERSATIONS.c.expires_at,
).where(
    CONVERSATIONS.c.person_id == bindparam("person_id")
)
# ORM rows (the flow changes the row it read): Session.get built this statement on every
# call that found no row in the session, most messages.
SAFETY_QUESTION = select(SafetyQuestionRow).where(
    SafetyQuestionRow.platform == bindparam("platform"),
    SafetyQuestionRow.platform_user_id == bindparam("platform_user_id"),
)
HISTORY = (
    select(CHECKINS.c.local_date, *(CHECKINS.c[name] for name in CHECKIN_FIELDS))
    .where(
        CHECKINS.c.person_id == bindparam("person_id"),
        CHECKINS.c.local_date.between(bindparam("first"), bindparam("last")),
    )
    .order_by(CHECKINS.c.local_date)
)

WEEKLY_REVIEWS = (
    select(REVIEWS.c.week_start, REVIEWS.c.signals)
    .where(
        REVIEWS.c.person_id == bindparam("person_id"), REVIEWS.c.week_start >= bindparam("since")
    )
    .order_by(REVIEWS.c.week_start)
)

_UPSERTS: dict[str, dict[str, Executable]] = {}


def dialect_insert(dialect: str) -> Any:
    """The INSERT construct with ON CONFLICT support for the dialect (SQLite, PostgreSQL).
    Each dialect's module is imported on first use (a SQLite start skips PostgreSQL's)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    if dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        return sqlite.insert
    raise NotImplementedError(f"no upsert for the {dialect} dialect")


def _upserts(dialect: str) -> dict[str, Executable]:
    """INSERT with ON CONFLICT for the dialect at hand; the values come as parameters."""
    insert = dialect_insert(dialect)
    claim = (
        insert(PROCESSED)
        .on_conflict_do_nothing(index_elements=["platform", "update_key"])
        .returning(PROCESSED.c.id)
    )
    conversation = insert(CONVERSATIONS)
    conversation = conversation.on_conflict_do_update(
        index_elements=["person_id"],
        set_={
            name: conversation.excluded[name]
            for name in ("pending", "draft", "token", "expires_at", "updated_at")
        },
    )
    checkin = insert(CHECKINS)
    checkin = checkin.on_conflict_do_update(
        index_elements=["person_id", "local_date"],
        set_={name: checkin.excluded[name] for name in (*CHECKIN_FIELDS, "recorded_at")},
    )
    return {"claim_update": claim, "set_conversation": conversation, "save_checkin": checkin}


def insert_for(session: Session, model: Any) -> Any:
    """INSERT with ON CONFLICT for this session's dialect."""
    return dialect_insert(session.get_bind().dialect.name)(model)


def upsert(session: Session, name: str) -> Executable:
    """One of the upserts above, built once per dialect."""
    dialect = session.get_bind().dialect.name
    statements = _UPSERTS.get(dialect)
    if statements is None:
        statements = _UPSERTS[dialect] = _upserts(dialect)
    return statements[name]
