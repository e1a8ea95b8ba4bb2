"""Database fixtures shared by every test that needs a real database.

Import the fixtures into a conftest.py (`from tests.dbfixtures import *`, or by name).

- `database_url`: parametrised over "sqlite" and "postgresql": the URL of a migrated,
  empty database. SQLite: a fresh file per test (a copy of one migrated template).
  PostgreSQL: one database `coach_test_<worker>_<random>` per pytest-xdist worker (per test
  session without xdist), created through the `postgres` maintenance database, migrated
  once, emptied before each test and dropped at the end, so parallel workers and concurrent
  test runs on the same server never meet.
- `engine`, `session_factory`, `store`: built on `database_url`.
- A `bootstrap.build` on `database_url` passes `migrate=False`: the database is migrated
  already (start-up's own migration runs in tests/cli, tests/scheduling/test_service.py and
  tests/storage), and skipping it saves a connection and a query per test (~10 ms on PostgreSQL).
- The fixtures' engines (and `bootstrap.build` on `database_url`) pass `pre_ping=False`: the
  test server never restarts, and the ping cost a round trip on every connection checkout
  (about a fifth of PostgreSQL tests' wall time). The engines `coach` builds itself (tests/cli,
  the subprocesses, test_service) keep production's pre-ping.

PostgreSQL tests carry the `postgres` marker. If the server is unreachable they skip with
the reason, unless COACH_REQUIRE_POSTGRES=1 (CI), which makes them fail.
Server: COACH_TEST_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/postgres,
the maintenance database; the tests never write to it).
"""

from __future__ import annotations

import functools
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, delete, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from adapters.storage import SqlStore, make_engine, make_session_factory, upgrade
from adapters.storage.models import Base
from tests.clocks import fixed_clock

POSTGRES_ADMIN_URL = os.environ.get(
    "COACH_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)

__all__ = [
    "database_url",
    "engine",
    "postgres_database_url",
    "session_factory",
    "sqlite_template",
    "store",
]


def _postgres_required() -> bool:
    return os.environ.get("COACH_REQUIRE_POSTGRES") == "1"


def _admin_engine() -> Engine:
    return create_engine(
        POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5}
    )


def _quoted(engine: Engine, name: str) -> str:
    return engine.dialect.identifier_preparer.quote(name)


@pytest.fixture(scope="session")
def postgres_database_url() -> Iterator[str]:
    """A migrated database of its own for this worker's session, dropped at the end."""
    admin = _admin_engine()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")  # gw0, gw1, ... under xdist
    name = f"coach_test_{worker}_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as connection:
            # CREATE DATABASE has no SQLAlchemy construct; the name is ours and quoted.
            connection.execute(text(f"CREATE DATABASE {_quoted(admin, name)}"))
            # A commit returns without waiting for its WAL to reach the disk: the same
            # transactions, locks and visibility, lost only if the server itself crashes,
            # which no test does (a throwaway database; most tests commit after every step).
            connection.execute(
                text(f"ALTER DATABASE {_quoted(admin, name)} SET synchronous_commit = off"))
    except Exception as error:
        admin.dispose()
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        reason = f"PostgreSQL unreachable at {make_url(POSTGRES_ADMIN_URL)!r}: {first_line}"
        if _postgres_required():
            pytest.fail(f"{reason} (COACH_REQUIRE_POSTGRES=1)", pytrace=False)
        pytest.skip(reason)
    url = make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        upgrade(url)
        yield url
    finally:
        emptying = _EMPTYING.pop(url, None)
        if emptying is not None:
            emptying.dispose()
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {_quoted(admin, name)} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets a copy."""
    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"
    upgrade(f"sqlite:///{path}")
    return path


_EMPTYING: dict[str, Engine] = {}  # one engine per database, kept for the session


@functools.cache
def _deletes(engine: Engine) -> str:
    return ";\n".join(
        str(delete(table).compile(dialect=engine.dialect))
        for table in reversed(Base.metadata.sorted_tables)
    )


def _empty_all_tables(url: str) -> None:
    """DELETE FROM every table, children first, in one transaction and one round trip (26
    statements sent one by one cost a round trip each, before every PostgreSQL test)."""
    engine = _EMPTYING.get(url)
    if engine is None:
        engine = _EMPTYING[url] = make_engine(url, pre_ping=False)
    deletes = _deletes(engine)
    connection = engine.raw_connection()
    try:
        with connection.cursor() as cursor:  # no parameters: several statements in one call
            cursor.execute(deletes)
        connection.commit()
    finally:
        connection.close()


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a migrated, empty database: SQLite or PostgreSQL."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "coach.db"
        shutil.copyfile(template, path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("postgres_database_url")
    _empty_all_tables(url)
    return url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url, pre_ping=False)
    yield engine
    engine.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def store(session_factory: sessionmaker[Session]) -> SqlStore:
    return SqlStore(session_factory, clock=fixed_clock())
