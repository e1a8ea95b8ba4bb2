"""`SharedBudget`: one platform's overall sending rate, shared by every sender (replica) on
one PostgreSQL database through one row of `send_budgets`.

Taking a slot is one UPDATE: `next_slot_at = greatest(next_slot_at, clock_timestamp()) +
1/rate`, returning how long until the slot booked. The row lock orders concurrent takers, so
slots are evenly spaced across all replicas together, whichever takes them. The database
server's clock is the one clock the replicas share for this; only a duration leaves it (how
long to wait), and nothing is dated by it. A slot booked by a sender that then dies is
simply not used. Within one process takers go one at a time (booking, then sleeping).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import Float, cast, extract, func, literal, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session, sessionmaker

from adapters.storage.models import SendBudgetRow

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # a row's first value: any slot in the past


class SharedBudget:
    """`per_second` slots a second for `platform`, for all replicas together (PostgreSQL)."""

    def __init__(
        self, session_factory: sessionmaker[Session], platform: str, per_second: float
    ) -> None:
        if per_second <= 0:
            raise ValueError("per_second must be positive")
        self._sessions = session_factory
        self._platform = platform
        self.interval = timedelta(seconds=1.0 / per_second)
        self._ready = False
        self._turn = asyncio.Lock()

    async def take(self) -> None:
        """Book the next slot in the shared row and sleep until it. This process's takers go
        one at a time, so one that wakes late (a busy CPU) books the next slot from then:
        missed slots are not used in a burst."""
        async with self._turn:
            wait = await asyncio.to_thread(self._book)
            if wait > 0:
                await asyncio.sleep(wait)

    def _book(self) -> float:
        """Seconds until the slot just booked (<= 0: now)."""
        with self._sessions() as session, session.begin():
            if not self._ready:
                session.execute(insert(SendBudgetRow).values(
                    platform=self._platform, next_slot_at=EPOCH).on_conflict_do_nothing())
                self._ready = True
            now = func.clock_timestamp()
            step = literal(self.interval)
            booked = session.execute(
                update(SendBudgetRow)
                .where(SendBudgetRow.platform == self._platform)
                .values(next_slot_at=func.greatest(SendBudgetRow.next_slot_at, now) + step)
                .returning(cast(extract("epoch", SendBudgetRow.next_slot_at - step - now),
                                Float))
            ).scalar_one()
            return float(booked)
