"""Scheduling at scale: one APScheduler job per person against next_due_at rows and a tick.

    python -m tests.bench.bench_schedule [--people 100000] [--due 20000] [--no-postgres]

(a) per person: a BackgroundScheduler with one daily CronTrigger job per person in their zone
    (what python-telegram-bot's JobQueue.run_daily does), the default misfire_grace_time of
    1 s and the default 10-thread executor; the job stands for a send (sleeps 2 ms).
(b) ours: core.schedule.next_due for every person, one prompt_schedule row each (indexed
    next_due_at) and a batch tick that moves due rows into the outbox.

The 20,000 check-ins fall due at the same real minute in (a), and at the same instant of
the tick's `now` in (b). Both sides use the same people.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import statistics
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from datetime import time as wall_time
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobEvent
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from core.messages import Platform
from core.people import Person
from core.schedule import Due, PromptKind, next_due
from tests.bench.schedule_tables import (
    EPOCH,
    BenchTables,
    local_tables,
    person_row,
    tick,
)

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
ZONES = [
    "Pacific/Honolulu",
    "America/Anchorage",
    "America/Los_Angeles",
    "America/Denver",
    "America/Chicago",
    "America/New_York",
    "America/Sao_Paulo",
    "Atlantic/Azores",
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Athens",
    "Europe/Moscow",
    "Asia/Dubai",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Dhaka",
    "Asia/Bangkok",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Pacific/Noumea",
    "Pacific/Auckland",
]
CHECKIN = PromptKind.MORNING_CHECKIN
SEND_SECONDS = 0.002


# --- people ----------------------------------------------------------------------------


def make_people(count: int, due_count: int, due_at: datetime, seed: int = 7) -> list[Person]:
    """`due_count` people whose morning check-in is exactly `due_at`; the rest not near it."""
    rng = random.Random(seed)
    morning_zones = [z for z in ZONES if wall_time(5) <= _local(due_at, z).time() < wall_time(11)]
    people = []
    for pid in range(1, count + 1):
        if pid <= due_count:
            zone = morning_zones[pid % len(morning_zones)]
            wake = (_local(due_at, zone) - timedelta(minutes=30)).time()
        else:
            zone = rng.choice(ZONES)
            wake = _wake_away_from(due_at, zone, rng)
        people.append(_person(pid, zone, wake))
    return people


def _wake_away_from(due_at: datetime, zone: str, rng: random.Random) -> wall_time:
    while True:
        wake = wall_time(rng.randrange(5, 10), rng.randrange(0, 60, 5))
        due = next_due(_person(0, zone, wake), CHECKIN, due_at - timedelta(hours=12))
        if due is None or abs(due.at - due_at) > timedelta(hours=1):
            return wake


def _person(pid: int, zone: str, wake: wall_time) -> Person:
    return Person(
        id=pid,
        platform=Platform.CONSOLE,
        platform_user_id=str(pid),
        chat_id=str(pid),
        display_name="",
        consent_at=EPOCH,
        timezone=zone,
        wake=wake,
    )


def _local(instant: datetime, zone: str) -> datetime:
    return instant.astimezone(ZoneInfo(zone))


def _checkin_time(p: Person) -> wall_time:
    return (datetime.combine(EPOCH.date(), p.wake) + timedelta(minutes=30)).time()


# --- (a) one APScheduler job per person ---------------------------------------------------


def send_prompt(person_id: int) -> None:
    """Stands for a send: a couple of milliseconds of I/O."""
    time.sleep(SEND_SECONDS)


def per_person_scheduler(people: list[Person], paused: bool = False) -> BackgroundScheduler:
    scheduler = BackgroundScheduler(timezone=UTC)
    for p in people:
        at = _checkin_time(p)
        trigger = CronTrigger(
            hour=at.hour, minute=at.minute, second=0, timezone=ZoneInfo(p.timezone)
        )
        scheduler.add_job(send_prompt, trigger, args=(p.id,), id=str(p.id))
    scheduler.start(paused=paused)
    return scheduler


def per_person_due_minute(
    people: list[Person], due_at: datetime, due_ids: set[int]
) -> dict[str, float]:
    counts = {"ran": 0, "missed": 0, "error": 0, "other": 0}
    lock = threading.Lock()
    done = threading.Event()

    def listen(event: JobEvent) -> None:
        with lock:
            if int(event.job_id) not in due_ids:
                counts["other"] += 1
            elif event.code == EVENT_JOB_EXECUTED:
                counts["ran"] += 1
            elif event.code == EVENT_JOB_MISSED:
                counts["missed"] += 1
            else:
                counts["error"] += 1
            if counts["ran"] + counts["missed"] + counts["error"] >= len(due_ids):
                done.set()

    started = time.perf_counter()
    scheduler = per_person_scheduler(people)
    startup = time.perf_counter() - started
    scheduler.add_listener(listen, EVENT_JOB_EXECUTED | EVENT_JOB_MISSED | EVENT_JOB_ERROR)
    if datetime.now(UTC) >= due_at:
        raise SystemExit("start-up took longer than planned: raise the lead time")
    done.wait(timeout=(due_at - datetime.now(UTC)).total_seconds() + 120)
    finished = (datetime.now(UTC) - due_at).total_seconds()
    scheduler.shutdown(wait=False)
    return {**counts, "startup": startup, "finished_after": finished}


# --- (b) next_due_at rows and a batch tick ------------------------------------------------


def compute_all(people: list[Person], after: datetime) -> list[tuple[int, Due | None]]:
    return [(p.id, next_due(p, CHECKIN, after)) for p in people]


def load(engine: sa.Engine, t: BenchTables, people: list[Person], after: datetime) -> float:
    started = time.perf_counter()
    schedule = [
        {"person_id": pid, "kind": CHECKIN.value, "next_due_at": None if d is None else d.at}
        for pid, d in compute_all(people, after)
    ]
    with engine.begin() as conn:
        for chunk in range(0, len(people), 20_000):
            part = people[chunk : chunk + 20_000]
            conn.execute(sa.insert(t.person), [person_row(p) for p in part])
            conn.execute(sa.insert(t.schedule), schedule[chunk : chunk + 20_000])
    return time.perf_counter() - started


def ours_on(
    engine: sa.Engine, t: BenchTables, people: list[Person], due_at: datetime, due: int
) -> dict[str, float]:
    t.metadata.drop_all(engine)
    t.metadata.create_all(engine)
    try:
        loaded = load(engine, t, people, due_at - timedelta(minutes=1))
        started = time.perf_counter()
        with engine.connect() as conn:
            stored = len(conn.execute(sa.select(*t.schedule.c)).all())
        read_all = time.perf_counter() - started
        assert stored == len(people)
        quiet = due_at - timedelta(seconds=30)
        empty = [tick(engine, t, quiet).seconds for _ in range(21)]
        if tick(engine, t, quiet).enqueued:
            raise SystemExit("the empty tick found something due")
        busy = tick(engine, t, due_at + timedelta(seconds=59))
        again = tick(engine, t, due_at + timedelta(seconds=59))
        with engine.connect() as conn:
            in_outbox = conn.execute(sa.select(sa.func.count()).select_from(t.outbox)).scalar()
        if (busy.enqueued, in_outbox, again.enqueued) != (due, due, 0):
            raise SystemExit(f"tick enqueued {busy.enqueued}, outbox {in_outbox}, again {again}")
        return {
            "load": loaded,
            "read_all": read_all,
            "empty_ms": statistics.median(empty) * 1000,
            "busy_s": busy.seconds,
            "enqueued": busy.enqueued,
            "dropped": busy.dropped,
        }
    finally:
        t.metadata.drop_all(engine)


def postgres_engine(schema: str) -> sa.Engine | None:
    engine = sa.create_engine(POSTGRES_URL)
    try:
        with engine.begin() as conn:
            conn.execute(sa.schema.CreateSchema(schema, if_not_exists=True))
    except sa.exc.OperationalError:
        return None
    return engine


# --- measuring ---------------------------------------------------------------------------


def traced_mb(build: Callable[[], object], release: Callable[[object], None]) -> float:
    """Memory still held after `build` (tracemalloc, MB), while the result is alive."""
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    built = build()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    release(built)
    return held / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=20_000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # 'was missed by' per job

    # The due minute is real time for (a): far enough ahead to outlast its start-up.
    lead = timedelta(seconds=max(60, args.people / 500))
    due_at = (datetime.now(UTC) + lead).replace(second=0, microsecond=0) + timedelta(minutes=1)
    print(f"{args.people:,} people, {args.due:,} check-ins due at {due_at:%H:%M:%S} UTC")
    people = make_people(args.people, args.due, due_at)
    due_ids = set(range(1, args.due + 1))
    after = due_at - timedelta(minutes=1)

    ours_startup = float("inf")
    for run in range(3):  # best of 3; a new `after` each time, so no run reuses a cached answer
        started = time.perf_counter()
        computed = compute_all(people, after - timedelta(microseconds=run))
        ours_startup = min(ours_startup, time.perf_counter() - started)
    assert sum(1 for _, d in computed if d is not None and d.at == due_at) == args.due
    print("per-person jobs: waiting for the due minute ...", flush=True)
    theirs = per_person_due_minute(people, due_at, due_ids)
    ours_mb = traced_mb(lambda: compute_all(people, after - timedelta(seconds=1)), lambda _: None)
    theirs_mb = traced_mb(
        lambda: per_person_scheduler(people, paused=True),
        lambda s: s.shutdown(wait=False),  # type: ignore[attr-defined]
    )

    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        engine = sa.create_engine(f"sqlite:///{os.path.join(tmp, 'bench.db')}")
        results["SQLite"] = ours_on(engine, local_tables(), people, due_at, args.due)
        engine.dispose()
    if not args.no_postgres:
        schema = f"bench_schedule_{os.getpid()}"
        pg = postgres_engine(schema)
        if pg is None:
            print("PostgreSQL not reachable: skipped")
        else:
            try:
                results["PostgreSQL"] = ours_on(
                    pg, local_tables(schema=schema), people, due_at, args.due
                )
            finally:
                with pg.begin() as conn:
                    conn.execute(sa.schema.DropSchema(schema, cascade=True, if_exists=True))
                pg.dispose()

    report(args, theirs, theirs_mb, ours_startup, ours_mb, results)


def report(
    args: argparse.Namespace,
    theirs: dict[str, float],
    theirs_mb: float,
    ours_startup: float,
    ours_mb: float,
    results: dict[str, dict[str, float]],
) -> None:
    sqlite_run = results["SQLite"]
    rows = [
        (
            f"start-up, {args.people:,} schedules",
            f"{theirs['startup']:.2f} s (add+start)",
            f"{ours_startup:.2f} s (next_due x{args.people:,}, best of 3), "
            f"{theirs['startup'] / ours_startup:.0f}x faster",
            "<= 2 s, >= 10x",
            ours_startup <= 2 and theirs["startup"] >= 10 * ours_startup,
        ),
        (
            "memory held",
            f"{theirs_mb:.0f} MB",
            f"{ours_mb:.0f} MB ({ours_mb / theirs_mb:.2f})",
            "<= 1/3",
            ours_mb * 3 <= theirs_mb,
        ),
        (
            f"{args.due:,} due in one minute",
            f"{theirs['ran']:,.0f} ran, {theirs['missed']:,.0f} dropped as misfired",
            f"{sqlite_run['enqueued']:,.0f} enqueued in {sqlite_run['busy_s']:.2f} s, "
            f"{sqlite_run['dropped']:.0f} dropped",
            "all within the minute",
            sqlite_run["enqueued"] == args.due and sqlite_run["busy_s"] < 60,
        ),
    ]
    for name, run in results.items():
        rows.append(
            (
                f"tick, nothing due, {name}",
                "-",
                f"{run['empty_ms']:.1f} ms (median of 21)",
                "<= 100 ms",
                run["empty_ms"] <= 100,
            )
        )
        if name != "SQLite":
            rows.append(
                (
                    f"{args.due:,} due, {name}",
                    "-",
                    f"{run['enqueued']:,.0f} enqueued in {run['busy_s']:.2f} s",
                    "",
                    run["enqueued"] == args.due,
                )
            )
    for name, run in results.items():
        rows.append((f"read all schedule rows, {name}", "-", f"{run['read_all']:.2f} s", "", True))
        rows.append((f"one-off load into {name}", "-", f"{run['load']:.2f} s", "", True))
    widths = [max(len(str(r[i])) for r in rows) for i in range(4)]
    header = ("measure", "(a) one APScheduler job each", "(b) next_due_at + tick", "target")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    line = " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " | ok"
    print(line)
    print("-" * len(line))
    for *cells, ok in rows:
        print(
            " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)),
            "|",
            "yes" if ok else "NO",
        )
    print(
        f"(a) job = {SEND_SECONDS * 1000:.0f} ms send, 10 worker threads, misfire_grace_time=1;"
        f" finished {theirs['finished_after']:.1f} s after the due minute began;"
        f" other jobs fired: {theirs['other']:.0f}, errors: {theirs['error']:.0f}"
    )


if __name__ == "__main__":
    main()
