"""`SqlStore`: the core.store.Store port on SQLAlchemy (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import Executable, bindparam, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from adapters.storage.mapping import (
    CHECKIN_FIELDS,
    PERSON_DEFAULTS,
    PERSON_FIELDS,
    PERSON_SETTINGS,
    checkin_values,
    person_from_row,
    row_dict,
)
from adapters.storage.models import (
    CheckinRow,
    ConversationRow,
    MembershipRow,
    OutboxRow,
    PersonRow,
    ProcessedUpdateRow,
    PromptScheduleRow,
    SafetyEventRow,
    TeamRow,
    utcnow,
)
from core.assessment import DayEntry
from core.checkin_fields import CheckIn
from core.messages import Platform
from core.people import Person
from core.store import Conversation

PersonChanged = Callable[[Session, Person], None]
"""Called inside the transaction after a person is created or changed (prompt times)."""


class SqlStore:
    """Hands out one `SqlTx` per transaction: commit on normal exit, rollback on an exception."""

    def __init__(
        self, session_factory: sessionmaker[Session], on_person_changed: PersonChanged | None = None
    ) -> None:
        self._session_factory = session_factory
        self.on_person_changed = on_person_changed

    @contextmanager
    def transaction(self) -> Iterator[SqlTx]:
        with self._session_factory() as session, session.begin():
            yield SqlTx(session, self.on_person_changed)


class SqlTx:
    """One database transaction (core.store.Tx). `session` is there for other adapters
    (scheduler, outbox) that must work inside the same transaction."""

    def __init__(self, session: Session, on_person_changed: PersonChanged | None = None) -> None:
        self.session = session
        self._on_person_changed = on_person_changed

    # -- de-duplication ------------------------------------------------------------------

    def claim_update(self, platform: Platform, update_key: str) -> bool:
        """Record a platform update as processed; False if it already was (duplicate).

        INSERT ... ON CONFLICT DO NOTHING: a duplicate is no error, so the transaction
        stays usable for the rest of the work."""
        values = {"platform": str(platform), "update_key": update_key, "processed_at": utcnow()}
        return self.session.execute(self._statement("claim_update"), values).first() is not None

    # -- people --------------------------------------------------------------------------

    def find_person(self, platform: Platform, platform_user_id: str) -> Person | None:
        row = self.session.execute(
            _FIND_PERSON, {"platform": str(platform), "platform_user_id": platform_user_id}
        ).one_or_none()
        return None if row is None else person_from_row(row)

    def get_person(self, person_id: int) -> Person | None:
        row = self.session.get(PersonRow, person_id)
        return None if row is None else person_from_row(row)

    def create_person(
        self,
        platform: Platform,
        platform_user_id: str,
        chat_id: str,
        display_name: str,
        consent_at: datetime,
    ) -> Person:
        row = PersonRow(
            **PERSON_DEFAULTS,
            platform=str(platform),
            platform_user_id=platform_user_id,
            chat_id=chat_id,
            display_name=display_name,
            consent_at=consent_at,
        )
        self.session.add(row)
        self.session.flush()  # the unique (platform, platform_user_id) speaks here
        return self._changed(row)

    def update_person(self, person_id: int, **changes: Any) -> Person:
        """Change settings (field names of `Person`); re-computes the person's prompt times."""
        unknown = sorted(set(changes) - PERSON_SETTINGS)
        if unknown:
            raise TypeError(f"not a Person setting: {', '.join(unknown)}")
        row = self._person_row(person_id)
        for name, value in changes.items():
            setattr(row, name, value)
        self.session.flush()
        return self._changed(row)

    def _person_row(self, person_id: int) -> PersonRow:
        row = self.session.get(PersonRow, person_id)
        if row is None:
            raise LookupError(f"no person {person_id}")
        return row

    def _changed(self, row: PersonRow) -> Person:
        person = person_from_row(row)
        if self._on_person_changed is not None:
            self._on_person_changed(self.session, person)
        return person

    # -- conversation --------------------------------------------------------------------

    def conversation(self, person_id: int) -> Conversation:
        row = self.session.execute(_CONVERSATION, {"person_id": person_id}).one_or_none()
        if row is None:
            return Conversation()
        return Conversation(pending=row.pending, draft=dict(row.draft or {}))

    def set_conversation(self, person_id: int, conversation: Conversation) -> None:
        values = {
            "person_id": person_id,
            "pending": conversation.pending,
            # a JSON round trip now: a value JSON cannot hold fails here, not at commit
            "draft": json.loads(json.dumps(conversation.draft)),
            "updated_at": utcnow(),
        }
        self.session.execute(self._statement("set_conversation"), values)

    # -- check-ins -----------------------------------------------------------------------

    def history(self, person_id: int, first: date, last: date) -> list[DayEntry]:
        """Check-ins with first <= day <= last, oldest first."""
        rows = self.session.execute(
            _HISTORY, {"person_id": person_id, "first": first, "last": last}
        ).all()
        # the columns are local_date, then CheckIn's fields in CheckIn's order
        return [DayEntry(row[0], CheckIn(*row[1:])) for row in rows]

    def save_checkin(self, person_id: int, day: date, checkin: CheckIn, at: datetime) -> None:
        """Store the check-in for that local date, replacing one already there."""
        values = {
            "person_id": person_id, "local_date": day, **checkin_values(checkin), "recorded_at": at
        }
        self.session.execute(self._statement("save_checkin"), values)

    # -- safety --------------------------------------------------------------------------

    def record_safety_event(
        self, person_id: int | None, level: str, category: str | None, at: datetime
    ) -> None:
        """Level and category only, never the text."""
        self.session.add(SafetyEventRow(person_id=person_id, level=level, category=category, at=at))

    # -- the person's data ---------------------------------------------------------------

    def export(self, person_id: int) -> dict[str, Any]:
        """Every row about the person, as JSON-ready data."""
        session = self.session
        person = self._person_row(person_id)
        conversation = session.get(ConversationRow, person_id)
        memberships = session.execute(
            select(MembershipRow, TeamRow.name)
            .join(TeamRow, TeamRow.id == MembershipRow.team_id)
            .where(MembershipRow.person_id == person_id)
            .order_by(MembershipRow.id)
        )

        def rows(model: Any, *order: Any) -> list[dict[str, Any]]:
            found = session.scalars(
                select(model).where(model.person_id == person_id).order_by(*order)
            )
            return [row_dict(row, omit=("person_id",)) for row in found]

        return {
            "person": row_dict(person),
            "checkins": rows(CheckinRow, CheckinRow.local_date),
            "conversation": None
            if conversation is None
            else row_dict(conversation, omit=("person_id",)),
            "safety_events": rows(SafetyEventRow, SafetyEventRow.at, SafetyEventRow.id),
            "memberships": [
                {**row_dict(membership, omit=("person_id",)), "team_name": team_name}
                for membership, team_name in memberships
            ],
            "prompt_schedule": rows(PromptScheduleRow, PromptScheduleRow.kind),
            "outbox": rows(OutboxRow, OutboxRow.due_at, OutboxRow.id),
        }

    def delete_person(self, person_id: int) -> None:
        """Remove every row about the person (the database cascades to the rest)."""
        for row in list(self.session.identity_map.values()):
            if getattr(row, "person_id", None) == person_id:
                self.session.expunge(row)
        self.session.execute(delete(PersonRow).where(PersonRow.id == person_id))

    # -- dialect -------------------------------------------------------------------------

    def _statement(self, name: str) -> Executable:
        """One of the upserts below, built once per dialect (SQLite and PostgreSQL).

        Built once and executed with parameters, so SQLAlchemy neither rebuilds the
        statement nor re-computes its cache key on every call."""
        dialect = self.session.get_bind().dialect.name
        statements = _UPSERTS.get(dialect)
        if statements is None:
            statements = _UPSERTS[dialect] = _upserts(dialect)
        return statements[name]


