"""The /trend chart: a PNG for a phone whose declined and deload days are drawn differently."""

from __future__ import annotations

import struct
import subprocess
import sys
from datetime import date, timedelta

from adapters.charts.trend import render_trend
from core.assessment import DayEntry, Marker
from core.checkin_fields import CheckIn
from core.readiness import assess

LAST = date(2026, 3, 1)
FIRST = LAST - timedelta(days=27)


def _history() -> list[DayEntry]:
    return [DayEntry(FIRST + timedelta(days=n), CheckIn(7, 4, 7, 7)) for n in range(28)]


def _size(png: bytes) -> tuple[int, int]:
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk
    return width, height


def test_the_chart_is_a_png_wide_enough_for_a_phone() -> None:
    history = _history()
    image = render_trend(history, assess(history, LAST), FIRST, LAST, {})
    assert image.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = _size(image)
    assert width >= 1080 and height > width  # upright, like a phone


def test_declined_and_deload_days_change_the_picture() -> None:
    history = _history()
    assessment = assess(history, LAST)
    plain = render_trend(history, assessment, FIRST, LAST, {})
    marked = render_trend(history, assessment, FIRST, LAST, {LAST: (Marker.SLEEP, Marker.MOOD)})
    shaded = render_trend(history, assessment, FIRST, LAST, {}, frozenset({LAST, FIRST}))
    assert len({plain, marked, shaded}) == 3


def test_starting_the_bot_does_not_import_matplotlib() -> None:
    code = "import sys, bot.bootstrap, bot.cli; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
