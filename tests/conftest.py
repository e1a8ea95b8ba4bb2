"""Shared test set-up: the database fixtures (SQLite and PostgreSQL) for every test package,
and the wall clock moved a year and a day ahead for the whole run.

No test may depend on today's date (docs/scheduling.md, "One clock"): tests simulate time
with fixed clocks (tests/clocks.py). To prove it, every run moves this process's wall clock
(`datetime.now`, `time.time`, ...) COACH_TEST_WALL_CLOCK_SHIFT_DAYS ahead (default 366; 0
turns it off) with time-machine; a test that leaks the wall clock into a date then fails,
as the calendar would make it fail one day. Durations (`time.monotonic`) are not moved.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from tests.dbfixtures import (  # noqa: F401 (fixtures are found by name)
    database_url,
    engine,
    postgres_database_url,
    session_factory,
    sqlite_template,
    store,
)

SHIFT_DAYS = int(os.environ.get("COACH_TEST_WALL_CLOCK_SHIFT_DAYS", "366"))
_travel: list[time_machine.travel] = []


def pytest_configure(config: pytest.Config) -> None:
    if SHIFT_DAYS and not _travel:
        moved = datetime.now(UTC) + timedelta(days=SHIFT_DAYS)
        _travel.append(time_machine.travel(moved, tick=True))
        _travel[0].start()


def pytest_unconfigure(config: pytest.Config) -> None:
    while _travel:
        _travel.pop().stop()


def pytest_report_header(config: pytest.Config) -> str:
    return f"wall clock moved {SHIFT_DAYS} days ahead (COACH_TEST_WALL_CLOCK_SHIFT_DAYS)"
