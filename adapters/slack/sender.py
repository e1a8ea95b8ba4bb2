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
from core.messages import Outbound, Platform, Reply
from core.ports import Delivery, DeliveryStatus

logger = logging.getLogger(__name__)

# Recipient unreachable until a person or an admin changes something: stop prompting them.
BLOCKED_ERRORS = frozenset(
    {
        "channel_not_found", "not_in_channel", "is_archived", "user_not_found",
        "user_disabled", "cannot_dm_bot", "messages_tab_disabled",
    }
)  # fmt: skip
# Slack's side is struggling: the same message may go through later.
TRANSIENT_ERRORS = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)
# Everything else (invalid_auth, account_inactive, token_revoked, missing_scope, invalid_blocks,
# msg_too_long, ...) is FAILED: our configuration or this message is wrong, not the person.


async def post_reply(client: AsyncWebClient, channel: str, reply: Reply) -> None:
    """Post one reply: Block Kit message first, then its attachment (files_upload_v2)."""
    if reply.text or reply.choices or reply.attachment is None:
        text, blocks = render_blocks(reply)
        await client.chat_postMessage(channel=channel, text=text, blocks=blocks)
    if reply.attachment is not None:
        file = reply.attachment
        await client.files_upload_v2(
            channel=channel, file=file.data, filename=file.filename, title=file.filename
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

    async def deliver(self, outbound: Outbound) -> Delivery:
        """Send one push; map Slack's answer to SENT, RETRY, BLOCKED or FAILED."""
        try:
            channel = await self._conversation(outbound.chat_id)
            await self._pace(channel)
            await post_reply(self._client, channel, outbound.reply)
        except SlackApiError as error:
            return _from_api_error(error)
        except (aiohttp.ClientError, TimeoutError, OSError) as error:
            logger.warning("slack delivery network error: %s", type(error).__name__)
            return Delivery(DeliveryStatus.RETRY, detail=type(error).__name__)
        return Delivery(DeliveryStatus.SENT)

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


def _from_api_error(error: SlackApiError) -> Delivery:
    response = error.response
    code = str(response.get("error") or f"http_{response.status_code}")
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
