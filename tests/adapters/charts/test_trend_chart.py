"""The /trend chart: a PNG whose declined days are drawn differently."""

from __future__ import annotations

from datetime import date, timedelta

from adapters.charts.trend import render_trend
from core.assessment import DayEntry, Marker
from core.checkin_fields import CheckIn
from core.readiness import assess

LAST = date(2026, 3, 1)
FIRST = LAST - timedelta(days=27)


def _history() -> list[DayEntry]:
    return [DayEntry(FIRST + timedelta(days=n), CheckIn(7, 4, 7, 7)) for n in range(28)]


def test_the_chart_is_a_png() -> None:
    history = _history()
    image = render_trend(history, assess(history, LAST), FIRST, LAST, {})
    assert image.startswith(b"\x89PNG\r\n\x1a\n")


def test_declined_days_change_the_picture() -> None:
    history = _history()
    assessment = assess(history, LAST)
    plain = render_trend(history, assessment, FIRST, LAST, {})
    marked = render_trend(history, assessment, FIRST, LAST, {LAST: (Marker.SLEEP, Marker.MOOD)})
    assert plain != marked
