"""Programmes: weeks, progression, rest days, downregulation, micro-regulation."""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

import pytest

from core.assessment import DayReadiness
from core.programmes import (
    AdjustmentKind,
    Programme,
    Session,
    SessionKind,
    athlete,
    rhythm,
    session_for,
    starter,
    week_at_a_glance,
)
from core.programmes.daily import MICRO_REGULATION
from core.programmes.progression import INTENSITY, VOLUME, Levels, raised, week_number

START = date(2026, 1, 5)  # a Monday


def day_of(week: int, weekday: int, start: date = START) -> date:
    return start + timedelta(weeks=week - 1, days=weekday)


def week_sessions(programme: Programme, week: int) -> list[Session]:
    return [session_for(programme, START, day_of(week, d), None) for d in range(7)]


# --- week numbering and the grid ---


def test_week_numbering_monday_to_wednesday_start_counts_its_own_week() -> None:
    wednesday = date(2026, 1, 7)
    assert week_number(wednesday, wednesday) == 1
    assert week_number(wednesday, date(2026, 1, 12)) == 2


def test_week_numbering_late_week_start_extends_week_one() -> None:
    friday = date(2026, 1, 9)
    assert week_number(friday, friday) == 1
    assert week_number(friday, date(2026, 1, 18)) == 1  # the next full week is still week 1
    assert week_number(friday, date(2026, 1, 19)) == 2


def test_days_before_start_say_when_the_programme_starts() -> None:
    session = session_for(Programme.STARTER, date(2026, 1, 7), date(2026, 1, 6), None)
    assert session.kind is SessionKind.RECOVERY
    assert "starts on Wed 07 Jan 2026" in session.title
    assert session.recovery and not session.blocks


@pytest.mark.parametrize("programme", list(Programme))
def test_week_at_a_glance_is_monday_to_sunday(programme: Programme) -> None:
    glance = week_at_a_glance(programme, START, date(2026, 1, 22))
    assert [d for d, _ in glance] == [date(2026, 1, 19) + timedelta(days=i) for i in range(7)]
    assert all(title for _, title in glance)


# --- first and last weeks ---


def test_starter_first_week() -> None:
    monday, tuesday, sunday = (session_for(Programme.STARTER, START, day_of(1, d), None)
                               for d in (0, 1, 6))
    assert monday.kind is SessionKind.STRENGTH and monday.week == 1
    patterns = {b.pattern for s in week_sessions(Programme.STARTER, 1) for b in s.blocks}
    assert {"squat", "hinge", "carry"} <= patterns
    assert any("push" in p for p in patterns) and any("pull" in p for p in patterns)
    assert all(b.sets == 2 and b.intensity == "RPE 6" for b in monday.blocks)
    assert 30 <= monday.duration_minutes <= 45
    assert tuesday.aerobic is not None and tuesday.aerobic.minutes == 20
    assert "talk test" in tuesday.aerobic.intensity and "Zone 2" in tuesday.aerobic.intensity
    assert sunday.kind is SessionKind.RECOVERY
    kinds = [s.kind for s in week_sessions(Programme.STARTER, 1)]
    assert kinds.count(SessionKind.STRENGTH) == 3
    assert kinds.count(SessionKind.AEROBIC) == 2
    assert kinds.count(SessionKind.RECOVERY) == 2


def test_starter_last_week_then_round_two_repeats_with_progression() -> None:
    week6 = session_for(Programme.STARTER, START, day_of(6, 0), None)
    assert all(b.sets == 4 and b.intensity == "RPE 7" for b in week6.blocks)
    assert [b.reps for b in week6.blocks if b.pattern != "carry"] == ["8-10"] * 3
    assert 30 <= week6.duration_minutes <= 45
    assert week6.week_label == "week 6 of 6"
    week1 = session_for(Programme.STARTER, START, day_of(1, 0), None)
    week7 = session_for(Programme.STARTER, START, day_of(7, 0), None)
    assert week7.week_label == "week 1 of 6, round 2"
    assert week7.blocks == week1.blocks  # a lighter re-base, heavier weights at the same RPE
    (offer,) = week7.adjustments
    assert offer.kind is AdjustmentKind.NEXT_STEP and "Starter done: round 2" in offer.what
    assert "/set programme athlete" in offer.reason and "/set programme rhythm" in offer.reason
    week12 = session_for(Programme.STARTER, START, day_of(12, 0), None)
    assert week12.blocks == week6.blocks and week12.week_label == "week 6 of 6, round 2"
    assert not week12.adjustments
    week13 = session_for(Programme.STARTER, START, day_of(13, 2), None)
    assert week13.week_label == "week 1 of 6, round 3" and "round 3" in week13.adjustments[0].what


