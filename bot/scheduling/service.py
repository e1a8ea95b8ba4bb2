"""`start_scheduling`: the tick (one APScheduler job a minute), the sender loop and /healthz
(bot/health.py)."""

from __future__ import annotations

import asyncio
import logging
from contextlib import AsyncExitStack, suppress
from datetime import UTC

from apscheduler.schedulers.asyncio import AsyncIOScheduler  # type: ignore[import-untyped]

from bot.bootstrap import Wiring
from bot.health import HealthCheck, SchedulingState, start_health
from bot.scheduling.budget import SendBudget
from bot.scheduling.hooks import schedule_unscheduled
from bot.scheduling.sender import OutboxSender
from bot.scheduling.shared_budget import SharedBudget
from bot.scheduling.tick import tick
from core.messages import Platform
from core.ports import OutboundPort

__all__ = ["SchedulingState", "start_scheduling"]
log = logging.getLogger(__name__)

TICK_SECONDS = 60
TICK_MISFIRE_GRACE_S = 30  # a tick later than this is skipped; the next one catches up
SEND_EVERY_S = 3.0


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

    sender = OutboxSender(factory, wiring.store, wiring.coach, ports, clock=clock,
                          budgets=shared_budgets(wiring, ports))
    sending = asyncio.create_task(_send_forever(sender), name="outbox-sender")

    async def stop_sending() -> None:
        sending.cancel()
        with suppress(asyncio.CancelledError):
            await sending

    stack.push_async_callback(stop_sending)
    if wiring.settings.health_port:
        check = HealthCheck(wiring.engine, state, clock, details=lambda: {
            "safety_screen": wiring.safety.health,
            "language_detection": wiring.language_detection})
        stop_health = await start_health(check, wiring.settings.health_port,
                                         wiring.settings.http_host)
        stack.push_async_callback(stop_health)
    return state


def shared_budgets(
    wiring: Wiring, ports: dict[Platform, OutboundPort]
) -> dict[Platform, SendBudget]:
    """On PostgreSQL, every replica shares each platform's overall rate through one row
    (`SharedBudget`); on SQLite (one process) the sender keeps its own (`LocalBudget`)."""
    if wiring.engine.dialect.name != "postgresql":
        return {}
    return {platform: SharedBudget(wiring.store.session_factory, platform.value, rate)
            for platform, port in ports.items() if (rate := port.overall_per_second)}


async def _send_forever(sender: OutboxSender) -> None:
    while True:
        try:
            await sender.drain()  # the clock read afresh at each step: a wave takes minutes
        except Exception:  # the database may be restarting: log and try again shortly
            log.exception("outbox sender round failed")
        await asyncio.sleep(SEND_EVERY_S)
