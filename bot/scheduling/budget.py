"""How fast the outbox sender may hand messages to one platform, overall (all chats).

A budget books evenly spaced slots (one every 1/rate seconds, no bursts) and makes the caller
wait for its slot *before* the sender commits that row's attempt, so a row waits for the rate
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
    """`per_second` slots a second for this process, evenly spaced: a slot not used when it
    came is gone (no catching up in a burst after a pause)."""

    def __init__(self, per_second: float) -> None:
        if per_second <= 0:
            raise ValueError("per_second must be positive")
        self.interval = 1.0 / per_second
        self._next = 0.0

    async def take(self) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        slot = max(now, self._next)
        self._next = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)
