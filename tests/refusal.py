"""A database that refuses a write: a trigger that aborts every insert or update of a
check-in, on SQLite and PostgreSQL. The Coach's transaction then rolls back as a whole, and
no adapter may say "saved"."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine

REFUSED = "the database refused the write (test)"
_SQLITE = (
    f"CREATE TRIGGER refuse_checkin_{{op}} BEFORE {{OP}} ON checkins "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END"
)
_POSTGRES = (
    "CREATE OR REPLACE FUNCTION refuse_checkins() RETURNS trigger AS $$ BEGIN "
    f"RAISE EXCEPTION '{REFUSED}'; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER refuse_checkins BEFORE INSERT OR UPDATE ON checkins "
    "FOR EACH ROW EXECUTE FUNCTION refuse_checkins()",
)


@contextmanager
def checkins_refused(engine: Engine) -> Iterator[None]:
    """Inside the block every write of a check-in fails in the database."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.begin() as connection:
        if sqlite:
            for op in ("insert", "update"):
                connection.exec_driver_sql(_SQLITE.format(op=op, OP=op.upper()))
        else:
            for statement in _POSTGRES:
                connection.exec_driver_sql(statement)
    try:
        yield
    finally:
        with engine.begin() as connection:
            if sqlite:
                for op in ("insert", "update"):
                    connection.exec_driver_sql(f"DROP TRIGGER refuse_checkin_{op}")
            else:
                connection.exec_driver_sql("DROP TRIGGER refuse_checkins ON checkins")
                connection.exec_driver_sql("DROP FUNCTION refuse_checkins()")
