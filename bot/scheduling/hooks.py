"""Keep `prompt_schedule` current when a person is created or changes their settings."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Executable, Table, bindparam, delete, exists, select
from sqlalchemy.orm import Session, sessionmaker

from adapters.storage.mapping import person_from_row
from adapters.storage.models import PersonRow, PromptScheduleRow
from adapters.storage.statements import dialect_insert
from adapters.storage.store import PersonChanged
from core.people import Person
from core.schedule import DEFAULT_RULES, PromptKind, ScheduleRules, next_due

PERSON_KINDS = tuple(kind for kind in PromptKind if kind is not PromptKind.TEAM_DIGEST)
JUST_BEFORE = timedelta(microseconds=1)


def schedule_updater(rules: ScheduleRules = DEFAULT_RULES) -> PersonChanged:
    """The `SqlStore.on_person_changed` hook: recompute every kind's next_due_at from the
    transaction's time (the message that changed the person), never from the wall clock."""

    def on_person_changed(session: Session, person: Person, now: datetime) -> None:
        reschedule(session, person, now, rules)

    return on_person_changed


def reschedule(
    session: Session, person: Person, now: datetime, rules: ScheduleRules = DEFAULT_RULES
) -> None:
    """Upsert the person's rows; a kind with nothing due (blocked) loses its row.

    A row already due but not yet ticked is recomputed from its own due time, so a settings
    change in the minute before the tick does not swallow that prompt (the outbox's unique
    key still stops a second copy of the slot)."""
    stored = {
        kind: at for kind, at in session.execute(
            select(PromptScheduleRow.kind, PromptScheduleRow.next_due_at)
            .where(PromptScheduleRow.person_id == person.id))
    }
    due_at: dict[str, datetime] = {}
    for kind in PERSON_KINDS:
        after = now
        previous = stored.get(kind.value)
        if previous is not None and previous <= now:
            after = previous - JUST_BEFORE
        due = next_due(person, kind, after, rules)
        if due is None:
            if previous is not None:
                session.execute(delete(PromptScheduleRow).where(
                    PromptScheduleRow.person_id == person.id, PromptScheduleRow.kind == kind.value))
            continue
        due_at[kind.value] = due.at
    upsert_schedules(session, person.id, due_at)


def upsert_schedules(session: Session, person_id: int, due_at: dict[str, datetime]) -> None:
    """Insert or update the rows of several kinds in one statement (one round trip, not one
    per kind: every sign-up step and settings change reschedules five kinds)."""
    if not due_at:
        return
    statement = _schedule_upsert(session.get_bind().dialect.name, len(due_at))
    values: dict[str, object] = {}
    for i, (kind, at) in enumerate(due_at.items()):
        values[f"person_id_{i}"], values[f"kind_{i}"], values[f"due_{i}"] = person_id, kind, at
    session.execute(statement, values)


_SCHEDULE_UPSERTS: dict[tuple[str, int], Executable] = {}
_SCHEDULE = cast(Table, PromptScheduleRow.__table__)


def _schedule_upsert(dialect: str, rows: int) -> Executable:
    """INSERT of `rows` kinds ... ON CONFLICT (person_id, kind) DO UPDATE SET next_due_at,
    built once per dialect and row count with bound parameters (person_id_0, kind_0, due_0,
    ...), so a reschedule neither builds a statement nor computes its cache key."""
    statement = _SCHEDULE_UPSERTS.get((dialect, rows))
    if statement is None:
        columns = _SCHEDULE.c
        insert = dialect_insert(dialect)(_SCHEDULE).values([
            {"person_id": bindparam(f"person_id_{i}", type_=columns.person_id.type),
             "kind": bindparam(f"kind_{i}", type_=columns.kind.type),
             "next_due_at": bindparam(f"due_{i}", type_=columns.next_due_at.type)}
            for i in range(rows)
        ])
        statement = _SCHEDULE_UPSERTS[(dialect, rows)] = insert.on_conflict_do_update(
            index_elements=["person_id", "kind"],
            set_={"next_due_at": insert.excluded.next_due_at})
    return statement


def schedule_unscheduled(
    session_factory: sessionmaker[Session], now: datetime, rules: ScheduleRules = DEFAULT_RULES,
    *, batch_size: int = 1000,
) -> int:
    """Give schedule rows to people who have none (created before scheduling existed, or
    blocked and since changed outside the store); run at start-up. Returns how many."""
    done = 0
    last_id = 0
    while True:
        with session_factory() as session, session.begin():
            rows = session.scalars(
                select(PersonRow)
                .where(PersonRow.id > last_id, PersonRow.blocked.is_(False),
                       ~exists().where(PromptScheduleRow.person_id == PersonRow.id))
                .order_by(PersonRow.id)
                .limit(batch_size)
            ).all()
            for row in rows:
                reschedule(session, person_from_row(row), now, rules)
        done += len(rows)
        if len(rows) < batch_size:
            return done
        last_id = rows[-1].id
