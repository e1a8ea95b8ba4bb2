"""The morning wave: drain 1,000, 20,000 and 100,000 queued morning check-ins through the real
`OutboxSender` and the real `TelegramPort` into a fake Bot API that keeps Telegram's limits.

Run (`make bench-wave`; not part of the test run):
    .venv/bin/python -m tests.bench.bench_wave [--queued 1000,20000,100000] [--minutes M]
        [--no-postgres] [--replicas]

For each database (SQLite file; PostgreSQL `coach_bench_<random>` on COACH_BENCH_POSTGRES_URL,
created and dropped) and each queue size: migrate, bulk-load N consented people with one
pending morning check-in each (tests/scheduling/wave.py), start the fake Bot API in a child
process (tests/bench/wave_bot_api.py: 429 for a 31st send in any 1 s window or a second
send to one chat within 1 s), then drain with the sender as `coach run` builds it (the real
Coach renders each prompt at send time, the ExtBot has the production AIORateLimiter). A
queue is drained completely when that takes at most `--minutes` (default 3); a bigger queue
is drained for `--minutes` and stopped, so the figures are its first minutes with the whole
queue still behind them.

Reported: messages the fake accepted per second, first to last (target >= 27, 90 % of 30);
CPU time of this process per message sent (sender, Coach, database client; SQLite's engine
runs in this process, PostgreSQL's server does not and is not counted); the claim's median
time; 429s; and the checks: every row marked sent was received exactly once, none received
twice, none lost (rows left are pending, never failed, except a row in flight when a run is
stopped). Exits 1 if a check fails or the rate is under target.

`--replicas` (with `--queued N`, the last size given): on PostgreSQL, each for `--minutes`
on a new queue of N: one sender whose budget is half the token's (a per-replica share), two
senders (two processes) sharing one SharedBudget row, and two senders each keeping the full
rate alone (docs/operations.md, "Several senders"). Exits 1 if the shared pair got a 429 or
anything was sent twice.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from adapters.telegram.sender import PUSHES_PER_SECOND
from bot.logs import configure
from bot.scheduling.sender import OutboxSender
from tests.bench.bench_coach import postgres_database, sqlite_database
from tests.scheduling.wave import TOKEN, WaveClock, load_wave, statuses, wave_sender

TARGET_PER_SECOND = 27.0


@dataclass
class Run:
    database: str
    queued: int
    load_s: float = 0.0
    wall_s: float = 0.0
    cpu_s: float = 0.0
    claims_ms: list[float] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    fake: dict[str, Any] = field(default_factory=dict)
    drained: bool = False

    @property
    def sent(self) -> int:
        return self.rows.get("sent", 0)

    @property
    def rate(self) -> float:
        first, last, accepted = self.fake["first"], self.fake["last"], self.fake["accepted"]
        return (accepted - 1) / (last - first) if accepted > 1 and last > first else 0.0

    def problems(self) -> list[str]:
        found = []
        if self.fake["twice"]:
            found.append(f"{self.fake['twice']} sent twice")
        if self.fake["messages"] != self.sent:
            found.append(f"{self.sent} rows sent but the fake received {self.fake['messages']}")
        lost = self.rows.get("failed", 0) + self.rows.get("dropped", 0)
        if lost > (0 if self.drained else 1):
            found.append(f"{lost} rows failed or dropped")
        if self.rate < TARGET_PER_SECOND:
            found.append(f"{self.rate:.1f} msg/s is under {TARGET_PER_SECOND}")
        return found


@contextmanager
def fake_bot_api() -> Iterator[str]:
    """The fake in a child process; yields its base URL."""
    child = subprocess.Popen([sys.executable, "-m", "tests.bench.wave_bot_api"],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        port = int(child.stdout.readline())
        yield f"http://127.0.0.1:{port}/bot"
    finally:
        child.kill()
        child.wait()


def fake_stats(api_url: str) -> dict[str, Any]:
    with urllib.request.urlopen(f"{api_url}{TOKEN}/waveStats", timeout=30) as answer:
        result: dict[str, Any] = json.load(answer)["result"]
        return result


def timed_claims(sender: OutboxSender, into: list[float]) -> None:
    """Record how long each claim takes (wall ms), around the sender's own method."""
    claim = sender._claim

    def measured(*args: Any) -> Any:
        started = time.perf_counter()
        try:
            return claim(*args)
        finally:
            into.append((time.perf_counter() - started) * 1000)

    sender._claim = measured  # type: ignore[method-assign]


async def drain(url: str, api_url: str, run: Run, seconds: float) -> None:
    async with wave_sender(url, api_url, WaveClock()) as sender:
        timed_claims(sender, run.claims_ms)
        cpu, wall = time.process_time(), time.perf_counter()
        deadline = wall + seconds

        async def until_empty() -> None:
            while statuses(url).get("pending", 0):
                result = await sender.drain()
                if not result.sent:
                    await asyncio.sleep(0.2)  # rows waiting for a retry

        try:
            await asyncio.wait_for(until_empty(), timeout=seconds)
            run.drained = True
        except TimeoutError:
            pass
        run.cpu_s = time.process_time() - cpu
        run.wall_s = min(time.perf_counter(), deadline) - wall


