"""A poor day: today's own ratings are very poor, before or after the baseline forms."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.assessment import DayEntry, Marker, Status
from core.checkin_fields import CheckIn
from core.poor_day import poor_day
from core.readiness import assess

D0 = date(2026, 3, 1)
USUAL = CheckIn(sleep=8, arousal=3, recovery=7, mood=8)


@pytest.mark.parametrize(
    ("checkin", "markers", "recovery_day", "cut"),
    [
        (CheckIn(3, 3, 7, 8), (Marker.SLEEP,), False, 20),
        (CheckIn(8, 7, 7, 3), (Marker.AROUSAL, Marker.MOOD), False, 30),
        (CheckIn(2, 9, 2, 2), (Marker.SLEEP, Marker.AROUSAL, Marker.RECOVERY, Marker.MOOD),
         True, 0),
        (CheckIn(1, 3, 7, 8), (Marker.SLEEP,), True, 0),  # 1 or lower alone: recovery day
        (CheckIn(3, 5, 3, 3), (Marker.SLEEP, Marker.RECOVERY, Marker.MOOD), True, 0),
    ],
)
def test_very_low_ratings_make_a_lighter_or_recovery_day(
    checkin: CheckIn, markers: tuple[Marker, ...], recovery_day: bool, cut: int
) -> None:
    poor = poor_day(checkin)
    assert poor is not None
    assert (poor.markers, poor.recovery_day, poor.volume_cut_percent) == (
        markers, recovery_day, cut)
    assert "train as planned" not in poor.reason
    assert ("recovery day" in poor.reason) is recovery_day


@pytest.mark.parametrize(
    "checkin", [None, CheckIn(4, 9, 4, 4), CheckIn(8, 10, 8, 8), CheckIn(sleep=None, mood=4)]
)
def test_not_very_low_is_not_a_poor_day(checkin: CheckIn | None) -> None:
    assert poor_day(checkin) is None  # arousal alone, or 4 and above, is not "very low"


def test_after_the_baseline_forms_very_low_is_still_a_poor_day_with_the_reason() -> None:
    history = [DayEntry(D0 + timedelta(days=n), USUAL) for n in range(40)]
    today = D0 + timedelta(days=40)
    result = assess([*history, DayEntry(today, CheckIn(2, 9, 2, 2))], today)
    assert not result.calibrating and result.poor_day is not None
    assert result.reason == (
        "Sleep, recovery and mood are very low and arousal very high today, so today is a "
        "recovery day: an easy walk and mobility instead of training."
    )
    assert result.status is Status.AMBER and not result.load_increase_allowed
