"""The migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from adapters.storage import upgrade
from adapters.storage.migrate import HEAD, alembic_config
from adapters.storage.models import PERSON_TABLES, Base


def test_migrated_schema_matches_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_database_is_at_head_and_upgrade_is_idempotent(database_url: str, engine: Engine) -> None:
    upgrade(database_url)  # a second start-up changes nothing
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head


def test_the_head_constant_is_alembics_head() -> None:
    """migrate.HEAD lets a start-up skip Alembic when the database is current; a new
    migration must move it (else every start-up loads Alembic again)."""
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD


def test_every_table_that_points_at_people_cascades(engine: Engine) -> None:
    inspector = inspect(engine)
    pointing = set()
    for table in inspector.get_table_names():
        for fk in inspector.get_foreign_keys(table):
            if fk["referred_table"] == "people":
                pointing.add(table)
                assert fk["options"].get("ondelete") == "CASCADE", table
    assert pointing == {table.name for table in PERSON_TABLES}
