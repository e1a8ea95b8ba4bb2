"""The digest's team chart: readiness status per member over the last 14 days, as a heatmap."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, timedelta

from core.assessment import Status
from core.digest import HeatmapRow

BLANK = "#f0f0f0"  # no check-in that day
COLOURS = {Status.GREEN: "#2ca02c", Status.AMBER: "#ff9f1c", Status.RED: "#d62728"}
CODES = {None: 0, Status.GREEN: 1, Status.AMBER: 2, Status.RED: 3}


def render_team_heatmap(rows: Sequence[HeatmapRow], first: date, last: date) -> bytes:
    """PNG bytes: one row per member, one column per day first..last; blank = no check-in."""
    from matplotlib.colors import ListedColormap  # drawn rarely: keep it out of start-up
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    colour_map = ListedColormap([BLANK, COLOURS[Status.GREEN], COLOURS[Status.AMBER],
                                 COLOURS[Status.RED]])
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    grid = [[CODES[status] for status in row.statuses] for row in rows] or [[0] * len(days)]
    height = 1.2 + 0.4 * max(len(rows), 1)
    figure = Figure(figsize=(7, height))
    axis = figure.subplots()
    axis.imshow(grid, cmap=colour_map, vmin=0, vmax=3, aspect="auto")
    axis.set_xticks(range(len(days)), [f"{d:%-d %b}" for d in days], rotation=60,
                    fontsize=8)
    axis.set_yticks(range(len(rows)), [row.name for row in rows], fontsize=9)
    axis.set_xticks([x - 0.5 for x in range(1, len(days))], minor=True)
    axis.set_yticks([y - 0.5 for y in range(1, len(rows))], minor=True)
    axis.grid(which="minor", color="white", linewidth=2)
    axis.tick_params(which="minor", length=0)
    legend = [Patch(color=COLOURS[s], label=s.value) for s in Status]
    legend.append(Patch(color=BLANK, label="no check-in"))
    axis.legend(handles=legend, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8,
                frameon=False)
    axis.set_title(f"Team readiness, {first:%-d %b} to {last:%-d %b}")
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=90)
    return buffer.getvalue()
