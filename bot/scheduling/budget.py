"""How fast the outbox sender may hand messages to one platform, overall (all chats).

A budget hands out evenly spaced slots (one every 1/rate seconds, no bursts) and makes the
caller wait for its slot *before* the sender commits that row's attempt, so a row waits for the rate
limit without being "in flight" (docs/scheduling.md, "Crash-tight sending").

- `LocalBudget`: one process (the monotonic clock of its event loop).
- `SharedBudget` (bot/scheduling/shared_budget.py): replicas on one PostgreSQL database share
  one bot token's limit through one row.
"""

from __future__ import annotations

import asyncio
from typing import Protocol


class SendBudget(Protocol):
    """The overall rate for one platform's pushes."""

    async def take(self) -> None:
        """Wait until the next slot; return when one message may be handed over."""
        ...


class LocalBudget:
    """`per_second` slots a second for this process, evenly spaced. Takers go one at a time.
    The next slot is one interval after the planned one, so waking a millisecond late does
    not slow the rate down; after a stall (woken more than half an interval late, a busy
    CPU) it is one interval after the late one instead, so the missed slots are not sent in a
    burst."""

    def __init__(self, per_second: float) -> None:
        if per_second <= 0:
            raise ValueError("per_second must be positive")
        self.interval = 1.0 / per_second
        self._next = 0.0
        self._turn = asyncio.Lock()

    async def take(self) -> None:
        async with self._turn:
            loop = asyncio.get_running_loop()
            planned = self._next
            if planned > loop.time():
                await asyncio.sleep(planned - loop.time())
            woke = loop.time()
            late = woke - planned > self.interval / 2
            self._next = (woke if late else planned) + self.interval
