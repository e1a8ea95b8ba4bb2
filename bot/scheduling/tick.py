"""The tick: find what is due, write it to the outbox once, and store the next due time.

Rows are selected by the indexed `next_due_at` in batches; on PostgreSQL `FOR UPDATE SKIP
LOCKED` lets several replicas tick at once without taking the same rows (SQLite serialises
writers with BEGIN IMMEDIATE). The outbox insert is `ON CONFLICT DO NOTHING` on the unique
(person or team, kind, local slot), so a slot can never be enqueued twice, whatever runs twice.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from adapters.storage.mapping import person_from_row
from adapters.storage.models import OutboxRow, PersonRow, PromptScheduleRow, TeamRow
from core.people import Person
from core.schedule import (
    DEFAULT_RULES,
    Due,
    PromptKind,
    ScheduleRules,
    is_expired,
    next_digest_due,
    next_due,
)

log = logging.getLogger(__name__)
BATCH_SIZE = 1000
JUST_BEFORE = timedelta(microseconds=1)
LONGEST_GRACE = timedelta(days=1)  # no slot of any kind can still be sendable a day later
PENDING, DROPPED = "pending", "dropped"
ANALYZE_AFTER = 1000  # rows enqueued by one tick: a wave; refresh the planner's statistics


@dataclass(frozen=True, slots=True)
class TickResult:
    enqueued: int = 0  # new pending outbox rows
    dropped: int = 0  # slots whose grace window had closed: recorded as dropped, never sent
    rescheduled: int = 0  # stored times that no longer matched the settings: moved, not sent
    digests: int = 0  # of `enqueued`, team digests


def tick(
    session_factory: sessionmaker[Session],
    now: datetime,
    rules: ScheduleRules = DEFAULT_RULES,
    *,
    batch_size: int = BATCH_SIZE,
) -> TickResult:
    """One tick at `now`: every due person prompt and team digest, one batch per transaction."""
    counts: Counter[str] = Counter()
    for batch in (_people_batch, _teams_batch):
        while True:
            with session_factory() as session, session.begin():
                taken = batch(session, now, rules, batch_size, counts)
            if taken < batch_size:
                break
    if counts["enqueued"] >= ANALYZE_AFTER:
        with session_factory() as session, session.begin():
            refresh_outbox_statistics(session)
    result = TickResult(**counts)
    if result.enqueued or result.dropped:
        log.info("tick at %s: %d enqueued, %d dropped", now.isoformat(), result.enqueued,
                 result.dropped)
    return result


def _people_batch(
    session: Session, now: datetime, rules: ScheduleRules, limit: int, counts: Counter[str]
) -> int:
    rows = session.execute(
        select(PromptScheduleRow, PersonRow)
        .join(PersonRow, PersonRow.id == PromptScheduleRow.person_id)
        .where(PromptScheduleRow.next_due_at <= now)
        .order_by(PromptScheduleRow.next_due_at)
        .limit(limit)
        .with_for_update(skip_locked=True, of=PromptScheduleRow)
    ).all()
    outbox: list[dict[str, Any]] = []
    for schedule, person_row in rows:
        person = person_from_row(person_row)
        kind = PromptKind(schedule.kind)
        # the stored instant is the slot: re-derive it from the person as they are now
        due = next_due(person, kind, schedule.next_due_at - JUST_BEFORE, rules)
        if due is not None and due.at <= now:
            outbox.append(_outbox_values(due, now, person_id=person.id))
            outbox += _missed_but_sendable(person, kind, due, now, rules)
            due = next_due(person, kind, now, rules)
        elif due is not None:
            counts["rescheduled"] += 1
        if due is None:
            session.delete(schedule)
        else:
            schedule.next_due_at = due.at
    _enqueue(session, outbox, ["person_id", "kind", "local_slot"], counts)
    return len(rows)


def _missed_but_sendable(
    person: Person, kind: PromptKind, first: Due, now: datetime, rules: ScheduleRules
) -> list[dict[str, Any]]:
    """After downtime: every later slot of the kind, due by `now`, whose grace window is still
    open (a sit break due 11:50 and allowed until 12:10 goes out at 12:05 even though 10:50
    was missed). Slots between that had expired are not recorded (only `first` is)."""
    found = []
    due = next_due(person, kind, max(first.at, now - LONGEST_GRACE), rules)
    while due is not None and due.at <= now:
        if not is_expired(due, now):
            found.append(_outbox_values(due, now, person_id=person.id))
        due = next_due(person, kind, due.at, rules)
    return found


def _teams_batch(
    session: Session, now: datetime, rules: ScheduleRules, limit: int, counts: Counter[str]
) -> int:
    teams = session.scalars(
        select(TeamRow)
        .where(or_(TeamRow.next_digest_at.is_(None), TeamRow.next_digest_at <= now))
        .order_by(TeamRow.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    outbox: list[dict[str, Any]] = []
    for team in teams:
        if team.next_digest_at is None:  # new team or new digest time: schedule from now
            due = next_digest_due(team.timezone, team.digest_time, now)
        else:
            previous = team.next_digest_at - JUST_BEFORE
            due = next_digest_due(team.timezone, team.digest_time, previous)
            if due is not None and due.at <= now:
                outbox.append(_outbox_values(due, now, team_id=team.id))
                due = next_digest_due(team.timezone, team.digest_time, now)
        if due is None:
            raise RuntimeError(f"team {team.id} has no digest days")
        team.next_digest_at = due.at
    before = counts["enqueued"]
    _enqueue(session, outbox, ["team_id", "kind", "local_slot"], counts)
    counts["digests"] += counts["enqueued"] - before
    return len(teams)


def refresh_outbox_statistics(session: Session) -> None:
    """PostgreSQL: `ANALYZE outbox` (a sample of rows, about as quick on a big table as on a
    small one). Statistics taken while nothing was pending tell the planner the sender's
    lookups of busy chats match nothing, and it then reads every pending row for them once
    per claim (about 110 ms a claim with 100,000 queued, docs/scheduling.md "The morning
    wave"). SQLite's plans for the claim need no statistics."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("ANALYZE outbox"))  # a statement SQLAlchemy has no construct for


def _outbox_values(due: Due, now: datetime, **owner: int) -> dict[str, Any]:
    return {
        "person_id": None, "team_id": None, **owner,
        "kind": due.kind.value, "local_slot": due.local_slot, "due_at": due.at,
        "expires_at": due.expires_at, "status": DROPPED if is_expired(due, now) else PENDING,
        "attempts": 0, "next_attempt_at": due.at, "payload": {}, "created_at": now,
    }


def _enqueue(
    session: Session, values: list[dict[str, Any]], key: list[str], counts: Counter[str]
) -> None:
    """INSERT ... ON CONFLICT (key) DO NOTHING: a slot already in the outbox stays as it is.

    Executemany on the Core table (batched by SQLAlchemy's "insertmanyvalues", RETURNING
    kept): one cached statement, rather than compiling a 1000-row VALUES list per batch."""
    if not values:
        return
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    table = OutboxRow.__table__
    statement = (
        insert(table).on_conflict_do_nothing(index_elements=key).returning(table.c.status)
    )
    for status in session.execute(statement, values).scalars():
        counts["enqueued" if status == PENDING else "dropped"] += 1
