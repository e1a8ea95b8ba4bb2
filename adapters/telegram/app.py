"""The python-telegram-bot Application: build it, register the handlers, start and stop it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Sequence
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from telegram import Bot, BotCommand, CallbackQuery, Message, Update
from telegram.error import BadRequest, ChatMigrated, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    ContextTypes,
    ExtBot,
    MessageHandler,
    filters,
)

from adapters.telegram.sender import send_rendered
from adapters.telegram.translate import (
    BotIdentity,
    answered_text,
    choice_label,
    render,
    to_chat_moved,
    to_inbound,
    with_private_chat_link,
)
from core.messages import NOT_SAVED, ChatMoved, Inbound, Platform, Reply, choice_taken
from core.ports import Clock, Handler, PlatformEvents

logger = logging.getLogger(__name__)

TelegramApp = Application[Any, Any, Any, Any, Any, Any]

DEFAULT_API_URL = "https://api.telegram.org/bot"
ALLOWED_UPDATES = (Update.MESSAGE, Update.CALLBACK_QUERY)
FRIENDLY_ERROR = "Sorry, something went wrong on my side. Please try again."
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Start, or start again"),
    ("help", "What I can do"),
    ("checkin", "Morning check-in: a few 0-10 questions"),
    ("today", "Today's session"),
    ("week", "This week's plan"),
    ("set", "Settings: timezone, country, programme, wake, bed, work"),
    ("pause", "Pause prompts for a few days"),
    ("resume", "Resume prompts"),
    ("trend", "Your trend chart"),
    ("export", "Everything I store about you, as a file"),
    ("delete", "Delete everything I store about you"),
    ("join", "Join a team with its code"),
    ("leave", "Leave your team"),
)


def file_url_for(api_url: str) -> str:
    """The file download base for an API base: .../bot -> .../file/bot."""
    base = api_url.rstrip("/")
    root = base.removesuffix("/bot")
    return f"{root}/file/bot" if root != base else f"{base}/file"


def rate_limiter(
    overall_per_second: float = 30, group_per_minute: float = 20, max_retries: int = 3
) -> AIORateLimiter:
    """Telegram's limits: ~30 messages/s overall, 20/min per group; waits out 429s."""
    return AIORateLimiter(
        overall_max_rate=overall_per_second,
        overall_time_period=1,
        group_max_rate=group_per_minute,
        group_time_period=60,
        max_retries=max_retries,
    )


def push_bot(token: str, api_url: str = DEFAULT_API_URL) -> ExtBot[None]:
    """The bot the outbox sender pushes through (`TelegramPort`): its rate limiter never
    retries a 429 itself (max_retries=0), so the 429 reaches the sender, which schedules the
    retry within its own budget. A limiter that retries holds every request of the process
    while it waits and then lets the held ones go at once: with pushes that burst drew more
    429s (2,280 refusals for 2,730 sends in a two-replica run). Replies keep the
    Application's bot and its retrying limiter. Use it as `async with push_bot(...)`."""
    return ExtBot(token, base_url=api_url, base_file_url=file_url_for(api_url),
                  rate_limiter=rate_limiter(max_retries=0))


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Several chats at once, but one update at a time per chat, in arrival order."""

    def __init__(self, max_concurrent_updates: int = 32) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run the update's handlers once the chat's earlier updates are done."""
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._users[chat.id] = self._users.get(chat.id, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[chat.id] -= 1
            if self._users[chat.id] == 0:
                del self._users[chat.id], self._locks[chat.id]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


def build_application(
    handler: Handler,
    *,
    token: str,
    api_url: str = DEFAULT_API_URL,
    now: Clock,
    limiter: AIORateLimiter | None = None,
    max_concurrent_updates: int = 32,
    events: PlatformEvents | None = None,
) -> TelegramApp:
    """The Application with the Bot API base, rate limits, commands and handlers set up.
    `now` is the process's clock: an inbound's time. `events` (the Coach) hears when a group
    moves to a supergroup; without it the service messages are ignored."""
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(api_url)
        .base_file_url(file_url_for(api_url))
        .rate_limiter(limiter or rate_limiter())
        .concurrent_updates(PerChatUpdateProcessor(max_concurrent_updates))
        .post_init(set_commands)
        .build()
    )
    register(app, handler, now, events)
    return app


def register(
    app: TelegramApp, handler: Handler, now: Clock, events: PlatformEvents | None = None
) -> None:
    """Route messages (commands and text) and button presses to the coach, a group's move to
    a supergroup to `events`; errors to a notice."""
    updates = CoachUpdates(handler, now, events)
    text_in_person_chats = (
        filters.UpdateType.MESSAGE
        & filters.TEXT
        & (filters.ChatType.PRIVATE | filters.ChatType.GROUPS)
    )
    app.add_handler(MessageHandler(text_in_person_chats, updates.on_message))
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, updates.on_migrate))
    app.add_handler(CallbackQueryHandler(updates.on_button))
    app.add_error_handler(updates.on_error)


async def set_commands(app: TelegramApp) -> None:
    """Show the commands, with descriptions, in Telegram's menu (post_init; cosmetic, so a
    failure is logged and start-up goes on)."""
    try:
        await app.bot.set_my_commands([BotCommand(name, about) for name, about in COMMANDS])
    except TelegramError:
        logger.warning("Could not register the bot commands with Telegram", exc_info=True)


