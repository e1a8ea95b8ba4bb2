"""Shared test set-up: the database fixtures (SQLite and PostgreSQL) for every test package."""

from tests.dbfixtures import (  # noqa: F401 (fixtures are found by name)
    database_url,
    engine,
    postgres_database_url,
    session_factory,
    sqlite_template,
    store,
)
