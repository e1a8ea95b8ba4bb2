"""The /trend chart: the last 28 days of each 0-10 marker against the person's usual band.

Drawn for a phone held upright: 1080 px wide, type that reads at arm's length, dates a week
apart and never rotated, a legend for every mark, each panel saying which way is worse, and
deload days shaded. matplotlib is imported when a chart is drawn, not when the bot starts.
"""

from __future__ import annotations

import io
from collections.abc import Collection
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from core.assessment import Assessment, DayEntry, Marker
from core.checkin_fields import Field

if TYPE_CHECKING:
    from matplotlib.axes import Axes

WIDTH_INCHES, HEIGHT_INCHES, DPI = 7.2, 10.8, 150  # 1080 x 1620 px
FONT_SIZE = 15
BAND, LINE, DECLINED, DELOAD = "#2ca02c", "#1f4e79", "#d62728", "#9e9e9e"
PANELS = (
    (Field.SLEEP, Marker.SLEEP, "Sleep", "lower is worse"),
    (Field.AROUSAL, Marker.AROUSAL, "Arousal", "higher is worse"),
    (Field.RECOVERY, Marker.RECOVERY, "Recovery", "lower is worse"),
    (Field.MOOD, Marker.MOOD, "Mood", "lower is worse"),
)


def render_trend(
    history: list[DayEntry],
    assessment: Assessment,
    first: date,
    last: date,
    declined: dict[date, tuple[Marker, ...]],
    deload_days: Collection[date] = (),
) -> bytes:
    """PNG bytes: one panel per marker, band = baseline mean +/- 1 SD, declined days in red,
    deload days shaded grey. 1080 px wide."""
    from matplotlib.figure import Figure  # drawn rarely: keep it out of start-up
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    readings = {r.marker: r for r in assessment.readings}
    figure = Figure(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=DPI)
    axes = figure.subplots(len(PANELS), 1, sharex=True)
    for axis, (field, marker, name, worse) in zip(axes, PANELS, strict=True):
        _panel(axis, history, field, marker, name, worse, declined, deload_days)
        reading = readings.get(marker)
        if reading and reading.baseline_mean is not None and reading.baseline_sd is not None:
            axis.axhspan(reading.baseline_mean - reading.baseline_sd,
                         reading.baseline_mean + reading.baseline_sd, color=BAND, alpha=0.18)
    _dates(axes[-1], first, last)
    title = "Your last 28 days" + (" (baseline still forming)" if assessment.calibrating else "")
    figure.suptitle(title, fontsize=FONT_SIZE + 4, fontweight="bold")
    legend = [
        Patch(color=BAND, alpha=0.35, label="your usual range (±1 SD)"),
        Line2D([], [], color=DECLINED, marker="o", linestyle="", markersize=10,
               label="worse than usual"),
        Patch(color=DELOAD, alpha=0.35, label="deload day"),
        Line2D([], [], color=LINE, marker="o", linewidth=2, label="your rating"),
    ]
    figure.legend(handles=legend, loc="lower center", ncol=2, fontsize=FONT_SIZE - 1,
                  frameon=False)
    figure.subplots_adjust(left=0.1, right=0.97, top=0.92, bottom=0.14, hspace=0.45)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _panel(
    axis: Axes,
    history: list[DayEntry],
    field: Field,
    marker: Marker,
    name: str,
    worse: str,
    declined: dict[date, tuple[Marker, ...]],
    deload_days: Collection[date],
) -> None:
    for day in deload_days:
        noon_before = datetime.combine(day, time()) - timedelta(hours=12)
        axis.axvspan(noon_before, noon_before + timedelta(days=1), color=DELOAD, alpha=0.3,
                     linewidth=0)
    points = [(e.day, v) for e in history if (v := e.checkin.get(field)) is not None]
    if points:
        axis.plot([p[0] for p in points], [p[1] for p in points], color=LINE, marker="o",
                  linewidth=2, markersize=5)
        low = [p for p in points if marker in declined.get(p[0], ())]
        if low:
            axis.scatter([p[0] for p in low], [p[1] for p in low], color=DECLINED, zorder=3,
                         s=90)
    axis.set_title(name, loc="left", fontsize=FONT_SIZE + 1, fontweight="bold")
    arrow = "↑" if worse.startswith("higher") else "↓"
    axis.set_title(f"{worse} {arrow}", loc="right", fontsize=FONT_SIZE - 1, color=DECLINED)
    axis.set_ylim(-0.5, 10.5)
    axis.set_yticks([0, 5, 10])
    axis.tick_params(labelsize=FONT_SIZE - 1)
    axis.grid(alpha=0.3)


def _dates(axis: Axes, first: date, last: date) -> None:
    """A tick a week apart, ending on the last day, written flat: never overlapping."""
    ticks = [last - timedelta(days=7 * n) for n in range(((last - first).days // 7) + 1)]
    axis.set_xticks(sorted(ticks), [f"{d:%-d %b}" for d in sorted(ticks)])
    axis.set_xlim(first - timedelta(days=1), last + timedelta(days=1))
    axis.tick_params(axis="x", labelsize=FONT_SIZE - 1, rotation=0)
