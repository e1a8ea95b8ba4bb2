"""Apply the Alembic migrations programmatically (start-up and `coach db upgrade`).

Alembic is imported only when there is something to migrate: a database already at `HEAD`
is checked with one query and left alone, so a start-up against an up-to-date database
does not load Alembic and the migration scripts (docs/operations.md, "Start-up time").
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, func, select, text

from adapters.storage.engine import make_migration_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions (tests/storage/test_storage_schema.py checks it
# against Alembic's own head). A stale value is only slower: Alembic then runs and decides.
HEAD = "0011"
# Replicas starting together on one PostgreSQL database migrate one at a time.
_PG_MIGRATION_LOCK = zlib.crc32(b"rhythm-coach migrations")


def alembic_config(url: str | None = None) -> Config:
    """An Alembic Config built in code: script location inside this package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """`alembic upgrade head` against the database at `url` (nothing to do, and Alembic not
    loaded, when it is at `HEAD` already)."""
    engine = make_migration_engine(url)
    try:
        if revision == "head" and schema_revision_of(engine) == HEAD:
            return
        from alembic import command

        with engine.begin() as connection:
            _lock_for_migration(connection)
            config = alembic_config(url)
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def schema_revision_of(engine: Engine) -> str | None:
    """The database's Alembic revision; None when it has none or cannot be read (Alembic
    then runs and reports any real problem)."""
    try:
        with engine.connect() as connection:
            found = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except Exception:  # no such table (a new database), or no database: Alembic will say
        return None
    return str(found[0][0]) if len(found) == 1 else None


def _lock_for_migration(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(select(func.pg_advisory_xact_lock(_PG_MIGRATION_LOCK)))
