"""Database fixtures shared by every test that needs a real database.

Import the fixtures into a conftest.py (`from tests.dbfixtures import *`, or by name).

- `database_url`: parametrised over "sqlite" and "postgresql": the URL of a migrated,
  empty database. SQLite: a fresh file per test (a copy of one migrated template).
  PostgreSQL: one database `coach_test_<worker>_<random>` per pytest-xdist worker (per test
  session without xdist), created through the `postgres` maintenance database, migrated
  once, emptied before each test and dropped at the end, so parallel workers and concurrent
  test runs on the same server never meet.
- `engine`, `session_factory`, `store`: built on `database_url`. On PostgreSQL the engine
  is this worker's one engine on its database (`engine_for`), kept from test to test: a new
  engine per test cost a new server connection and SQLAlchemy's first-connect queries (about
  13 ms per test). A `bootstrap.build` on `database_url` passes it too (`engine=`), and hands
  it back with `release` instead of `dispose()`. SQLite: a new engine per test, on its file.
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
import itertools
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, delete, event, text
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
    "engine_for",
    "postgres_database_url",
    "release",
    "session_factory",
    "sqlite_folder",
    "sqlite_template",
    "store",
    "without_fsync",
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
        shared = _SHARED.pop(url, None)
        if shared is not None:
            shared.dispose()
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {_quoted(admin, name)} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets a copy."""
    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"
    upgrade(f"sqlite:///{path}")
    return path


_SHARED: dict[str, Engine] = {}  # PostgreSQL: this worker's one engine per database


def engine_for(url: str) -> Engine:
    """The engine a test uses on `url` (pre_ping off, as every fixture engine).

    PostgreSQL: this worker's one engine on the database, kept across tests, so its pooled
    connections (and SQLAlchemy's first-connect set-up) serve every test; each test hands it
    back with `release`. SQLite: this process's one SQLite engine, pointed at the test's
    file (`_SqliteEngine`), or a new engine when that one is in use on another file."""
    if make_url(url).get_backend_name() != "postgresql":
        return _SQLITE.engine_on(url)
    engine = _SHARED.get(url)
    if engine is None:
        engine = _SHARED[url] = make_engine(url, pre_ping=False)
    return engine


def without_fsync(engine: Engine) -> Engine:
    """A SQLite engine whose connections never wait for the disk (`PRAGMA synchronous=OFF`
    after production's own settings): the test's throwaway file, like PostgreSQL's
    `synchronous_commit = off` above. The same transactions, locks, WAL journal and
    visibility; what is lost is only a power cut's worth of writes. With production's
    `synchronous=NORMAL` every checkpoint, among them the one when a test's engine closes
    its last connection, waited for fsync: about 6 ms a test on this VM's disk."""

    @event.listens_for(engine, "connect")
    def _no_fsync(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA synchronous=OFF")
        finally:
            cursor.close()

    return engine


class _SqliteEngine:
    """One SQLite engine per test process whose connections open the current test's file.

    Each test has its own SQLite file, and a new engine per test cost more than the file:
    SQLAlchemy's compiled-statement cache is per engine (its keys hold the engine's
    dialect), so every test compiled each statement it ran again (about 7,000 compilations
    over tests/coach), and each engine ran its first-connect set-up. This engine is built
    by production's `make_engine` (the same PRAGMAs, BEGIN IMMEDIATE, hidden parameters);
    a `do_connect` listener (SQLAlchemy's documented hook for changing connect arguments)
    opens the file of the test that holds it. It moves to another file only when no test
    holds it and its pool has no connection checked out (all closed by then); otherwise a
    test gets an engine of its own, as before."""

    def __init__(self) -> None:
        self._engine: Engine | None = None
        self._path = ""
        self._users = 0

    def engine_on(self, url: str) -> Engine:
        path = make_url(url).database or ""
        engine = self._engine
        if engine is not None and self._users and path != self._path:
            return without_fsync(make_engine(url, pre_ping=False))  # held on another file
        if engine is None:
            engine = self._engine = without_fsync(make_engine(url, pre_ping=False))

            @event.listens_for(engine, "do_connect")
            def _current_file(_dialect: Any, _record: Any, cargs: list[Any],
                              _cparams: dict[str, Any]) -> None:
                cargs[0] = self._path

        if path != self._path:
            engine.url = make_url(url)  # what bootstrap.build compares with its settings
            self._path = path
        self._users += 1
        return engine

    def release(self, engine: Engine) -> bool:
        """False if `engine` is not this one. The last user's release closes the pooled
        connections; a connection still checked out means the engine is dropped."""
        if engine is not self._engine:
            return False
        self._users -= 1
        if self._users <= 0:
            self._users = 0
            if engine.pool.checkedout():  # type: ignore[attr-defined]
                self._engine, self._path = None, ""
            engine.dispose()
        return True


_SQLITE = _SqliteEngine()


def release(engine: Engine) -> None:
    """The end of a test's use of `engine` (in place of `engine.dispose()`).

    A shared engine (`engine_for`) stays open for the next test when every connection came
    back to its pool. One still checked out (a connection the test leaked might hold locks
    or an open transaction): the engine is disposed and forgotten, and the next test gets a
    new one, as it did when every test had its own engine. The shared SQLite engine: its
    connections are closed (the test's file is let go) when its last user releases it.
    Any other engine: disposed."""
    if _SQLITE.release(engine):
        return
    for url, shared in list(_SHARED.items()):
        if shared is engine:
            if engine.pool.checkedout():  # type: ignore[attr-defined]
                del _SHARED[url]
                engine.dispose()
            return
    engine.dispose()


@functools.cache
def _deletes(engine: Engine) -> str:
    return ";\n".join(
        str(delete(table).compile(dialect=engine.dialect))
        for table in reversed(Base.metadata.sorted_tables)
    )


def _empty_all_tables(url: str) -> None:
    """DELETE FROM every table, children first, in one transaction and one round trip (26
    statements sent one by one cost a round trip each, before every PostgreSQL test), on a
    pooled connection of the worker's engine."""
    engine = engine_for(url)
    deletes = _deletes(engine)
    connection = engine.raw_connection()
    try:
        with connection.cursor() as cursor:  # no parameters: several statements in one call
            cursor.execute(deletes)
        connection.commit()
    finally:
        connection.close()


@pytest.fixture(scope="session")
def sqlite_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This test process's SQLite databases, one file per test (see `database_url`)."""
    return tmp_path_factory.mktemp("sqlite-databases")


_SQLITE_FILES = itertools.count(1)


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def database_url(request: pytest.FixtureRequest) -> str:
    """The URL of a migrated, empty database: SQLite or PostgreSQL.

    SQLite: a new file in this process's `sqlite_folder`, not in a `tmp_path` of the test's
    own; PostgreSQL: no folder at all. At the end of each run pytest removes the folders of
    the run three before it, in the controller, after the tests: a folder per database test
    made that 0.94 s for 632 tests (538 folders) on this VM, 0.31 s with 8 folders."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        folder: Path = request.getfixturevalue("sqlite_folder")
        path = folder / f"coach-{next(_SQLITE_FILES)}.db"
        shutil.copyfile(template, path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("postgres_database_url")
    _empty_all_tables(url)
    return url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = engine_for(database_url)
    yield engine
    release(engine)


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def store(session_factory: sessionmaker[Session]) -> SqlStore:
    return SqlStore(session_factory, clock=fixed_clock())
