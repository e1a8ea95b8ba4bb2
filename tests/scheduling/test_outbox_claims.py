"""Claims and leases: a claimed row is nobody else's; a crash mid-delivery is never re-sent."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, true, update

from adapters.storage.models import OutboxRow
from bot.scheduling.sender import DrainResult, OutboxSender, retry_delay
from bot.scheduling.tick import tick
from core.messages import Platform
from tests.scheduling.sim import Sim

AT = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)


def other_sender(sim: Sim, name: str) -> OutboxSender:
    return OutboxSender(sim.factory, sim.wiring.store, sim.wiring.coach,
                        {p: sim.port for p in Platform}, worker_id=name)


def test_a_claimed_row_is_not_claimed_again_until_its_lease_runs_out(sim: Sim) -> None:
    sim.person("ana", "UTC", work_days="")
    tick(sim.factory, AT)
    first, second = other_sender(sim, "a"), other_sender(sim, "b")
    [claim] = first._claim(AT, DrainResult())
    assert second._claim(AT, DrainResult()) == []
    assert second._claim(AT + timedelta(minutes=4), DrainResult()) == []
    [again] = second._claim(AT + timedelta(minutes=6), DrainResult())  # never attempted
    assert again.id == claim.id


def test_a_claimed_or_attempted_row_is_skipped_by_its_own_columns(
    sim: Sim, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL re-checks only the row's own columns when FOR UPDATE SKIP LOCKED locks a
    row changed since the statement began; the "busy chat" subquery keeps its older
    snapshot. With that subquery saying "not busy" (as a stale snapshot would), a row
    another sender claimed, or claimed and attempted, must still not be claimed again."""
    import bot.scheduling.sender as sender_module

    sim.person("ana", "UTC", work_days="")
    tick(sim.factory, AT)
    first, second = other_sender(sim, "a"), other_sender(sim, "b")
    [claim] = first._claim(AT, DrainResult())
    monkeypatch.setattr(sender_module, "_not_busy", lambda owner, now: true())
    assert second._claim(AT, DrainResult()) == []
    assert first._update(claim, attempted_at=AT, attempts=1)  # its HTTP call in flight
    assert second._claim(AT + timedelta(minutes=1), DrainResult()) == []
    with sim.factory() as session:
        assert session.scalar(select(OutboxRow.claimed_by)) == "a"


def test_a_crash_between_attempt_and_outcome_is_not_sent_again(sim: Sim) -> None:
    sim.person("ana", "UTC", work_days="")
    tick(sim.factory, AT)
    crashed = other_sender(sim, "crashed")
    [claim] = crashed._claim(AT, DrainResult())
    assert crashed._update(claim, attempted_at=AT, attempts=1)  # then the process died
    later = AT + timedelta(minutes=6)
    result = asyncio.run(other_sender(sim, "next").drain(later))
    assert (result.failed, result.sent) == (1, 0)
    assert sim.port.sent == []
    with sim.factory() as session:
        assert session.scalar(select(OutboxRow.status)) == "failed"


def test_an_expired_row_is_dropped_by_the_sender(sim: Sim) -> None:
    sim.person("ana", "UTC", work_days="")
    tick(sim.factory, AT)
    with sim.factory() as session, session.begin():
        session.execute(update(OutboxRow).values(expires_at=AT + timedelta(minutes=1)))
    result = asyncio.run(other_sender(sim, "late").drain(AT + timedelta(minutes=2)))
    assert (result.dropped, result.sent) == (1, 0)


def test_retry_delay_honours_retry_after_else_backs_off_with_a_cap() -> None:
    assert retry_delay(12.5, 1) == 12.5
    assert retry_delay(0, 1) == 1.0
    assert 2.5 <= retry_delay(None, 1) <= 5.0
    assert 20.0 <= retry_delay(None, 4) <= 40.0
    assert retry_delay(None, 40) <= 900.0


def test_people_without_schedule_rows_get_them_at_start_up(sim: Sim) -> None:
    from sqlalchemy import delete, func

    from adapters.storage.models import PromptScheduleRow
    from bot.scheduling.hooks import schedule_unscheduled

    for n in range(3):
        sim.person(f"p{n}", "UTC")
    with sim.factory() as session, session.begin():
        session.execute(delete(PromptScheduleRow))  # as before scheduling existed
    assert schedule_unscheduled(sim.factory, AT - timedelta(hours=1), batch_size=2) == 3
    assert schedule_unscheduled(sim.factory, AT - timedelta(hours=1)) == 0
    with sim.factory() as session:
        assert session.scalar(select(func.count()).select_from(PromptScheduleRow)) == 15
    assert tick(sim.factory, AT).enqueued == 3


class SlowPort:
    """Answers each delivery after a real pause and records, at each call, how many rows
    are attempted with no outcome yet (what a kill -9 at that moment would lose)."""

    def __init__(self, sim: Sim) -> None:
        self.sim, self.at_risk, self.concurrent, self.most = sim, [], 0, 0
        self.overall_per_second = None

    async def turn(self, outbound: object) -> None:
        """No pacing."""

    async def deliver(self, outbound: object) -> object:
        self.concurrent += 1
        self.most = max(self.most, self.concurrent)
        with self.sim.factory() as session:
            self.at_risk.append(session.scalar(
                select(func.count()).select_from(OutboxRow)
                .where(OutboxRow.status == "pending", OutboxRow.attempted_at.is_not(None))))
        await asyncio.sleep(0.02)  # a platform slower than the sender
        self.concurrent -= 1
        return await self.sim.port.deliver(outbound)  # type: ignore[arg-type]


def test_a_crash_can_lose_at_most_in_flight_rows_however_slow_the_platform(sim: Sim) -> None:
    """Issue 14: a kill loses only rows between their attempt's commit and their outcome's;
    with 32 chats sending at once and a slow platform, never more than `in_flight` of them."""
    for n in range(12):
        sim.person(f"p{n}", "UTC", work_days="")
    tick(sim.factory, AT)
    port = SlowPort(sim)
    sender = OutboxSender(sim.factory, sim.wiring.store, sim.wiring.coach,
                          {p: port for p in Platform}, in_flight=2)  # type: ignore[misc]
    result = asyncio.run(sender.drain(AT))
    assert result.sent == 12 and len(sim.port.sent) == 12
    assert port.most == 2  # two at a time: the cap, reached
    assert max(port.at_risk) <= 2
