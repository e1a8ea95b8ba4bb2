"""Fixtures for the Slack adapter: the fake Web API, a fake Coach, and the real Bolt app served
over HTTP on 127.0.0.1. Reusable for end-to-end tests with the real Coach: pass it to
`slack_http(handler, home_provider)`."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer

from adapters.slack.app import EVENTS_PATH, build_app, build_client, http_app, register
from adapters.slack.translate import HomeProvider
from core.messages import Inbound, Reply
from core.ports import Clock, Handler, PlatformEvents
from tests.adapters.slack.fake_slack_api import FakeSlackApi
from tests.adapters.slack.slack_requests import SIGNING_SECRET, signed_headers
from tests.clocks import fixed_clock


@dataclass
class FakeCoach:
    """A Handler that records what it is given and answers with `replies(inbound)`; with a
    `gate`, each answer waits until the gate is set (a slow Coach, for as long as a test
    needs it to be slow)."""

    replies: Callable[[Inbound], list[Reply]] = lambda inbound: [Reply(f"echo {inbound.text}")]
    gate: threading.Event | None = None
    received: list[Inbound] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, inbound: Inbound) -> list[Reply]:
        with self._lock:
            self.received.append(inbound)
        if self.gate is not None:
            self.gate.wait(timeout=30)
        return self.replies(inbound)


BOLT_LISTENER = "run_ack_function_asynchronously"  # Bolt's background task per request


async def settled(timeout: float = 10.0) -> None:
    """Wait until every listener Bolt runs in the background (after acknowledging a request)
    has finished, replies posted: then whatever a request was going to do has been done."""
    deadline = time.monotonic() + timeout
    while True:
        running = [task for task in asyncio.all_tasks()
                   if BOLT_LISTENER in getattr(task.get_coro(), "__qualname__", "")]
        if not running:
            return
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"{len(running)} Slack listeners still running")
        await asyncio.wait(running, timeout=left)


@dataclass
class SlackHttp:
    """The Bolt app behind a real HTTP server; posts requests as Slack would."""

    http: TestClient

    async def post(
        self,
        body: str,
        content_type: str,
        timestamp: int | None = None,
        headers: dict[str, str] | None = None,
        signed: bool = True,
    ) -> ClientResponse:
        all_headers = (
            signed_headers(body, content_type, timestamp)
            if signed
            else {"Content-Type": content_type}
        )
        all_headers.update(headers or {})
        return await self.http.post(EVENTS_PATH, data=body.encode(), headers=all_headers)

    async def event(self, body: str, **kwargs: object) -> ClientResponse:
        return await self.post(body, "application/json", **kwargs)  # type: ignore[arg-type]

    async def form(self, body: str, **kwargs: object) -> ClientResponse:
        return await self.post(body, "application/x-www-form-urlencoded", **kwargs)  # type: ignore[arg-type]


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlackApi]:
    fake = FakeSlackApi()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def slack_http(
    fake_slack: FakeSlackApi,
) -> AsyncIterator[Callable[..., Awaitable[SlackHttp]]]:
    """Factory: `await slack_http(handler, home_provider=None, events=None, clock=None)` ->
    SlackHttp (`events` hears user_change / team_join; `clock` is the adapter's clock)."""
    clients: list[TestClient] = []

    async def serve(
        handler: Handler, home_provider: HomeProvider | None = None,
        events: PlatformEvents | None = None, clock: Clock | None = None,
    ) -> SlackHttp:
        app = build_app(build_client("xoxb-test", fake_slack.api_url), SIGNING_SECRET)
        register(app, handler, home_provider, clock=clock or fixed_clock(), events=events)
        client = TestClient(TestServer(http_app(app, SIGNING_SECRET), host="127.0.0.1"))
        await client.start_server()
        clients.append(client)
        return SlackHttp(client)

    yield serve
    for client in clients:
        await client.close()
