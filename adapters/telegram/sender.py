"""Sending to Telegram: one reply as one (or a few) Bot API calls, and the outbound port."""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable
from datetime import timedelta
from functools import partial

from telegram import Bot, Message
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.warnings import PTBDeprecationWarning

from adapters.telegram.translate import (
    CAPTION_LIMIT,
    RenderedMessage,
    mention_entities,
    render,
    split_text,
)
from core.messages import Outbound, Platform, Reply
from core.ports import Delivery, DeliveryStatus

logger = logging.getLogger(__name__)

PER_CHAT_INTERVAL = 1.0  # seconds between messages to one private chat
PER_GROUP_INTERVAL = 3.0  # 20 messages a minute to one group
# Pushes a second for the whole bot token: Telegram allows about 30. Two slots are left for
# jitter: sends taken evenly spaced reach the platform up to tens of ms off on a busy machine
# (29/s still met a 30-in-any-second limit with 100-250 refusals per 3,000 sends; 28/s, see
# docs/scheduling.md "The morning wave"). The bot's AIORateLimiter still caps replies and
# pushes together at 30.
PUSHES_PER_SECOND = 28.0
LATER_PART_ATTEMPTS = 3  # a push's second and later messages: retried in place
LATER_PART_MAX_WAIT = 30.0


async def send_reply(bot: Bot, chat_id: int | str, reply: Reply) -> list[Message]:
    """Send one reply: text with its keyboard, or a photo / document with the text as caption."""
    return await send_rendered(bot, chat_id, render(reply))


async def send_rendered(bot: Bot, chat_id: int | str, rendered: RenderedMessage) -> list[Message]:
    """The Bot API calls for one rendered reply; the keyboard goes on the last message."""
    return [await part() for part in message_parts(bot, chat_id, rendered)]


Part = Callable[[], Awaitable[Message]]


def message_parts(bot: Bot, chat_id: int | str, rendered: RenderedMessage) -> list[Part]:
    """One rendered reply as its Bot API calls, in order, each to be awaited when called."""
    media = rendered.media
    if media is not None and len(rendered.text) <= CAPTION_LIMIT:
        return [partial(_send_media, bot, chat_id, rendered, rendered.text, with_keyboard=True)]
    parts: list[Part] = []
    if media:
        parts.append(partial(_send_media, bot, chat_id, rendered, "", with_keyboard=False))
    pieces = split_text(rendered.text)
    entities = mention_entities(pieces, rendered.mentions)
    for i, piece in enumerate(pieces):
        keyboard = rendered.keyboard if i == len(pieces) - 1 else None
        parts.append(partial(bot.send_message, chat_id, piece, reply_markup=keyboard,
                             entities=entities[i] or None))
    return parts


async def _send_media(
    bot: Bot, chat_id: int | str, rendered: RenderedMessage, caption: str, *, with_keyboard: bool
) -> Message:
    keyboard = rendered.keyboard if with_keyboard else None
    [entities] = mention_entities([caption], rendered.mentions) if caption else [[]]
    if rendered.photo is not None:
        return await bot.send_photo(chat_id, rendered.photo, caption=caption or None,
                                    reply_markup=keyboard, caption_entities=entities or None)
    assert rendered.document is not None
    return await bot.send_document(chat_id, rendered.document, caption=caption or None,
                                   reply_markup=keyboard, caption_entities=entities or None)


class ChatPacer:
    """At most one message per `interval` to each chat (groups: `group_interval`).

    Works on one event loop; the platform-wide limits come from the bot's AIORateLimiter.
    """

    def __init__(
        self, interval: float = PER_CHAT_INTERVAL, group_interval: float = PER_GROUP_INTERVAL
    ) -> None:
        self.interval = interval
        self.group_interval = group_interval
        self._next: dict[str, float] = {}

    async def wait_turn(self, chat_id: str) -> None:
        """Sleep until this chat may get its next message, and book the slot after it."""
        now = asyncio.get_running_loop().time()
        if len(self._next) > 10_000:
            self._next = {c: t for c, t in self._next.items() if t > now}
        slot = max(now, self._next.get(chat_id, now))
        gap = self.group_interval if chat_id.startswith("-") else self.interval
        self._next[chat_id] = slot + gap
        if slot > now:
            await asyncio.sleep(slot - now)


