"""Engines and sessions for SQLite (the embedded default) and PostgreSQL (shared by replicas)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_S = 30.0


def default_database_url() -> str:
    """A SQLite file `coach.db` in the working directory."""
    return f"sqlite:///{Path.cwd() / 'coach.db'}"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine with the settings this project relies on.

    SQLite: foreign keys enforced (ON DELETE CASCADE), WAL journal, a busy timeout, and
    transactions that really begin with BEGIN IMMEDIATE, so a read-then-write transaction
    cannot fail half-way when another process writes, and SAVEPOINTs work.
    PostgreSQL: pool_pre_ping, so connections dropped by a restart are replaced.
    """
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_engine(url, echo=echo, foreign_keys=True)
    return create_engine(url, echo=echo, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit (they are mapped to dataclasses)."""
    return sessionmaker(engine, expire_on_commit=False)


def _sqlite_engine(url: str, *, echo: bool, foreign_keys: bool) -> Engine:
    engine = create_engine(url, echo=echo, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
    in_memory = make_url(url).database in (None, "", ":memory:")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling is switched off; "begin" below takes over.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
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
    """Like `make_engine`, but SQLite foreign keys off: Alembic's batch mode re-creates
    tables, and dropping a parent table with foreign keys on would cascade-delete rows."""
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_engine(url, echo=False, foreign_keys=False)
    return create_engine(url, pool_pre_ping=True)
