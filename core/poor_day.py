"""A poor day: today's own ratings are very poor, so today is lighter or a recovery day.

The action threshold (core.deload) needs three bad check-ins in a row and the baseline
(core.baseline) needs weeks to form; neither answers a single very poor morning. Ratings at
the calibration extremes (sleep, recovery or mood 3 or lower; arousal 7 or higher) are "very
low" or "very high" whatever the baseline says, so training as planned never follows them
(seed 000, Template 2 "Do not escalate training load when sleep quality is reduced ... mood
disturbance persists"; Template 1 "local muscular fatigue without systemic exhaustion").

Rules (docs/readiness.md, "Poor day"):

* A poor day has at least one of sleep, recovery, mood at 3 or lower. Arousal at 7 or higher
  counts with them but alone is not a poor day (high activation is what Template 1 trains).
* Three or more markers at the extremes, or any of sleep, recovery, mood at 1 or lower: a
  recovery day (an easy walk and mobility instead of training).
* Otherwise lighter: 20% less volume with one marker, 30% with two, nothing heavy (no work
  at 80% est. 1RM or more, no high-intensity conditioning).
* Judged on the day's own check-in only; a day without one is never a poor day.
"""

from __future__ import annotations

from core.assessment import Marker, PoorDay
from core.baseline import CALIBRATION_HIGH, CALIBRATION_LOW
from core.checkin_fields import CheckIn, Field
from core.readiness_wording import poor_day_reason

SEVERE = 1  # sleep, recovery or mood at or below this: a recovery day on its own
RECOVERY_DAY_MARKERS = 3
CUT_BY_MARKERS = {1: 20, 2: 30}
_GOOD_IS_HIGH = ((Marker.SLEEP, Field.SLEEP), (Marker.RECOVERY, Field.RECOVERY),
                 (Marker.MOOD, Field.MOOD))


def poor_day(checkin: CheckIn | None) -> PoorDay | None:
    """The poor day a check-in makes, or None (see the module docstring)."""
    if checkin is None:
        return None
    low = {m: v for m, f in _GOOD_IS_HIGH if (v := checkin.get(f)) is not None
           and v <= CALIBRATION_LOW}
    if not low:
        return None
    arousal = checkin.get(Field.AROUSAL)
    high = arousal is not None and arousal >= CALIBRATION_HIGH
    markers = tuple(m for m in Marker if m in low or (high and m is Marker.AROUSAL))
    recovery_day = len(markers) >= RECOVERY_DAY_MARKERS or min(low.values()) <= SEVERE
    cut = 0 if recovery_day else CUT_BY_MARKERS[len(markers)]
    return PoorDay(markers, recovery_day, cut, poor_day_reason(markers, recovery_day))
