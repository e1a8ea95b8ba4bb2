"""The action threshold and the deload it starts, replayed from the declined markers of each day.

Rules (docs/readiness.md; seed Practice Template 2, "Action Threshold"):

* A bad check-in day has two or more markers declined; a calm one fewer than two.
* Three bad check-in days in a row, with at most one missing day between consecutive
  check-ins, start a deload on the third of them (deload day 1).
* Volume cut by the most markers declined on one day of the run: 2 -> 20 %, 3 -> 30 %,
  4 or more -> 40 %. The deload names every marker declined on any day of the run.
* Planned for 3 days; when the last planned day's check-in is still bad the plan grows by
  one day, up to 5.
* It ends early on the second calm check-in in a row inside the deload: that day is
  already a normal day.
* Check-ins during a deload never count towards a new run: after it ends, a new deload
  needs a fresh run of three.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from core.assessment import Deload, Marker
from core.readiness_wording import deload_reason

BAD_DAY_MARKERS = 2  # markers declined on one day for a bad day
RUN_LENGTH = 3  # bad check-in days in a row
MAX_GAP_DAYS = 2  # consecutive check-ins at most 2 days apart (one missing day between)
PLANNED_DAYS = 3
MAX_DAYS = 5
CALM_DAYS_TO_END = 2
CUT_BY_MARKERS: dict[int, int] = {2: 20, 3: 30}
MAX_CUT = 40  # four or more markers


@dataclass(frozen=True, slots=True)
class DayFlags:
    """The markers declined on one check-in day (ordinal = date.toordinal())."""

    ordinal: int
    declined: tuple[Marker, ...]


def volume_cut(markers_declined: int) -> int:
    return CUT_BY_MARKERS.get(markers_declined, MAX_CUT if markers_declined > 3 else 0)


def _union(run: list[DayFlags]) -> tuple[Marker, ...]:
    seen = {m for flags in run for m in flags.declined}
    return tuple(m for m in Marker if m in seen)


class Replay:
    """The deload state machine: feed check-in days in ascending order, ask about any day.

    `on(day)` answers for a day on or after the last check-in fed (check-ins after `day`
    must not have been fed yet).
    """

    def __init__(self) -> None:
        self._run: list[DayFlags] = []
        self._start = 0  # ordinal of deload day 1; 0 = no deload
        self._planned = 0
        self._cut = 0
        self._markers: tuple[Marker, ...] = ()
        self._calm = 0

    def feed(self, flags: DayFlags) -> None:
        """One check-in day, later than every day fed before."""
        ordinal = flags.ordinal
        bad = len(flags.declined) >= BAD_DAY_MARKERS
        if self._start and ordinal >= self._start + self._planned:
            self._start = 0  # ran its planned length
        if self._start:
            if bad:
                self._calm = 0
                if ordinal == self._start + self._planned - 1 and self._planned < MAX_DAYS:
                    self._planned += 1
            else:
                self._calm += 1
                if self._calm >= CALM_DAYS_TO_END:
                    self._start = 0  # ended early: this check-in is a normal day
            return
        run = self._run
        if not bad:
            run.clear()
            return
        if run and ordinal - run[-1].ordinal > MAX_GAP_DAYS:
            run.clear()
        run.append(flags)
        if len(run) >= RUN_LENGTH:
            self._start, self._planned, self._calm = ordinal, PLANNED_DAYS, 0
            self._cut = volume_cut(max(len(f.declined) for f in run))
            self._markers = _union(run)
            run.clear()

    def on(self, day: int) -> Deload | None:
        """The deload active on ordinal `day`, or None."""
        start, planned = self._start, self._planned
        if not start or day >= start + planned:
            return None
        number = day - start + 1
        return Deload(
            started=date.fromordinal(start),
            day_number=number,
            planned_days=planned,
            volume_cut_percent=self._cut,
            markers=self._markers,
            reason=deload_reason(self._markers, number, planned, self._cut),
        )


def replay(days: Sequence[DayFlags], day: int) -> Deload | None:
    """The deload active on ordinal `day`, replaying check-in days in ascending order.

    `days` must be sorted by ordinal; entries after `day` are ignored.
    """
    machine = Replay()
    for flags in days:
        if flags.ordinal > day:
            break
        machine.feed(flags)
    return machine.on(day)
