"""Storage tests run on SQLite and on PostgreSQL (see tests/dbfixtures.py)."""

from tests.dbfixtures import (  # noqa: F401 (fixtures are found by name)
    database_url,
    engine,
    postgres_database_url,
    session_factory,
    sqlite_template,
    store,
)
