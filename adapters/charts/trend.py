"""The /trend chart: the last 28 days of each 0-10 marker against the person's usual band."""

from __future__ import annotations

import io
from datetime import date, timedelta

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from core.assessment import Assessment, DayEntry, Marker
from core.checkin_fields import Field

PANELS = (
    (Field.SLEEP, Marker.SLEEP),
    (Field.AROUSAL, Marker.AROUSAL),
    (Field.RECOVERY, Marker.RECOVERY),
    (Field.MOOD, Marker.MOOD),
)


def render_trend(
    history: list[DayEntry],
    assessment: Assessment,
    first: date,
    last: date,
    declined: dict[date, tuple[Marker, ...]],
) -> bytes:
    """PNG bytes: one panel per marker, band = baseline mean +/- 1 SD, declined days in red."""
    readings = {r.marker: r for r in assessment.readings}
    figure, axes = plt.subplots(len(PANELS), 1, figsize=(7, 7), sharex=True)
    try:
        for axis, (field, marker) in zip(axes, PANELS, strict=True):
            points = [
                (e.day, e.checkin.get(field)) for e in history if e.checkin.get(field) is not None
            ]
            reading = readings.get(marker)
            if reading and reading.baseline_mean is not None and reading.baseline_sd is not None:
                low = reading.baseline_mean - reading.baseline_sd
                high = reading.baseline_mean + reading.baseline_sd
                axis.axhspan(low, high, color="tab:green", alpha=0.15, label="your usual")
            if points:
                axis.plot([p[0] for p in points], [p[1] for p in points], marker="o", lw=1.5)
                low_days = [p for p in points if marker in declined.get(p[0], ())]
                if low_days:
                    axis.scatter(
                        [p[0] for p in low_days],
                        [p[1] for p in low_days],
                        color="tab:red",
                        zorder=3,
                        s=36,
                        label="declined",
                    )
            axis.set_ylim(-0.5, 10.5)
            axis.set_ylabel(field.value)
            axis.grid(alpha=0.3)
        axes[-1].set_xlim(first - timedelta(days=1), last + timedelta(days=1))
        title = "Last 28 days" + (" (baseline still forming)" if assessment.calibrating else "")
        figure.suptitle(title)
        figure.autofmt_xdate()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=90)
        return buffer.getvalue()
    finally:
        plt.close(figure)
