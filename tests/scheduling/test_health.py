"""/healthz is honest and quick: a database that stops answering, a schema at the wrong
migration, an empty database and a stale tick are all 503, each answered within 1 s."""

from __future__ import annotations

import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import Engine, text

from adapters.storage import make_engine, upgrade
from bot.health import HealthCheck, SchedulingState, head_revision, start_health
from tests.clocks import TEST_NOW, fixed_clock

ANSWER_WITHIN_S = 1.0
Get = Callable[..., Awaitable[tuple[int, dict[str, Any], float]]]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A TCP port on 127.0.0.1 that accepts connections (the kernel's backlog) and never
    says a word: a PostgreSQL server that stopped answering."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        yield int(sock.getsockname()[1])


@pytest.fixture
async def healthz() -> AsyncIterator[Callable[[Engine, SchedulingState], Awaitable[Get]]]:
    """`get = await healthz(engine, state)`; `await get()` -> (status, body, seconds taken)."""
    stops: list[Callable[[], Awaitable[None]]] = []

    async def serve(engine: Engine, state: SchedulingState, clock: Any = None) -> Get:
        check = HealthCheck(engine, state, clock or fixed_clock(TEST_NOW))
        port = free_port()
        stops.append(await start_health(check, port, "127.0.0.1"))

        async def get() -> tuple[int, dict[str, Any], float]:
            started = time.monotonic()
            async with aiohttp.ClientSession() as http, http.get(
                f"http://127.0.0.1:{port}/healthz", timeout=aiohttp.ClientTimeout(total=30)
            ) as response:
                return response.status, await response.json(), time.monotonic() - started

        return get

    yield serve
    for stop in stops:
        await stop()


def ticked(ago: timedelta = timedelta(seconds=30)) -> SchedulingState:
    return SchedulingState(last_tick_at=TEST_NOW - ago)


async def test_a_database_that_stops_answering_is_503_within_a_second(
    healthz, silent_server: int
) -> None:
    engine = make_engine(f"postgresql+psycopg://postgres@127.0.0.1:{silent_server}/coach")
    try:
        get = await healthz(engine, ticked())
        for _ in range(3):  # the first check is still stuck: later ones don't pile up
            status, body, took = await get()
            assert status == 503 and took < ANSWER_WITHIN_S, (status, took)
            assert body["database"].startswith("no answer within")
            assert body["ok"] is False
    finally:
        engine.dispose()


async def test_healthy_at_the_migrations_head_with_a_recent_tick(
    healthz, database_url: str
) -> None:
    engine = make_engine(database_url)
    try:
        get = await healthz(engine, ticked())
        status, body, took = await get()
    finally:
        engine.dispose()
    assert (status, body["ok"], body["database"], body["tick"]) == (200, True, "ok", "ok")
    assert body["schema"] == head_revision() and took < ANSWER_WITHIN_S


async def test_a_database_at_an_older_migration_is_503(healthz, database_url: str) -> None:
    engine = make_engine(database_url)
    head = head_revision()
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    try:
        get = await healthz(engine, ticked())
        status, body, _ = await get()
    finally:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :head"),
                               {"head": head})
        engine.dispose()
    assert status == 503 and body["ok"] is False
    assert body["database"] == f"schema at 0002, needs {head}"


async def test_a_database_dropped_and_recreated_empty_is_503(healthz, tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        get = await healthz(engine, ticked())
        status, body, _ = await get()
    finally:
        engine.dispose()
    assert status == 503
    assert body["database"] == f"schema at no migrations, needs {head_revision()}"


async def test_a_stale_tick_is_503_and_a_recent_one_200(healthz, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    upgrade(url)
    engine = make_engine(url)
    state = SchedulingState()
    clock = fixed_clock(TEST_NOW)
    try:
        get = await healthz(engine, state, clock)
        assert (await get())[1]["tick"] == "stale"  # no tick yet
        state.last_tick_at = TEST_NOW - timedelta(minutes=2, seconds=59)
        status, body, _ = await get()
        assert (status, body["tick"]) == (200, "ok")
        clock.at = TEST_NOW + timedelta(minutes=2)  # the ticks stopped succeeding
        status, body, _ = await get()
        assert (status, body["tick"], body["database"]) == (503, "stale", "ok")
        assert body["last_tick_at"] == state.last_tick_at.isoformat()
    finally:
        engine.dispose()


async def test_a_long_write_on_sqlite_does_not_fail_the_check(healthz, tmp_path: Path) -> None:
    """The morning tick may hold SQLite's write lock for seconds: the check only reads."""
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    upgrade(url)
    engine = make_engine(url)
    try:
        get = await healthz(engine, ticked())
        with engine.begin() as writer:  # BEGIN IMMEDIATE: the write lock, held
            writer.execute(text("UPDATE alembic_version SET version_num = version_num"))
            status, body, took = await get()
        assert (status, body["database"]) == (200, "ok") and took < ANSWER_WITHIN_S
    finally:
        engine.dispose()
