"""Unique and foreign-key constraints stop bad rows in the database itself, not in app code."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from adapters.storage import SqlStore
from adapters.storage.models import (
    CheckinRow,
    MembershipRow,
    OutboxRow,
    ProcessedUpdateRow,
    PromptScheduleRow,
    TeamRow,
)
from core.messages import Platform
from tests.storage.helpers import T0, make_person


def _insert_twice(session_factory: sessionmaker[Session], make_row: Any) -> None:
    with session_factory() as session, session.begin():
        session.add(make_row())
    with pytest.raises(IntegrityError), session_factory() as session, session.begin():
        session.add(make_row())


def test_a_person_exists_once_per_platform_user(store: SqlStore) -> None:
    make_person(store, "u1")
    make_person(store, "u1", Platform.SLACK)  # same id on another platform is someone else
    with pytest.raises(IntegrityError):
        make_person(store, "u1")


def test_one_checkin_row_per_person_per_day(
    store: SqlStore, session_factory: sessionmaker[Session]
) -> None:
    person = make_person(store)
    _insert_twice(
        session_factory,
        lambda: CheckinRow(
            person_id=person.id, local_date=date(2026, 11, 23), sleep=5, recorded_at=T0
        ),
    )


def test_a_platform_update_is_recorded_once(session_factory: sessionmaker[Session]) -> None:
    _insert_twice(
        session_factory,
        lambda: ProcessedUpdateRow(platform="telegram", update_key="1001", processed_at=T0),
    )


def test_an_outbox_slot_holds_one_prompt(
    store: SqlStore, session_factory: sessionmaker[Session]
) -> None:
    person = make_person(store)
    _insert_twice(
        session_factory,
        lambda: OutboxRow(
            person_id=person.id,
            kind="checkin",
            local_slot="2026-11-23T07:30",
            due_at=T0,
            expires_at=T0 + timedelta(hours=4),
            next_attempt_at=T0,
            payload={"text": "Morning"},
            created_at=T0,
        ),
    )


def test_a_person_joins_a_team_once(
    store: SqlStore, session_factory: sessionmaker[Session]
) -> None:
    person = make_person(store)
    with session_factory() as session, session.begin():
        team = TeamRow(name="Rowing", platform="slack", channel_id="C1", invite_code="ROW-1",
                       created_at=T0)
        session.add(team)
        session.flush()
        team_id = team.id
    _insert_twice(session_factory, lambda: MembershipRow(team_id=team_id, person_id=person.id,
                                                     joined_at=T0))


def test_invite_codes_are_unique(session_factory: sessionmaker[Session]) -> None:
    _insert_twice(
        session_factory,
        lambda: TeamRow(name="A", platform="slack", channel_id="C1", invite_code="SAME",
                        created_at=T0),
    )


def test_one_schedule_row_per_person_and_kind(
    store: SqlStore, session_factory: sessionmaker[Session]
) -> None:
    person = make_person(store)
    _insert_twice(
        session_factory,
        lambda: PromptScheduleRow(person_id=person.id, kind="checkin", next_due_at=T0),
    )


def test_rows_about_a_missing_person_are_refused(session_factory: sessionmaker[Session]) -> None:
    with pytest.raises(IntegrityError), session_factory() as session, session.begin():
        session.add(CheckinRow(person_id=424242, local_date=date(2026, 11, 23), recorded_at=T0))


def test_outbox_status_and_membership_role_are_checked(
    store: SqlStore, session_factory: sessionmaker[Session]
) -> None:
    person = make_person(store)
    with pytest.raises(IntegrityError), session_factory() as session, session.begin():
        session.add(
            OutboxRow(
                person_id=person.id,
                kind="checkin",
                local_slot="2026-11-23T07:30",
                due_at=T0,
                expires_at=T0,
                next_attempt_at=T0,
                status="maybe",
                created_at=T0,
            )
        )
    with pytest.raises(IntegrityError), session_factory() as session, session.begin():
        team = TeamRow(
            name="A", platform="slack", channel_id="C1", invite_code="X", digest_time=time(9, 0),
            created_at=T0,
        )
        session.add(team)
        session.flush()
        session.add(MembershipRow(team_id=team.id, person_id=person.id, role="owner",
                                  joined_at=T0))
