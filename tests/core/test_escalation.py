"""Escalation from check-in answers alone, at the edges of each rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.assessment import DayEntry
from core.checkin_fields import CheckIn
from core.escalation import escalation
from core.readiness import assess

D = date(2026, 6, 30)
USUAL = CheckIn(sleep=7, arousal=4, recovery=6, mood=7)


def checkins(days_back: list[int], **changes: int) -> dict[int, CheckIn]:
    """Usual check-ins on the 14 days d-13..d, `changes` on the given days back."""
    result = {D.toordinal() - i: USUAL for i in range(14)}
    for i in days_back:
        result[D.toordinal() - i] = replace(USUAL, **changes)  # type: ignore[arg-type]
    return result


def rule(days_back: list[int], **changes: int) -> str | None:
    found = escalation(checkins(days_back, **changes), D.toordinal())
    return found.rule if found else None


def test_low_mood_on_5_of_the_last_7_days() -> None:
    assert rule([0, 1, 2, 3, 6], mood=2) == "low-mood"
    assert rule([0, 1, 2, 3], mood=2) is None
    assert rule([0, 1, 2, 3, 7], mood=2) is None  # d-7 is outside the window
    assert rule([0, 1, 2, 3, 4], mood=3) is None  # 3 is not <= 2 (and only 5 of 14)


def test_missing_days_do_not_count() -> None:
    data = checkins([0, 1, 2, 3], mood=2)
    del data[D.toordinal() - 4]
    assert escalation(data, D.toordinal()) is None


def test_severe_sleep_disruption_and_maximal_arousal() -> None:
    assert rule([0, 1, 2, 3, 4], sleep=2) == "severe-sleep-disruption"
    assert rule([0, 1, 2, 3, 4], sleep=3) is None
    assert rule([0, 1, 2, 3, 4], arousal=9) == "maximal-arousal"
    assert rule([0, 1, 2, 3, 4], arousal=8) is None


def test_sustained_rules_over_14_days() -> None:
    ten = [0, 2, 3, 5, 6, 8, 9, 11, 12, 13]  # 4 of the last 7
    assert rule(ten, mood=3) == "low-mood-sustained"
    assert rule(ten[:-1], mood=3) is None
    assert rule(ten, sleep=3) == "sleep-disruption-sustained"
    assert rule(ten, arousal=8) == "high-arousal-sustained"
    assert rule(ten, arousal=7) is None


def test_first_rule_wins_and_the_reason_is_plain() -> None:
    data = checkins([0, 1, 2, 3, 4], mood=1, sleep=1)
    found = escalation(data, D.toordinal())
    assert found is not None
    assert found.rule == "low-mood"
    assert found.reason == (
        "Your mood has been 2 or lower on 5 of the last 7 days, which is more than training "
        "can fix, so please talk to a doctor or a mental health professional; your plan "
        "carries on alongside that."
    )


def test_assess_fills_the_escalation() -> None:
    history = [
        DayEntry(date.fromordinal(o), c) for o, c in checkins([0, 1, 2, 3, 4], mood=2).items()
    ]
    result = assess(history, D)
    assert result.escalation is not None and result.escalation.rule == "low-mood"
