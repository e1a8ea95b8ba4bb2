"""The Bolt app: building it, registering its listeners, and serving it (HTTP or Socket Mode).

Every listener acknowledges first (events are acknowledged by Bolt before the listener runs;
commands and actions call `ack()` on their first line) and only then calls the Coach, in a
thread. With Bolt's default `process_before_response=False` the HTTP 200 leaves as soon as
`ack()` has run, however slow the Coach is.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.sender import post_reply
from adapters.slack.translate import (
    CHOICE_ACTION_PREFIX,
    HomeProvider,
    action_to_inbound,
    answered_update,
    command_to_inbound,
    event_to_inbound,
    home_view,
)
from core.messages import NOT_SAVED, Inbound, Reply, choice_taken
from core.ports import Handler

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
EVENTS_PATH = "/slack/events"
SORRY = Reply(NOT_SAVED)  # the Coach failed: its transaction was rolled back
Clock = Callable[[], datetime]


def build_client(
    token: str, api_url: str | None = None, rate_limit_retries: int = 2
) -> AsyncWebClient:
    """Web API client on `api_url` (COACH_SLACK_API_URL) that waits out 429s (Retry-After)."""
    handlers: list[AsyncRetryHandler] = [AsyncConnectionErrorRetryHandler()]
    if rate_limit_retries:
        handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=rate_limit_retries))
    base_url = (api_url or DEFAULT_API_URL).rstrip("/") + "/"
    return AsyncWebClient(token=token, base_url=base_url, retry_handlers=handlers)


def build_app(client: AsyncWebClient, signing_secret: str | None) -> AsyncApp:
    """Bolt app for one workspace. Signature verification (v0 HMAC, 5-minute window) is always
    on: without a signing secret every HTTP request is refused (401), because the app then
    verifies against a random secret nobody knows. Socket Mode needs no secret (Bolt skips
    verification for requests that arrive over the socket)."""
    return AsyncApp(
        client=client,
        signing_secret=signing_secret or secrets.token_hex(32),
        request_verification_enabled=True,
        process_before_response=False,
        logger=logging.getLogger("slack_bolt"),
    )


def register(
    app: AsyncApp,
    handler: Handler,
    home_provider: HomeProvider | None = None,
    clock: Clock = lambda: datetime.now(UTC),
) -> None:
    """Register the coach's listeners: DM messages, /coach, answer buttons, App Home."""
    recent = RecentKeys()

    async def on_message(body: dict[str, Any], client: AsyncWebClient) -> None:
        """A DM to the app: one turn with the Coach (Bolt has already acknowledged)."""
        inbound = event_to_inbound(body, clock())
        if inbound is None or not recent.first_time(inbound.update_key):
            return
        await _converse(client, handler, inbound)

    async def on_command(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        """`/coach <words>`: acknowledge, then answer in the person's DM."""
        elsewhere = not str(body.get("channel_id", "")).startswith("D")
        await ack("I'll answer in our direct messages." if elsewhere else "")
        opened = await client.conversations_open(users=body["user_id"])
        inbound = command_to_inbound(body, clock(), dm_channel=opened["channel"]["id"])
        await _converse(client, handler, inbound)

    async def on_choice(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        """An answer button: acknowledge, tell the Coach, and show the answer in place only if
        the Coach took it (a tap on an old question leaves that question as it was)."""
        await ack()
        inbound = action_to_inbound(body, clock())
        if inbound is None or not recent.first_time(inbound.update_key):
            return
        replies = await _converse(client, handler, inbound)
        if choice_taken(replies):
            await _show_answer(client, answered_update(body))

    async def on_home_opened(event: dict[str, Any], client: AsyncWebClient) -> None:
        """The App Home tab was opened: publish today's session and last week's check-ins."""
        if event.get("tab") != "home" or home_provider is None:
            return
        content = await asyncio.to_thread(home_provider, event["user"])
        await client.views_publish(user_id=event["user"], view=home_view(content))

    async def on_error(error: Exception, body: dict[str, Any]) -> None:
        """Log a failed listener with its traceback; never the payload (it holds message text)."""
        kind = body.get("type") or body.get("command") or "unknown"
        logger.error("slack listener failed on a %s request", kind, exc_info=error)

    app.event("message")(on_message)
    app.command("/coach")(on_command)
    app.action(re.compile(f"^{CHOICE_ACTION_PREFIX}"))(on_choice)
    app.event("app_home_opened")(on_home_opened)
    app.error(on_error)


async def _show_answer(client: AsyncWebClient, update: dict[str, Any] | None) -> None:
    """Replace a pressed question's buttons by its answer; a failure must not lose the answer."""
    if update is None:
        return
    try:
        await client.chat_update(**update)
    except SlackApiError as error:
        logger.warning("slack chat.update failed: %s", error.response.get("error"))


async def _converse(client: AsyncWebClient, handler: Handler, inbound: Inbound) -> list[Reply]:
    """One turn: the Coach in a worker thread, then its replies; a failure says nothing was
    saved (the Coach's transaction was rolled back)."""
    try:
        replies = await asyncio.to_thread(handler.handle, inbound)
    except Exception:
        logger.exception("coach failed on a slack update (key %s)", inbound.update_key)
        replies = [SORRY]
    for reply in replies:
        await post_reply(client, reply.chat_id or inbound.chat_id, reply)
    return replies


class RecentKeys:
    """Update keys this process has already handed to the Coach (bounded, newest kept).

    A cheap first line against Slack's retries (X-Slack-Retry-Num), including one that arrives
    while the first delivery is still being handled. The Coach's unique key on `update_key`
    remains the guard across replicas and restarts.
    """

    def __init__(self, size: int = 10_000) -> None:
        self._size = size
        self._keys: OrderedDict[str, None] = OrderedDict()

    def first_time(self, key: str | None) -> bool:
        """True the first time `key` is seen (and always for None); remembers it."""
        if key is None:
            return True
        if key in self._keys:
            return False
        self._keys[key] = None
        if len(self._keys) > self._size:
            self._keys.popitem(last=False)
        return True


def http_app(app: AsyncApp, path: str = EVENTS_PATH) -> web.Application:
    """aiohttp application for HTTP mode: Slack posts events, commands and actions to `path`;
    GET /healthz answers 200 for a load balancer."""

    async def slack_request(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await app.async_dispatch(await to_bolt_request(request)))

    async def healthz(_: web.Request) -> web.Response:
        return web.Response(text="ok")

    web_app = web.Application()
    web_app.router.add_post(path, slack_request)
    web_app.router.add_get("/healthz", healthz)
    return web_app


async def start_http(app: AsyncApp, host: str, port: int, path: str = EVENTS_PATH) -> web.AppRunner:
    """Serve HTTP mode in the running loop; call `await runner.cleanup()` on shutdown."""
    runner = web.AppRunner(http_app(app, path))
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner


async def start_socket_mode(app: AsyncApp, app_token: str) -> AsyncSocketModeHandler:
    """Connect Socket Mode (COACH_SLACK_APP_TOKEN, xapp-...); `await handler.close_async()` on
    shutdown. Uses the app's client, so apps.connections.open goes to COACH_SLACK_API_URL."""
    handler = AsyncSocketModeHandler(app, app_token)
    await handler.connect_async()  # type: ignore[no-untyped-call]
    return handler
