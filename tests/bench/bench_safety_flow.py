"""Time the Coach's side of the safety screen (`SafetyFlow.prescreen`): context from memory,
the screen (this branch's rules via `rules_only`), a farewell check and language detection.

"Coach side only" replaces the screen by one that finds nothing: what the Coach adds
(memory, farewell check, language detection) must stay bounded whatever the length:
context at most 5 x 500 characters, detection at most 500, the farewell check at most 500.
The screen's own cost (the safety-model branch's classifier) is measured there.

Run:
    .venv/bin/python -m tests.bench.bench_safety_flow [--samples N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import UTC, datetime, timedelta

from adapters.language import load_detector
from core.coach.safety_flow import SafetyFlow, no_detection
from core.coach.safety_memory import SafetyMemory
from core.messages import Inbound, Platform
from core.safety.finding import NOTHING
from core.safety.screener import rules_only

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
WORDS = ("legs", "are", "dead", "after", "intervals", "slept", "badly", "tired", "today",
         "goodbye", "nothing", "matters", "session", "coach", "run", "easy", "week")


def message(rng: random.Random, chars: int) -> str:
    words: list[str] = []
    length = 0
    while length < chars:
        words.append(rng.choice(WORDS))
        length += len(words[-1]) + 1
    return " ".join(words)[:chars]


def timed(flow: SafetyFlow, texts: list[str]) -> list[float]:
    out = []
    for n, text in enumerate(texts):
        inbound = Inbound(Platform.TELEGRAM, str(n % 50), str(n % 50),
                          T0 + timedelta(seconds=n), text=text)
        start = time.perf_counter()
        flow.prescreen(inbound)
        out.append((time.perf_counter() - start) * 1000)
        flow.memory.remember((inbound.platform.value, inbound.user_id), text, inbound.at)
    return out


def report(name: str, ms: list[float]) -> None:
    ordered = sorted(ms)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    print(f"{name:<44} median {statistics.median(ms):7.3f} ms   p99 {p99:7.3f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(7)
    start = time.perf_counter()
    detector = load_detector()
    print(f"language model load: {(time.perf_counter() - start) * 1000:.0f} ms")
    detect = detector if detector is not None else no_detection
    for chars in (280, 2_000, 100_000):
        texts = [message(rng, chars) for _ in range(args.samples if chars < 100_000 else 50)]
        flow = SafetyFlow(lambda text, context: NOTHING, detect, SafetyMemory())
        report(f"Coach side only, {chars:,} chars", timed(flow, texts))
        if chars <= 2_000:  # this branch's rules are not bounded on long texts; the
            flow = SafetyFlow(rules_only, detect, SafetyMemory())  # screen's branch is
            report(f"with the rules stand-in, {chars:,} chars", timed(flow, texts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
