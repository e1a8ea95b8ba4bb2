"""`coach run telegram|slack|all`: the platforms, the scheduler and the sender in one process."""

from __future__ import annotations

import asyncio
import logging
import signal
from contextlib import AsyncExitStack

from adapters.slack.app import build_app, build_client, start_http, start_socket_mode
from adapters.slack.app import register as register_slack
from adapters.slack.sender import SlackPort
from adapters.slack.translate import HomeContent
from adapters.telegram.app import build_application, push_bot, running
from adapters.telegram.sender import TelegramPort
from bot.bootstrap import Wiring, build
from bot.clock import Clock, system_clock
from bot.settings import PLATFORMS, Settings, check_settings
from core.coach import Coach
from core.messages import Inbound, Platform
from core.ports import OutboundPort

log = logging.getLogger(__name__)


def home_provider(coach: Coach, clock: Clock):  # type: ignore[no-untyped-def]
    def provide(user_id: str) -> HomeContent:
        inbound = Inbound(Platform.SLACK, user_id, user_id, clock())
        overview = coach.overview(inbound)
        return HomeContent(overview.today, overview.last_week)

    return provide


async def _start_telegram(stack: AsyncExitStack, wiring: Wiring) -> OutboundPort:
    settings = wiring.settings
    app = build_application(wiring.coach, token=settings.require("telegram_token"),
                            api_url=settings.telegram_api_url, now=wiring.clock,
                            events=wiring.coach)
    secret = settings.telegram_webhook_secret
    await stack.enter_async_context(running(
        app, webhook_url=settings.telegram_webhook_url,
        webhook_secret=secret.get_secret_value() if secret else None,
        listen=settings.http_host, port=settings.telegram_webhook_port,
    ))
    pushes = await stack.enter_async_context(
        push_bot(settings.require("telegram_token"), settings.telegram_api_url))
    return TelegramPort(pushes)


async def _start_slack(stack: AsyncExitStack, wiring: Wiring) -> OutboundPort:
    settings = wiring.settings
    token = settings.require("slack_bot_token")
    client = build_client(token, settings.slack_api_url)
    home = home_provider(wiring.coach, wiring.clock)
    if settings.slack_app_token:
        app = build_app(client, None)
        register_slack(app, wiring.coach, home, clock=wiring.clock, events=wiring.coach)
        socket = await start_socket_mode(app, settings.require("slack_app_token"))
        stack.push_async_callback(socket.close_async)
    else:
        secret = settings.require("slack_signing_secret")
        app = build_app(client, secret)
        register_slack(app, wiring.coach, home, clock=wiring.clock, events=wiring.coach)
        runner = await start_http(app, secret, settings.http_host, settings.slack_http_port)
        stack.push_async_callback(runner.cleanup)
    return SlackPort(build_client(token, settings.slack_api_url, rate_limit_retries=0))


async def serve(
    settings: Settings, which: str, stop: asyncio.Event | None = None,
    clock: Clock = system_clock,
) -> None:
    """Start the chosen platforms, the scheduler tick and the outbox sender; run until stopped.
    `clock` is the process's one clock (the wall clock unless a test gives another)."""
    platforms = PLATFORMS[which]
    check_settings(settings, platforms)
    wiring = build(settings, clock=clock)
    stop = stop or _stop_on_signals()
    async with AsyncExitStack() as stack:
        ports: dict[Platform, OutboundPort] = {}
        if "telegram" in platforms:
            ports[Platform.TELEGRAM] = await _start_telegram(stack, wiring)
        if "slack" in platforms:
            ports[Platform.SLACK] = await _start_slack(stack, wiring)
        from bot.scheduling.service import start_scheduling

        await start_scheduling(stack, wiring, ports)
        log.info("coach running: %s", ", ".join(sorted(platforms)))
        await stop.wait()
    wiring.engine.dispose()


def _stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    return stop
