"""The open safety question survives a restart and reaches any replica: it is kept in the
database, so an answer to "Are you thinking about ending your life?" is understood by the
next process, before any other open question (a /delete confirmation, consent).

Found by a newcomer driving `coach chat` one process per message: the "yes" was lost, or
deleted the person's data, or was stored as consent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from adapters.storage.models import Base, PersonRow
from bot import bootstrap
from bot.safety import SafetyScreen
from bot.settings import Settings
from core.coach import texts
from core.safety.finding import with_screener
from core.safety.texts import crisis_text
from tests.clocks import fixed_clock
from tests.coach.safety_golden import (
    ASK_URGENT_EN,
    BACK_GB,
    FOLLOW_UP_EN,
    SAFE_NOW_EN,
    SAFETY_PLAN_GB,
)
from tests.coach.safety_script import MEANS, ScriptedScreener
from tests.coach.talk import Person, onboard, texts_of

START = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
CRISIS_GB = crisis_text("GB")

Restart = Callable[[], bootstrap.Wiring]


@pytest.fixture
def processes(database_url: str) -> Iterator[Restart]:
    """Each call builds a new process's wiring (a fresh Coach and memory) on one database."""
    built: list[bootstrap.Wiring] = []

    def start() -> bootstrap.Wiring:
        safety = SafetyScreen(with_screener(ScriptedScreener()))
        wiring = bootstrap.build(Settings(database_url=database_url), clock=fixed_clock(),
                                 safety=safety)
        built.append(wiring)
        return wiring

    yield start
    for wiring in built:
        wiring.engine.dispose()


def moved(person: Person, wiring: bootstrap.Wiring) -> Person:
    """The same person, now talking to another process (their latest buttons kept)."""
    again = Person(wiring.coach, person.user, person.at)
    again.asked = person.asked
    return again


def people(wiring: bootstrap.Wiring) -> int:
    with wiring.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(PersonRow)).scalar_one())


def open_questions(wiring: bootstrap.Wiring) -> list[tuple[str, str | None]]:
    table = Base.metadata.tables["safety_questions"]
    with wiring.engine.connect() as connection:
        rows = connection.execute(select(table.c.platform_user_id, table.c.kind)).all()
    return [(user, kind) for user, kind in rows]


def test_a_typed_yes_after_a_restart_gets_the_safety_plan(processes: Restart) -> None:
    first = processes()
    ana = Person(first.coach, "ana", START)
    onboard(ana, "Europe/London", "GB")
    assert texts_of(ana.says("I want to kill myself")) == [CRISIS_GB, ASK_URGENT_EN]
    ana = moved(ana, processes())
    assert texts_of(ana.says("yes")) == [CRISIS_GB, SAFETY_PLAN_GB, SAFE_NOW_EN]


def test_a_tapped_no_after_a_restart_goes_back_to_coaching(processes: Restart) -> None:
    first = processes()
    ana = Person(first.coach, "ana", START)
    onboard(ana, "Europe/London", "GB")
    ana.says("I want to kill myself")
    ana = moved(ana, processes())
    assert texts_of(ana.taps("No"))[0] == BACK_GB


def test_a_single_no_after_a_restart_never_clears_named_means(processes: Restart) -> None:
    first = processes()
    ana = Person(first.coach, "ana", START)
    onboard(ana, "Europe/London", "GB")
    ana.says(MEANS)
    ana = moved(ana, processes())
    assert texts_of(ana.says("no")) == [CRISIS_GB, FOLLOW_UP_EN]


def test_yes_after_a_restart_answers_the_safety_question_not_a_pending_delete(
    processes: Restart,
) -> None:
    first = processes()
    ana = Person(first.coach, "ana", START)
    onboard(ana, "Europe/London", "GB")
    assert texts_of(ana.says("/delete")) == [texts.DELETE_QUESTION]
    ana.says("I want to kill myself")
    second = processes()
    ana = moved(ana, second)
    assert texts_of(ana.says("yes")) == [CRISIS_GB, SAFETY_PLAN_GB, SAFE_NOW_EN]
    assert people(second) == 1  # nothing was deleted


def test_yes_after_a_restart_before_consent_is_not_consent(processes: Restart) -> None:
    first = processes()
    ben = Person(first.coach, "ben", START)
    ben.says("/start")  # the consent question is open
    replies = ben.says("I want to kill myself")
    assert texts_of(replies)[1] == ASK_URGENT_EN
    second = processes()
    ben = moved(ben, second)
    after = texts_of(ben.says("yes"))
    assert after[0] == crisis_text(None)  # no country yet: the international fallback
    assert texts.CONSENT_GIVEN not in after
    assert len(after) == 3  # the crisis text, the plan, "Are you safe right now?"
    assert people(second) == 0  # no consent was recorded, so no person and no health data


def test_the_open_question_is_closed_when_answered_and_gone_after_delete(
    processes: Restart,
) -> None:
    wiring = processes()
    ana = Person(wiring.coach, "ana", START)
    onboard(ana, "Europe/London", "GB")
    ana.says("I want to kill myself")
    assert open_questions(wiring) == [("ana", "life")]
    ana.says("no")
    assert open_questions(wiring) == [("ana", None)]  # closed; its token kept for the next
    ana.says("/delete")
    ana.taps("Yes, delete everything")
    assert open_questions(wiring) == []


def test_a_second_yes_after_the_safety_plan_never_confirms_an_earlier_delete(
    processes: Restart,
) -> None:
    """A second attacker: /delete, a crisis, "yes" (the plan), "yes" again deleted
    everything. The safety flow speaking cancels the pending /delete."""
    wiring = processes()
    ana = Person(wiring.coach, "ana", START)
    onboard(ana, "Europe/London", "GB")
    ana.says("/delete")
    ana.says("I want to kill myself")
    assert texts_of(ana.says("yes")) == [CRISIS_GB, SAFETY_PLAN_GB, SAFE_NOW_EN]
    second = processes()
    ana = moved(ana, second)
    assert texts.DELETED not in texts_of(ana.says("yes"))
    assert people(second) == 1
