"""The Bolt app: building it, registering its listeners, and serving it (HTTP or Socket Mode).

Every listener acknowledges first (events are acknowledged by Bolt before the listener runs;
commands and actions call `ack()` on their first line) and only then calls the Coach, in a
thread. With Bolt's default `process_before_response=False` the HTTP 200 leaves as soon as
`ack()` has run, however slow the Coach is.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
from collections.abc import Mapping
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qs

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
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.accounts import Accounts
from adapters.slack.sender import error_code, post_reply
from adapters.slack.translate import (
    CHOICE_ACTION_PREFIX,
    HomeProvider,
    account_change,
    action_to_inbound,
    answered_update,
    command_to_inbound,
    event_to_inbound,
    home_view,
    thread_of,
)
from core.messages import AccountChange, Inbound, Reply
from core.ports import Clock, Handler, PlatformEvents

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
EVENTS_PATH = "/slack/events"
SORRY = Reply(
    "Sorry, something went wrong on my side. What you've told me so far is saved; "
    "please try again in a minute."
)


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
    *,
    clock: Clock,
    events: PlatformEvents | None = None,
    accounts: Accounts | None = None,
) -> None:
    """Register the coach's listeners: DM messages, /coach, answer buttons, App Home, and the
    account events (user_change, team_join) that `events` (the Coach) hears. `clock` is the
    process's clock: an inbound's time. Names come from users.info through `accounts`."""
    listeners = Listeners(handler, clock, home_provider, events, accounts or Accounts())
    app.event("message")(listeners.on_message)
    app.command("/coach")(listeners.on_command)
    app.action(re.compile(f"^{CHOICE_ACTION_PREFIX}"))(listeners.on_choice)
    app.event("app_home_opened")(listeners.on_home_opened)
    app.event("user_change")(listeners.on_account)
    app.event("team_join")(listeners.on_account)
    app.error(listeners.on_error)


class Listeners:
    """The Bolt listeners: translate, name the person, one turn with the Coach, post."""

    def __init__(
        self, handler: Handler, clock: Clock, home_provider: HomeProvider | None,
        events: PlatformEvents | None, accounts: Accounts,
    ) -> None:
        self.handler = handler
        self.clock = clock
        self.home_provider = home_provider
        self.events = events
        self.accounts = accounts

    async def on_message(self, body: dict[str, Any], client: AsyncWebClient) -> None:
        """A DM to the app, or a reply in one of its threads: one turn with the Coach (Bolt
        has already acknowledged); the answer goes to the thread it came from."""
        inbound = event_to_inbound(body, self.clock())
        if inbound is not None:
            await self._converse(client, await self._named(client, inbound), thread_of(body))

    async def on_command(
        self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient
    ) -> None:
        """`/coach <words>`: acknowledge, then answer in the person's DM."""
        elsewhere = not str(body.get("channel_id", "")).startswith("D")
        await ack("I'll answer in our direct messages." if elsewhere else "")
        opened = await client.conversations_open(users=body["user_id"])
        inbound = command_to_inbound(body, self.clock(), dm_channel=opened["channel"]["id"])
        await self._converse(client, await self._named(client, inbound), None)

    async def on_choice(self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        """An answer button: acknowledge, show the answer in place, then tell the Coach."""
        await ack()
        await _show_answer(client, answered_update(body))
        inbound = action_to_inbound(body, self.clock())
        if inbound is not None:
            await self._converse(client, await self._named(client, inbound), thread_of(body))

    async def on_home_opened(self, event: dict[str, Any], client: AsyncWebClient) -> None:
        """The App Home tab was opened: publish today's session and last week's check-ins."""
        if event.get("tab") != "home" or self.home_provider is None:
            return
        content = await asyncio.to_thread(self.home_provider, event["user"])
        await client.views_publish(user_id=event["user"], view=home_view(content))

    async def on_account(self, event: dict[str, Any]) -> None:
        """`user_change` / `team_join`: remember the name; a deactivated account (deleted)
        stops getting prompts and leaves the digests, a reactivated one comes back."""
        change = account_change(event.get("user") or {}, self.clock())
        if change is None:
            return
        self.accounts.remember(change)
        await self._tell_events(change)

    async def on_error(self, error: Exception, body: dict[str, Any]) -> None:
        """Log a failed listener with its traceback; never the payload (it holds message text)."""
        kind = body.get("type") or body.get("command") or "unknown"
        logger.error("slack listener failed on a %s request", kind, exc_info=error)

    async def _named(self, client: AsyncWebClient, inbound: Inbound) -> Inbound:
        """The inbound with the person's name from users.info (cached); a name fetched anew
        also updates a person the Coach already knows (people created without one)."""
        change, fetched = await self.accounts.lookup(client, inbound.user_id, inbound.at)
        if change is None or not change.display_name:
            return inbound
        if fetched:
            await self._tell_events(change)
        return replace(inbound, display_name=change.display_name)

    async def _tell_events(self, change: AccountChange) -> None:
        if self.events is not None:
            await asyncio.to_thread(self.events.account_changed, change)

    async def _converse(
        self, client: AsyncWebClient, inbound: Inbound, thread: str | None
    ) -> None:
        """One turn: the Coach in a worker thread, then its replies (in `thread` when they go
        to the chat it came from); a failure gets an apology."""
        try:
            replies = await asyncio.to_thread(self.handler.handle, inbound)
        except Exception:
            logger.exception("coach failed on a slack update (key %s)", inbound.update_key)
            replies = [SORRY]
        for reply in replies:
            channel = reply.chat_id or inbound.chat_id
            in_thread = thread if channel == inbound.chat_id else None
            await post_reply(client, channel, reply, thread_ts=in_thread)


async def _show_answer(client: AsyncWebClient, update: dict[str, Any] | None) -> None:
    """Replace a pressed question's buttons by its answer; a failure must not lose the answer."""
    if update is None:
        return
    try:
        await client.chat_update(**update)
    except SlackApiError as error:
        logger.warning("slack chat.update failed: %s", error_code(error))


def http_app(app: AsyncApp, signing_secret: str | None, path: str = EVENTS_PATH) -> web.Application:
    """aiohttp application for HTTP mode: Slack posts events, commands and actions to `path`;
    GET /healthz answers 200 for a load balancer.

    Every POST is checked before Bolt parses it (`refusal`): a missing or non-numeric
    timestamp or a bad signature gets 401, a signed body that is not what Slack sends gets
    400, each with one log line and never the body. Without `signing_secret` every request
    is refused."""
    verifier = SignatureVerifier(signing_secret or secrets.token_hex(32))

    async def slack_request(request: web.Request) -> web.Response:
        refused = refusal(verifier, request.headers, request.content_type, await request.read())
        if refused is not None:
            logger.warning("slack request refused: %s", refused.text)
            return refused
        return await to_aiohttp_response(await app.async_dispatch(await to_bolt_request(request)))

    async def healthz(_: web.Request) -> web.Response:
        return web.Response(text="ok")

    web_app = web.Application()
    web_app.router.add_post(path, slack_request)
    web_app.router.add_get("/healthz", healthz)
    return web_app


def refusal(
    verifier: SignatureVerifier, headers: Mapping[str, str], content_type: str, body: bytes
) -> web.Response | None:
    """Why a request must not reach Bolt, as its answer; None when it may.

    401: no timestamp, a timestamp that is not a whole number of seconds, a signature that
    does not match (or a stale one: the 5-minute window). 400: a body that is not UTF-8 (Slack
    sends nothing else), or a signed one that is not what Slack sends: JSON that is not an
    object, a form whose `payload` is not a JSON object."""
    timestamp = headers.get("X-Slack-Request-Timestamp", "")
    if not (timestamp.isascii() and timestamp.isdigit()):
        return web.json_response({"error": "invalid timestamp"}, status=401)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return web.json_response({"error": "malformed body"}, status=400)
    if not verifier.is_valid(text, timestamp, headers.get("X-Slack-Signature", "")):
        return web.json_response({"error": "invalid signature"}, status=401)
    if not _well_formed(content_type, text):
        return web.json_response({"error": "malformed body"}, status=400)
    return None


def _well_formed(content_type: str, text: str) -> bool:
    """JSON bodies are one object; form bodies parse, and their `payload` is a JSON object."""
    try:
        if content_type == "application/json":
            return isinstance(json.loads(text), dict)
        form = parse_qs(text, keep_blank_values=True, strict_parsing=bool(text))
        payload = form.get("payload")
        return payload is None or isinstance(json.loads(payload[0]), dict)
    except ValueError:  # json.JSONDecodeError and parse_qs's strict errors are ValueErrors
        return False


async def start_http(
    app: AsyncApp, signing_secret: str | None, host: str, port: int, path: str = EVENTS_PATH
) -> web.AppRunner:
    """Serve HTTP mode in the running loop; call `await runner.cleanup()` on shutdown."""
    runner = web.AppRunner(http_app(app, signing_secret, path))
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner


async def start_socket_mode(app: AsyncApp, app_token: str) -> AsyncSocketModeHandler:
    """Connect Socket Mode (COACH_SLACK_APP_TOKEN, xapp-...); `await handler.close_async()` on
    shutdown. Uses the app's client, so apps.connections.open goes to COACH_SLACK_API_URL."""
    handler = AsyncSocketModeHandler(app, app_token)
    await handler.connect_async()  # type: ignore[no-untyped-call]
    return handler
