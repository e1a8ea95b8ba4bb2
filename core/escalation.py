"""Escalation from check-in answers alone: ratings that a training plan cannot fix.

Seed: Practice Template 1, "Escalation Criteria" (major depressive symptoms, persistent
panic, severe sleep disruption -> the framework becomes adjunctive support alongside
clinical care). Rules, first match wins, in this order:

* short window, calendar days d-6..d: the rating is at the threshold on at least 5 days
  - "low-mood": mood <= 2
  - "severe-sleep-disruption": sleep <= 2
  - "maximal-arousal": arousal >= 9
* long window, calendar days d-13..d: the rating is at the looser threshold on at least
  10 days
  - "low-mood-sustained": mood <= 3
  - "sleep-disruption-sustained": sleep <= 3
  - "high-arousal-sustained": arousal >= 8

A day without a check-in (or without that rating) never counts towards a rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from core.assessment import Escalation
from core.checkin_fields import CheckIn, Field


@dataclass(frozen=True, slots=True)
class EscalationRule:
    rule: str
    field: Field
    threshold: int
    higher_is_worse: bool  # True: value >= threshold counts; False: value <= threshold
    window_days: int
    min_days: int
    what: str  # "your mood has been 2 or lower"

    def counts(self, value: int | float | None) -> bool:
        if value is None:
            return False
        return value >= self.threshold if self.higher_is_worse else value <= self.threshold


RULES: tuple[EscalationRule, ...] = (
    EscalationRule("low-mood", Field.MOOD, 2, False, 7, 5, "your mood has been 2 or lower"),
    EscalationRule(
        "severe-sleep-disruption", Field.SLEEP, 2, False, 7, 5, "your sleep has been 2 or lower"
    ),
    EscalationRule(
        "maximal-arousal", Field.AROUSAL, 9, True, 7, 5, "your arousal has been 9 or higher"
    ),
    EscalationRule(
        "low-mood-sustained", Field.MOOD, 3, False, 14, 10, "your mood has been 3 or lower"
    ),
    EscalationRule(
        "sleep-disruption-sustained",
        Field.SLEEP,
        3,
        False,
        14,
        10,
        "your sleep has been 3 or lower",
    ),
    EscalationRule(
        "high-arousal-sustained",
        Field.AROUSAL,
        8,
        True,
        14,
        10,
        "your arousal has been 8 or higher",
    ),
)


def escalation(checkins: Mapping[int, CheckIn], day: int) -> Escalation | None:
    """The first rule that fires for ordinal `day`, given check-ins keyed by ordinal."""
    for rule in RULES:
        name = rule.field.value
        hits = 0
        for ordinal in range(day - rule.window_days + 1, day + 1):
            checkin = checkins.get(ordinal)
            if checkin is not None and rule.counts(getattr(checkin, name)):
                hits += 1
        if hits >= rule.min_days:
            reason = (
                f"{rule.what.capitalize()} on {hits} of the last {rule.window_days} days, "
                "which is more than training can fix, so please talk to a doctor or a "
                "mental health professional; your plan carries on alongside that."
            )
            return Escalation(rule=rule.rule, reason=reason)
    return None
