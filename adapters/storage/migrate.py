"""Apply the Alembic migrations programmatically (start-up and `coach db upgrade`)."""

from __future__ import annotations

import zlib
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, func, select

from adapters.storage.engine import make_migration_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Replicas starting together on one PostgreSQL database migrate one at a time.
_PG_MIGRATION_LOCK = zlib.crc32(b"rhythm-coach migrations")


def alembic_config(url: str | None = None) -> Config:
    """An Alembic Config built in code: script location inside this package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """`alembic upgrade head` against the database at `url`."""
    engine = make_migration_engine(url)
    try:
        with engine.begin() as connection:
            _lock_for_migration(connection)
            config = alembic_config(url)
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def _lock_for_migration(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(select(func.pg_advisory_xact_lock(_PG_MIGRATION_LOCK)))
