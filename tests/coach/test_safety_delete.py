"""/delete while a safety question is open (docs/safety.md, "The flow").

The deletion removes the open question with everything else, so the person would leave with
a plain "deleted" and no numbers: the reply begins with the crisis text the flow sends (the
country's line, the language the question was asked in), then the deletion confirmation.
A tap on /delete's own buttons is never read as an answer to the safety question, and the
question is never asked again after the deletion (its answer could no longer be read).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select

from adapters.charts.trend import render_trend
from adapters.storage import SqlStore
from adapters.storage.models import Base
from adapters.storage.store import SqlTx
from bot import bootstrap
from core.coach import Coach, texts
from core.safety.finding import with_screener
from core.safety.texts import crisis_text
from tests.coach.safety_golden import (
    ABUSE_GB,
    ASK_URGENT_EN,
    BACK_GB,
    CRISIS_GB,
    LIFE_AGAIN_EN,
    SAFE_AGAIN_EN,
    SAFE_NOW_EN,
    SAFETY_PLAN_GB,
)
from tests.coach.safety_script import ASK_BAND, MEANS, ScriptedScreener
from tests.coach.talk import Person, onboard, texts_of
from tests.coach.test_teams import create_team, join
from tests.core.safety.test_safety_flow_texts import CRISIS_ES_SPAIN

START = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
ABUSE = "my partner hits me when he drinks"  # scripted: danger from someone else
DELETE_YES = "Yes, delete everything"


@pytest.fixture
def wiring(rules_only_wiring: bootstrap.Wiring) -> bootstrap.Wiring:
    return rules_only_wiring  # the scripted screen (tests/coach/conftest.py)


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


def test_a_tapped_yes_under_the_direct_question_deletes_after_the_crisis_text(
    ana: Person, wiring: bootstrap.Wiring
) -> None:
    assert texts_of(ana.says("I want to kill myself")) == [CRISIS_GB, ASK_URGENT_EN]
    assert texts_of(ana.says("/delete")) == [CRISIS_GB, LIFE_AGAIN_EN, texts.DELETE_QUESTION]
    assert texts_of(ana.taps(DELETE_YES)) == [CRISIS_GB, texts.DELETED]  # no plan: no "yes"
    assert stored_rows(wiring.engine) == {}  # the open question went with the rest


def test_a_tapped_yes_under_are_you_safe_is_not_i_am_safe(
    ana: Person, wiring: bootstrap.Wiring
) -> None:
    ana.says("I want to kill myself")
    assert texts_of(ana.says("yes")) == [CRISIS_GB, SAFETY_PLAN_GB, SAFE_NOW_EN]
    asks_to_delete(ana)
    assert texts_of(ana.taps(DELETE_YES)) == [CRISIS_GB, texts.DELETED]
    assert stored_rows(wiring.engine) == {}


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


def test_after_danger_from_someone_else_the_crisis_text_keeps_its_lines(
    ana: Person, wiring: bootstrap.Wiring
) -> None:
    assert texts_of(ana.says(ABUSE)) == [ABUSE_GB, SAFE_NOW_EN]
    assert texts_of(ana.says("/delete")) == [ABUSE_GB, SAFE_AGAIN_EN, texts.DELETE_QUESTION]
    assert texts_of(ana.taps(DELETE_YES)) == [ABUSE_GB, texts.DELETED]
    assert stored_rows(wiring.engine) == {}


def test_in_spanish_in_spain_the_crisis_text_is_the_one_the_question_was_asked_in(
    wiring: bootstrap.Wiring,
) -> None:
    lucia = Person(wiring.coach, "lucia", START)
    onboard(lucia, "Europe/Madrid", "ES")
    assert texts_of(lucia.says("quiero morirme"))[0] == CRISIS_ES_SPAIN
    lucia.says("/set country GB")  # the question keeps the country and language it was asked in
    asks_to_delete(lucia)
    assert texts_of(lucia.taps(DELETE_YES)) == [CRISIS_ES_SPAIN, texts.DELETED]
    assert stored_rows(wiring.engine) == {}


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


def test_a_team_coach_in_crisis_gets_the_crisis_text_before_the_deletion_and_the_team(
    wiring: bootstrap.Wiring,
) -> None:
    cora = Person(wiring.coach, "cora", START)
    create_team(cora)
    cora.says("I want to kill myself")
    asks_to_delete(cora)
    again, team_question = cora.taps(DELETE_YES)  # the team question goes on, as a check-in
    assert again.text == LIFE_AGAIN_EN
    assert team_question.text.startswith("You coach Morning Rowers")
    assert texts_of(cora.taps(texts.REMOVE_TEAM)) == [
        crisis_text(None), texts.DELETED, texts.TEAM_REMOVED.format(name="Morning Rowers")]


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


def test_a_tapped_no_under_the_direct_question_deletes_nothing(
    ana: Person, wiring: bootstrap.Wiring
) -> None:
    ana.says("I want to kill myself")
    asks_to_delete(ana)
    assert texts_of(ana.taps("No")) == [LIFE_AGAIN_EN, texts.DELETE_CANCELLED]
    assert "people" in stored_rows(wiring.engine)


# -- never "deleted" unless committed ---------------------------------------------------


@dataclass
class CommitFails:
    """A store whose transaction fails at the end when it deleted a person (a lost
    connection at commit): it rolls back, and the Coach must say nothing."""

    store: SqlStore

    @contextmanager
    def transaction(self, at: datetime | None = None) -> Iterator[SqlTx]:
        with self.store.transaction(at) as tx:
            yield tx
            if tx.deleted_person:
                raise ConnectionError("lost at commit")


def test_nothing_is_said_deleted_when_the_transaction_does_not_commit(
    wiring: bootstrap.Wiring,
) -> None:
    coach = Coach(CommitFails(wiring.store), render_trend,
                  screens=with_screener(ScriptedScreener()))
    ana = Person(coach, "ana", START)
    onboard(ana, "Europe/London", "GB")
    ana.says("I want to kill myself")
    asks_to_delete(ana)
    with pytest.raises(ConnectionError):
        ana.taps(DELETE_YES)
    assert texts.DELETED not in ana.log
    assert {"people", "safety_questions"} <= set(stored_rows(wiring.engine))  # rolled back