def measure(database: str, url: str, queued: int, minutes: float) -> Run:
    run = Run(database, queued)
    started = time.perf_counter()
    load_wave(url, queued)
    run.load_s = time.perf_counter() - started
    with fake_bot_api() as api_url:
        asyncio.run(drain(url, api_url, run, minutes * 60))
        run.fake = fake_stats(api_url)
    run.rows = statuses(url)
    return run


@dataclass
class Replicas:
    label: str
    senders: int
    args: list[str]
    seconds: float
    rows: dict[str, int] = field(default_factory=dict)
    fake: dict[str, Any] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.rows.get("sent", 0) / self.seconds


def run_replicas(url: str, queued: int, minutes: float, label: str, senders: int,
                 budget: list[str]) -> Replicas:
    """`senders` child processes (tests/scheduling/wave.py) drain one queue for `minutes`."""
    load_wave(url, queued)
    run = Replicas(label, senders, budget, minutes * 60)
    with fake_bot_api() as api_url:
        children = [subprocess.Popen(
            [sys.executable, "-m", "tests.scheduling.wave", url, api_url, *budget,
             "--seconds", str(minutes * 60)], stdout=subprocess.DEVNULL)
            for _ in range(senders)]
        for child in children:
            child.wait(timeout=minutes * 60 + 120)
        run.fake = fake_stats(api_url)
    run.rows = statuses(url)
    return run


def replicas(minutes: float, queued: int) -> bool:
    """One sender with half the token's rate (a per-replica share for two replicas), two
    senders sharing the token's rate through a SharedBudget row, and for contrast two
    senders each keeping the whole rate on its own (no sharing)."""
    full, half = f"{PUSHES_PER_SECOND:g}", f"{PUSHES_PER_SECOND / 2:g}"
    cases = [(f"1 sender, per-replica share ({half}/s)", 1, ["--local-budget", half]),
             (f"2 senders, one SharedBudget ({full}/s)", 2, ["--shared-budget", full]),
             (f"2 senders, each its own {full}/s (unshared)", 2, ["--local-budget", full])]
    ok = True
    for label, senders, budget in cases:
        with postgres_database() as url:
            run = run_replicas(url, queued, minutes, label, senders, budget)
        fake = run.fake
        print(f"{label:42} | {run.rows.get('sent', 0):>6,} sent in {run.seconds:.0f} s | "
              f"{run.rate:5.1f} msg/s | 429s {fake['refused']:>4} | "
              f"peak {fake['peak_per_second']}/s | twice {fake['twice']} | "
              f"failed {run.rows.get('failed', 0)}", flush=True)
        if fake["twice"] or (budget[0] == "--shared-budget" and fake["refused"]):
            ok = False
    return ok


def report(run: Run) -> None:
    per_message = run.cpu_s / run.sent * 1000 if run.sent else float("nan")
    claim = statistics.median(run.claims_ms) if run.claims_ms else float("nan")
    how = "drained" if run.drained else f"first {run.wall_s / 60:.1f} min"
    print(f"{run.database:10} | {run.queued:>7,} | {how:15} | {run.sent:>6,} sent | "
          f"{run.rate:5.1f} msg/s | CPU {per_message:5.2f} ms/msg | claim {claim:6.1f} ms "
          f"(max {max(run.claims_ms, default=0):6.1f}) | 429s {run.fake['refused']:>3} | "
          f"peak {run.fake['peak_per_second']}/s | twice {run.fake['twice']} | "
          f"left {dict(sorted(run.rows.items()))} | load {run.load_s:.1f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queued", default="1000,20000,100000")
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--only-postgres", action="store_true")
    parser.add_argument("--replicas", action="store_true")
    args = parser.parse_args()
    if args.replicas:
        print(f"bench_wave --replicas: PostgreSQL, {args.queued.split(',')[-1]} queued, "
              f"{args.minutes} min each, load average {os.getloadavg()}", flush=True)
        return 0 if replicas(args.minutes, int(args.queued.split(",")[-1])) else 1
    configure("WARNING")  # as `coach run` does: a push's 429 is one INFO line, not shown
    sizes = [int(n) for n in args.queued.split(",")]
    print(f"bench_wave: Python {platform.python_version()}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()}", flush=True)
    databases = [] if args.only_postgres else [("SQLite", sqlite_database)]
    if not args.no_postgres:
        databases.append(("PostgreSQL", postgres_database))
    failed = False
    for name, database in databases:
        for queued in sizes:
            with database() as url:
                run = measure(name, url, queued, args.minutes)
            report(run)
            for problem in run.problems():
                print(f"  FAILED: {problem}", flush=True)
                failed = True
    print(f"load average after: {os.getloadavg()}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
