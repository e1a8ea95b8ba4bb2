"""/delete while a safety question is open (docs/safety.md, "The flow").

The deletion removes the open question with everything else, so the person would leave with
a plain "deleted" and no numbers: the reply begins with the crisis text the flow sends (the
country's line, the language the question was asked in), then the deletion confirmation.
A tap on /delete's own buttons is never read as an answer to the safety question, and the
question is never asked again after the deletion (its answer could no longer be read).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select

from adapters.storage.models import Base
from bot import bootstrap
from bot.safety import SafetyScreen
from bot.settings import Settings
from core.coach import texts
from core.safety.finding import with_screener
from tests.clocks import fixed_clock
from tests.coach.safety_golden import (
    BACK_GB,
    CRISIS_GB,
    LIFE_AGAIN_EN,
    SAFE_NOW_EN,
    SAFETY_PLAN_GB,
)
from tests.coach.safety_script import ASK_BAND, MEANS, ScriptedScreener
from tests.coach.talk import Person, onboard, texts_of
from tests.coach.test_teams import create_team, join
from tests.dbfixtures import engine_for, release

START = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
ABUSE = "my partner hits me when he drinks"  # scripted: danger from someone else
DELETE_YES = "Yes, delete everything"


@pytest.fixture
def wiring(database_url: str) -> Iterator[bootstrap.Wiring]:
    safety = SafetyScreen(with_screener(ScriptedScreener()))
    built = bootstrap.build(Settings(database_url=database_url), migrate=False,
                            engine=engine_for(database_url), clock=fixed_clock(), safety=safety)
    yield built
    release(built.engine)


@pytest.fixture
def ana(wiring: bootstrap.Wiring) -> Person:
    person = Person(wiring.coach, "ana", START)
    onboard(person, "Europe/London", "GB")
    return person


def stored_rows(engine: Engine) -> dict[str, int]:
    """Every table's row count but platform update ids (no person in them)."""
    counts = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name not in {"processed_updates", "alembic_version"}:
                counts[table.name] = connection.execute(
                    select(func.count()).select_from(table)).scalar_one()
    return {name: count for name, count in counts.items() if count}


def asks_to_delete(person: Person) -> None:
    replies = texts_of(person.says("/delete"))
    assert replies[-1] == texts.DELETE_QUESTION


# -- the crisis text first --------------------------------------------------------------


def test_a_typed_yes_to_delete_under_are_you_safe_is_not_i_am_safe(
    ana: Person, wiring: bootstrap.Wiring
) -> None:
    """`_coach_asks_too`: the typed "yes" is the confirmation's, never "I'm safe"; and the
    question, deleted with the rest, is not asked again after the deletion."""
    ana.says(MEANS)
    assert texts_of(ana.says("no"))[0] == CRISIS_GB  # means named: "Are you safe right now?"
    asks_to_delete(ana)
    assert texts_of(ana.says("yes")) == [CRISIS_GB, texts.DELETED]
    assert stored_rows(wiring.engine) == {}


def test_a_typed_yes_under_the_direct_question_stays_the_safety_answer(
    ana: Person, wiring: bootstrap.Wiring
) -> None:
    """The other way round, unchanged: a typed "yes" while "Are you thinking about ending
    your life?" is open is read as that answer first (the safer reading); nothing is
    deleted, and a tap on the confirmation is needed."""
    ana.says("I want to kill myself")
    asks_to_delete(ana)
    assert texts_of(ana.says("yes")) == [CRISIS_GB, SAFETY_PLAN_GB, SAFE_NOW_EN]
    assert "people" in stored_rows(wiring.engine)


def test_the_band_question_left_open_gets_the_crisis_text_too(
    ana: Person, wiring: bootstrap.Wiring
) -> None:
    """Decided: every kind counts. The band's question can't be asked again after the
    deletion (a typed "yes" to it was greeted as a newcomer), so its numbers are given."""
    ana.says(ASK_BAND)
    asks_to_delete(ana)
    assert texts_of(ana.taps(DELETE_YES)) == [CRISIS_GB, texts.DELETED]
    assert stored_rows(wiring.engine) == {}


def test_a_question_asked_hours_ago_and_still_open_counts(ana: Person) -> None:
    ana.says("I want to kill myself")
    ana.at += timedelta(hours=5)  # past the hour the crisis text stays in front; still open
    asks_to_delete(ana)
    assert texts_of(ana.taps(DELETE_YES)) == [CRISIS_GB, texts.DELETED]


@pytest.mark.parametrize("command", ["/leave", "/pause 7"])
def test_leaving_a_team_or_pausing_keeps_the_crisis_text_and_the_question_first(
    wiring: bootstrap.Wiring, ana: Person, command: str
) -> None:
    """The other ways of stepping away delete nothing and the conversation goes on: the
    reply is the command's, after the crisis text and the question (unchanged)."""
    join(ana, create_team(Person(wiring.coach, "cora", START)), scores=False, safety=False)
    ana.says("I want to kill myself")
    replies = texts_of(ana.says(command))
    assert replies[:2] == [CRISIS_GB, LIFE_AGAIN_EN]
    assert replies[2].startswith(("You've left Morning Rowers", "Paused: no prompts"))
    assert "people" in stored_rows(wiring.engine)


# -- unchanged without an open question -------------------------------------------------


def test_without_a_safety_question_the_deletion_is_unchanged(
    ana: Person, wiring: bootstrap.Wiring
) -> None:
    asks_to_delete(ana)
    assert texts_of(ana.taps(DELETE_YES)) == [texts.DELETED]
    assert stored_rows(wiring.engine) == {}


def test_after_the_question_was_answered_no_the_deletion_is_unchanged(ana: Person) -> None:
    ana.says("I want to kill myself")
    assert texts_of(ana.says("no")) == [BACK_GB]
    asks_to_delete(ana)
    assert texts_of(ana.taps(DELETE_YES)) == [texts.DELETED]


def test_after_the_question_lapsed_the_deletion_is_unchanged(ana: Person) -> None:
    ana.says("I want to kill myself")
    ana.at += timedelta(days=1, minutes=1)
    asks_to_delete(ana)
    assert texts_of(ana.taps(DELETE_YES)) == [texts.DELETED]
