"""The day's plan through the real Coach: deload start and end, previews, /week, /more."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import bootstrap
from core.coach import texts
from core.coach.plans import MORE, TOMORROW_NOTE
from core.messages import Reply
from tests.coach.talk import Person, onboard, text_of

MONDAY = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
CALM = "8 3 7 8"
BAD = "6 3 7 6"  # sleep and mood declined against a baseline of CALM
_runs = itertools.count()


def _day(person: Person, n: int) -> None:
    person.at = MONDAY + timedelta(days=n)


def _check_in(person: Person, line: str) -> list[Reply]:
    """The check-in in one line (stored with the fourth answer, answered with the day's
    session); the optional extras question is skipped."""
    replies = person.says(line)
    person.taps("Skip")
    return replies


def _baseline(person: Person, days: int = 22) -> None:
    """Onboard before MONDAY - days and check in calmly every day until MONDAY - 1."""
    person.at = MONDAY - timedelta(days=days)
    onboard(person)
    for n in range(-days, 0):
        _day(person, n)
        _check_in(person, CALM)


def _session(replies: list[Reply]) -> Reply:
    return next(r for r in replies if MORE in r.choices)


def test_the_session_has_a_more_button_and_more_rotates_day_by_day(ana: Person) -> None:
    onboard(ana)
    today = _session(ana.says("/today"))
    assert today.choices == (MORE,)
    assert "practice-informed" not in today.text and len(today.text) <= 900
    tapped = ana.taps(MORE.label)
    typed = ana.says("/more")
    assert text_of(tapped) == text_of(typed) == text_of(ana.says("More"))
    assert "Micro-regulation today" in tapped[0].text
    assert tapped[0].text.splitlines()[-1] not in today.text  # details only behind More
    guidance = [text_of(ana.says("/more")).splitlines()[-2:]]
    ana.at += timedelta(days=1)
    guidance.append(text_of(ana.says("/more")).splitlines()[-2:])
    assert guidance[0] != guidance[1]  # rotating, not the same lines every day


def test_the_disclaimer_is_in_onboarding_and_help_not_every_session(ana: Person) -> None:
    first = ana.says("/start")
    assert "practice-informed" in first[0].text
    onboard(ana)
    assert "practice-informed templates, not validated treatment protocols" in text_of(
        ana.says("/help"))
    assert "/more" in text_of(ana.says("/help")) and "/tomorrow" in text_of(ana.says("/help"))
    assert "practice-informed" not in text_of(ana.says("/today"))


def test_a_deload_starts_counts_ends_and_the_previews_say_what_each_day_gives(
    ana: Person,
) -> None:
    _baseline(ana)
    for n in range(3):  # Mon-Wed bad: deload day 1 on Wednesday
        _day(ana, n)
        said = text_of(_check_in(ana, BAD))
    assert "Deload day 1 of 3" in said
    _day(ana, 3)
    said = text_of(_check_in(ana, CALM))
    assert "Deload day 2 of 3" in said
    tomorrow = text_of(ana.says("/tomorrow"))
    assert tomorrow.startswith(TOMORROW_NOTE)
    assert "Deload day 3 of 3 (the last: back to the plan from tomorrow)" in tomorrow
    assert "day 2 of 3" not in tomorrow
    week = text_of(ana.says("/week")).splitlines()
    assert week[3].startswith("Wed 4: ") and "(deload day 1 of 3)" in week[3]
    assert "(deload day 2 of 3)" in week[4] and week[4].endswith("<- today")
    assert "(deload day 3 of 3)" in week[5] and "(deload finished)" in week[6]
    _day(ana, 4)  # Friday: a second calm check-in in a row ends the deload early
    said = text_of(_check_in(ana, CALM))
    assert "Deload finished: back to the plan, at the level you last completed." in said
    assert "Two calm check-ins in a row ended it early." in said


# --- /tomorrow is what tomorrow gives, whatever the history (property) ---

_LINES = st.sampled_from([CALM, CALM, CALM, BAD, BAD, "3 8 3 3", "2 9 2 2", None])


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["starter", "athlete", "rhythm"]), st.lists(_LINES, min_size=8,
                                                                     max_size=12))
def test_tomorrow_is_what_tomorrow_gives_when_no_check_in_changes_it(
    wiring: bootstrap.Wiring, programme: str, lines: list[str | None]
) -> None:
    ana = Person(wiring.coach, f"ana{next(_runs)}", MONDAY)  # a new person each example
    _baseline(ana, days=16)
    ana.at = MONDAY - timedelta(days=1)
    ana.says(f"/set programme {programme}")
    preview = ""
    for n, line in enumerate(lines):
        _day(ana, n)
        if preview:  # before any check-in, today is what yesterday's /tomorrow said
            assert _session(ana.says("/today")).text == preview
        if line is not None:
            _check_in(ana, line)
        preview = _session(ana.says("/tomorrow")).text.removeprefix(TOMORROW_NOTE + "\n")


def test_help_text_lists_more() -> None:
    assert "/more" in texts.HELP
    assert "language es" in texts.HELP  # a newcomer: /help did not list /set language


def test_week_of_a_tuesday_start_begins_on_the_start_day(ana: Person) -> None:
    _day(ana, 1)  # signed up on Tuesday 3 March
    onboard(ana)
    week = text_of(ana.says("/week")).splitlines()
    assert week[0] == "Your starter week, Tue 3 Mar to Sun 8 Mar (week 1 of 6):"
    assert week[1].startswith("Tue 3: ") and week[1].endswith("<- today")
    assert not any(line.startswith("Mon 2") or "starts on" in line for line in week)
    assert [line[:3] for line in week[1:7]] == ["Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    _day(ana, 7)  # the next week is a whole one, from Monday
    week = text_of(ana.says("/week")).splitlines()
    assert week[0] == "Your starter week, Mon 9 Mar to Sun 15 Mar (week 2 of 6):"
    assert week[1].startswith("Mon 9: Strength A")
