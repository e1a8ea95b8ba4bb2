"""Property tests: random check-in histories, every programme, the day's plan stays right.

Invariants (issue 12, "Done means"), checked on every day of nine weeks:

* a stated cut is the applied cut (sets x reps per lift, or minutes) within 5 points, and
  within 5 points of the deload's or the poor day's own percentage;
* no session raises more than one variable over the same weekday of the last completed full
  week, and none raises anything on a day the progression gates are closed;
* every session with work at >= 80% est. 1RM or RPE >= 8 starts with a warm-up and a ramp-up
  (lighter sets before each heavy lift), written before the work;
* durations stay inside the template's bounds (reduced days: never above them);
* the preview of a day equals the day when no check-in changes it;
* very low ratings never get an unchanged plan, and "train as planned" never follows "very
  low";
* the day's message fits a phone: at most 12 lines and 900 characters.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from core.assessment import Assessment, DayEntry
from core.checkin_fields import CheckIn
from core.day_plan import PlanInputs, assessment_on, session_on, week_on
from core.programmes import AdjustmentKind, Programme, Session, SessionKind, describe
from core.programmes.model import Block
from core.programmes.volume import TOLERANCE, Reps, block_volume, cut_percent
from core.weekly_review import Review, Signal

START = date(2026, 1, 5)  # a Monday
WEEKS = 9
_REDUCED = {AdjustmentKind.DELOAD, AdjustmentKind.LIGHTER, AdjustmentKind.RECOVERY_DAY}

# (programme, kind) -> minutes: seed 000 Template 1 (strength 30-45, aerobic 20-40), Template
# 2 (aerobic base 30-60), seed 001 (runs 15-30); the project's bounds where the seeds give
# none (docs/programmes.md, "Durations"): gym days 30-60 (athlete) or 30-75 (rhythm),
# conditioning 20-30.
BOUNDS = {
    (Programme.STARTER, SessionKind.STRENGTH): (30, 45),
    (Programme.STARTER, SessionKind.AEROBIC): (20, 40),
    (Programme.ATHLETE, SessionKind.STRENGTH): (30, 60),
    (Programme.ATHLETE, SessionKind.AEROBIC): (20, 60),
    (Programme.RHYTHM, SessionKind.STRENGTH): (30, 75),
    (Programme.RHYTHM, SessionKind.AEROBIC): (15, 30),
}

# A day is one of these moods; "skip" leaves no check-in.
_DAYS = {
    "good": st.builds(CheckIn, st.integers(7, 9), st.integers(2, 4), st.integers(6, 9),
                      st.integers(7, 9)),
    "meh": st.builds(CheckIn, st.integers(5, 7), st.integers(3, 6), st.integers(5, 7),
                     st.integers(5, 7)),
    "bad": st.builds(CheckIn, st.integers(3, 6), st.integers(5, 8), st.integers(3, 6),
                     st.integers(3, 6)),
    "awful": st.builds(CheckIn, st.integers(0, 3), st.integers(6, 10), st.integers(0, 3),
                       st.integers(0, 3)),
}
_WEIGHTED = ("good",) * 5 + ("meh", "meh", "bad", "bad", "awful", "skip")


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[DayEntry], tuple[Review, ...]]:
    """Up to 30 days before the start, then nine weeks, with slumps and missing days."""
    before = draw(st.integers(0, 30))
    entries = []
    day = START - timedelta(days=before)
    mood = "good"
    while day < START + timedelta(weeks=WEEKS):
        if draw(st.integers(0, 4)) == 0:  # moods come in runs
            mood = draw(st.sampled_from(_WEIGHTED))
        if mood != "skip":
            entries.append(DayEntry(day, draw(_DAYS[mood])))
        day += timedelta(days=1)
    sundays = [START + timedelta(weeks=w, days=6) for w in range(WEEKS)]
    chosen = draw(st.lists(st.sampled_from(sundays), max_size=3, unique=True))
    signals = st.frozensets(st.sampled_from(list(Signal)), min_size=1, max_size=2)
    reviews = tuple(Review(s - timedelta(days=6), draw(signals)) for s in chosen)
    return entries, reviews


@dataclass(frozen=True)
class Day:
    session: Session
    assessment: Assessment
    checkin: CheckIn | None


def delivered(programme: Programme, entries: list[DayEntry], reviews: tuple[Review, ...]
              ) -> list[Day]:
    """Every day's session as the person saw it after that morning's check-in."""
    inputs = PlanInputs(programme, START, None, entries, reviews)
    checkins = {e.day: e.checkin for e in entries}
    days = []
    for week in range(WEEKS):
        for session, assessment in week_on(inputs, START + timedelta(weeks=week)):
            days.append(Day(session, assessment, checkins.get(session.day)))
    return days


def _first(text: str) -> int:
    return int(re.findall(r"\d+", text)[0])


def _raised(before: Session, after: Session) -> set[str]:
    """The variables `after` raises over `before` (the same weekday of another week)."""
    ups: set[str] = set()
    if before.kind is SessionKind.RECOVERY and after.kind is not SessionKind.RECOVERY:
        ups.add("frequency")
    for b, a in zip(before.blocks, after.blocks, strict=False):
        if a.sets > b.sets:
            ups.add("sets")
        if Reps.parse(a.reps).high > Reps.parse(b.reps).high:
            ups.add("reps")
        if (a.percent or 0) > (b.percent or 0) or (a.rpe or 0) > (b.rpe or 0):
            ups.add("intensity")
    if after.aerobic is not None and before.aerobic is not None:
        if after.aerobic.minutes > before.aerobic.minutes:
            ups.add("minutes")
        if after.aerobic.peak_rpe > before.aerobic.peak_rpe:
            ups.add("intensity")
    elif after.aerobic is not None and before.kind is not SessionKind.RECOVERY:
        ups.add("frequency")
    return ups


def _completed(week: list[Day]) -> bool:
    """A full week: nothing cut, held or deloaded, and not a planned lighter week."""
    for day in week:
        for a in day.session.adjustments:
            if a.kind in (AdjustmentKind.DELOAD, AdjustmentKind.HOLD):
                return False
            if a.kind in _REDUCED and "rest as planned" not in a.what:
                return False
        if "lighter week" in day.session.title or "before" in day.session.week_label:
            return False
    return True


def _programmes() -> st.SearchStrategy[Programme]:
    return st.sampled_from(list(Programme))


# No shrinking: a nine-week history shrinks for minutes; the failing example is printed whole.
# COACH_PLAN_EXAMPLES=300 for a thorough run (about 2 s of CPU per 10 examples and test).
EXAMPLES = int(os.environ.get("COACH_PLAN_EXAMPLES", "20"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    phases=(Phase.explicit, Phase.reuse, Phase.generate),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(_programmes(), histories())
def test_stated_cuts_are_applied_cuts(
    programme: Programme, drawn: tuple[list[DayEntry], tuple[Review, ...]]
) -> None:
    entries, reviews = drawn
    inputs = PlanInputs(programme, START, None, entries, reviews)
    for day in delivered(programme, entries, reviews):
        for change in day.session.adjustments:
            if change.cut_percent is None:
                continue
            a = day.assessment
            target = max(a.deload.volume_cut_percent if a.deload else 0,
                         a.poor_day.volume_cut_percent if a.poor_day else 0)
            assert abs(change.cut_percent - target) <= TOLERANCE
            assert f"about {change.cut_percent}% less volume" in change.what
            uncut = Assessment(**{**_fields(a), "deload": None, "poor_day": None,
                                  "load_increase_allowed": False})
            base = session_on(inputs, day.session.day, uncut)
            pairs: list[tuple[float, float]] = [
                (block_volume(b), block_volume(c))
                for b, c in zip(base.blocks, day.session.blocks, strict=True)
            ]
            if base.aerobic is not None and day.session.aerobic is not None:
                pairs.append((base.aerobic.minutes, day.session.aerobic.minutes))
            assert pairs
            for before, after in pairs:
                assert abs(cut_percent(before, after) - change.cut_percent) <= TOLERANCE


def _fields(assessment: Assessment) -> dict[str, object]:
    return {name: getattr(assessment, name) for name in assessment.__dataclass_fields__}


@SETTINGS
@given(_programmes(), histories())
def test_one_variable_at_a_time_over_the_last_completed_week_and_none_while_held(
    programme: Programme, drawn: tuple[list[DayEntry], tuple[Review, ...]]
) -> None:
    days = delivered(programme, *drawn)
    weeks = [days[i : i + 7] for i in range(0, len(days), 7)]
    reference: list[Day] | None = None
    for week in weeks:
        if reference is not None:
            for day, ref in zip(week, reference, strict=True):
                if any(a.kind in _REDUCED for a in day.session.adjustments):
                    continue  # a reduced day is below its level by construction
                ups = _raised(ref.session, day.session)
                assert len(ups) <= 1, (day.session.day, ups)
                if not day.assessment.load_increase_allowed:
                    assert not ups, (day.session.day, ups, day.session.adjustments)
        if _completed(week):
            reference = week


@SETTINGS
@given(_programmes(), histories())
def test_heavy_work_starts_with_a_warm_up_and_ramps_up(
    programme: Programme, drawn: tuple[list[DayEntry], tuple[Review, ...]]
) -> None:
    for day in delivered(programme, *drawn):
        session = day.session
        heavy: list[Block] = [b for b in session.blocks if b.heavy]
        hard_aerobic = session.aerobic is not None and session.aerobic.heavy
        if session.kind is not SessionKind.RECOVERY:
            assert session.warm_up is not None
        if not heavy and not hard_aerobic:
            continue
        assert session.warm_up is not None and session.warm_up.ramp
        for block in heavy:
            assert len(block.ramp) >= 2
            assert all(r.percent < (block.percent or 0) for r in block.ramp)
        text = describe(session, day.assessment.reason)
        work = block_line_start(session)
        assert text.index("Warm-up") < text.index(session.warm_up.ramp) <= text.index(work)


def block_line_start(session: Session) -> str:
    if session.blocks:
        return "- " + session.blocks[0].lift
    assert session.aerobic is not None
    return f"- {session.aerobic.minutes} min"


@SETTINGS
@given(_programmes(), histories())
def test_durations_stay_inside_the_templates_bounds(
    programme: Programme, drawn: tuple[list[DayEntry], tuple[Review, ...]]
) -> None:
    for day in delivered(programme, *drawn):
        session = day.session
        bounds = BOUNDS.get((programme, session.kind))
        if bounds is None:
            continue
        low, high = bounds
        assert session.duration_minutes <= high, session.title
        if not any(a.kind in _REDUCED for a in session.adjustments):
            assert session.duration_minutes >= low, session.title


@SETTINGS
@given(_programmes(), histories(), st.integers(0, WEEKS * 7 - 2))
def test_the_preview_of_a_day_is_that_day_without_a_new_check_in(
    programme: Programme, drawn: tuple[list[DayEntry], tuple[Review, ...]], offset: int
) -> None:
    entries, reviews = drawn
    today = START + timedelta(days=offset)
    tomorrow = today + timedelta(days=1)
    known = [e for e in entries if e.day <= today]  # asked today: nothing from tomorrow yet
    asked_today = PlanInputs(programme, START, None, known, reviews)
    preview = describe(session_on(asked_today, tomorrow),
                       assessment_on(asked_today, tomorrow).reason)
    # tomorrow, before (or without) a check-in, with the week's history as it then stands
    asked_tomorrow = PlanInputs(programme, START, None, [*known], reviews)
    day = session_on(asked_tomorrow, tomorrow)
    assert preview == describe(day, assessment_on(asked_tomorrow, tomorrow).reason)
    week = dict((s.day, s) for s, _ in week_on(asked_today, today))
    if tomorrow in week:
        assert week[tomorrow] == day


@SETTINGS
@given(_programmes(), histories())
def test_very_low_ratings_never_get_an_unchanged_plan(
    programme: Programme, drawn: tuple[list[DayEntry], tuple[Review, ...]]
) -> None:
    for day in delivered(programme, *drawn):
        reason = day.assessment.reason
        assert not ("very low" in reason and "train as planned" in reason), reason
        checkin = day.checkin
        if checkin is None:
            continue
        ratings = (checkin.sleep, checkin.recovery, checkin.mood)
        if any(r is not None and r <= 3 for r in ratings):
            kinds = {a.kind for a in day.session.adjustments}
            assert kinds & _REDUCED, (day.session.day, checkin)
            assert "train as planned" not in describe(day.session, reason)


@SETTINGS
@given(_programmes(), histories())
def test_the_days_message_fits_a_phone_screen(
    programme: Programme, drawn: tuple[list[DayEntry], tuple[Review, ...]]
) -> None:
    for day in delivered(programme, *drawn):
        text = describe(day.session, day.assessment.reason)
        assert len(text.splitlines()) <= 12, text
        assert len(text) <= 900, text
        assert "practice-informed" not in text
