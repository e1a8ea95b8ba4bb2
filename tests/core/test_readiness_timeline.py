"""`timeline` gives each day what `assess` would, in one pass (property test)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.assessment import DayEntry
from core.checkin_fields import CheckIn
from core.readiness import assess, assess_with_timeline, timeline

D0 = date(2026, 1, 1)

_CHECKIN = st.builds(
    CheckIn,
    st.integers(0, 10), st.integers(0, 10), st.integers(0, 10), st.integers(0, 10),
    rhr=st.none() | st.integers(40, 90),
    hrv=st.none() | st.floats(10, 150),
)


@st.composite
def histories(draw: st.DrawFn) -> list[DayEntry]:
    """Days with or without a check-in; runs of calm and bad days so deloads happen."""
    entries = []
    for n in range(draw(st.integers(0, 110))):
        kind = draw(st.sampled_from(("calm", "calm", "bad", "any", "none")))
        if kind == "none":
            continue
        if kind == "calm":
            checkin = CheckIn(8, 3, 7, 8, rhr=draw(st.integers(50, 56)),
                              hrv=draw(st.floats(55, 65)))
        elif kind == "bad":
            checkin = CheckIn(draw(st.integers(2, 5)), draw(st.integers(6, 9)),
                              draw(st.integers(2, 5)), draw(st.integers(2, 5)))
        else:
            checkin = draw(_CHECKIN)
        entries.append(DayEntry(D0 + timedelta(days=n), checkin))
    return entries


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories(), st.integers(0, 120), st.integers(0, 30))
def test_timeline_equals_assess_on_every_day(
    history: list[DayEntry], offset: int, length: int
) -> None:
    first = D0 + timedelta(days=offset)
    days = timeline(history, first, first + timedelta(days=length))
    assert [d.day for d in days] == [first + timedelta(days=n) for n in range(length + 1)]
    for state in days:
        expected = assess(history, state.day)
        assert state.deload == expected.deload
        assert state.load_increase_allowed == expected.load_increase_allowed
        assert state.poor_day == expected.poor_day


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories(), st.integers(0, 120), st.integers(0, 30))
def test_assess_with_timeline_is_both_in_one_pass(
    history: list[DayEntry], offset: int, length: int
) -> None:
    first = D0 + timedelta(days=offset)
    day = first + timedelta(days=length)
    assessment, days = assess_with_timeline(history, day, first)
    assert assessment == assess(history, day)
    assert days == timeline(history, first, day - timedelta(days=1))


def test_an_empty_range_is_empty() -> None:
    assert timeline([], D0, D0 - timedelta(days=1)) == ()
