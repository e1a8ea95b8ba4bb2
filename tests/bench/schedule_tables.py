"""Stand-in tables and the batch tick for the scheduling benchmark.

The real models live in adapters.storage (another branch). These mirror their columns so the
benchmark can run now; `BenchTables` is the seam: build it from the real models' tables
(`Model.__table__`) and `tick` runs unchanged.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine, Row

from core.messages import Platform
from core.people import Person
from core.schedule import PromptKind, is_expired, next_due

EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
ONE_MICROSECOND = timedelta(microseconds=1)


class UtcDateTime(sa.TypeDecorator[datetime]):
    """Aware UTC in Python, naive UTC in the column (same on SQLite and PostgreSQL)."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        return None if value is None else value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class BenchTables:
    metadata: sa.MetaData
    person: sa.Table
    schedule: sa.Table
    outbox: sa.Table


def local_tables(prefix: str = "bench_", schema: str | None = None) -> BenchTables:
    """person, prompt_schedule and outbox with the columns and keys the storage issue names."""
    md = sa.MetaData(schema=schema)
    person = sa.Table(
        f"{prefix}person",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("wake", sa.Time, nullable=False),
        sa.Column("bed", sa.Time, nullable=False),
        sa.Column("work_start", sa.Time, nullable=False),
        sa.Column("work_end", sa.Time, nullable=False),
        sa.Column("work_days", sa.String(7), nullable=False),
        sa.Column("paused_until", UtcDateTime, nullable=True),
        sa.Column("blocked", sa.Boolean, nullable=False),
    )
    schedule = sa.Table(
        f"{prefix}prompt_schedule",
        md,
        sa.Column("person_id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(32), primary_key=True),
        sa.Column("next_due_at", UtcDateTime, nullable=True, index=True),
    )
    outbox = sa.Table(
        f"{prefix}outbox",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("person_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("local_slot", sa.String(16), nullable=False),
        sa.Column("due_at", UtcDateTime, nullable=False),
        sa.Column("expires_at", UtcDateTime, nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", UtcDateTime, nullable=True),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("claimed_until", UtcDateTime, nullable=True),
        sa.Column("payload", sa.JSON, nullable=True),
        sa.Column("sent_at", UtcDateTime, nullable=True),
        sa.UniqueConstraint("person_id", "kind", "local_slot"),
    )
    return BenchTables(md, person, schedule, outbox)


def person_row(p: Person) -> dict[str, object]:
    return {
        "id": p.id,
        "timezone": p.timezone,
        "wake": p.wake,
        "bed": p.bed,
        "work_start": p.work_start,
        "work_end": p.work_end,
        "work_days": p.work_days,
        "paused_until": p.paused_until,
        "blocked": p.blocked,
    }


def to_person(row: Row[tuple[object, ...]]) -> Person:
    m = row._mapping
    return Person(
        id=m["id"],
        platform=Platform.CONSOLE,
        platform_user_id="",
        chat_id="",
        display_name="",
        consent_at=EPOCH,
        timezone=m["timezone"],
        wake=m["wake"],
        bed=m["bed"],
        work_start=m["work_start"],
        work_end=m["work_end"],
        work_days=m["work_days"],
        paused_until=m["paused_until"],
        blocked=m["blocked"],
    )


@dataclass(frozen=True)
class TickResult:
    enqueued: int
    dropped: int  # expired: past its grace window
    duplicates: int  # already in the outbox (a second tick, another replica)
    seconds: float


def tick(engine: Engine, t: BenchTables, now: datetime, batch: int = 5000) -> TickResult:
    """Move every due schedule row into the outbox and store its next time."""
    started = time.perf_counter()
    enqueued = dropped = duplicates = 0
    while True:
        with engine.begin() as conn:
            rows = _claim_due(conn, t, now, batch)
            if not rows:
                break
            items, updates = [], []
            for row in rows:
                person, kind = to_person(row), PromptKind(row.kind)
                due = next_due(person, kind, row.next_due_at - ONE_MICROSECOND)
                if due is not None and due.at <= now:
                    if is_expired(due, now):
                        dropped += 1
                    else:
                        items.append(
                            {
                                "person_id": person.id,
                                "kind": kind.value,
                                "local_slot": due.local_slot,
                                "due_at": due.at,
                                "expires_at": due.expires_at,
                                "payload": {},
                            }
                        )
                following = next_due(person, kind, now)
                updates.append(
                    {
                        "pid": person.id,
                        "k": kind.value,
                        "nd": None if following is None else following.at,
                    }
                )
            inserted = _insert_new(conn, t, items)
            enqueued += inserted
            duplicates += len(items) - inserted
            conn.execute(
                sa.update(t.schedule)
                .where(t.schedule.c.person_id == sa.bindparam("pid"))
                .where(t.schedule.c.kind == sa.bindparam("k"))
                .values(next_due_at=sa.bindparam("nd")),
                updates,
            )
    elapsed = time.perf_counter() - started
    return TickResult(enqueued, dropped, duplicates, elapsed)


def _claim_due(
    conn: Connection, t: BenchTables, now: datetime, batch: int
) -> list[Row[tuple[object, ...]]]:
    query = (
        sa.select(t.schedule.c.kind, t.schedule.c.next_due_at, *t.person.c)
        .join(t.person, t.person.c.id == t.schedule.c.person_id)
        .where(t.schedule.c.next_due_at <= now)
        .order_by(t.schedule.c.next_due_at)
        .limit(batch)
    )
    if conn.dialect.name == "postgresql":  # several replicas may tick at once
        query = query.with_for_update(skip_locked=True, of=t.schedule)
    return list(conn.execute(query).all())


def _insert_new(conn: Connection, t: BenchTables, items: list[dict[str, object]]) -> int:
    if not items:
        return 0
    dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    statement = (
        dialect_insert(t.outbox)
        .on_conflict_do_nothing(index_elements=["person_id", "kind", "local_slot"])
        .returning(t.outbox.c.id)
    )
    return len(conn.execute(statement, items).all())
