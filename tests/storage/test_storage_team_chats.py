"""One team per chat, and a team that follows its chat to a new id, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import column, func, insert, select, table, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from adapters.storage import SqlStore, make_engine, upgrade
from adapters.storage.models import MembershipRow, OutboxRow, PersonRow, TeamRow
from core.messages import Platform
from core.teams import Role, Team
from tests.dbfixtures import POSTGRES_ADMIN_URL, _admin_engine, _quoted
from tests.storage.helpers import T0, make_person

OLD, NEW = "-100", "-1001234"


def make_team(store: SqlStore, coach_id: int, chat: str, name: str = "Rowers") -> Team:
    with store.transaction() as tx:
        team = tx.create_team(name, Platform.TELEGRAM, chat, "Europe/London", time(9), coach_id)
    assert team is not None
    return team


def test_a_chat_holds_one_team_in_the_database(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as session, session.begin():
        session.add(TeamRow(name="A", platform="telegram", channel_id=OLD, invite_code="AAAA",
                            created_at=T0))
    with pytest.raises(IntegrityError), session_factory() as session, session.begin():
        session.add(TeamRow(name="B", platform="telegram", channel_id=OLD, invite_code="BBBB",
                            created_at=T0))
    with session_factory() as session, session.begin():  # the same id on another platform
        session.add(TeamRow(name="C", platform="slack", channel_id=OLD, invite_code="CCCC",
                            created_at=T0))


def test_a_second_team_in_a_chat_is_not_created(store: SqlStore) -> None:
    first = make_team(store, make_person(store, "c").id, OLD)
    with store.transaction() as tx:
        again = tx.create_team("Other", Platform.TELEGRAM, OLD, "UTC", time(9),
                               make_person(store, "d").id)
        assert again is None
        assert tx.team_by_channel(Platform.TELEGRAM, OLD) == first


def test_a_team_follows_its_chat_to_the_new_id(store: SqlStore) -> None:
    team = make_team(store, make_person(store, "c").id, OLD)
    with store.transaction() as tx:
        moved = tx.move_team_chat(Platform.TELEGRAM, OLD, NEW)
        assert moved is not None and (moved.id, moved.channel_id) == (team.id, NEW)
        assert tx.team_by_channel(Platform.TELEGRAM, OLD) is None
        assert tx.team_by_channel(Platform.TELEGRAM, NEW) == moved
    with store.transaction() as tx:  # told twice (both service messages, then the error)
        assert tx.move_team_chat(Platform.TELEGRAM, OLD, NEW) == moved
        assert tx.move_team_chat(Platform.TELEGRAM, "-5", "-6") is None


def test_a_team_made_meanwhile_in_the_new_chat_is_folded_into_the_old_one(
    store: SqlStore, session_factory: sessionmaker[Session]
) -> None:
    cora, dan = make_person(store, "cora"), make_person(store, "dan")
    ana, bo = make_person(store, "ana"), make_person(store, "bo")
    old = make_team(store, cora.id, OLD)
    new = make_team(store, dan.id, NEW, name="Rowers again")
    with store.transaction() as tx:
        tx.join(old.id, ana.id, share_scores=True, share_safety=True)
        tx.join(new.id, ana.id, share_scores=False, share_safety=False)  # in both
        tx.join(new.id, bo.id, share_scores=True, share_safety=False)
    with session_factory() as session, session.begin():
        session.add(OutboxRow(team_id=new.id, kind="team_digest", local_slot="2026-11-24T09:00",
                              due_at=T0, expires_at=T0 + timedelta(hours=1), next_attempt_at=T0,
                              created_at=T0))

    with store.transaction() as tx:
        merged = tx.move_team_chat(Platform.TELEGRAM, OLD, NEW)

    assert merged is not None
    assert (merged.id, merged.name, merged.invite_code, merged.channel_id) == (
        old.id, "Rowers", old.invite_code, NEW)
    with store.transaction() as tx:
        assert tx.team(new.id) is None and tx.team_by_code(new.invite_code) is None
        members = {p.platform_user_id: m for p, m in tx.members(old.id)}
    assert sorted(members) == ["ana", "bo", "cora", "dan"]
    assert (members["ana"].share_scores, members["ana"].share_safety) == (True, True)
    assert (members["bo"].role, members["bo"].share_scores) == (Role.MEMBER, True)
    assert (members["cora"].role, members["dan"].role) == (Role.COACH, Role.COACH)
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(OutboxRow)) == 0


# -- the migration: teams that already share a chat become one -----------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of this test's own (migrations start from nothing)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    request.getfixturevalue("postgres_database_url")  # skips when PostgreSQL is unreachable
    admin, name = _admin_engine(), f"coach_mig_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {_quoted(admin, name)}"))
    try:
        yield make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(
            hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {_quoted(admin, name)} WITH (FORCE)"))
        admin.dispose()


def test_the_migration_merges_teams_that_share_a_chat(fresh_url: str) -> None:
    upgrade(fresh_url, "0003")
    engine = make_engine(fresh_url)
    person = {"platform": "telegram", "chat_id": "c", "display_name": "", "timezone": "UTC",
              "programme": "starter", "wake": time(7), "bed": time(23), "work_start": time(9),
              "work_end": time(17), "work_days": "12345", "consent_at": T0, "blocked": False,
              "created_at": T0, "updated_at": T0}
    typed = PersonRow.__table__.c  # the 0003 columns, typed (no `deactivated` yet)
    people = table("people", *(column(name, typed[name].type)
                               for name in ("id", "platform_user_id", *person)))
    team_columns = ("id", "name", "platform", "channel_id", "invite_code", "timezone",
                    "digest_time", "mention_missing", "created_at")  # no `channel_lost` (0009)
    teams_0003 = table("teams", *(column(name, TeamRow.__table__.c[name].type)
                                  for name in team_columns))
    with engine.begin() as connection:
        for user in ("cora", "ana", "bo"):
            connection.execute(insert(people).values(platform_user_id=user, **person))
        ids = dict(connection.execute(select(people.c.platform_user_id, people.c.id)).all())
        for team_id, code in ((1, "FIRSTONE"), (2, "SECONDXX")):
            connection.execute(insert(teams_0003).values(
                id=team_id, name=f"Team {team_id}", platform="telegram", channel_id=OLD,
                invite_code=code, timezone="UTC", digest_time=time(9), mention_missing=False,
                created_at=T0))
        rows = [(1, "cora", "coach", False), (1, "ana", "member", False),
                (2, "ana", "member", True), (2, "bo", "member", True)]
        for team_id, user, role, scores in rows:
            connection.execute(insert(MembershipRow.__table__).values(
                team_id=team_id, person_id=ids[user], role=role, share_scores=scores,
                share_safety=False, joined_at=T0))
    engine.dispose()

    upgrade(fresh_url)

    engine = make_engine(fresh_url)
    with engine.connect() as connection:
        teams = connection.execute(select(TeamRow.id, TeamRow.invite_code)).all()
        members = connection.execute(
            select(PersonRow.platform_user_id, MembershipRow.team_id, MembershipRow.share_scores)
            .join(PersonRow, PersonRow.id == MembershipRow.person_id)
            .order_by(PersonRow.platform_user_id)).all()
        deactivated = connection.execute(select(PersonRow.deactivated)).scalars().all()
    engine.dispose()
    assert [tuple(t) for t in teams] == [(1, "FIRSTONE")]
    assert [tuple(m) for m in members] == [("ana", 1, False), ("bo", 1, True), ("cora", 1, False)]
    assert deactivated == [False, False, False]
