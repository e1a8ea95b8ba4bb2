"""GET /healthz: honest, and always within a second.

200 only when all of these hold (docs/operations.md, "Health"):
- the database answers a query within `DEADLINE_S`;
- its schema is at the migrations' head (`alembic_version` = this code's head revision), so
  a database that was dropped and re-created empty, or left at an older migration, is 503;
- the last *successful* scheduler tick is at most `TICK_STALE` old on the process clock.

The database check runs in a thread of its own with a deadline. A check that has not
finished by then is reported as 503 and left to finish; later requests wait for that same
check instead of starting more, so a server that stopped answering costs one thread.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web
from sqlalchemy import Engine, inspect, text

from bot.clock import Clock

log = logging.getLogger(__name__)

DEADLINE_S = 0.8  # the database's share of the 1 s answer
TICK_STALE = timedelta(minutes=3)  # the tick runs every minute


@dataclass
class SchedulingState:
    """What the scheduler tells /healthz: when its last tick finished without an error."""

    last_tick_at: datetime | None = None


def head_revision() -> str:
    """The newest Alembic revision this code ships (the schema it needs)."""
    from alembic.script import ScriptDirectory

    from adapters.storage.migrate import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no Alembic revisions found")
    return head


def schema_revision(engine: Engine) -> str | None:
    """The database's `alembic_version`, or None when the table is missing or empty.

    A read that takes no lock: on SQLite a plain autocommit SELECT on a raw connection (the
    engine's transactions begin with BEGIN IMMEDIATE, which would queue behind a long tick);
    on PostgreSQL in a transaction with a statement timeout a little under the deadline."""
    if engine.dialect.name == "sqlite":
        connection = engine.raw_connection()
        try:
            cursor = connection.cursor()
            found = cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchall()
            rows = cursor.execute("SELECT version_num FROM alembic_version").fetchall() \
                if found else []
            cursor.close()
        finally:
            connection.close()
        return str(rows[0][0]) if len(rows) == 1 else None
    with engine.connect() as session:
        if session.dialect.name == "postgresql":
            session.exec_driver_sql(f"SET LOCAL statement_timeout = {int(DEADLINE_S * 1000)}")
        if not inspect(session).has_table("alembic_version"):
            return None
        return session.execute(text("SELECT version_num FROM alembic_version")).scalar()


class HealthCheck:
    """The verdict behind /healthz: `await check()` -> (healthy, JSON body)."""

    def __init__(
        self, engine: Engine, state: SchedulingState, clock: Clock,
        expected_revision: str | None = None, deadline_s: float = DEADLINE_S,
        details: Callable[[], dict[str, Any]] | None = None,
    ) -> None:  # fmt: skip
        """`details`: more fields for the body that do not decide the verdict (the safety
        screen's "healthy"/"degraded": a degraded screen still answers, rules only)."""
        self._details = details or dict
        self._engine = engine
        self._state = state
        self._clock = clock
        self._expected = expected_revision or head_revision()
        self._deadline_s = deadline_s
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="healthz")
        self._running: asyncio.Future[str | None] | None = None

    async def check(self) -> tuple[bool, dict[str, Any]]:
        body: dict[str, Any] = {"ok": False, "schema": self._expected, **self._details()}
        body.update(self._tick())
        try:
            found = await asyncio.wait_for(asyncio.shield(self._revision()), self._deadline_s)
        except TimeoutError:
            body["database"] = f"no answer within {self._deadline_s:g} s"
            return False, body
        except Exception as error:  # unreachable, refused, wrong password, ...
            log.warning("health check: database error %s", type(error).__name__)
            body["database"] = f"error: {type(error).__name__}"
            return False, body
        body["database"] = "ok"
        if found != self._expected:
            body["database"] = f"schema at {found or 'no migrations'}, needs {self._expected}"
            return False, body
        body["ok"] = body["tick"] == "ok"
        return body["ok"], body

    def _revision(self) -> asyncio.Future[str | None]:
        """The check in flight, or a new one (never two at once)."""
        if self._running is None or self._running.done():
            loop = asyncio.get_running_loop()
            self._running = loop.run_in_executor(self._pool, schema_revision, self._engine)
            self._running.add_done_callback(_seen)  # a late failure is not "never retrieved"
        return self._running

    def _tick(self) -> dict[str, Any]:
        last = self._state.last_tick_at
        fresh = last is not None and self._clock() - last <= TICK_STALE
        return {"tick": "ok" if fresh else "stale",
                "last_tick_at": last.isoformat() if last else None}

    def close(self) -> None:
        """Let a check still stuck on the database finish on its own."""
        self._pool.shutdown(wait=False, cancel_futures=True)


def _seen(future: asyncio.Future[str | None]) -> None:
    if not future.cancelled():
        future.exception()


async def start_health(
    check: HealthCheck, port: int, host: str = "127.0.0.1"
) -> Callable[[], Any]:
    """Serve GET /healthz on host:port; returns the coroutine function that stops it."""

    async def healthz(_: web.Request) -> web.Response:
        healthy, body = await check.check()
        return web.json_response(body, status=200 if healthy else 503)

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()

    async def stop() -> None:
        await runner.cleanup()
        check.close()

    return stop
