"""A simulated clock driving the real tick and sender against a real database."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from adapters.storage.models import OutboxRow, PromptScheduleRow, TeamRow
from bot import bootstrap
from bot.scheduling.sender import DrainResult, OutboxSender
from bot.scheduling.tick import TickResult, tick
from core.messages import Outbound, Platform
from core.ports import Delivery, DeliveryStatus


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Sent:
    at: datetime
    outbound: Outbound

    def local(self, zone: str) -> datetime:
        return self.at.astimezone(ZoneInfo(zone))


@dataclass
class FakePort:
    """Records deliveries; `script[chat_id]` answers first, then SENT."""

    clock: Clock
    platform: Platform = Platform.TELEGRAM
    sent: list[Sent] = field(default_factory=list)
    script: dict[str, list[Delivery]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    overall_per_second: float | None = None

    async def turn(self, outbound: Outbound) -> None:
        """No pacing: the simulated clock is not real time."""

    async def deliver(self, outbound: Outbound) -> Delivery:
        with self.lock:
            answers = self.script.get(outbound.chat_id)
            if answers:
                return answers.pop(0)
            self.sent.append(Sent(self.clock.now, outbound))
        await asyncio.sleep(0)
        return Delivery(DeliveryStatus.SENT)

    def of(self, kind: str, chat_id: str | None = None) -> list[Sent]:
        return [s for s in self.sent if s.outbound.kind == kind
                and (chat_id is None or s.outbound.chat_id == chat_id)]


class Sim:
    """`close()` when done: the sender's steps share one event loop (and its worker threads),
    as in the running bot, instead of a new loop and thread pool per step."""

    def __init__(self, wiring: bootstrap.Wiring, clock: Clock, port: FakePort) -> None:
        self.wiring = wiring
        self.clock = clock
        self.port = port
        self.factory = wiring.store.session_factory
        self.sender = OutboxSender(self.factory, wiring.store, wiring.coach,
                                   {p: port for p in Platform})
        self._loop = asyncio.Runner()

    def close(self) -> None:
        self._loop.close()

    def person(self, name: str, zone: str = "UTC", **settings: Any) -> int:
        with self.wiring.store.transaction() as tx:
            person = tx.create_person(Platform.TELEGRAM, name, name, name.title(), self.clock.now)
            tx.update_person(person.id, timezone=zone, **settings)
            return person.id

    def update(self, person_id: int, **settings: Any) -> None:
        with self.wiring.store.transaction() as tx:
            tx.update_person(person_id, **settings)

    def team(self, name: str, coach_id: int, zone: str, at: time) -> int:
        with self.wiring.store.transaction() as tx:
            return tx.create_team(name, Platform.TELEGRAM, f"group-{name}", zone, at,
                                  coach_id).id

    def step(self, at: datetime) -> tuple[TickResult, DrainResult]:
        self.clock.now = at
        ticked = tick(self.factory, at)
        drained = self._loop.run(self.sender.drain(at))
        return ticked, drained

    def next_event(self) -> datetime | None:
        with self.factory() as session:
            times = [
                session.scalar(select(func.min(PromptScheduleRow.next_due_at))),
                session.scalar(select(func.min(OutboxRow.next_attempt_at)).where(
                    OutboxRow.status == "pending", OutboxRow.next_attempt_at > self.clock.now)),
                session.scalar(select(func.min(TeamRow.next_digest_at))),
            ]
        found = [t for t in times if t is not None]
        return min(found) if found else None

    def run_until(self, end: datetime, *, skip: tuple[datetime, datetime] | None = None) -> None:
        """Step at every due instant up to `end`; inside `skip` the bot is down."""
        self.step(self.clock.now)
        while True:
            at = self.next_event()
            if at is None or at > end:
                self.clock.now = end
                return
            # never the same instant twice: something it could not take waits a second
            at = max(at, self.clock.now + timedelta(seconds=1))
            if skip is not None and skip[0] <= at < skip[1]:
                at = skip[1]
            self.step(at)
