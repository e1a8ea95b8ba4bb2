"""A Coach with the schedule hook on a simulated clock, a fake port, over SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot import bootstrap
from bot.settings import Settings
from tests.dbfixtures import engine_for, release
from tests.scheduling.sim import Clock, FakePort, Sim

START = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def wiring(database_url: str, clock: Clock) -> Iterator[bootstrap.Wiring]:
    built = bootstrap.build(Settings(_env_file=None, database_url=database_url),
                            migrate=False, engine=engine_for(database_url),
                            clock=clock)
    yield built
    release(built.engine)


@pytest.fixture
def sim(wiring: bootstrap.Wiring, clock: Clock) -> Iterator[Sim]:
    simulation = Sim(wiring, clock, FakePort(clock))
    yield simulation
    simulation.close()
