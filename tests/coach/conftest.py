"""A Coach over a freshly migrated database (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from bot import bootstrap
from bot.safety import SafetyScreen
from bot.settings import Settings
from core.safety.finding import with_screener
from tests.clocks import fixed_clock
from tests.coach.safety_script import ScriptedScreener
from tests.coach.talk import Person
from tests.dbfixtures import engine_for, release


@pytest.fixture
def wiring(database_url: str) -> Iterator[bootstrap.Wiring]:
    built = bootstrap.build(Settings(database_url=database_url), migrate=False,
                            engine=engine_for(database_url),
                            clock=fixed_clock())
    yield built
    release(built.engine)


@pytest.fixture
def engine(wiring: bootstrap.Wiring) -> Engine:
    return wiring.engine


@pytest.fixture
def rules_only_wiring(database_url: str) -> Iterator[bootstrap.Wiring]:
    """The same Coach, screening with the rules alone (no classifier): for tests of what the
    rules and the flow do with exact texts."""
    safety = SafetyScreen(with_screener(ScriptedScreener()))
    built = bootstrap.build(Settings(database_url=database_url), migrate=False,
                            engine=engine_for(database_url), clock=fixed_clock(), safety=safety)
    yield built
    release(built.engine)


@pytest.fixture
def ana(wiring: bootstrap.Wiring) -> Person:
    return Person(wiring.coach, "ana", datetime(2026, 3, 2, 7, 30, tzinfo=UTC))