# Statements the hot path (one check-in answer) runs, built once with bound parameters, on
# the tables rather than the ORM classes (plain Core execution, no ORM bulk-insert path).

_PEOPLE = PersonRow.__table__
_CHECKINS = CheckinRow.__table__
_CONVERSATIONS = ConversationRow.__table__
_PROCESSED = ProcessedUpdateRow.__table__

_FIND_PERSON = select(*(_PEOPLE.c[name] for name in PERSON_FIELDS)).where(
    _PEOPLE.c.platform == bindparam("platform"),
    _PEOPLE.c.platform_user_id == bindparam("platform_user_id"),
)
_CONVERSATION = select(_CONVERSATIONS.c.pending, _CONVERSATIONS.c.draft).where(
    _CONVERSATIONS.c.person_id == bindparam("person_id")
)
_HISTORY = (
    select(_CHECKINS.c.local_date, *(_CHECKINS.c[name] for name in CHECKIN_FIELDS))
    .where(
        _CHECKINS.c.person_id == bindparam("person_id"),
        _CHECKINS.c.local_date.between(bindparam("first"), bindparam("last")),
    )
    .order_by(_CHECKINS.c.local_date)
)

_UPSERTS: dict[str, dict[str, Executable]] = {}


def _upserts(dialect: str) -> dict[str, Executable]:
    """INSERT with ON CONFLICT for the dialect at hand; the values come as parameters."""
    if dialect == "postgresql":
        insert: Any = postgresql.insert
    elif dialect == "sqlite":
        insert = sqlite.insert
    else:
        raise NotImplementedError(f"no upsert for the {dialect} dialect")
    claim = (
        insert(_PROCESSED)
        .on_conflict_do_nothing(index_elements=["platform", "update_key"])
        .returning(_PROCESSED.c.id)
    )
    conversation = insert(_CONVERSATIONS)
    conversation = conversation.on_conflict_do_update(
        index_elements=["person_id"],
        set_={name: conversation.excluded[name] for name in ("pending", "draft", "updated_at")},
    )
    checkin = insert(_CHECKINS)
    checkin = checkin.on_conflict_do_update(
        index_elements=["person_id", "local_date"],
        set_={name: checkin.excluded[name] for name in (*CHECKIN_FIELDS, "recorded_at")},
    )
    return {"claim_update": claim, "set_conversation": conversation, "save_checkin": checkin}
