"""`coach tick --at`: one tick at an instant, then the outbox printed through the console."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from adapters.console.port import ConsolePort
from bot import bootstrap
from bot.clock import FixedClock
from bot.scheduling.hooks import schedule_unscheduled
from bot.scheduling.sender import OutboxSender
from bot.scheduling.tick import tick
from bot.settings import Settings
from core.messages import Platform


def tick_once(settings: Settings, at: datetime) -> int:
    """Tick at `at` (no offset = UTC), drain the outbox to stdout, print a summary line."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    # a tick and its drain never screen a message: no classifier, no detector to load
    wiring = bootstrap.build(settings, clock=FixedClock(at), screening=False)
    try:
        factory = wiring.store.session_factory
        schedule_unscheduled(factory, at)
        result = tick(factory, at)
        ports = {platform: ConsolePort(platform) for platform in Platform}
        sender = OutboxSender(factory, wiring.store, wiring.coach, ports)
        sent = asyncio.run(sender.drain(at))
        print(f"tick at {at.isoformat()}: {result.enqueued} enqueued, {result.dropped} dropped; "
              f"{sent.sent} sent, {sent.dropped} not applicable or expired")
        return 0
    finally:
        wiring.engine.dispose()
