"""`coach db upgrade` migrates an empty database to the latest schema, and is idempotent."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sqlalchemy import create_engine, inspect

from tests.cli.process import coach_command, environment, run_here


def test_db_upgrade_creates_the_schema_and_can_run_twice(tmp_path: Path) -> None:
    """The first run as a process; the second (at head already) through bot.cli.main in
    this process, the same code from the argument parsing on."""
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    done = subprocess.run(
        [*coach_command(), "db", "upgrade"],
        text=True,
        capture_output=True,
        env=environment(url),
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "latest schema" in done.stdout
    status, out, err = run_here(url, tmp_path, b"", "db", "upgrade")
    assert status == 0, err
    assert "latest schema" in out
    tables = set(inspect(create_engine(url)).get_table_names())
    assert {
        "people",
        "checkins",
        "conversations",
        "safety_events",
        "processed_updates",
        "teams",
        "memberships",
        "prompt_schedule",
        "outbox",
        "alembic_version",
    } <= tables
