"""`start_scheduling`: the tick (one APScheduler job a minute), the sender loop and /healthz."""

from __future__ import annotations

import asyncio
import logging
from contextlib import AsyncExitStack, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler  # type: ignore[import-untyped]
from sqlalchemy import select

from bot.bootstrap import Wiring
from bot.clock import Clock
from bot.scheduling.hooks import schedule_unscheduled
from bot.scheduling.sender import OutboxSender
from bot.scheduling.tick import tick
from core.messages import Platform
from core.ports import OutboundPort

log = logging.getLogger(__name__)

TICK_SECONDS = 60
TICK_MISFIRE_GRACE_S = 30  # a tick later than this is skipped; the next one catches up
SEND_EVERY_S = 3.0
TICK_STALE = timedelta(minutes=3)  # /healthz fails when the last tick is older than this


@dataclass
class SchedulingState:
    last_tick_at: datetime | None = None


async def start_scheduling(
    stack: AsyncExitStack, wiring: Wiring, ports: dict[Platform, OutboundPort]
) -> SchedulingState:
    """Start the tick job, the sender loop and the health endpoint; stop them with `stack`.

    Every "now" comes from `wiring.clock`, the process's one clock."""
    state = SchedulingState()
    clock = wiring.clock
    factory = wiring.store.session_factory
    scheduled = await asyncio.to_thread(schedule_unscheduled, factory, clock())
    if scheduled:
        log.info("scheduled prompts for %d people who had none", scheduled)

    async def run_tick() -> None:
        now = clock()
        await asyncio.to_thread(tick, factory, now)
        state.last_tick_at = now

    scheduler = AsyncIOScheduler(timezone=UTC)
    scheduler.add_job(run_tick, "interval", seconds=TICK_SECONDS, id="tick", coalesce=True,
                      max_instances=1, misfire_grace_time=TICK_MISFIRE_GRACE_S)
    scheduler.add_job(run_tick, id="first-tick")  # no trigger: once, as soon as it starts
    scheduler.start()
    stack.callback(scheduler.shutdown, wait=False)

    sender = OutboxSender(factory, wiring.store, wiring.coach, ports)
    sending = asyncio.create_task(_send_forever(sender, clock), name="outbox-sender")

    async def stop_sending() -> None:
        sending.cancel()
        with suppress(asyncio.CancelledError):
            await sending

    stack.push_async_callback(stop_sending)
    if wiring.settings.health_port:
        runner = await start_health(wiring, state, wiring.settings.health_port)
        stack.push_async_callback(runner.cleanup)
    return state


async def _send_forever(sender: OutboxSender, clock: Clock) -> None:
    while True:
        try:
            await sender.drain(clock())
        except Exception:  # the database may be restarting: log and try again shortly
            log.exception("outbox sender round failed")
        await asyncio.sleep(SEND_EVERY_S)


async def start_health(
    wiring: Wiring, state: SchedulingState, port: int, host: str = "0.0.0.0"
) -> web.AppRunner:
    """GET /healthz: 200 when the database answers and the last tick is recent, else 503."""

    async def healthz(request: web.Request) -> web.Response:
        try:
            await asyncio.to_thread(_ping, wiring)
        except Exception:
            log.exception("health check: database unreachable")
            return web.json_response({"ok": False, "database": False}, status=503)
        last = state.last_tick_at
        recent = last is not None and wiring.clock() - last <= TICK_STALE
        body = {"ok": recent, "database": True,
                "last_tick_at": last.isoformat() if last else None}
        return web.json_response(body, status=200 if recent else 503)

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner


def _ping(wiring: Wiring) -> None:
    with wiring.engine.connect() as connection:
        connection.execute(select(1))
