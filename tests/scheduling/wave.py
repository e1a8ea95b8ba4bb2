"""A morning wave: N consented people, each with a morning check-in queued in the outbox, to be
drained by the real `OutboxSender` and the real `TelegramPort` into a Bot API (the fake).

Used by `tests/bench/bench_wave.py` (the sender in the benchmark's process, the fake in a
child process) and by the kill -9 test (`test_sender_crash.py`: the fake in the test, the
sender in a child process started as `python -m tests.scheduling.wave DATABASE_URL API_URL
--start-on-stdin --lease S`, which gets ready, reads its start instant from stdin, then drains
until nothing is pending and exits 0) and by
`bench_wave --replicas` (two such processes sharing a `--shared-budget`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import time
import traceback
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import time as wall_time
from multiprocessing.connection import Connection
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from adapters.storage.engine import make_engine, make_session_factory
from adapters.storage.migrate import upgrade
from adapters.storage.models import OutboxRow, PersonRow
from adapters.telegram.app import push_bot
from adapters.telegram.sender import TelegramPort
from bot import bootstrap
from bot.logs import configure
from bot.scheduling.budget import LocalBudget, SendBudget
from bot.scheduling.sender import LEASE, DrainResult, OutboxSender
from bot.scheduling.shared_budget import SharedBudget
from bot.scheduling.tick import refresh_outbox_statistics
from bot.settings import Settings
from core.messages import Platform

WAVE_AT = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)  # a Monday, 07:30 UTC
FIRST_CHAT = 10_000_000
TOKEN = "123456:TEST-TOKEN"
LOAD_BATCH = 5_000


@dataclass
class WaveClock:
    """The process's clock for a wave: `start`, moving on in real time from when it was made
    (the sender's leases and timestamps need time to pass; no test date depends on it)."""

    start: datetime = WAVE_AT
    began: float = field(default_factory=time.monotonic)

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self.began)

    def restart(self, start: datetime) -> None:
        """Read `start` now and move on from here."""
        self.start, self.began = start, time.monotonic()


def load_wave(url: str, count: int, at: datetime = WAVE_AT) -> None:
    """Migrate, then bulk-insert `count` people (Telegram chats FIRST_CHAT...) and one pending
    morning check-in each, due at `at`, in Core executemany batches; then what the tick does
    after enqueuing that many (`refresh_outbox_statistics`)."""
    upgrade(url)
    engine = make_engine(url)
    try:
        for first in range(0, count, LOAD_BATCH):
            ids = range(first + 1, min(first + LOAD_BATCH, count) + 1)
            with engine.begin() as connection:
                connection.execute(insert(PersonRow), [_person(i, at) for i in ids])
                connection.execute(insert(OutboxRow), [_row(i, at) for i in ids])
        with engine.begin() as connection, Session(connection) as session:
            refresh_outbox_statistics(session)  # what the tick does after enqueuing a wave
    finally:
        engine.dispose()


def _person(pid: int, at: datetime) -> dict[str, Any]:
    chat = str(FIRST_CHAT + pid)
    return {
        "id": pid, "platform": "telegram", "platform_user_id": chat, "chat_id": chat,
        "display_name": f"P{pid}", "timezone": "UTC", "country": "GB", "language": None,
        "programme": "starter", "programme_start": at.date() - timedelta(days=7),
        "wake": wall_time(7), "bed": wall_time(23), "work_start": wall_time(9),
        "work_end": wall_time(17), "work_days": "12345", "body_mass_kg": None,
        "consent_at": at - timedelta(days=7), "paused_until": None, "blocked": False,
        "deactivated": False, "last_inbound_at": None, "created_at": at - timedelta(days=7),
        "updated_at": at - timedelta(days=7),
    }  # fmt: skip


def _row(pid: int, at: datetime) -> dict[str, Any]:
    return {
        "person_id": pid, "team_id": None, "kind": "morning_checkin",
        "local_slot": at.strftime("%Y-%m-%dT%H:%M"), "due_at": at,
        "expires_at": at + timedelta(hours=4), "status": "pending", "attempts": 0,
        "next_attempt_at": at, "payload": {}, "created_at": at,
    }  # fmt: skip