def test_athlete_first_week() -> None:
    sessions = week_sessions(Programme.ATHLETE, 1)
    monday, tuesday, wednesday, thursday, friday, saturday, _ = sessions
    assert all(b.reps == "3-5" and b.intensity == "~80% est. 1RM" and b.rest == "2-4 min"
               for b in monday.blocks)
    assert "2-3 s" in wednesday.cue
    assert wednesday.blocks[0].reps == "6-10" and "65%" in wednesday.blocks[0].intensity
    assert tuesday.aerobic is not None and tuesday.aerobic.minutes == 30
    assert saturday.aerobic is not None and 30 <= saturday.aerobic.minutes <= 60
    assert thursday.kind is SessionKind.RECOVERY and friday.kind is SessionKind.RECOVERY
    assert all(any("Movement hygiene" in n for n in s.notes) or "movement hygiene" in s.cue
               for s in sessions)


def test_athlete_last_week_is_lighter_and_then_rolls_over() -> None:
    week11 = week_sessions(Programme.ATHLETE, 11)
    week12 = week_sessions(Programme.ATHLETE, 12)
    assert week11[3].title.startswith("High-intensity conditioning")
    assert week12[3].kind is SessionKind.RECOVERY  # no conditioning in the lighter week
    assert all(b.sets == 2 and b.intensity == "~90% est. 1RM" for b in week12[0].blocks)
    assert "lighter" in week12[0].title
    week13 = week_sessions(Programme.ATHLETE, 13)
    assert [s.blocks for s in week13] == [s.blocks for s in week_sessions(Programme.ATHLETE, 1)]
    assert week13[0].week_label == "week 1 of 12, cycle 2"


def test_rhythm_week_follows_the_oscillation_table() -> None:
    sessions = week_sessions(Programme.RHYTHM, 1)
    kinds = [s.kind for s in sessions]
    assert kinds == [
        SessionKind.RECOVERY, SessionKind.AEROBIC, SessionKind.STRENGTH, SessionKind.AEROBIC,
        SessionKind.RECOVERY, SessionKind.STRENGTH, SessionKind.AEROBIC,
    ]
    runs = [s.aerobic.minutes for s in sessions if s.aerobic is not None]
    assert len(runs) == 3 and all(15 <= m <= 30 for m in runs)
    assert "heavy" in sessions[2].title and "hypertrophy" in sessions[5].title
    assert any(b.pattern == "accessory" for b in sessions[5].blocks)
    assert "cool-down walk" in sessions[1].downregulation


def test_rhythm_last_week_of_the_wave_is_lighter_then_repeats() -> None:
    week4 = week_sessions(Programme.RHYTHM, 4)
    assert all(b.sets == 2 for b in week4[2].blocks) and "lighter" in week4[2].title
    assert [s.blocks for s in week_sessions(Programme.RHYTHM, 5)] == [
        s.blocks for s in week_sessions(Programme.RHYTHM, 1)
    ]


# --- progression: one variable at a time ---

TABLES = {
    Programme.STARTER: ([s.levels for s in starter.TABLE], 0),
    Programme.ATHLETE: ([s.levels for s in athlete.TABLE], 0),
    Programme.RHYTHM: ([s.levels for s in rhythm.TABLE], 0),
}


@pytest.mark.parametrize("programme", list(Programme))
def test_each_table_week_raises_at_most_one_variable(programme: Programme) -> None:
    levels, first = TABLES[programme]
    pairs = [*itertools.pairwise(levels), (levels[-1], levels[first])]
    for before, after in pairs:
        assert len(raised(before, after)) <= 1, (before, after)


@pytest.mark.parametrize("programme", list(Programme))
def test_a_cycle_start_raises_nothing_over_any_row_but_a_lighter_one(programme: Programme) -> None:
    """Cycles start on schedule whatever the replay reached, so this must hold for every row."""
    levels, first = TABLES[programme]
    table = {Programme.STARTER: starter.TABLE, Programme.ATHLETE: athlete.TABLE,
             Programme.RHYTHM: rhythm.TABLE}[programme]
    for row, before in enumerate(levels):
        ups = raised(before, levels[first])
        assert len(ups) <= 1, (row, ups)
        if not table[row].lighter and row >= first:
            assert not ups, (row, ups)


