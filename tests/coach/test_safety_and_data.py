"""Safety first, data on request: crisis texts, export, delete, duplicates, unknown input."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import Engine, func, select

from adapters.storage.models import Base
from bot import bootstrap
from bot.bootstrap import Wiring
from bot.safety import SafetyScreen
from bot.settings import Settings
from core.checkin_fields import Field
from core.coach import texts
from core.safety.screener import rules_only
from core.safety.texts import crisis_text
from tests.clocks import fixed_clock
from tests.coach.talk import Person, onboard, text_of
from tests.dbfixtures import engine_for, release

ASK_URGENT = (
    "Can I ask you something directly, because it matters? Are you thinking about ending "
    "your life?"
)


def test_a_crisis_message_mid_checkin_gets_the_crisis_text_first_then_continues(
    ana: Person, engine: Engine
) -> None:
    onboard(ana, "Europe/London", "GB")
    ana.says("/checkin")
    ana.taps("5")
    replies = ana.says("honestly I want to kill myself")
    assert [r.text for r in replies] == [crisis_text("GB"), ASK_URGENT]
    assert ana.says("6")[-1].text == texts.QUESTIONS[Field.RECOVERY]  # the check-in goes on
    with engine.connect() as connection:
        rows = connection.execute(select(Base.metadata.tables["safety_events"])).mappings().all()
    assert [(r["level"], r["category"]) for r in rows] == [("urgent", "suicide_self_harm")]
    assert "kill" not in json.dumps([dict(r) for r in rows], default=str)  # never the text


def test_a_crisis_message_before_consent_is_answered_too(ana: Person) -> None:
    assert text_of(ana.says("i want to die")) == f"{crisis_text(None)}\n{ASK_URGENT}"


def test_figures_of_speech_are_not_crises(ana: Person) -> None:
    onboard(ana)
    replies = ana.says("this workout is killing me, what's today's session?")
    assert crisis_text(None) not in text_of(replies)


def test_export_then_delete_leaves_no_row_about_the_person(ana: Person, engine: Engine) -> None:
    onboard(ana)
    ana.says("6 7 5 8")
    replies = ana.says("/export")
    assert replies[0].attachment is not None
    data = json.loads(replies[0].attachment.data)
    assert data["checkins"][0]["sleep"] == 6
    assert ana.says("/delete")[0].text == texts.DELETE_QUESTION
    assert text_of(ana.taps("Yes, delete everything")) == texts.DELETED
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in {"processed_updates", "alembic_version"}:
                continue  # platform update ids only, no person
            count = connection.execute(select(func.count()).select_from(table)).scalar_one()
            assert count == 0, table.name


def test_delete_can_be_cancelled(ana: Person, wiring: Wiring) -> None:
    onboard(ana)
    ana.says("/delete")
    assert text_of(ana.says("no")) == texts.DELETE_CANCELLED
    assert "After the session" in text_of(ana.says("/today"))


def test_the_same_update_twice_is_handled_once(ana: Person) -> None:
    onboard(ana)
    first = ana.says("/checkin", key="tg:42")
    assert first
    assert ana.says("/checkin", key="tg:42") == []


def test_unknown_input_and_unknown_commands_say_what_is_understood(database_url: str) -> None:
    # The unknown-input reply is under test here, not the screen: the rules-only screen.
    # The trained screen puts this line of random words in the ask band (it asks directly):
    # a false positive, reported in docs/safety.md ("Known false positives").
    built = bootstrap.build(Settings(database_url=database_url), migrate=False,
                            engine=engine_for(database_url),
                            clock=fixed_clock(),
                            safety=SafetyScreen(rules_only))
    ana = Person(built.coach, "ana", datetime(2026, 3, 2, 7, 30, tzinfo=UTC))
    onboard(ana)
    assert text_of(ana.says("purple monkey dishwasher")) == texts.UNKNOWN
    assert text_of(ana.says("/dance")) == texts.UNKNOWN_COMMAND.format(command="/dance")
    release(built.engine)


def test_the_ways_people_ask_for_the_session(ana: Person) -> None:
    onboard(ana)
    for question in ("what's today's session?", "What should I do today", "today's plan",
                     "workout?", "/today"):
        assert "After the session" in text_of(ana.says(question)), question
    assert "tomorrow" in text_of(ana.says("plan for tomorrow")).lower()
    assert "Mon" in text_of(ana.says("/week"))


def test_pause_and_resume(ana: Person, wiring: Wiring) -> None:
    onboard(ana)
    assert "Paused" in text_of(ana.says("/pause 3"))
    assert "1 to 90" in text_of(ana.says("/pause 400"))
    assert text_of(ana.says("/resume")) == texts.RESUMED
    assert text_of(ana.says("/resume")) == texts.NOT_PAUSED


def test_trend_is_a_png_chart(ana: Person) -> None:
    onboard(ana)
    assert text_of(ana.says("/trend")) == texts.EMPTY_TREND
    ana.says("6 7 5 8")
    replies = ana.says("/trend")
    assert replies[0].attachment is not None
    assert replies[0].attachment.data.startswith(b"\x89PNG")
    assert replies[0].text.startswith("Your last 28 days (1 check-in).")


def test_group_messages_get_no_personal_content(ana: Person) -> None:
    onboard(ana)
    assert text_of(ana.says("/today", private=False)) == texts.GROUP_ONLY_TEAM
