"""kill -9 of the sender in the middle of a wave loses at most the message in flight.

The real sender and the real TelegramPort run in a child process (tests/scheduling/wave.py)
against the fake Bot API here, which keeps Telegram's limits (30/s, 1/s per chat), so most
claimed rows are waiting for a rate-limit slot at any moment. Each row's attempt is committed
right before its own HTTP call, so a kill loses only a row whose call was in flight: marked
failed ("outcome unknown") by the next sender after the lease, never sent again.

Each next sender starts while the one before still sends and waits, built, for its start
instant, so a kill is followed at once by a sender that claims the dead one's rows as soon as
their lease is over. The children's Coach screens by the rules alone: a sender screens
nothing (only a person's messages are screened), and the classifier costs seconds of CPU to
load in every child.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.adapters.telegram.fake_bot_api import FakeBotApi
from tests.scheduling.wave import FIRST_CHAT, WAVE_AT, load_wave, statuses

PEOPLE = 150
KILLS = 3
LEASE_S = 1.0  # one sender at a time here: a dead one's claims come free quickly
ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.filterwarnings(
    "ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning")]


@pytest.fixture
async def fake_bot_api() -> AsyncIterator[FakeBotApi]:
    fake = FakeBotApi()
    fake.enforce_limits(per_second=30, per_chat_interval=1.0)
    await fake.start()
    yield fake
    await fake.close()


async def warm_sender(database_url: str, fake: FakeBotApi) -> asyncio.subprocess.Process:
    """The sender in a child process, built (imports, wiring, bot) and then waiting for its
    start instant on stdin: the next one gets ready while the one before still sends."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.scheduling.wave", database_url, fake.base_url,
        "--start-on-stdin", "--lease", str(LEASE_S), "--no-screen", cwd=ROOT,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


async def go(child: asyncio.subprocess.Process, began: float) -> None:
    """Start it; its clock starts where the wave's time has got to."""
    assert child.stdin is not None
    start = WAVE_AT + timedelta(seconds=time.monotonic() - began)
    child.stdin.write(f"{start.isoformat()}\n".encode())
    await child.stdin.drain()


async def test_kill_9_mid_wave_loses_at_most_the_message_in_flight_and_sends_none_twice(
    database_url: str, fake_bot_api: FakeBotApi
) -> None:
    load_wave(database_url, PEOPLE)
    began = time.monotonic()
    child = await warm_sender(database_url, fake_bot_api)
    children = [child]
    try:
        await go(child, began)
        for _ in range(KILLS):
            following = await warm_sender(database_url, fake_bot_api)  # gets ready meanwhile
            children.append(following)
            before = len(fake_bot_api.sent())
            await fake_bot_api.wait_until(lambda b=before: len(fake_bot_api.sent()) >= b + 25,
                                          timeout=120)
            os.kill(child.pid, signal.SIGKILL)  # mid-wave: rows claimed, waiting, one in flight
            assert await child.wait() == -signal.SIGKILL
            child = following
            await go(child, began)  # it claims the dead sender's rows when their lease is over
        _, err = await asyncio.wait_for(child.communicate(), timeout=180)
        assert child.returncode == 0, err.decode()[-2000:]
    finally:
        for started in children:
            if started.returncode is None:
                started.kill()
                await started.wait()

    received = Counter(m["chat"]["id"] for m in fake_bot_api.sent())
    assert all(n == 1 for n in received.values()), "a prompt was sent twice"
    rows = statuses(database_url)
    never_received = PEOPLE - len(received)
    assert set(rows) <= {"sent", "failed"} and sum(rows.values()) == PEOPLE
    assert rows.get("failed", 0) <= KILLS  # outcome unknown: at most the one in flight per kill
    assert never_received <= rows.get("failed", 0)  # lost: only rows whose call was in flight
    print(f"kills {KILLS}: rows {rows}, never received {never_received}")
    assert set(received) <= {FIRST_CHAT + n for n in range(1, PEOPLE + 1)}
    assert rows["sent"] == len(received) - (rows.get("failed", 0) - never_received)
