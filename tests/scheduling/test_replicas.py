"""Two processes ticking and sending against one PostgreSQL database: every prompt once."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from adapters.storage.models import OutboxRow, PersonRow
from bot import bootstrap
from bot.scheduling.hooks import PERSON_KINDS
from bot.scheduling.sender import OutboxSender
from bot.scheduling.tick import tick
from bot.settings import Settings
from core.messages import Platform
from core.schedule import next_due
from tests.scheduling.sim import Clock, FakePort, Sim

PEOPLE = 120
ZONES = ("Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "UTC")


def test_two_replicas_send_every_prompt_exactly_once(
    database_url: str, sim: Sim, request: pytest.FixtureRequest
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("replicas share PostgreSQL (SQLite is one process's embedded database)")
    start = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)
    for n in range(PEOPLE):
        sim.person(f"p{n}", ZONES[n % len(ZONES)], wake=time(5 + n % 4, 15 * (n % 4)))
    end = start + timedelta(days=1)
    step = timedelta(minutes=5)
    instants = [start + step * i for i in range((end - start) // step)]
    shared = FakePort(Clock(start))
    failures: list[BaseException] = []
    same_minute = threading.Barrier(2, timeout=120)  # the replicas share one (simulated) clock

    def replica(name: str) -> None:
        wiring = bootstrap.build(Settings(_env_file=None, database_url=database_url),
                                 migrate=False, pre_ping=False,
                                 clock=lambda: start, screening=False)
        sender = OutboxSender(wiring.store.session_factory, wiring.store, wiring.coach,
                              {p: shared for p in Platform}, worker_id=name, batch_size=25)
        try:
            with asyncio.Runner() as loop:  # one event loop per replica, as in the bot
                for at in instants:
                    same_minute.wait()
                    tick(wiring.store.session_factory, at, batch_size=50)
                    loop.run(sender.drain(at))
        except BaseException as error:  # reported by the main thread
            failures.append(error)
            same_minute.abort()
        finally:
            wiring.engine.dispose()

    threads = [threading.Thread(target=replica, args=(f"replica-{i}",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    assert not failures, failures

    delivered = Counter((s.outbound.person_id, s.outbound.kind) for s in shared.sent)
    with sim.factory() as session:
        senders = set(session.scalars(select(OutboxRow.claimed_by).where(
            OutboxRow.status == "sent")))
        rows = session.execute(select(OutboxRow.person_id, OutboxRow.kind, OutboxRow.status))
        sent = Counter()
        statuses: Counter[str] = Counter()
        for person_id, kind, status in rows:
            statuses[status] += 1
            if status == "sent":
                sent[(person_id, kind)] += 1
    assert statuses == {"sent": sum(expected_slots(sim, instants[-1]).values())}
    assert senders == {"replica-0", "replica-1"}  # both really worked
    assert delivered == sent  # one delivery per slot: nothing twice, nothing lost
    assert sent == expected_slots(sim, instants[-1])


def expected_slots(sim: Sim, last: datetime) -> Counter[tuple[int, str]]:
    """Every slot from the start up to the last tick, by the pure rules."""
    expected: Counter[tuple[int, str]] = Counter()
    with sim.factory() as session:
        ids = list(session.scalars(select(PersonRow.id)))
    assert len(ids) == PEOPLE
    with sim.wiring.store.transaction() as tx:
        people = [tx.get_person(n) for n in ids]
    for person in people:
        assert person is not None
        for kind in PERSON_KINDS:
            due = next_due(person, kind, sim.clock.now)
            while due is not None and due.at <= last:
                expected[(person.id, kind.value)] += 1
                due = next_due(person, kind, due.at)
    return expected
