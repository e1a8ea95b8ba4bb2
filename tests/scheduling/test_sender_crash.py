"""kill -9 of the sender in the middle of a wave loses at most the message in flight.

The real sender and the real TelegramPort run in a child process (tests/scheduling/wave.py)
against the fake Bot API here, which keeps Telegram's limits (30/s, 1/s per chat), so most
claimed rows are waiting for a rate-limit slot at any moment. Each row's attempt is committed
right before its own HTTP call, so a kill loses only a row whose call was in flight: marked
failed ("outcome unknown") by the next sender after the lease, never sent again.
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
LEASE_S = 2.0  # one sender at a time here: a dead one's claims come free quickly
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


async def start_sender(
    database_url: str, fake: FakeBotApi, began: float
) -> asyncio.subprocess.Process:
    """The sender in a child process; its clock starts where the wave's time has got to."""
    start = WAVE_AT + timedelta(seconds=time.monotonic() - began)
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.scheduling.wave", database_url, fake.base_url,
        "--start", start.isoformat(), "--lease", str(LEASE_S), cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


async def test_kill_9_mid_wave_loses_at_most_the_message_in_flight_and_sends_none_twice(
    database_url: str, fake_bot_api: FakeBotApi
) -> None:
    load_wave(database_url, PEOPLE)
    began = time.monotonic()
    for _ in range(KILLS):
        child = await start_sender(database_url, fake_bot_api, began)
        before = len(fake_bot_api.sent())
        await fake_bot_api.wait_until(lambda b=before: len(fake_bot_api.sent()) >= b + 25,
                                      timeout=120)
        os.kill(child.pid, signal.SIGKILL)  # mid-wave: rows claimed, waiting, one in flight
        assert await child.wait() == -signal.SIGKILL
        await asyncio.sleep(LEASE_S)  # the dead sender's lease runs out
    child = await start_sender(database_url, fake_bot_api, began)
    _, err = await asyncio.wait_for(child.communicate(), timeout=180)
    assert child.returncode == 0, err.decode()[-2000:]

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
