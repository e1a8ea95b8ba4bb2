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
    """`per_second` slots a second for this process, evenly spaced. Takers go one at a time:
    each waits for the slot after the last one *taken*, so a process that stalls (a busy
    CPU) does not release the slots it missed in a burst afterwards."""

    def __init__(self, per_second: float) -> None:
        if per_second <= 0:
            raise ValueError("per_second must be positive")
        self.interval = 1.0 / per_second
        self._next = 0.0
        self._turn = asyncio.Lock()

    async def take(self) -> None:
        async with self._turn:
            loop = asyncio.get_running_loop()
            wait = self._next - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            self._next = loop.time() + self.interval