def test_raised_detects_two_variables() -> None:
    before = Levels(volume=(2,), intensity=(6,), frequency=(3,))
    after = Levels(volume=(3,), intensity=(7,), frequency=(3,))
    assert raised(before, after) == {VOLUME, INTENSITY}


def test_starter_rows_each_raise_exactly_one_variable() -> None:
    levels = [s.levels for s in starter.TABLE]
    assert all(len(raised(a, b)) == 1 for a, b in itertools.pairwise(levels))


def _number(text: str) -> int:
    found = re.findall(r"\d+", text)
    return int(found[0]) if found else 0


def _weekly(programme: Programme, week: int) -> tuple[int, int, dict[tuple[int, str], int]]:
    sessions = week_sessions(programme, week)
    sets = sum(b.sets for s in sessions for b in s.blocks)
    minutes = sum(s.aerobic.minutes for s in sessions if s.aerobic is not None)
    load = {(s.day.weekday(), b.pattern): _number(b.intensity) for s in sessions for b in s.blocks}
    return sets, minutes, load


@pytest.mark.parametrize("programme", list(Programme))
def test_delivered_weeks_never_raise_volume_and_intensity_together(programme: Programme) -> None:
    for week in range(1, 26):
        sets0, minutes0, load0 = _weekly(programme, week)
        sets1, minutes1, load1 = _weekly(programme, week + 1)
        volume_up = sets1 > sets0 or minutes1 > minutes0
        intensity_up = any(load1[k] > v for k, v in load0.items() if k in load1)
        assert not (volume_up and intensity_up), (programme, week)


# --- every day's content ---


@pytest.mark.parametrize("programme", list(Programme))
def test_rest_days_carry_recovery_content(programme: Programme) -> None:
    rest_days = [s for w in range(1, 13) for s in week_sessions(programme, w)
                 if s.kind is SessionKind.RECOVERY]
    assert rest_days
    for session in rest_days:
        assert not session.blocks
        assert len(session.recovery) >= 4
        assert any("sleep" in r.lower() for r in session.recovery)
        assert any("protein" in r.lower() for r in session.recovery)


def _minutes_range(text: str) -> tuple[int, int]:
    match = re.match(r"(\d+)(?:-(\d+))? min", text)
    assert match, text
    low = int(match.group(1))
    return low, int(match.group(2) or low)


@pytest.mark.parametrize("programme", list(Programme))
def test_every_training_session_ends_with_3_to_8_min_downregulation(
    programme: Programme,
) -> None:
    training = [s for w in range(1, 13) for s in week_sessions(programme, w)
                if s.kind is not SessionKind.RECOVERY]
    assert training
    for session in training:
        low, high = _minutes_range(session.downregulation)
        assert 3 <= low <= high <= 8
        assert "exhale" in session.downregulation and "walk" in session.downregulation


def test_micro_regulation_picks_are_two_distinct_items_deterministic_by_date() -> None:
    days = [START + timedelta(days=i) for i in range(30)]
    picks = [session_for(Programme.RHYTHM, START, d, None).micro_regulation for d in days]
    for pair in picks:
        assert pair[0] != pair[1] and set(pair) <= set(MICRO_REGULATION)
    assert picks == [session_for(Programme.STARTER, START, d, None).micro_regulation for d in days]
    assert all(a != b for a, b in itertools.pairwise(picks))  # varies day to day
    assert len(set(picks)) == 6  # every pair of the four is used


def test_body_mass_turns_protein_into_grams() -> None:
    session = session_for(Programme.STARTER, START, day_of(1, 0), None, body_mass_kg=70)
    assert any("21-35 g" in n for n in session.notes)  # shown by More every day
    assert not any("protein across your meals" in r for r in session.recovery)
    unknown = session_for(Programme.STARTER, START, day_of(1, 0), None)
    assert any("0.3-0.5 g per kg" in r for r in unknown.recovery)  # rotates with the rest


def test_round_two_is_not_offered_while_load_increases_are_held() -> None:
    """A weekly review's "this week holds steady: no load increases" beside "round 2 repeats
    it with heavier weights" contradicted itself (and ran the day's message past 900
    characters: found by the phone-screen property test on a clean clone)."""
    day = day_of(7, 0)
    held = {day: DayReadiness(day, None, False, None)}
    session = session_for(Programme.STARTER, START, day, None, readiness=held)
    assert AdjustmentKind.NEXT_STEP not in {a.kind for a in session.adjustments}
