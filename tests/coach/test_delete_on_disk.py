"""/delete on SQLite: the person's name is gone from the database file and from its
write-ahead log, not only from query results (secure_delete, then a checkpoint)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.storage import upgrade
from bot import bootstrap
from bot.settings import Settings
from core.coach import texts
from core.messages import Inbound, Platform, Reply
from tests.clocks import fixed_clock
from tests.coach.talk import Person, text_of

NAME = "Zebediah Quellmartin"  # in no other row, page or log of this database
USER = "zq-4711-quellmartin"
AT = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)


@pytest.fixture
def on_disk(tmp_path: Path) -> Iterator[tuple[bootstrap.Wiring, Path]]:
    path = tmp_path / "coach.db"
    upgrade(f"sqlite:///{path}")
    wiring = bootstrap.build(Settings(_env_file=None, database_url=f"sqlite:///{path}"),
                             clock=fixed_clock(AT), migrate=False)
    yield wiring, path
    wiring.engine.dispose()


def on_disk_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_the_name_is_in_neither_the_database_file_nor_its_log_after_delete(
    on_disk: tuple[bootstrap.Wiring, Path],
) -> None:
    wiring, path = on_disk
    zeb = Person(wiring.coach, USER, AT)
    onboard_named(zeb, zeb.says("/start"))
    zeb.says("6 7 5 8")
    assert NAME.encode() in on_disk_bytes(path)  # the check below looks at the right bytes
    zeb.says("/delete")
    assert text_of(zeb.taps("Yes, delete everything")) == texts.DELETED
    stored = on_disk_bytes(path)
    assert NAME.encode() not in stored
    assert USER.encode() not in stored


def onboard_named(person: Person, asked: list[Reply]) -> None:
    """Consent (the consent question's own Yes) with NAME as the display name, then Skip the
    rest."""
    [yes] = [c.value for reply in asked for c in reply.choices if c.label == "Yes"]
    inbound = Inbound(Platform.CONSOLE, person.user, person.user, person.at, choice=yes,
                      display_name=NAME)
    replies = person.coach.handle(inbound)
    while replies and replies[-1].choices and replies[-1].choices[-1].label == "Skip":
        replies = person.presses(replies[-1].choices[-1].value)
