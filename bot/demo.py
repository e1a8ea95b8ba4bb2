"""`coach demo`: one simulated person, about five weeks, shown on the days that matter.

Besides each key day's check-in answer it shows /more on the first day and, on the second
deload day, /tomorrow and /week (what the coming days give if nothing changes).
"""

from __future__ import annotations

import random
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from bot import bootstrap
from bot.clock import FixedClock
from bot.settings import Settings
from core.messages import Inbound, Platform, Reply

START = date(2026, 1, 5)  # a Monday
USER = "demo"
BASELINE_DAYS, DECLINE_DAYS, TOTAL_DAYS = 28, 3, 36
PREVIEW_DAY = BASELINE_DAYS + DECLINE_DAYS  # the second deload day


def _at(day: date, clock: time = time(7, 30)) -> datetime:
    # The demo person lives in Europe/London, which is UTC in winter.
    return datetime.combine(day, clock, tzinfo=UTC)


def _scores(day_index: int, rng: random.Random) -> tuple[int, int, int, int]:
    """Steady around 7 with a little noise; three declining days; then recovery."""
    if BASELINE_DAYS <= day_index < BASELINE_DAYS + DECLINE_DAYS:
        drop = 2 + (day_index - BASELINE_DAYS)
        return 7 - drop, 4 + drop, 6 - drop, 7 - drop
    a, b, c, d = (rng.choice((-1, 0, 0, 1)) for _ in range(4))
    return 7 + a, 4 + b, 7 + c, 7 + d


def _show(day: date, said: str, replies: list[Reply]) -> None:
    print(f"\n=== {day:%a %d %b} | person: {said}")
    for reply in replies:
        print(f"coach> {reply.text}")


def run_demo(out: str) -> int:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database_url=f"sqlite:///{Path(folder) / 'demo.db'}")
        clock = FixedClock(_at(START))  # the demo's one clock, moved day by day
        wiring = bootstrap.build(settings, clock=clock)

        def say(day: date, text: str) -> list[Reply]:
            clock.at = _at(day)
            inbound = Inbound(
                Platform.CONSOLE, USER, USER, clock(), text=text, display_name="Demo"
            )
            return wiring.coach.handle(inbound)

        for text in (
            "/start",
            "yes",
            "Europe/London",
            "GB",
            "starter",
            "07:00",
            "23:00",
            "skip",
            "70 kg",
        ):
            say(START, text)
        key_days = {0, 13, 14, *range(BASELINE_DAYS - 1, TOTAL_DAYS)}
        for index in range(TOTAL_DAYS):
            day = START + timedelta(days=index)
            line = " ".join(str(s) for s in _scores(index, rng))
            replies = say(day, line)
            replies += say(day, "skip")  # no heart-rate data today
            if index in key_days:
                _show(day, line, replies)
            for asked in {0: ("/more",), PREVIEW_DAY: ("/tomorrow", "/week")}.get(index, ()):
                _show(day, asked, say(day, asked))
        chart = say(START + timedelta(days=TOTAL_DAYS - 1), "/trend")
        attachment = chart[0].attachment
        wiring.engine.dispose()
    if attachment is None:
        print(chart[0].text)
        return 1
    path = Path(out) / "trend.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(attachment.data)
    print(f"\nTrend chart written to {path.resolve()}")
    return 0
