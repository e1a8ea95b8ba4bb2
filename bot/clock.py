"""The one clock of a process.

Built once in the composition root (`bot.cli`, `bot.run`) and passed to everything that
needs the time: the store (a transaction's "now" when no message time is given), the
scheduler's tick, the sender, /healthz and the platform adapters. This module is the only
place in bot/ and adapters/ that reads the wall clock (a test scans for others).
`coach chat --at` and `coach tick --at` build a `FixedClock` instead, so everything they
build agrees on the simulated instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from core.ports import Clock

__all__ = ["Clock", "FixedClock", "system_clock"]


def system_clock() -> datetime:
    """The wall clock: aware UTC."""
    return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that always says `at` (aware). `at` may be moved on by its owner, e.g. when
    `coach chat --at` learns the person's zone."""

    at: datetime

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")

    def __call__(self) -> datetime:
        return self.at
