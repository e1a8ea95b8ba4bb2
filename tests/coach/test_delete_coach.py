"""/delete by a team's coach: the coach chooses, team by team, to hand the team over to a
member or to remove it, before anything is deleted; /export includes the teams coached."""

from __future__ import annotations

import json

from bot.bootstrap import Wiring
from core.coach import texts
from core.teams import Role
from tests.coach.talk import Person, onboard, text_of
from tests.coach.test_teams import code_in, create_team, in_group, join, membership, person


def onboarded(wiring: Wiring, user: str) -> Person:
    who = person(wiring, user)
    onboard(who)
    return who


def test_export_includes_the_teams_the_person_coaches(wiring: Wiring) -> None:
    cora = person(wiring, "cora")
    code = create_team(cora)
    join(onboarded(wiring, "ana"), create_team(person(wiring, "cleo"), "Lifters", "-2"),
         scores=False, safety=False)
    join(onboarded(wiring, "bo"), code, scores=True, safety=False)
    [reply] = cora.says("/export")
    assert reply.attachment is not None
    data = json.loads(reply.attachment.data)
    [team] = data["teams_coached"]
    assert (team["name"], team["invite_code"], team["other_members"]) == (
        "Morning Rowers", code, 1)
    assert "Bo" not in json.dumps(data)  # the members' own data stays theirs


def test_a_coach_hands_the_team_over_to_a_member_then_is_deleted(wiring: Wiring) -> None:
    cora = person(wiring, "cora")
    code = create_team(cora)
    ana, bo = onboarded(wiring, "ana"), onboarded(wiring, "bo")
    join(ana, code, scores=False, safety=False)
    join(bo, code, scores=True, safety=True)
    assert text_of(cora.says("/delete")) == texts.DELETE_QUESTION
    [question] = cora.taps("Yes, delete everything")
    assert question.text == texts.DELETE_TEAM_QUESTION.format(
        name="Morning Rowers", count="2 members")
    labels = [c.label for c in question.choices]
    assert labels == ["Hand over to Ana", "Hand over to Bo", "Remove the team", "Cancel"]
    assert membership(wiring, cora, code) == (Role.COACH, False, False)  # nothing done yet
    replies = cora.taps("Hand over to Bo")
    assert [r.text for r in replies[:2]] == [texts.DELETED,
                                             "Morning Rowers now has Bo as its coach."]
    told = replies[2]
    assert told.chat_id == "bo" and told.text == texts.YOU_COACH_NOW.format(
        name="Morning Rowers", code=code)
    assert membership(wiring, bo, code) == (Role.COACH, True, True)
    assert membership(wiring, ana, code) == (Role.MEMBER, False, False)
    with wiring.store.transaction() as tx:
        assert tx.find_person(cora.platform, "cora") is None
        team = tx.team_by_code(code)
        assert team is not None
        assert {p.display_name for p, _ in tx.members(team.id)} == {"Ana", "Bo"}


def test_a_coach_removes_the_team_then_is_deleted(wiring: Wiring) -> None:
    cora = person(wiring, "cora")
    code = create_team(cora)
    ana = onboarded(wiring, "ana")
    join(ana, code, scores=False, safety=False)
    cora.says("/delete")
    cora.taps("Yes, delete everything")
    replies = cora.says("remove it")  # typed words work too
    assert text_of(replies) == f"{texts.DELETED}\nThe team Morning Rowers was removed."
    with wiring.store.transaction() as tx:
        assert tx.team_by_code(code) is None
        found = tx.find_person(ana.platform, "ana")
        assert found is not None and tx.teams_of(found.id) == []  # ana keeps her own data


def test_each_team_is_asked_about_and_cancel_changes_nothing(wiring: Wiring) -> None:
    cora = person(wiring, "cora")
    first = create_team(cora)
    second = code_in(in_group(cora, "/team create Lifters", "-2"))
    cora.says("/delete")
    [about_first] = cora.taps("Yes, delete everything")
    assert about_first.text == texts.DELETE_TEAM_ALONE.format(name="Morning Rowers")
    [about_second] = cora.taps("Remove the team")
    assert about_second.text == texts.DELETE_TEAM_ALONE.format(name="Lifters")
    unclear = cora.says("hmm")  # answered as itself, then the team question again
    assert unclear[-1].text == about_second.text
    assert cora.presses(about_first.choices[0].value)[0].text == texts.STALE_BUTTON  # old
    assert text_of(cora.taps("Cancel")) == texts.DELETE_CANCELLED
    for code in (first, second):
        assert membership(wiring, cora, code) == (Role.COACH, False, False)
    cora.says("/delete")
    cora.taps("Yes, delete everything")
    cora.taps("Remove the team")
    assert text_of(cora.taps("Remove the team")).startswith(texts.DELETED)
    with wiring.store.transaction() as tx:
        assert tx.team_by_code(first) is None and tx.team_by_code(second) is None


def test_a_member_who_deletes_is_not_asked_about_teams(wiring: Wiring) -> None:
    code = create_team(person(wiring, "cora"))
    ana = onboarded(wiring, "ana")
    join(ana, code, scores=False, safety=False)
    ana.says("/delete")
    assert text_of(ana.taps("Yes, delete everything")) == texts.DELETED
