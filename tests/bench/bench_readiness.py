"""Time `readiness.assess` for one person with 120 days of history (requirement: median <= 1 ms).

Run: .venv/bin/python -m tests.bench.bench_readiness [runs]
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

from core.assessment import DayEntry
from core.checkin_fields import CheckIn
from core.deload import replay
from core.readiness import assess, daily_declined

HISTORY_DAYS = 120
REQUIRED_MEDIAN_MS = 1.0


def history(days: int = HISTORY_DAYS, seed: int = 7) -> tuple[list[DayEntry], date]:
    """One person, a check-in every day with every optional field, shuffled."""
    rng = random.Random(seed)
    first = date(2026, 1, 1)
    entries = []
    for i in range(days):
        slump = 3 if 60 <= i < 66 or 100 <= i < 105 else 0
        entries.append(
            DayEntry(
                first + timedelta(days=i),
                CheckIn(
                    sleep=max(0, min(10, round(rng.gauss(7, 1.2)) - slump)),
                    arousal=max(0, min(10, round(rng.gauss(4, 1.2)) + slump)),
                    recovery=max(0, min(10, round(rng.gauss(6, 1.2)) - slump)),
                    mood=max(0, min(10, round(rng.gauss(7, 1.0)) - slump)),
                    rhr=round(rng.gauss(55, 2)) + slump * 2,
                    hrv=max(10.0, rng.gauss(70, 8) - slump * 6),
                    rpe=rng.randint(3, 9),
                ),
            )
        )
    rng.shuffle(entries)
    return entries, first + timedelta(days=days - 1)


def main(runs: int = 2000) -> int:
    entries, day = history()
    for _ in range(50):  # warm up
        assess(entries, day)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        assess(entries, day)
        timings.append((time.perf_counter() - start) * 1000.0)
    timings.sort()
    median = statistics.median(timings)
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    verdict = "ok" if median <= REQUIRED_MEDIAN_MS else "TOO SLOW"
    print(
        f"assess, one person, {HISTORY_DAYS} days of history, {runs} runs: "
        f"median {median:.3f} ms, p99 {p99:.3f} ms "
        f"(requirement: median <= {REQUIRED_MEDIAN_MS} ms) {verdict}"
    )
    worst = _median_ms(lambda: replay(daily_declined(entries, day), day.toordinal()), runs)
    print(f"worst case (every check-in day replayed): median {worst:.3f} ms")
    return 0 if median <= REQUIRED_MEDIAN_MS else 1


def _median_ms(work: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(timings)


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
