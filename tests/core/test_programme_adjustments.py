"""Readiness adjustments: deload, held progression, escalation, and the chat text."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.assessment import Assessment, Deload, Escalation, Marker, Status
from core.programmes import Programme, SessionKind, describe, describe_week, session_for

START = date(2026, 1, 5)  # a Monday
DELOAD_REASON = "Sleep and mood have been below your usual for three days, so today is lighter."
ESCALATION_REASON = "Your mood has been very low for two weeks; please talk to a clinician."


def day_of(week: int, weekday: int) -> date:
    return START + timedelta(weeks=week - 1, days=weekday)


def assessment(
    day: date,
    *,
    cut: int | None = None,
    gates_open: bool = True,
    gate_markers: tuple[Marker, ...] = (),
    escalation: bool = False,
) -> Assessment:
    deload = None
    if cut is not None:
        deload = Deload(day, 1, 4, cut, (Marker.SLEEP, Marker.MOOD), DELOAD_REASON)
    return Assessment(
        day=day,
        calibrating=False,
        readings=(),
        declined=gate_markers,
        status=Status.RED if deload else (Status.GREEN if gates_open else Status.AMBER),
        deload=deload,
        load_increase_allowed=gates_open and deload is None,
        gate_markers=gate_markers,
        escalation=Escalation("low-mood", ESCALATION_REASON) if escalation else None,
        reason=DELOAD_REASON if deload else "All markers are within your usual range.",
    )


def test_green_assessment_changes_nothing() -> None:
    day = day_of(2, 0)
    plain = session_for(Programme.STARTER, START, day, None)
    assert session_for(Programme.STARTER, START, day, assessment(day)) == plain


# --- deload ---


@pytest.mark.parametrize("cut", [20, 30, 40])
def test_deload_cuts_strength_sets_by_the_percentage(cut: int) -> None:
    day = day_of(7, 0)  # starter week 7 (maintenance, no step up): 4 sets
    planned = session_for(Programme.STARTER, START, day, None)
    light = session_for(Programme.STARTER, START, day, assessment(day, cut=cut))
    for before, after in zip(planned.blocks, light.blocks, strict=True):
        assert after.sets == max(1, before.sets * (100 - cut) // 100)
        assert 1 <= after.sets < before.sets
    total_before = sum(b.sets for b in planned.blocks)
    total_after = sum(b.sets for b in light.blocks)
    assert total_after <= total_before * (100 - cut) / 100
    assert light.duration_minutes < planned.duration_minutes
    assert light.adjustments[0].reason == DELOAD_REASON
    assert f"{cut}%" in light.adjustments[0].what


@pytest.mark.parametrize("cut", [20, 30, 40])
def test_deload_cuts_aerobic_minutes(cut: int) -> None:
    day = day_of(7, 1)  # starter week 7: 30 min aerobic
    light = session_for(Programme.STARTER, START, day, assessment(day, cut=cut))
    assert light.aerobic is not None
    assert light.aerobic.minutes == 30 * (100 - cut) // 100


def test_deload_in_a_step_up_week_also_holds_the_step() -> None:
    day = day_of(5, 0)  # starter week 5 raises sets 3 -> 4; a deload closes the gates
    light = session_for(Programme.STARTER, START, day, assessment(day, cut=30))
    assert all(b.sets == 3 * 70 // 100 for b in light.blocks)
    assert [a.reason for a in light.adjustments] == [DELOAD_REASON, DELOAD_REASON]
    assert "Held last week's level" in light.adjustments[1].what


def test_deload_never_goes_below_one_set() -> None:
    day = day_of(1, 0)  # starter week 1: 2 sets
    light = session_for(Programme.STARTER, START, day, assessment(day, cut=40))
    assert all(b.sets == 1 for b in light.blocks)


@pytest.mark.parametrize("cut", [20, 30, 40])
def test_deload_removes_high_intensity_conditioning(cut: int) -> None:
    day = day_of(11, 3)  # athlete week 11, Thursday: conditioning
    planned = session_for(Programme.ATHLETE, START, day, None)
    assert planned.title.startswith("High-intensity conditioning")
    light = session_for(Programme.ATHLETE, START, day, assessment(day, cut=cut))
    assert light.aerobic is not None
    assert "Zone 2" in light.aerobic.intensity and "RPE 8" not in light.aerobic.intensity
    assert "conditioning removed" in light.adjustments[0].what
    assert "interval" not in light.aerobic.mode


def test_deload_swaps_heavy_neural_work_for_lighter_sets_and_puts_sleep_first() -> None:
    day = day_of(6, 0)  # athlete week 6, Monday: neural exposure at ~85%
    light = session_for(Programme.ATHLETE, START, day, assessment(day, cut=30))
    assert light.blocks and all("lighter" in b.intensity for b in light.blocks)
    assert all("85%" not in b.intensity for b in light.blocks)
    assert light.recovery[0].startswith("Sleep first")
    assert not any("Hard session" in r for r in light.recovery)


def test_deload_on_a_rest_day_keeps_the_rest_and_says_why() -> None:
    day = day_of(2, 6)
    rest = session_for(Programme.STARTER, START, day, assessment(day, cut=30))
    assert rest.kind is SessionKind.RECOVERY
    assert rest.adjustments and rest.adjustments[0].reason == DELOAD_REASON


# --- progression gates ---


def test_closed_gates_hold_last_weeks_sets() -> None:
    day = day_of(2, 0)  # starter week 2 raises sets 2 -> 3
    gated = assessment(day, gates_open=False, gate_markers=(Marker.SLEEP, Marker.HRV))
    held = session_for(Programme.STARTER, START, day, gated)
    assert all(b.sets == 2 for b in held.blocks)
    (adjustment,) = held.adjustments
    assert "sleep and HRV" in adjustment.reason
    assert "volume" in adjustment.what


def test_closed_gates_hold_last_weeks_intensity() -> None:
    day = day_of(3, 2)  # starter week 3 raises RPE 6 -> 7
    gated = assessment(day, gates_open=False, gate_markers=(Marker.RHR,))
    held = session_for(Programme.STARTER, START, day, gated)
    assert all(b.intensity == "RPE 6" for b in held.blocks)
    assert "resting heart rate is off your usual" in held.adjustments[0].reason


def test_closed_gates_in_a_week_without_a_step_change_nothing() -> None:
    day = day_of(1, 0)
    gated = assessment(day, gates_open=False, gate_markers=(Marker.MOOD,))
    assert session_for(Programme.STARTER, START, day, gated) == session_for(
        Programme.STARTER, START, day, None
    )


def test_closed_gates_hold_a_new_neural_day() -> None:
    day = day_of(3, 4)  # athlete week 3 adds Friday's neural day
    assert session_for(Programme.ATHLETE, START, day, None).kind is SessionKind.STRENGTH
    gated = assessment(day, gates_open=False, gate_markers=(Marker.MOOD,))
    held = session_for(Programme.ATHLETE, START, day, gated)
    assert held.kind is SessionKind.RECOVERY
    assert "frequency" in held.adjustments[0].what and "mood" in held.adjustments[0].reason


# --- escalation ---


def test_escalation_notes_clinical_support_first() -> None:
    day = day_of(2, 0)
    session = session_for(Programme.RHYTHM, START, day, assessment(day, cut=20, escalation=True))
    assert "clinical support" in session.adjustments[0].what
    assert session.adjustments[0].reason == ESCALATION_REASON
    assert session.adjustments[1].reason == DELOAD_REASON


# --- text ---


def test_describe_puts_reasons_before_the_plan() -> None:
    day = day_of(7, 0)
    session = session_for(Programme.STARTER, START, day, assessment(day, cut=30, escalation=True))
    text = describe(session)
    assert ESCALATION_REASON in text and DELOAD_REASON in text
    assert text.index(DELOAD_REASON) < text.index("Squat 2 x 8-10 @ RPE 7, rest 60-90 s")
    assert "practice-informed" in text
    assert "|" not in text and "**" not in text


def test_describe_lists_every_part_of_the_session() -> None:
    session = session_for(Programme.STARTER, START, day_of(1, 1), None)
    text = describe(session)
    assert "20 min walk, cycle or swim" in text
    assert session.downregulation in text
    assert all(pick in text for pick in session.micro_regulation)
    assert all(item in text for item in session.recovery)


def test_describe_week_has_one_line_per_day() -> None:
    text = describe_week(Programme.RHYTHM, START, day_of(1, 3))
    lines = text.splitlines()
    assert len(lines) == 8
    assert lines[1].startswith("Mon 05 Jan: Rest")
    assert lines[3].startswith("Wed 07 Jan: Gym: heavy")
