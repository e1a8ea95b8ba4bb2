"""Engine settings: the default URL, nested transactions, concurrent claims."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from adapters.storage import SqlStore, default_database_url
from adapters.storage.models import ProcessedUpdateRow
from core.messages import Platform
from tests.storage.helpers import T0


def test_default_database_is_coach_db_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert default_database_url() == f"sqlite:///{tmp_path / 'coach.db'}"


def test_a_savepoint_rolls_back_alone(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session, session.begin():
        session.add(ProcessedUpdateRow(platform="slack", update_key="E1", processed_at=T0))
        session.flush()
        with pytest.raises(IntegrityError), session.begin_nested():
            session.add(ProcessedUpdateRow(platform="slack", update_key="E1", processed_at=T0))
        session.add(ProcessedUpdateRow(platform="slack", update_key="E2", processed_at=T0))
    with session_factory() as session:
        keys = session.scalars(
            select(ProcessedUpdateRow.update_key).order_by(ProcessedUpdateRow.update_key)
        ).all()
    assert keys == ["E1", "E2"]


def test_two_replicas_claiming_the_same_update_at_once_process_it_once(store: SqlStore) -> None:
    """The second claim waits for the first transaction, then sees the row: False."""
    second: list[bool] = []
    with store.transaction() as first:
        assert first.claim_update(Platform.TELEGRAM, "42") is True

        def claim_again() -> None:
            with store.transaction() as tx:
                second.append(tx.claim_update(Platform.TELEGRAM, "42"))

        thread = threading.Thread(target=claim_again)
        thread.start()
        thread.join(timeout=0.3)  # returns at once if the claim did not wait (a failure)
        assert thread.is_alive() and second == []  # still waiting for the first transaction
    thread.join(timeout=10)
    assert second == [False]
    with store.transaction() as tx:
        assert tx.session.scalar(select(func.count()).select_from(ProcessedUpdateRow)) == 1


def test_every_connection_has_its_timeouts_and_hides_parameters(engine: Engine) -> None:
    """PostgreSQL: statement_timeout 30 s, connect_timeout 5 s; SQLite: the 30 s busy timeout
    and secure_delete. Every engine: parameters hidden from logs and errors."""
    assert engine.hide_parameters is True
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            assert connection.exec_driver_sql("SHOW statement_timeout").scalar() == "30s"
            raw = connection.connection.dbapi_connection
            assert raw is not None and raw.info.get_parameters()["connect_timeout"] == "5"
        else:
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
            assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
