"""start_scheduling: the tick job runs, the sender loop runs, /healthz answers, all stop."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from contextlib import AsyncExitStack

import aiohttp
import pytest

from bot import bootstrap
from bot.safety import DEGRADED, HEALTHY, SafetyScreen
from bot.scheduling import service
from bot.settings import Settings
from core.messages import Platform
from core.safety.screener import rules_only
from tests.clocks import TEST_NOW, fixed_clock
from tests.scheduling.sim import Clock, FakePort


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def health_wiring(database_url: str) -> Iterator[bootstrap.Wiring]:
    settings = Settings(_env_file=None, database_url=database_url, health_port=free_port())
    built = bootstrap.build(settings, clock=fixed_clock())
    yield built
    built.engine.dispose()


async def test_scheduler_ticks_and_healthz_answers(health_wiring: bootstrap.Wiring) -> None:
    port = FakePort(Clock(TEST_NOW))
    url = f"http://127.0.0.1:{health_wiring.settings.health_port}/healthz"
    async with AsyncExitStack() as stack:
        state = await service.start_scheduling(stack, health_wiring, {Platform.TELEGRAM: port})
        for _ in range(100):
            if state.last_tick_at is not None:
                break
            await asyncio.sleep(0.05)
        assert state.last_tick_at == TEST_NOW  # the first tick runs at start-up, on the clock
        async with aiohttp.ClientSession() as client, client.get(url) as response:
            assert response.status == 200
            assert (await response.json())["database"] == "ok"
        state.last_tick_at = None
        async with aiohttp.ClientSession() as client, client.get(url) as response:
            assert response.status == 503  # no recent tick
    with pytest.raises(aiohttp.ClientConnectionError):
        async with aiohttp.ClientSession() as client, client.get(url):
            pass


@pytest.mark.parametrize("health", [HEALTHY, DEGRADED])
async def test_healthz_reports_the_safety_screen(database_url: str, health: str) -> None:
    """A classifier that could not load leaves the rules screening: still 200 (the bot
    answers, a restart would not bring the model back), but the body says "degraded"."""
    settings = Settings(_env_file=None, database_url=database_url, health_port=free_port())
    screen = SafetyScreen(rules_only, health, "hash mismatch: heads" if health else None)
    wiring = bootstrap.build(settings, clock=fixed_clock(), safety=screen)
    url = f"http://127.0.0.1:{settings.health_port}/healthz"
    port = FakePort(Clock(TEST_NOW))
    try:
        async with AsyncExitStack() as stack:
            state = await service.start_scheduling(stack, wiring, {Platform.TELEGRAM: port})
            for _ in range(100):
                if state.last_tick_at is not None:
                    break
                await asyncio.sleep(0.05)
            async with aiohttp.ClientSession() as client, client.get(url) as response:
                assert response.status == 200
                body = await response.json()
        assert body["safety_screen"] == health
        assert body["language_detection"] is True
    finally:
        wiring.engine.dispose()