class TelegramPort:
    """The OutboundPort for Telegram: scheduled prompts and digests, paced per chat.

    One outbound is one attempt; the caller (the outbox sender) retries on RETRY after
    `retry_after`. ChatMigrated is handled here: the message is re-sent to the new
    supergroup id and the Delivery carries `new_chat_id` so the caller can store it; if that
    re-send fails because the bot cannot post there either (kicked, chat not found, migrated
    again), the Delivery is BLOCKED. BLOCKED always means: this chat no longer takes the
    bot's messages (see `delivery_for`).
    """

    platform = Platform.TELEGRAM

    def __init__(
        self, bot: Bot, pacer: ChatPacer | None = None,
        overall_per_second: float | None = PUSHES_PER_SECOND,
    ) -> None:
        self.bot = bot
        self.pacer = pacer or ChatPacer()
        self.overall_per_second = overall_per_second

    async def turn(self, outbound: Outbound) -> None:
        """Wait for the chat's next slot (1 s per private chat, 3 s per group) and book it."""
        await self.pacer.wait_turn(outbound.chat_id)

    async def deliver(self, outbound: Outbound) -> Delivery:
        """Send one outbound and say how it went (never raises for a Telegram error). Call
        `turn(outbound)` first: this does not wait for the chat's rate limit."""
        try:
            missing = await self._send(outbound.chat_id, outbound.reply)
        except ChatMigrated as exc:
            return await self._deliver_migrated(outbound, str(exc.new_chat_id))
        except TelegramError as exc:
            return delivery_for(exc)
        return Delivery(DeliveryStatus.SENT, detail=missing)

    async def _deliver_migrated(self, outbound: Outbound, new_chat_id: str) -> Delivery:
        """The group became a supergroup: send there, and tell the caller the new id."""
        logger.info("Telegram chat migrated to a supergroup; re-sending to the new id")
        try:
            missing = await self._send(new_chat_id, outbound.reply)
        except TelegramError as exc:
            failed = delivery_for(exc)
            return Delivery(failed.status, failed.retry_after, new_chat_id, failed.detail)
        return Delivery(DeliveryStatus.SENT, new_chat_id=new_chat_id, detail=missing)

    async def _send(self, chat_id: str, reply: Reply) -> str:
        """Send a reply's parts; "" or why a later part is missing.

        An error on the first part raises (nothing went out: the caller may retry the whole
        push). Once a part went out, a RETRY of the whole push would send it twice, so later
        parts are retried here (RetryAfter, network errors) and then given up: at most once."""
        first, *rest = message_parts(self.bot, chat_id, render(reply))
        await first()
        for part in rest:
            missing = await _send_later_part(part)
            if missing:
                logger.warning("Telegram push partly delivered: %s; the rest not sent", missing)
                return f"partly delivered: {missing}"
        return ""


async def _send_later_part(part: Part) -> str:
    """Send a part after the first, waiting out a 429 or a network error a few times;
    "" when sent, else the error's class name."""
    for attempt in range(LATER_PART_ATTEMPTS):
        try:
            await part()
            return ""
        except TelegramError as exc:
            failed = delivery_for(exc)
            if failed.status is not DeliveryStatus.RETRY or attempt == LATER_PART_ATTEMPTS - 1:
                return failed.detail
            await asyncio.sleep(min(failed.retry_after or 2.0**attempt, LATER_PART_MAX_WAIT))
    return "not sent"


# Telegram's description of an error -> the code `Delivery.detail` carries (never the text
# of a message). Matched on the lower-cased description, first hit wins.
ERROR_CODES = (
    ("bot was kicked", "bot_kicked"),  # 403 from a group or supergroup
    ("bot was blocked by the user", "bot_blocked"),  # 403 from a private chat
    ("user is deactivated", "user_deactivated"),  # 403
    ("bot is not a member", "bot_not_member"),  # 403 (channels, supergroups)
    ("group chat was deleted", "chat_deleted"),  # 403
    ("chat not found", "chat_not_found"),  # 400: the chat is gone, or the bot never was in it
    ("not enough rights to send", "no_rights_to_send"),  # 400: restricted in the group
    ("have no rights to send", "no_rights_to_send"),  # 400
)
# Codes that mean: the bot can no longer post in that chat until a person acts.
BLOCKED_CODES = frozenset({"chat_not_found", "no_rights_to_send", "chat_migrated"})


def error_code(exc: TelegramError) -> str:
    """A short code for a Bot API error: `bot_kicked`, `chat_not_found`, `chat_migrated`,
    `retry_after`, ... (the class name, lower-cased, when the description is not known)."""
    if isinstance(exc, ChatMigrated):
        return "chat_migrated"
    if isinstance(exc, RetryAfter):
        return "retry_after"
    description = exc.message.casefold()
    for phrase, code in ERROR_CODES:
        if phrase in description:
            return code
    return {Forbidden: "forbidden", BadRequest: "bad_request", TimedOut: "timed_out",
            NetworkError: "network_error"}.get(type(exc), type(exc).__name__.lower())


def delivery_for(exc: TelegramError) -> Delivery:
    """What a Bot API error means for an outbound message; `detail` is `error_code(exc)`.

    BLOCKED: the bot can no longer post in that chat (403: blocked by the person, kicked from
    the group, ...; 400 "chat not found", no rights to send; a group that migrated again after
    its re-send). RETRY: 429 (with retry_after), network errors, time-outs, 5xx. FAILED:
    any other bad request."""
    code = error_code(exc)
    if isinstance(exc, RetryAfter):
        return Delivery(DeliveryStatus.RETRY, retry_after=retry_after_seconds(exc), detail=code)
    if isinstance(exc, Forbidden) or code in BLOCKED_CODES:
        return Delivery(DeliveryStatus.BLOCKED, detail=code)
    if isinstance(exc, BadRequest):
        return Delivery(DeliveryStatus.FAILED, detail=code)
    if isinstance(exc, NetworkError):  # includes TimedOut; BadRequest is a subclass, handled above
        return Delivery(DeliveryStatus.RETRY, detail=code)
    return Delivery(DeliveryStatus.FAILED, detail=code)


def retry_after_seconds(exc: RetryAfter) -> float:
    """`retry_after` in seconds, whichever representation PTB is configured to give."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
