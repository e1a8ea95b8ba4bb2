"""kill -9 of the sender in the middle of a wave loses at most the messages in flight.

The real sender and the real TelegramPort run in a child process (tests/scheduling/wave.py)
against the fake Bot API here, which keeps Telegram's limits (30/s, 1/s per chat), so most
claimed rows are waiting for a rate-limit slot at any moment. Each row's attempt is committed
right before its own HTTP call, so a kill loses only a row whose call was in flight: marked
failed ("outcome unknown") by the next sender after the lease, never sent again. At most
`IN_FLIGHT` rows are between their attempt's commit and their outcome's at any time: usually
one (the fake answers within milliseconds), more on a busy machine (5 and 6 were seen
under load when nothing capped them; the bound is what the test holds to).

Each next sender starts while the one before still sends and waits, built, for its start
instant, so a kill is followed at once by a sender that claims the dead one's rows as soon as
their lease is over. The children's Coach screens by the rules alone: a sender screens
nothing (only a person's messages are screened), and the classifier costs seconds of CPU to
load in every child. The children are forked from a multiprocessing forkserver that has
imported the sender's modules (tests/scheduling/wave.py): each is a process of its own, as
`coach run` would be, killed with SIGKILL, without paying the imports again (about 1.5 s of
CPU per child, 8 children).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta

import pytest

from bot.scheduling.sender import IN_FLIGHT
from tests.adapters.telegram.fake_bot_api import FakeBotApi
from tests.scheduling.wave import FIRST_CHAT, WAVE_AT, forked_sender, load_wave, statuses

PEOPLE = 150
KILLS = 3
LEASE_S = 1.0  # one sender at a time here: a dead one's claims come free quickly
pytestmark = [pytest.mark.filterwarnings(
    "ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning")]


@pytest.fixture
async def fake_bot_api() -> AsyncIterator[FakeBotApi]:
    fake = FakeBotApi()
    fake.enforce_limits(per_second=30, per_chat_interval=1.0)
    await fake.start()
    yield fake
    await fake.close()


FORKS = multiprocessing.get_context("forkserver")
FORKS.set_forkserver_preload(["tests.scheduling.wave"])  # imported once, before any fork


@pytest.fixture(scope="module", autouse=True)
def forkserver_stopped() -> Iterator[None]:
    """The forkserver is stopped and waited for after these tests (multiprocessing leaves it
    running until this process exits, and never waits for it), so it is gone before the
    next module runs and its CPU, and its children's, count in this process tree's."""
    yield
    from multiprocessing import forkserver

    forkserver._forkserver._stop()  # type: ignore[attr-defined]


class Sender:
    """A sender in a child process, built (wiring, bot) and then waiting for its start
    instant: the next one gets ready while the one before still sends."""

    def __init__(self, database_url: str, fake: FakeBotApi) -> None:
        self.start, there = FORKS.Pipe()
        self.process = FORKS.Process(
            target=forked_sender, args=(database_url, fake.base_url, LEASE_S, there),
            daemon=True)
        self._there = there

    async def started(self) -> Sender:
        await asyncio.to_thread(self.process.start)  # the first start waits for the imports
        self._there.close()
        return self

    async def exit_code(self, timeout: float) -> int | None:
        await asyncio.to_thread(self.process.join, timeout)
        return self.process.exitcode

    def error(self) -> str:
        return str(self.start.recv()) if self.start.poll() else "(no traceback sent)"


async def warm_sender(database_url: str, fake: FakeBotApi) -> Sender:
    return await Sender(database_url, fake).started()


async def go(child: Sender, began: float) -> None:
    """Start it; its clock starts where the wave's time has got to."""
    start = WAVE_AT + timedelta(seconds=time.monotonic() - began)
    child.start.send(start.isoformat())


async def test_kill_9_mid_wave_loses_at_most_the_messages_in_flight_and_sends_none_twice(
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
            assert child.process.pid is not None
            os.kill(child.process.pid, signal.SIGKILL)  # mid-wave: rows claimed, one in flight
            assert await child.exit_code(timeout=30) == -signal.SIGKILL
            child = following
            await go(child, began)  # it claims the dead sender's rows when their lease is over
        assert await child.exit_code(timeout=180) == 0, child.error()[-2000:]
    finally:
        for started in children:
            if started.process.exitcode is None:
                started.process.kill()
                await started.exit_code(timeout=30)
            started.start.close()

    received = Counter(m["chat"]["id"] for m in fake_bot_api.sent())
    assert all(n == 1 for n in received.values()), "a prompt was sent twice"
    rows = statuses(database_url)
    never_received = PEOPLE - len(received)
    assert set(rows) <= {"sent", "failed"} and sum(rows.values()) == PEOPLE
    assert rows.get("failed", 0) <= KILLS * IN_FLIGHT  # outcome unknown: those in flight
    assert never_received <= rows.get("failed", 0)  # lost: only rows whose call was in flight
    print(f"kills {KILLS}: rows {rows}, never received {never_received}")
    assert set(received) <= {FIRST_CHAT + n for n in range(1, PEOPLE + 1)}
    assert rows["sent"] == len(received) - (rows.get("failed", 0) - never_received)
