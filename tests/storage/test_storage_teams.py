"""The team part of the store port, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from adapters.storage import SqlStore
from adapters.storage import team_store as store_module
from core.messages import Platform
from core.teams import INVITE_ALPHABET, INVITE_LENGTH, Role, Team
from tests.storage.helpers import T0, make_person


def make_team(store: SqlStore, coach_id: int, channel: str = "-100") -> Team:
    with store.transaction() as tx:
        return tx.create_team("Rowers", Platform.TELEGRAM, channel, "Europe/London",
                              time(8, 30), coach_id)


def test_create_team_makes_the_creator_its_coach_with_a_random_code(store: SqlStore) -> None:
    coach = make_person(store, "c")
    team = make_team(store, coach.id)
    other = make_team(store, coach.id, "-200")
    assert len(team.invite_code) == INVITE_LENGTH
    assert set(team.invite_code) <= set(INVITE_ALPHABET)
    assert team.invite_code != other.invite_code
    assert (team.name, team.channel_id, team.timezone) == ("Rowers", "-100", "Europe/London")
    assert team.digest_time == time(8, 30) and team.mention_missing is False
    with store.transaction() as tx:
        assert tx.is_coach(team.id, coach.id)
        membership = tx.membership(team.id, coach.id)
        assert membership is not None and membership.role is Role.COACH
        assert tx.team_by_code(team.invite_code.lower()) == team
        assert tx.team_by_code(f"{team.invite_code[:4]}-{team.invite_code[4:]}") == team
        assert tx.team_by_code("NOPE") is None and tx.team_by_code("  ") is None
        assert tx.team_by_channel(Platform.TELEGRAM, "-100") == team
        assert tx.team_by_channel(Platform.SLACK, "-100") is None
        assert tx.team(team.id) == team


def test_a_taken_invite_code_is_drawn_again(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    coach = make_person(store, "c")
    first = make_team(store, coach.id)
    draws = iter(first.invite_code + "B" * INVITE_LENGTH)
    monkeypatch.setattr(store_module.secrets, "choice", lambda alphabet: next(draws))
    second = make_team(store, coach.id, "-200")
    assert second.invite_code == "B" * INVITE_LENGTH


def test_join_change_shares_and_leave(store: SqlStore) -> None:
    coach, ana = make_person(store, "c"), make_person(store, "ana")
    team = make_team(store, coach.id)
    with store.transaction() as tx:
        joined = tx.join(team.id, ana.id, share_scores=False, share_safety=False)
        assert (joined.role, joined.share_scores, joined.share_safety) == (
            Role.MEMBER, False, False)
        assert not tx.is_coach(team.id, ana.id)
    with store.transaction() as tx:
        again = tx.join(team.id, ana.id, share_scores=True, share_safety=True)
        assert (again.share_scores, again.share_safety) == (True, True)
        assert [p.id for p, _ in tx.members(team.id)] == [ana.id, coach.id]  # by name
        assert [(t.id, m.role) for t, m in tx.teams_of(ana.id)] == [(team.id, Role.MEMBER)]
        # joining never demotes a coach
        tx.join(team.id, coach.id, share_scores=True, share_safety=False)
        assert tx.is_coach(team.id, coach.id)
    with store.transaction() as tx:
        assert tx.leave(team.id, ana.id) is True
        assert tx.leave(team.id, ana.id) is False
        assert tx.teams_of(ana.id) == []


def test_digest_settings(store: SqlStore) -> None:
    coach = make_person(store, "c")
    team = make_team(store, coach.id)
    with store.transaction() as tx:
        assert tx.set_digest_time(team.id, time(6, 45)).digest_time == time(6, 45)
        assert tx.set_mention_missing(team.id, True).mention_missing is True
    with store.transaction() as tx:
        found = tx.team(team.id)
        assert found is not None and found.digest_time == time(6, 45) and found.mention_missing


def test_clinical_advice_only_for_members_who_share_it(store: SqlStore) -> None:
    coach = make_person(store, "c")
    sharer, private, outsider = (make_person(store, u) for u in ("s", "p", "o"))
    team = make_team(store, coach.id)
    with store.transaction() as tx:
        tx.join(team.id, sharer.id, share_scores=False, share_safety=True)
        tx.join(team.id, private.id, share_scores=True, share_safety=False)
        for person in (sharer, private, outsider):
            tx.record_safety_event(person.id, "concern", "panic", T0)
        tx.record_safety_event(sharer.id, "urgent", "self-harm", T0 + timedelta(hours=1))
        tx.record_safety_event(sharer.id, "concern", "panic", T0 - timedelta(days=2))
        tx.record_safety_event(None, "urgent", None, T0)
    with store.transaction() as tx:
        advice = tx.clinical_advice(team.id, T0 - timedelta(days=1), T0 + timedelta(hours=2))
    assert advice == {sharer.id: [T0, T0 + timedelta(hours=1)]}
