"""SqlStore behaves as the core.store port says, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session, sessionmaker

from adapters.storage import SqlStore
from adapters.storage.models import (
    PERSON_TABLES,
    MembershipRow,
    OutboxRow,
    PersonRow,
    PromptScheduleRow,
    SafetyEventRow,
    TeamRow,
)
from core.assessment import DayEntry
from core.checkin_fields import CheckIn
from core.messages import Platform
from core.people import Person
from core.store import Conversation, Store
from tests.clocks import fixed_clock
from tests.storage.helpers import T0, make_person


def test_sql_store_is_a_store(store: SqlStore) -> None:
    port: Store = store
    assert port is store


# -- people ------------------------------------------------------------------------------


def test_create_find_and_update_a_person(store: SqlStore) -> None:
    created = make_person(store, "u1")
    assert created.timezone == "UTC" and created.wake == time(7, 0) and created.work_days == "12345"
    with store.transaction() as tx:
        changed = tx.update_person(
            created.id,
            timezone="Europe/London",
            country="GB",
            programme="athlete",
            programme_start=date(2026, 11, 23),
            wake=time(6, 15),
            bed=time(22, 30),
            work_start=time(8, 0),
            work_end=time(16, 30),
            work_days="1234",
            body_mass_kg=71.5,
            paused_until=T0 + timedelta(days=3),
            blocked=True,
            chat_id="c2",
        )
    with store.transaction() as tx:
        found = tx.find_person(Platform.TELEGRAM, "u1")
        assert tx.find_person(Platform.SLACK, "u1") is None
    assert found == changed
    assert found is not None and found.platform is Platform.TELEGRAM
    assert (found.timezone, found.wake, found.body_mass_kg, found.blocked) == (
        "Europe/London",
        time(6, 15),
        71.5,
        True,
    )


def test_update_person_refuses_names_that_are_not_settings(store: SqlStore) -> None:
    person = make_person(store)
    with pytest.raises(TypeError, match="timezon"), store.transaction() as tx:
        tx.update_person(person.id, timezon="Europe/London")
    with pytest.raises(TypeError, match="platform_user_id"), store.transaction() as tx:
        tx.update_person(person.id, platform_user_id="someone-else")


def test_person_changes_call_the_scheduling_hook_inside_the_transaction(
    session_factory: sessionmaker[Session],
) -> None:
    seen: list[Person] = []

    def reschedule(session: Session, person: Person, now: datetime) -> None:
        seen.append(person)
        session.merge(PromptScheduleRow(person_id=person.id, kind="checkin", next_due_at=T0))

    store = SqlStore(session_factory, clock=fixed_clock(), on_person_changed=reschedule)
    person = make_person(store)
    with store.transaction() as tx:
        tx.update_person(person.id, wake=time(6, 0))
    assert [p.wake for p in seen] == [time(7, 0), time(6, 0)]
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(PromptScheduleRow)) == 1


# -- de-duplication ----------------------------------------------------------------------


def test_claim_update_twice_is_true_then_false_and_other_work_still_commits(
    store: SqlStore,
) -> None:
    person = make_person(store)
    with store.transaction() as tx:
        assert tx.claim_update(Platform.TELEGRAM, "1001") is True
        assert tx.claim_update(Platform.TELEGRAM, "1001") is False  # same transaction
        assert tx.claim_update(Platform.SLACK, "1001") is True  # another platform's id space
    with store.transaction() as tx:
        assert tx.claim_update(Platform.TELEGRAM, "1001") is False  # a later delivery
        tx.save_checkin(person.id, date(2026, 11, 23), CheckIn(sleep=6), T0)
        tx.set_conversation(person.id, Conversation(pending="checkin:mood"))
    with store.transaction() as tx:
        assert tx.history(person.id, date(2026, 11, 23), date(2026, 11, 23))[0].checkin.sleep == 6
        assert tx.conversation(person.id).pending == "checkin:mood"


# -- check-ins ---------------------------------------------------------------------------


def test_a_second_checkin_the_same_day_replaces_the_first(store: SqlStore) -> None:
    person = make_person(store)
    day = date(2026, 11, 23)
    with store.transaction() as tx:
        tx.save_checkin(
            person.id, day, CheckIn(sleep=6, arousal=4, recovery=7, mood=8, hrv=55.5), T0
        )
        first = tx.history(person.id, day, day)
        tx.save_checkin(person.id, day, CheckIn(sleep=3, mood=2), T0 + timedelta(hours=1))
        second_in_same_tx = tx.history(person.id, day, day)
    assert first == [DayEntry(day, CheckIn(sleep=6, arousal=4, recovery=7, mood=8, hrv=55.5))]
    assert second_in_same_tx == [DayEntry(day, CheckIn(sleep=3, mood=2))]
    with store.transaction() as tx:
        assert tx.history(person.id, day, day) == [DayEntry(day, CheckIn(sleep=3, mood=2))]
        export = tx.export(person.id)
    assert len(export["checkins"]) == 1
    assert export["checkins"][0]["recorded_at"] == (T0 + timedelta(hours=1)).isoformat()


def test_history_is_the_range_oldest_first_and_only_that_person(store: SqlStore) -> None:
    alice, bob = make_person(store, "alice"), make_person(store, "bob")
    start = date(2026, 11, 1)
    with store.transaction() as tx:
        for offset in (5, 0, 3, 9, 1):  # saved out of order
            tx.save_checkin(alice.id, start + timedelta(days=offset), CheckIn(sleep=offset), T0)
        tx.save_checkin(bob.id, start + timedelta(days=3), CheckIn(sleep=10), T0)
    with store.transaction() as tx:
        entries = tx.history(alice.id, start + timedelta(days=1), start + timedelta(days=5))
    assert [(e.day.day, e.checkin.sleep) for e in entries] == [(2, 1), (4, 3), (6, 5)]


# -- conversation ------------------------------------------------------------------------


def test_conversation_round_trip(store: SqlStore) -> None:
    person = make_person(store)
    with store.transaction() as tx:
        assert tx.conversation(person.id) == Conversation()
        tx.set_conversation(person.id, Conversation("checkin:arousal", {"sleep": 6, "note": ["a"]}))
    with store.transaction() as tx:
        assert tx.conversation(person.id) == Conversation(
            "checkin:arousal", {"sleep": 6, "note": ["a"]}
        )
        tx.set_conversation(person.id, Conversation("checkin:mood", {"sleep": 6, "arousal": 4}))
        assert tx.conversation(person.id).pending == "checkin:mood"
    with store.transaction() as tx:
        assert tx.conversation(person.id) == Conversation(
            "checkin:mood", {"sleep": 6, "arousal": 4}
        )
        tx.set_conversation(person.id, Conversation())
    with store.transaction() as tx:
        assert tx.conversation(person.id) == Conversation()


# -- transactions ------------------------------------------------------------------------


def test_an_exception_rolls_back_the_transaction_and_keeps_what_was_committed(
    store: SqlStore,
) -> None:
    person = make_person(store)
    day = date(2026, 11, 23)
    with store.transaction() as tx:
        tx.save_checkin(person.id, day, CheckIn(sleep=6), T0)
        tx.set_conversation(person.id, Conversation("checkin:arousal", {"sleep": 6}))

    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.transaction() as tx:
        tx.claim_update(Platform.TELEGRAM, "7")
        tx.update_person(person.id, timezone="Asia/Tokyo")
        tx.save_checkin(person.id, day, CheckIn(sleep=1), T0)
        tx.save_checkin(person.id, day + timedelta(days=1), CheckIn(sleep=1), T0)
        tx.set_conversation(person.id, Conversation())
        tx.record_safety_event(person.id, "urgent", "suicidal-ideation", T0)
        raise Boom

    with store.transaction() as tx:
        assert tx.find_person(Platform.TELEGRAM, "u1") == person
        assert tx.history(person.id, day, day + timedelta(days=1)) == [
            DayEntry(day, CheckIn(sleep=6))
        ]
        assert tx.conversation(person.id) == Conversation("checkin:arousal", {"sleep": 6})
        assert tx.export(person.id)["safety_events"] == []
        assert tx.claim_update(Platform.TELEGRAM, "7") is True  # the claim was rolled back too


# -- time --------------------------------------------------------------------------------


def test_datetimes_come_back_aware_and_in_utc(
    store: SqlStore, session_factory: sessionmaker[Session]
) -> None:
    london = datetime(2026, 7, 1, 8, 0, tzinfo=ZoneInfo("Europe/London"))  # BST, 07:00 UTC
    with store.transaction() as tx:
        person = tx.create_person(Platform.CONSOLE, "me", "me", "Me", london)
        tx.update_person(
            person.id, paused_until=datetime(2026, 7, 4, tzinfo=timezone(timedelta(hours=-5)))
        )
    with store.transaction() as tx:
        found = tx.find_person(Platform.CONSOLE, "me")
    assert found is not None
    assert found.consent_at == london and found.consent_at.utcoffset() == timedelta(0)
    assert found.consent_at.hour == 7
    assert found.paused_until == datetime(2026, 7, 4, 5, 0, tzinfo=UTC)
    with session_factory() as session:
        row = session.get(PersonRow, found.id)
        assert row is not None and row.created_at.tzinfo is not None


def test_instants_compare_correctly_whatever_the_offset_given(
    store: SqlStore, session_factory: sessionmaker[Session]
) -> None:
    person = make_person(store)
    new_york = ZoneInfo("America/New_York")
    with session_factory() as session, session.begin():
        for kind, at in [
            ("early", datetime(2026, 11, 23, 7, 0, tzinfo=new_york)),  # 12:00 UTC
            ("late", datetime(2026, 11, 23, 13, 0, tzinfo=UTC)),
        ]:
            session.add(PromptScheduleRow(person_id=person.id, kind=kind, next_due_at=at))
    cutoff = datetime(2026, 11, 23, 13, 30, tzinfo=ZoneInfo("Europe/Berlin"))  # 12:30 UTC
    with session_factory() as session:
        due = session.scalars(
            select(PromptScheduleRow.kind).where(PromptScheduleRow.next_due_at <= cutoff)
        ).all()
    assert due == ["early"]


def test_naive_datetimes_are_refused(store: SqlStore) -> None:
    person = make_person(store)
    with pytest.raises(StatementError, match="naive"), store.transaction() as tx:
        tx.save_checkin(person.id, date(2026, 11, 23), CheckIn(sleep=5), datetime(2026, 11, 23, 7))


# -- export and delete -------------------------------------------------------------------


def _everything_about(
    store: SqlStore, session_factory: sessionmaker[Session], person: Person
) -> None:
    with store.transaction() as tx:
        tx.save_checkin(
            person.id, date(2026, 11, 22), CheckIn(sleep=6, arousal=4, recovery=7, mood=8), T0
        )
        tx.save_checkin(
            person.id, date(2026, 11, 23), CheckIn(sleep=5, rhr=52, hrv=61.0, rpe=7), T0
        )
        tx.set_conversation(person.id, Conversation("checkin:mood", {"sleep": 5}))
        tx.record_safety_event(person.id, "support", "severe-sleep-disruption", T0)
        tx.save_weekly_review(person.id, date(2026, 11, 16), frozenset(), T0)
        tx.save_weekly_review(
            person.id, date(2026, 11, 23), frozenset({"training_dread", "blunting"}), T0
        )
    with session_factory() as session, session.begin():
        team = TeamRow(
            name="Rowing", platform="slack", channel_id=f"C{person.id}",
            invite_code=f"ROW-{person.id}",
            created_at=T0,
        )
        session.add(team)
        session.flush()
        session.add_all(
            [
                MembershipRow(team_id=team.id, person_id=person.id, role="coach", joined_at=T0),
                PromptScheduleRow(person_id=person.id, kind="checkin", next_due_at=T0),
                OutboxRow(
                    person_id=person.id,
                    kind="checkin",
                    local_slot="2026-11-23T07:30",
                    due_at=T0,
                    expires_at=T0 + timedelta(hours=4),
                    next_attempt_at=T0,
                    payload={"text": "Good morning"},
                    created_at=T0,
                ),
            ]
        )


def test_export_holds_every_row_about_the_person_as_json(
    store: SqlStore, session_factory: sessionmaker[Session]
) -> None:
    person = make_person(store)
    _everything_about(store, session_factory, person)
    with store.transaction() as tx:
        data = tx.export(person.id)
    assert json.loads(json.dumps(data)) == data  # JSON-ready as it is
    assert data["person"]["platform_user_id"] == "u1"
    assert data["person"]["consent_at"] == T0.isoformat()
    assert data["person"]["wake"] == "07:00:00"
    assert [c["local_date"] for c in data["checkins"]] == ["2026-11-22", "2026-11-23"]
    assert data["checkins"][1]["hrv"] == 61.0 and data["checkins"][1]["mood"] is None
    assert data["conversation"]["pending"] == "checkin:mood"
    assert data["conversation"]["draft"] == {"sleep": 5}
    assert [(e["level"], e["category"]) for e in data["safety_events"]] == [
        ("support", "severe-sleep-disruption")
    ]
    assert set(data["safety_events"][0]) == {"id", "level", "category", "at"}  # no text, ever
    assert data["memberships"][0]["team_name"] == "Rowing"
    assert data["memberships"][0]["role"] == "coach"
    assert data["prompt_schedule"][0]["kind"] == "checkin"
    assert data["outbox"][0]["local_slot"] == "2026-11-23T07:30"
    assert [(r["week_start"], r["signals"]) for r in data["weekly_reviews"]] == [
        ("2026-11-16", "none"), ("2026-11-23", "blunting,training_dread")
    ]
    assert set(data["weekly_reviews"][0]) == {"id", "week_start", "signals", "recorded_at"}


def test_delete_person_leaves_no_row_about_them(
    store: SqlStore, session_factory: sessionmaker[Session]
) -> None:
    gone, kept = make_person(store, "gone"), make_person(store, "kept")
    _everything_about(store, session_factory, gone)
    _everything_about(store, session_factory, kept)
    with store.transaction() as tx:
        tx.export(gone.id)  # loads rows into the session first: they must not come back
        tx.delete_person(gone.id)
        assert tx.find_person(Platform.TELEGRAM, "gone") is None

    def rows_about(person_id: int) -> dict[str, int]:
        with session_factory() as session:
            counts = {
                table.name: session.scalar(
                    select(func.count()).select_from(table).where(table.c.person_id == person_id)
                )
                or 0
                for table in PERSON_TABLES
            }
            counts["people"] = (
                session.scalar(
                    select(func.count()).select_from(PersonRow).where(PersonRow.id == person_id)
                )
                or 0
            )
        return counts

    assert set(rows_about(gone.id).values()) == {0}
    assert all(count >= 1 for count in rows_about(kept.id).values())
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(TeamRow)) == 2  # teams stay
        assert session.scalar(select(func.count()).select_from(SafetyEventRow)) == 1


# -- weekly reviews ----------------------------------------------------------------------


def test_weekly_reviews_upsert_per_week_and_read_since_oldest_first(store: SqlStore) -> None:
    person, other = make_person(store), make_person(store, "u2")
    weeks = [date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23)]
    with store.transaction() as tx:
        tx.save_weekly_review(person.id, weeks[2], frozenset({"rumination"}), T0)
        tx.save_weekly_review(person.id, weeks[0], frozenset({"blunting"}), T0)
        tx.save_weekly_review(person.id, weeks[1], frozenset(), T0)
        tx.save_weekly_review(other.id, weeks[2], frozenset({"aggression"}), T0)
    with store.transaction() as tx:  # a second answer the same week replaces the first
        tx.save_weekly_review(
            person.id, weeks[2], frozenset({"cant_switch_off", "training_dread"}),
            T0 + timedelta(hours=1),
        )
    with store.transaction() as tx:
        assert tx.weekly_reviews(person.id, weeks[1]) == [
            (weeks[1], frozenset()),
            (weeks[2], frozenset({"cant_switch_off", "training_dread"})),
        ]
        assert len(tx.weekly_reviews(person.id, date(2026, 1, 1))) == 3
        assert tx.weekly_reviews(other.id, weeks[0]) == [(weeks[2], frozenset({"aggression"}))]
