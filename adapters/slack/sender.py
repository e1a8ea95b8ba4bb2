"""Posting replies to Slack: the shared `post_reply` transport and `SlackPort` for pushes."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.translate import render_blocks
from core.messages import Attachment, Outbound, Platform, Reply
from core.ports import Delivery, DeliveryStatus

logger = logging.getLogger(__name__)

# The bot can no longer post there until a person or an admin acts: stop prompting. An
# archived or unknown channel, the app removed from it, the person's account disabled;
# account_inactive (Slack: the token's user or workspace is gone) stops posting everywhere.
BLOCKED_ERRORS = frozenset(
    {
        "channel_not_found", "not_in_channel", "is_archived", "account_inactive",
        "user_not_found", "user_disabled", "cannot_dm_bot", "messages_tab_disabled",
    }
)  # fmt: skip
# Slack's side is struggling: the same message may go through later.
TRANSIENT_ERRORS = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)
# Everything else (invalid_auth, token_revoked, missing_scope, invalid_blocks, msg_too_long,
# ...) is FAILED: our configuration or this message is wrong, not the recipient.


# After a push's text went out, its attachment's upload is retried in place (a RETRY of the
# whole push would post the text twice): this many attempts, waiting at most this long.
UPLOAD_ATTEMPTS = 3
UPLOAD_MAX_WAIT = 30.0


async def post_reply(
    client: AsyncWebClient, channel: str, reply: Reply, *, thread_ts: str | None = None
) -> None:
    """Post one reply: Block Kit message first, then its attachment (files_upload_v2); in the
    thread `thread_ts` when given."""
    if has_message(reply):
        await post_message(client, channel, reply, thread_ts=thread_ts)
    if reply.attachment is not None:
        await upload(client, channel, reply.attachment, thread_ts=thread_ts)


def has_message(reply: Reply) -> bool:
    return bool(reply.text or reply.choices or reply.attachment is None)


async def post_message(
    client: AsyncWebClient, channel: str, reply: Reply, *, thread_ts: str | None = None
) -> None:
    text, blocks = render_blocks(reply)
    await client.chat_postMessage(channel=channel, text=text, blocks=blocks, thread_ts=thread_ts)


async def upload(
    client: AsyncWebClient, channel: str, file: Attachment, *, thread_ts: str | None = None
) -> None:
    await client.files_upload_v2(
        channel=channel, file=file.data, filename=file.filename, title=file.filename,
        thread_ts=thread_ts,
    )


def is_user_id(chat_id: str) -> bool:
    """Slack user ids start with U (or W on Enterprise Grid); conversations start C, D or G."""
    return chat_id[:1] in {"U", "W"}


class SlackPort:
    """OutboundPort for Slack: scheduled prompts and digests, at most 1 message/s per channel.

    `chat_id` is a conversation id (the person's DM `D...` as stored from their messages, or a
    team channel `C...`). A user id (`U...`) is accepted too: the DM is opened with
    conversations.open and remembered for this process.
    Give it a client without automatic 429 retries (`build_client(..., rate_limit_retries=0)`):
    the outbox sender owns the retry schedule and gets RETRY with Slack's `retry_after`.
    """

    platform = Platform.SLACK

    def __init__(
        self,
        client: AsyncWebClient,
        *,
        per_channel_interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._interval = per_channel_interval
        self._clock = clock
        self._next_slot: dict[str, float] = {}
        self._dm_for_user: dict[str, str] = {}

    # Slack limits chat.postMessage per channel (about 1/s, short bursts allowed), not per
    # token: no overall budget for the sender to keep.
    overall_per_second: float | None = None

    async def turn(self, outbound: Outbound) -> None:
        """Wait for the channel's next slot (1 per `per_channel_interval`) and book it (a user
        id stands for its DM)."""
        await self._pace(outbound.chat_id)

    async def deliver(self, outbound: Outbound) -> Delivery:
        """Send one push; map Slack's answer to SENT, RETRY, BLOCKED or FAILED. Call
        `turn(outbound)` first: this does not wait for the channel's rate limit."""
        reply = outbound.reply
        try:
            channel = await self._conversation(outbound.chat_id)
            if not has_message(reply) or reply.attachment is None:
                await post_reply(self._client, channel, reply)
                return Delivery(DeliveryStatus.SENT)
            await post_message(self._client, channel, reply)
        except SlackApiError as error:
            return _from_api_error(error)
        except (aiohttp.ClientError, TimeoutError, OSError) as error:
            return _network_error(error)
        # the text is out: from here on, a RETRY of the whole push would post it twice
        return await self._upload_after_text(channel, reply.attachment)

    async def _upload_after_text(self, channel: str, file: Attachment) -> Delivery:
        """Upload a push's attachment, retrying here; SENT even if it never goes (the text
        did, and is not posted again: at most once), with the reason in `detail`."""
        failed = Delivery(DeliveryStatus.FAILED)
        for attempt in range(UPLOAD_ATTEMPTS):
            try:
                await upload(self._client, channel, file)
                return Delivery(DeliveryStatus.SENT)
            except SlackApiError as error:
                failed = _from_api_error(error)
            except (aiohttp.ClientError, TimeoutError, OSError) as error:
                failed = _network_error(error)
            if failed.status is not DeliveryStatus.RETRY or attempt == UPLOAD_ATTEMPTS - 1:
                break
            await asyncio.sleep(min(failed.retry_after or 2.0**attempt, UPLOAD_MAX_WAIT))
        logger.warning("slack push: text posted, attachment not (%s); not posted again",
                       failed.detail)
        return Delivery(DeliveryStatus.SENT, detail=f"attachment not delivered: {failed.detail}")

    async def _conversation(self, chat_id: str) -> str:
        if not is_user_id(chat_id):
            return chat_id
        if chat_id not in self._dm_for_user:
            opened = await self._client.conversations_open(users=chat_id)
            self._dm_for_user[chat_id] = str(opened["channel"]["id"])
        return self._dm_for_user[chat_id]

    async def _pace(self, channel: str) -> None:
        """Reserve the channel's next free slot (1 per interval) and sleep until it."""
        now = self._clock()
        slot = max(now, self._next_slot.get(channel, now))
        self._next_slot[channel] = slot + self._interval
        if len(self._next_slot) > 10_000:  # forget channels whose slot has long passed
            self._next_slot = {c: t for c, t in self._next_slot.items() if t > now}
        if slot > now:
            await asyncio.sleep(slot - now)


def _network_error(error: Exception) -> Delivery:
    logger.warning("slack delivery network error: %s", type(error).__name__)
    return Delivery(DeliveryStatus.RETRY, detail=type(error).__name__)


def error_code(error: SlackApiError) -> str:
    """Slack's error code (`is_archived`, `ratelimited`, ...), or `http_<status>` when the
    answer was not Slack's JSON (a proxy's 502 page)."""
    data = error.response.data
    code = data.get("error") if isinstance(data, dict) else None
    return str(code or f"http_{error.response.status_code}")


def _from_api_error(error: SlackApiError) -> Delivery:
    response = error.response
    code = error_code(error)
    if response.status_code == 429 or code == "ratelimited":
        retry_after = float(
            response.headers.get("Retry-After", response.headers.get("retry-after", 1))
        )
        return Delivery(DeliveryStatus.RETRY, retry_after=retry_after, detail=code)
    if code in TRANSIENT_ERRORS or response.status_code >= 500:
        return Delivery(DeliveryStatus.RETRY, detail=code)
    if code in BLOCKED_ERRORS:
        return Delivery(DeliveryStatus.BLOCKED, detail=code)
    logger.error("slack delivery failed: %s", code)
    return Delivery(DeliveryStatus.FAILED, detail=code)
