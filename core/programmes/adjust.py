"""Readiness adjustments: deload, held progression, clinical-support note (seed 000, Template 2).

Action threshold -> deload: sets and minutes cut by the deload's percentage (rounded down, at
least 1 set), high-intensity conditioning replaced by easy Zone 2, heavy neural work replaced by
lighter technique sets, sleep first. Progression gates closed -> the week's step up is held.
Escalation -> the plan continues only alongside clinical support. One sentence of reason each.
"""

from __future__ import annotations

from dataclasses import replace

from core import guidance
from core.assessment import Assessment, Deload, Escalation, Marker
from core.programmes.model import Adjustment, Aerobic, Block, Session
from core.programmes.planned import ZONE_2, Emphasis, Planned, duration

LIGHTER_INTENSITY = "~65-70% est. 1RM, lighter"
MIN_AEROBIC_MINUTES = 10
SLEEP_FIRST = "Sleep first these nights: at least 8 h in bed, and protect the last 60-90 min."


def cut_sets(sets: int, percent: int) -> int:
    """Sets after a volume cut: rounded down, never below 1."""
    return max(1, sets * (100 - percent) // 100)


def cut_minutes(minutes: int, percent: int) -> int:
    return max(MIN_AEROBIC_MINUTES, minutes * (100 - percent) // 100)


def _names(markers: tuple[Marker, ...]) -> str:
    words = [m.value if m is Marker.HRV else m.value.lower() for m in markers]
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]


def hold_adjustment(assessment: Assessment, variables: frozenset[str]) -> Adjustment:
    what = "Held last week's level: no " + " or ".join(sorted(variables)) + " increase today"
    if not assessment.gate_markers:
        return Adjustment(what, assessment.reason)
    markers = assessment.gate_markers
    verb, pronoun = ("is", "it settles") if len(markers) == 1 else ("are", "they settle")
    reason = (
        f"Your {_names(markers)} {verb} off your usual, "
        f"so this week's step up waits until {pronoun}."
    )
    return Adjustment(what, reason)


def escalation_adjustment(escalation: Escalation) -> Adjustment:
    what = "This plan continues only as an add-on, alongside clinical support"
    return Adjustment(what, escalation.reason)


def _cut_blocks(blocks: tuple[Block, ...], percent: int, *, heavy: bool) -> tuple[Block, ...]:
    if heavy:
        return tuple(
            replace(b, sets=cut_sets(b.sets, percent), reps="5", intensity=LIGHTER_INTENSITY,
                    rest="2 min", note="technique sets, no heavy work while you recover")
            for b in blocks
        )
    return tuple(replace(b, sets=cut_sets(b.sets, percent)) for b in blocks)


def deload_session(planned: Planned, deload: Deload) -> Session:
    """The planned session under an active deload."""
    session, pct = planned.session, deload.volume_cut_percent
    label = f"Deload day {deload.day_number} of {deload.planned_days}"
    dropped = (guidance.HIGH_LOAD_TIME_IN_BED, guidance.CARBS_HARD_SESSION)  # no hard work today
    recovery = (SLEEP_FIRST, *(r for r in session.recovery if r not in dropped))
    if planned.emphasis is Emphasis.RECOVERY:
        what = f"{label}: rest as planned, sleep first"
        return replace(session, adjustments=(*session.adjustments, Adjustment(what, deload.reason)),
                       recovery=recovery)
    title, aerobic = session.title, session.aerobic
    if planned.emphasis is Emphasis.CONDITIONING and aerobic is not None:
        what = f"{label}: high-intensity conditioning removed, easy Zone 2 instead"
        aerobic = Aerobic("easy bike, walk or run", cut_minutes(30, pct), ZONE_2)
        title = "Aerobic base (instead of conditioning)"
    elif planned.emphasis is Emphasis.NEURAL:
        what = f"{label}: heavy sets swapped for lighter technique sets, volume cut by {pct}%"
        title = "Lighter strength (instead of " + session.title + ")"
    else:
        what = f"{label}: volume cut by {pct}%"
        if aerobic is not None:
            aerobic = replace(aerobic, minutes=cut_minutes(aerobic.minutes, pct))
    blocks = _cut_blocks(session.blocks, pct, heavy=planned.emphasis is Emphasis.NEURAL)
    return replace(
        session,
        title=title,
        blocks=blocks,
        aerobic=aerobic,
        duration_minutes=session.duration_minutes
        - duration(session.blocks, session.aerobic)
        + duration(blocks, aerobic),
        adjustments=(*session.adjustments, Adjustment(what, deload.reason)),
        recovery=recovery,
    )


def adjust(planned: Planned, assessment: Assessment | None, held: Adjustment | None) -> Session:
    """Apply the assessment to a planned day: clinical note first, then deload, then hold."""
    session = planned.session
    adjustments: list[Adjustment] = []
    if assessment is not None and assessment.escalation is not None:
        adjustments.append(escalation_adjustment(assessment.escalation))
    session = replace(session, adjustments=tuple(adjustments))
    if assessment is not None and assessment.deload is not None:
        session = deload_session(Planned(session, planned.emphasis), assessment.deload)
    if held is not None:
        session = replace(session, adjustments=(*session.adjustments, held))
    return session
