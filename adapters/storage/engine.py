"""Engines and sessions for SQLite (the embedded default) and PostgreSQL (shared by replicas)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_S = 30.0
PG_CONNECT_TIMEOUT_S = 5  # a server that accepts and never answers fails the connect in 5 s
PG_STATEMENT_TIMEOUT_MS = 30_000  # no statement of ours runs for long; a stuck one is cut off


def default_database_url() -> str:
    """A SQLite file `coach.db` in the working directory."""
    return f"sqlite:///{Path.cwd() / 'coach.db'}"


def make_engine(url: str, *, echo: bool = False, pre_ping: bool = True) -> Engine:
    """An engine with the settings this project relies on.

    Every engine hides statement parameters from its log records and exception messages
    (`hide_parameters=True`): a failed write must not log the check-in it was writing.
    SQLite: foreign keys enforced (ON DELETE CASCADE), WAL journal, a 30 s busy timeout,
    `secure_delete` (deleted rows are overwritten with zeros), and transactions that really
    begin with BEGIN IMMEDIATE, so a read-then-write transaction cannot fail half-way when
    another process writes, and SAVEPOINTs work.
    PostgreSQL: pool_pre_ping, so connections dropped by a restart are replaced; a 5 s
    connect timeout and a 30 s statement timeout, so a server that stops answering fails
    calls instead of hanging them. `pre_ping=False` (tests, whose server never restarts)
    saves the ping's round trip on every checkout.
    """
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_engine(url, echo=echo, foreign_keys=True)
    return _server_engine(url, echo=echo, statement_timeout_ms=PG_STATEMENT_TIMEOUT_MS,
                          pre_ping=pre_ping)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit (they are mapped to dataclasses)."""
    return sessionmaker(engine, expire_on_commit=False)


def _server_engine(
    url: str, *, echo: bool, statement_timeout_ms: int | None, pre_ping: bool = True
) -> Engine:
    connect_args: dict[str, Any] = {}
    if make_url(url).get_backend_name() == "postgresql":
        connect_args["connect_timeout"] = PG_CONNECT_TIMEOUT_S
        if statement_timeout_ms is not None:
            connect_args["options"] = f"-c statement_timeout={statement_timeout_ms}"
    return create_engine(url, echo=echo, pool_pre_ping=pre_ping, hide_parameters=True,
                         connect_args=connect_args)


def _sqlite_engine(url: str, *, echo: bool, foreign_keys: bool) -> Engine:
    engine = create_engine(url, echo=echo, hide_parameters=True,
                           connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
    in_memory = make_url(url).database in (None, "", ":memory:")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling is switched off; "begin" below takes over.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
            cursor.execute("PRAGMA secure_delete=ON")
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_migration_engine(url: str) -> Engine:
    """Like `make_engine`, but SQLite foreign keys off (Alembic's batch mode re-creates
    tables, and dropping a parent table with foreign keys on would cascade-delete rows), and
    no statement timeout on PostgreSQL (a migration of a large table may take a while)."""
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_engine(url, echo=False, foreign_keys=False)
    return _server_engine(url, echo=False, statement_timeout_ms=None)


def checkpoint(engine: Engine) -> bool:
    """SQLite: copy the write-ahead log into the database file and truncate it (after a
    delete, so deleted rows are gone from both files). True when the checkpoint completed;
    False when a reader still needs the log (the next checkpoint finishes the job).
    Other databases: nothing to do, True."""
    if engine.dialect.name != "sqlite":
        return True
    connection = engine.raw_connection()  # no BEGIN: a checkpoint runs outside transactions
    try:
        cursor = connection.cursor()
        busy, _, _ = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.close()
    finally:
        connection.close()
    return not busy