def statuses(url: str) -> dict[str, int]:
    """How many outbox rows are in each status."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            found = connection.execute(
                select(OutboxRow.status, func.count()).group_by(OutboxRow.status)).all()
        return {status: count for status, count in found}
    finally:
        engine.dispose()


@asynccontextmanager
async def wave_sender(
    url: str, api_url: str, clock: WaveClock, *, token: str = TOKEN,
    budget: SendBudget | None = None, worker_id: str | None = None,
    lease: timedelta = LEASE, screening: bool = True,
) -> AsyncIterator[OutboxSender]:
    """The real sender (real Coach, real store) with the real TelegramPort on the push bot
    (`adapters.telegram.app.push_bot`), as `coach run` builds them. `screening=False`: the
    Coach without the safety screen (`bootstrap.build(screening=False)`, as `coach tick`)."""
    wiring = bootstrap.build(Settings(_env_file=None, database_url=url), clock=clock,
                             screening=screening)
    try:
        async with push_bot(token, api_url) as bot:
            port = TelegramPort(bot)
            budgets = {Platform.TELEGRAM: budget} if budget is not None else None
            yield OutboxSender(wiring.store.session_factory, wiring.store, wiring.coach,
                               {Platform.TELEGRAM: port}, clock=clock, budgets=budgets,
                               worker_id=worker_id, lease=lease)
    finally:
        wiring.engine.dispose()


async def drain_all(
    url: str, api_url: str, clock: WaveClock, lease: timedelta,
    budget: SendBudget | None = None, seconds: float | None = None,
    start_on_stdin: bool = False, screening: bool = True,
    read_start: Callable[[], str] | None = None,
) -> DrainResult:
    """Drain until nothing is pending, or for `seconds` (what the child processes of the kill
    test and of `bench_wave --replicas` do). `start_on_stdin`: once the sender is built (the
    slow part of starting), wait for a line on stdin, the ISO instant the clock starts from
    (so the kill test starts the next sender while the one before still runs); `read_start`:
    the same, read with this call instead of from stdin."""
    total = DrainResult()
    if start_on_stdin:
        read_start = sys.stdin.readline
    async with wave_sender(url, api_url, clock, lease=lease, budget=budget,
                           screening=screening) as sender:
        if read_start is not None:
            try:
                line = await asyncio.to_thread(read_start)
            except EOFError:  # the other end closed
                line = ""
            if not line.strip():
                return total  # the test ended without starting this one
            clock.restart(datetime.fromisoformat(line.strip()))

        async def until_empty() -> None:
            while statuses(url).get("pending", 0):
                result = await sender.drain()
                total.sent += result.sent
                total.failed += result.failed
                if not result.sent and not result.failed:
                    await asyncio.sleep(0.2)  # rows held by a dead sender's lease, or retrying

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(until_empty(), seconds)
    return total


def forked_sender(url: str, api_url: str, lease_s: float, start: Connection) -> None:
    """The kill test's sender, in a process forked from a multiprocessing forkserver that
    has imported this module (so each sender skips the imports, most of a new process's
    start): `main([url, api_url, "--start-on-stdin", "--lease", lease_s, "--no-screen"])`,
    with the start instant received on `start` instead of read from stdin. An exception is
    sent back on `start` (the child's stderr is the forkserver's), then raised (exit 1)."""
    configure("WARNING")
    try:
        done = asyncio.run(drain_all(url, api_url, WaveClock(), timedelta(seconds=lease_s),
                                     screening=False, read_start=start.recv))
    except BaseException:
        start.send(traceback.format_exc())
        raise
    print(f"sent {done.sent} failed {done.failed}", flush=True)


def main(argv: list[str]) -> int:
    """DATABASE_URL API_URL [--start ISO | --start-on-stdin] [--lease S] [--shared-budget R |
    --local-budget R] [--seconds S] [--no-screen]: drain with a clock that reads START
    now (or when it is read from stdin) and moves on in real time."""
    parser = argparse.ArgumentParser(prog="python -m tests.scheduling.wave")
    parser.add_argument("database_url")
    parser.add_argument("api_url")
    parser.add_argument("--start", type=datetime.fromisoformat, default=WAVE_AT)
    parser.add_argument("--start-on-stdin", action="store_true")
    # A sender never screens (only a person's messages are screened, in Coach.handle), so
    # the kill test's children load neither the classifier nor the language detector:
    # 2-3 s of CPU each.
    parser.add_argument("--no-screen", action="store_true")
    parser.add_argument("--lease", type=float, default=LEASE.total_seconds())
    parser.add_argument("--shared-budget", type=float, help="a SharedBudget of R msg/s")
    parser.add_argument("--local-budget", type=float, help="a LocalBudget of R msg/s")
    parser.add_argument("--seconds", type=float)
    args = parser.parse_args(argv)
    configure("WARNING")
    budget: SendBudget | None = None
    engine = None
    if args.shared_budget:
        engine = make_engine(args.database_url)
        budget = SharedBudget(make_session_factory(engine), "telegram", args.shared_budget)
    elif args.local_budget:
        budget = LocalBudget(args.local_budget)
    done = asyncio.run(drain_all(args.database_url, args.api_url, WaveClock(args.start),
                                 timedelta(seconds=args.lease), budget, args.seconds,
                                 args.start_on_stdin,
                                 not args.no_screen))
    if engine is not None:
        engine.dispose()
    print(f"sent {done.sent} failed {done.failed}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
