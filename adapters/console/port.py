"""A console OutboundPort: prints each push with the person (or chat) it is for."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from adapters.console.translate import render
from core.messages import Outbound, Platform
from core.ports import Delivery, DeliveryStatus


class ConsolePort:
    """`to ana (telegram): How well did you sleep? ...` on stdout; always SENT."""

    overall_per_second: float | None = None  # a terminal has no rate limit

    def __init__(
        self, platform: Platform = Platform.CONSOLE, out: TextIO | None = None,
        attachments: Path = Path("console-out"),
    ) -> None:
        self.platform = platform
        self._out = out
        self._attachments = attachments

    async def turn(self, outbound: Outbound) -> None:
        """No wait: a terminal takes everything at once."""

    async def deliver(self, outbound: Outbound) -> Delivery:
        out = self._out or sys.stdout
        who = outbound.meta.get("to") or f"chat {outbound.chat_id}"
        text = render(outbound.reply, self._attachments)
        print(f"to {who} ({outbound.platform}): {text}", file=out, flush=True)
        return Delivery(DeliveryStatus.SENT)
