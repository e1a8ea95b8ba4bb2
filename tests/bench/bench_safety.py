"""`make bench-safety`: the safety screen's latency, load time and memory.

    .venv/bin/python -m tests.bench.bench_safety [--rounds 3]

Pinned to one CPU (`sched_setaffinity`), encoders on one thread each (as at run time).
- load: `load_from` (hash checks, encoders, heads, warm-up), wall time; resident memory
  (VmRSS) added by it;
- latency of `screen(text)` for the dev set's messages of at most 280 characters, alone
  and with two earlier messages as context: median and p99;
- a 100 kB message (with context) and a 2,000-character one.
Issue 10's targets: median <= 30 ms, p99 <= 100 ms, load <= 3 s, memory <= 250 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed(screen: object, cases: list[tuple[str, list[str]]], rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        for text, context in cases:
            start = time.perf_counter()
            screen.screen(text, context)  # type: ignore[attr-defined]
            out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    import numpy  # noqa: F401  (already loaded by the bot before the screen)

    from adapters.safety_model.load import HERE, load_from

    before = rss_mb()
    start = time.perf_counter()
    screener = load_from(HERE)
    load_s = time.perf_counter() - start
    added = rss_mb() - before
    rows = [json.loads(line) for line in (ROOT / "data/safety/dev/dev.jsonl").open()]
    short = [r["text"] for r in rows if len(r["text"]) <= 280]
    alone = [(t, []) for t in short]
    earlier = ["legs felt heavy on the tempo today", "what's the plan for tomorrow?"]
    with_context = [(t, earlier) for t in short]
    timed(screener, alone[:20], 1)  # warm
    a = timed(screener, alone, args.rounds)
    c = timed(screener, with_context, args.rounds)
    big = ("legs are heavy after the intervals, easy day tomorrow. " * 2000)[:100_000]
    long_ms = timed(screener, [(big, earlier)], 5)
    mid_ms = timed(screener, [(big[:2000], earlier)], 5)
    print(f"health: {screener.health.value}; load {load_s:.2f} s; memory added {added:.0f} MB "
          f"(VmRSS {rss_mb():.0f} MB); load average {os.getloadavg()[0]:.1f}")
    print("| what | median ms | p99 ms | n |\n|---|---|---|---|")
    for name, values in (("<= 280 chars, no context", a), ("<= 280 chars, 2 earlier", c),
                         ("2,000 chars, 2 earlier", mid_ms), ("100 kB, 2 earlier", long_ms)):
        print(f"| {name} | {statistics.median(values):.1f} | {percentile(values, 0.99):.1f} "
              f"| {len(values)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
