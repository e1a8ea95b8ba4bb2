"""Fixed instants for tests: no test reads the wall clock (docs/scheduling.md, "One clock")."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.clock import FixedClock

TEST_NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday, before any DST change


def fixed_clock(at: datetime = TEST_NOW) -> FixedClock:
    """A fixed clock (movable by setting `.at`) for wiring built in a test."""
    return FixedClock(at)
