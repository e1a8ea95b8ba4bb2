"""The fake Bot API as a process of its own, keeping Telegram's limits (30 sends in any 1 s
window, 1 s between sends to one chat; 429 otherwise), for `bench_wave`: its CPU is then not
counted as the sender's.

    python -m tests.bench.wave_bot_api   # prints its port on the first line, serves until killed

`waveStats` (a Bot API method only this fake has) answers what it saw: accepted sends, sends
accepted twice for one chat and text, 429s for the limits, the most sends accepted in any
1 s window, and the monotonic times of the first and last accepted send.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

from tests.adapters.telegram.fake_bot_api import FakeBotApi, _ok


class WaveBotApi(FakeBotApi):
    def __init__(self) -> None:
        super().__init__()
        self.accepted: list[float] = []

    def _over_limit(self, chat_id: Any) -> dict[str, Any] | None:
        refused = super()._over_limit(chat_id)
        if refused is None:
            self.accepted.append(self.accepted_at[-1])
        return refused

    async def _api_waveStats(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        sent = [(m["chat"]["id"], m.get("text", "")) for m in self.sent()]
        twice = sum(n - 1 for n in Counter(sent).values() if n > 1)
        peak, start = 0, 0
        for end, at in enumerate(self.accepted):
            while self.accepted[start] <= at - 1.0:
                start += 1
            peak = max(peak, end - start + 1)
        return _ok({
            "accepted": len(self.accepted), "messages": len(sent), "twice": twice,
            "chats": len({chat for chat, _ in sent}), "refused": self.limit_refusals,
            "peak_per_second": peak, "first": self.accepted[0] if self.accepted else None,
            "last": self.accepted[-1] if self.accepted else None,
        })  # fmt: skip

    def forget_messages(self) -> None:
        """Keep the counts, drop what the calls held (memory over 100,000 sends)."""
        self.calls.clear()


async def serve() -> None:
    fake = WaveBotApi()
    fake.enforce_limits(per_second=30, per_chat_interval=1.0)
    await fake.start()
    print(fake.port, flush=True)
    while True:
        await asyncio.sleep(5)
        fake.forget_messages()


if __name__ == "__main__":
    asyncio.run(serve())
