"""Fixtures for the Telegram adapter: the fake Bot API server, a fake coach, a running bot.

Reusable by end-to-end tests with the real Coach: pass it to `telegram_bot(coach)`.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import pytest

from adapters.telegram.app import (
    TelegramApp,
    build_application,
    rate_limiter,
    running,
)
from core.messages import Attachment, Choice, Inbound, Reply
from core.ports import Handler
from tests.adapters.telegram.fake_bot_api import FakeBotApi
from tests.clocks import fixed_clock

SCALE = tuple(Choice(str(n), f"sleep:{n}") for n in range(11))
QUESTION = "How well did you sleep? 0 = awful, 10 = great"


def scripted_reply(inbound: Inbound) -> list[Reply]:
    """A few canned answers, enough to exercise every kind of Telegram message."""
    if inbound.choice is not None:
        return [Reply(f"Noted: {inbound.choice}.")]
    if inbound.text == "/checkin":
        return [Reply(QUESTION, choices=SCALE)]
    if inbound.text == "/trend":
        chart = Attachment("trend.png", "image/png", b"\x89PNG fake chart", "image")
        return [Reply("Your last four weeks.", attachment=chart)]
    if inbound.text == "/export":
        data = Attachment("export.json", "application/json", b'{"checkins": []}', "document")
        return [Reply("Everything I store about you.", attachment=data)]
    if inbound.text == "boom":
        raise RuntimeError("the coach fell over")
    return [Reply(f"You said: {inbound.text}")]


class FakeCoach:
    """A Handler that records every inbound (from worker threads) and answers from a script."""

    def __init__(self, respond: Callable[[Inbound], list[Reply]] = scripted_reply) -> None:
        self.respond = respond
        self.inbounds: list[Inbound] = []
        self._lock = threading.Lock()

    def handle(self, inbound: Inbound) -> list[Reply]:
        with self._lock:
            self.inbounds.append(inbound)
        return self.respond(inbound)


@pytest.fixture
async def fake_bot_api() -> AsyncIterator[FakeBotApi]:
    fake = FakeBotApi()
    await fake.start()
    yield fake
    await fake.close()


@pytest.fixture
def coach() -> FakeCoach:
    return FakeCoach()


@pytest.fixture
def telegram_bot(
    fake_bot_api: FakeBotApi,
) -> Callable[..., AbstractAsyncContextManager[TelegramApp]]:
    """`async with telegram_bot(handler, now=clock, events=coach, **start_options) as app:`
    polling the fake server (`now`, optional, is the adapter's clock; `events`, optional,
    hears a group's move to a supergroup)."""

    @asynccontextmanager
    async def run(handler: Handler, **options: Any) -> AsyncIterator[TelegramApp]:
        app = build_application(
            handler,
            token=fake_bot_api.token,
            api_url=fake_bot_api.base_url,
            limiter=rate_limiter(overall_per_second=1000, group_per_minute=1000),
            now=options.pop("now", fixed_clock()),
            events=options.pop("events", None),
        )
        options.setdefault("poll_timeout", 1.0)
        async with running(app, **options):
            yield app

    return run


def pytest_configure(config: pytest.Config) -> None:
    # PTB itself reads RetryAfter.retry_after while building the exception (PTB 22.2+).
    config.addinivalue_line(
        "filterwarnings", "ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning"
    )
