"""The ports between core and the outside: the Coach's door in, pushes out, and the clock type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from core.messages import AccountChange, ChatMoved, Inbound, Outbound, Platform, Reply

Clock = Callable[[], datetime]
"""What the process takes as "now": an aware UTC datetime. One is built in bot/ (the
composition root) and passed to everything that needs the time; core never reads one."""


class Handler(Protocol):
    """The one door into core (implemented by `core.coach.Coach`). Synchronous; adapters
    running on an event loop call it through `asyncio.to_thread`."""

    def handle(self, inbound: Inbound) -> list[Reply]: ...


class PlatformEvents(Protocol):
    """What a platform says about chats and accounts outside any conversation (implemented by
    `core.coach.Coach`). Synchronous, like `Handler`; each call is one transaction."""

    def chat_moved(self, moved: ChatMoved) -> None: ...

    def account_changed(self, change: AccountChange) -> None: ...


class DeliveryStatus(StrEnum):
    SENT = "sent"
    RETRY = "retry"  # transient: rate limited (retry_after) or network; try again later
    BLOCKED = "blocked"  # the bot can no longer post there (blocked, kicked, archived): stop
    FAILED = "failed"  # permanent for this message (bad request); do not retry


@dataclass(frozen=True, slots=True)
class Delivery:
    status: DeliveryStatus
    retry_after: float | None = None  # seconds, when the platform said so
    new_chat_id: str | None = None  # Telegram ChatMigrated: store this id from now on
    detail: str = ""  # the platform's error code only (e.g. "is_archived"): never message text


class OutboundPort(Protocol):
    """Sends pushes (scheduled prompts, digests) to one platform, within its rate limits.

    The caller (the outbox sender) awaits `turn(outbound)` first, which waits for the chat's
    own limit (Telegram 1/s per chat, 20/min per group; Slack 1/s per channel), then takes a
    slot of the platform's overall rate, `overall_per_second` (messages/s for the whole bot
    token; None: no overall limit to keep), then commits the attempt, then calls `deliver`,
    which does not wait for a rate limit itself."""

    platform: Platform
    overall_per_second: float | None

    async def turn(self, outbound: Outbound) -> None: ...

    async def deliver(self, outbound: Outbound) -> Delivery: ...