class CoachUpdates:
    """The handlers: translate, ask the coach (in a worker thread), send what it says."""

    def __init__(self, handler: Handler, now: Clock, events: PlatformEvents | None = None) -> None:
        self.handler = handler
        self.now = now
        self.events = events

    async def on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A command or a text message (in a group: only if addressed to this bot): pass it to
        the coach and send its replies."""
        bot = BotIdentity(context.bot.id, context.bot.username)
        inbound = to_inbound(update, self.now(), bot)
        if inbound is None:
            return
        replies = await self.handled(inbound)
        invite = "" if inbound.private else context.bot.username
        try:
            await send_replies(context.bot, inbound.chat_id, replies, invite)
        except ChatMigrated as moved:  # the group became a supergroup meanwhile
            await self._moved(ChatMoved(Platform.TELEGRAM, inbound.chat_id,
                                        str(moved.new_chat_id), self.now()))
            await send_replies(context.bot, str(moved.new_chat_id), replies, invite)

    async def on_migrate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A group became a supergroup (a service message in either chat): its team follows."""
        moved = to_chat_moved(update)
        if moved is not None:
            await self._moved(moved)

    async def _moved(self, moved: ChatMoved) -> None:
        logger.info("Telegram group moved to a supergroup; re-binding its team")
        if self.events is not None:
            await asyncio.to_thread(self.events.chat_moved, moved)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A pressed button: stop the spinner, pass the choice on, and show it on the question
        only if the coach took it (a tap on an old question leaves that question as it was)."""
        query = update.callback_query
        assert query is not None
        await acknowledge(query)
        inbound = to_inbound(update, self.now())
        if inbound is None:
            return
        replies = await self.handled(inbound)
        if choice_taken(replies):
            await show_answer(query)
        await send_replies(context.bot, inbound.chat_id, replies)

    async def handled(self, inbound: Inbound) -> list[Reply]:
        """The coach's replies; if it failed, its transaction was rolled back, so the person
        is told nothing was saved (the traceback is logged, never the text)."""
        try:
            return await asyncio.to_thread(self.handler.handle, inbound)
        except Exception:
            logger.exception("The coach failed on Telegram update %s", inbound.update_key)
            return [Reply(NOT_SAVED)]

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the traceback (never message text) and tell the person something friendly."""
        update_id = update.update_id if isinstance(update, Update) else None
        logger.error("Telegram update %s failed", update_id, exc_info=context.error)
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            return
        try:
            await context.bot.send_message(chat.id, FRIENDLY_ERROR)
        except TelegramError:
            logger.exception("Could not send the error notice for update %s", update_id)


async def send_replies(
    bot: Bot, chat_id: str, replies: Sequence[Reply], invite: str = ""
) -> None:
    """Each reply in order, to its own chat or else to the chat the update came from.

    `invite` (the bot's username, for replies into a group) adds a private-chat link."""
    for reply in replies:
        target = reply.chat_id or chat_id
        rendered = render(reply)
        if invite and target == chat_id:
            rendered = with_private_chat_link(rendered, invite)
        await send_rendered(bot, target, rendered)


async def acknowledge(query: CallbackQuery) -> None:
    """answerCallbackQuery; a query too old to answer is not an error worth stopping for."""
    try:
        await query.answer()
    except BadRequest:
        logger.info("Callback query could not be answered (too old?)")


async def show_answer(query: CallbackQuery) -> None:
    """Edit the question to show the chosen answer, and take its buttons away."""
    message = query.message
    if not isinstance(message, Message) or not message.text:
        return
    label = choice_label(message.reply_markup, query.data)
    if label is None:
        return
    try:
        await query.edit_message_text(answered_text(message.text, label))
    except BadRequest:
        logger.info("Question could not be edited to show the answer")


async def start(
    app: TelegramApp,
    *,
    webhook_url: str | None = None,
    webhook_secret: str | None = None,
    listen: str = "127.0.0.1",
    port: int = 8443,
    poll_timeout: float = 10.0,
) -> None:
    """Start like run_polling/run_webhook do, but on the caller's event loop.

    Polling (deleteWebhook, then getUpdates) unless `webhook_url` is set; webhook mode
    serves http://listen:port/<path of webhook_url> (TLS at the proxy) and requires the
    secret, which Telegram sends in X-Telegram-Bot-Api-Secret-Token.
    """
    if webhook_url and not webhook_secret:
        raise ValueError("COACH_TELEGRAM_WEBHOOK_SECRET is required when a webhook URL is set")
    try:
        await app.initialize()
        if app.post_init is not None:
            await app.post_init(app)
        await _start_updates(app, webhook_url, webhook_secret, listen, port, poll_timeout)
        await app.start()
    except BaseException:
        await stop(app)
        raise


async def _start_updates(
    app: TelegramApp,
    webhook_url: str | None,
    webhook_secret: str | None,
    listen: str,
    port: int,
    poll_timeout: float,
) -> None:
    assert app.updater is not None
    if webhook_url:
        await app.updater.start_webhook(
            listen=listen,
            port=port,
            url_path=urlsplit(webhook_url).path.lstrip("/"),
            webhook_url=webhook_url,
            secret_token=webhook_secret,
            allowed_updates=list(ALLOWED_UPDATES),
        )
    else:
        await app.updater.start_polling(
            timeout=timedelta(seconds=poll_timeout), allowed_updates=list(ALLOWED_UPDATES)
        )


async def stop(app: TelegramApp) -> None:
    """Stop fetching, finish the updates in hand, close the connections."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()


@asynccontextmanager
async def running(app: TelegramApp, **options: Any) -> AsyncIterator[TelegramApp]:
    """`async with running(app, webhook_url=...)`: started inside, stopped on the way out."""
    await start(app, **options)
    try:
        yield app
    finally:
        await stop(app)
