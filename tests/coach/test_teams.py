"""Teams through the real Coach: create in a group, join from private chats, leave, coach role."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime, time

from bot.bootstrap import Wiring
from core.coach import team_texts, texts
from core.messages import Inbound, Platform, Reply
from core.teams import Role
from tests.coach.talk import Person, onboard, text_of

GROUP = "-1001"
T = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
_keys = itertools.count(1)


def person(wiring: Wiring, user: str, platform: Platform = Platform.TELEGRAM) -> Person:
    return Person(wiring.coach, user, T, platform=platform)


def in_group(who: Person, text: str, group: str = GROUP) -> list[Reply]:
    inbound = Inbound(who.platform, who.user, group, who.at, text=text,
                      display_name=who.user.title(), private=False, update_key=f"g{next(_keys)}")
    return who.coach.handle(inbound)


def code_in(replies: list[Reply]) -> str:
    found = re.search(r"Invite code: ([A-Z0-9]{8})", text_of(replies))
    assert found is not None, text_of(replies)
    return found.group(1)


def create_team(coach: Person, name: str = "Morning Rowers", group: str = GROUP) -> str:
    onboard(coach)
    return code_in(in_group(coach, f"/team create {name}", group))


def join(member: Person, code: str, *, scores: bool, safety: bool) -> list[Reply]:
    member.says(f"/join {code}")
    member.taps("Full scores too" if scores else "Readiness status only")
    return member.taps("Yes" if safety else "No")


def membership(wiring: Wiring, who: Person, code: str) -> tuple[Role, bool, bool] | None:
    with wiring.store.transaction() as tx:
        found = tx.find_person(who.platform, who.user)
        team = tx.team_by_code(code)
        assert found is not None and team is not None
        m = tx.membership(team.id, found.id)
        return None if m is None else (m.role, m.share_scores, m.share_safety)


def test_create_a_team_in_a_group(wiring: Wiring) -> None:
    cora = person(wiring, "cora")
    onboard(cora)
    replies = in_group(cora, "/team create Morning Rowers")
    code = code_in(replies)
    assert f"/join {code}" in text_of(replies) and "Morning Rowers" in text_of(replies)
    assert membership(wiring, cora, code) == (Role.COACH, False, False)
    with wiring.store.transaction() as tx:
        team = tx.team_by_channel(Platform.TELEGRAM, GROUP)
        assert team is not None and team.invite_code == code and team.digest_time == time(9)
    # one team per group; other talk in the group stays private coaching's business
    assert text_of(in_group(cora, "/team create Again")) == team_texts.ALREADY_BOUND.format(
        name="Morning Rowers")
    assert text_of(in_group(cora, "6 7 5 8")) == texts.GROUP_ONLY_TEAM
    assert text_of(in_group(cora, "/today")) == texts.GROUP_ONLY_TEAM
    # created where the digest goes, not in a private chat; and only after consent
    assert text_of(cora.says("/team create Solo")) == team_texts.CREATE_WHERE
    stranger = person(wiring, "sam")
    assert text_of(in_group(stranger, "/team create Mine", "-2002")) == team_texts.START_PRIVATELY


def test_slack_team_is_bound_to_the_channel_the_command_was_typed_in(wiring: Wiring) -> None:
    cora = person(wiring, "UCORA", Platform.SLACK)
    onboard(cora)
    command = Inbound(Platform.SLACK, "UCORA", "D1", T, text="/team create Sprinters",
                      private=True, update_key="cmd:1", origin_chat_id="C9")
    code = code_in(wiring.coach.handle(command))
    with wiring.store.transaction() as tx:
        team = tx.team_by_code(code)
        assert team is not None and (team.platform, team.channel_id) == (Platform.SLACK, "C9")
    in_dm = Inbound(Platform.SLACK, "UCORA", "D1", T, text="/team create Solo", private=True,
                    update_key="cmd:2", origin_chat_id="D1")
    assert text_of(wiring.coach.handle(in_dm)) == team_texts.CREATE_WHERE


def test_join_asks_what_the_coach_may_see(wiring: Wiring) -> None:
    code = create_team(person(wiring, "cora"))
    ana = person(wiring, "ana")
    onboard(ana)
    asked = ana.says(f"/join {code.lower()}")
    assert "Morning Rowers" in asked[0].text
    assert [c.label for c in asked[0].choices] == ["Readiness status only", "Full scores too"]
    safety = ana.taps("Readiness status only")
    assert [c.label for c in safety[0].choices] == ["Yes", "No"]
    assert "never your words" in safety[0].text
    done = text_of(ana.taps("No"))
    assert "readiness status only" in done and "not shared" in done
    assert membership(wiring, ana, code) == (Role.MEMBER, False, False)
    # joining again changes the choices; typed answers work too
    ana.says(f"/join {code}")
    ana.says("full scores please")
    ana.says("yes")
    assert membership(wiring, ana, code) == (Role.MEMBER, True, True)
    assert "full scores" in text_of(ana.says("/team"))
    # the defaults: status only, no safety flags
    ana.says(f"/join {code}")
    ana.says("skip")
    assert "not shared" in text_of(ana.says("default"))
    assert membership(wiring, ana, code) == (Role.MEMBER, False, False)


def test_a_question_mid_join_is_answered_and_the_join_question_stays(wiring: Wiring) -> None:
    code = create_team(person(wiring, "cora"))
    ana = person(wiring, "ana")
    onboard(ana)
    ana.says(f"/join {code}")
    assert "session" in text_of(ana.says("what's today's session?")).lower()
    again = ana.says("purple monkey")  # not an answer: the question, again
    assert [c.label for c in again[-1].choices] == ["Readiness status only", "Full scores too"]
    ana.taps("Full scores too")
    ana.taps("Yes")
    assert membership(wiring, ana, code) == (Role.MEMBER, True, True)


def test_unknown_codes_and_joining_in_a_group(wiring: Wiring) -> None:
    create_team(person(wiring, "cora"))
    ana = person(wiring, "ana")
    onboard(ana)
    assert text_of(ana.says("/join WRONG123")) == team_texts.UNKNOWN_CODE.format(code="WRONG123")
    assert text_of(ana.says("/join")) == team_texts.JOIN_USAGE
    assert text_of(in_group(ana, "/join ABCD2345")) == team_texts.JOIN_IN_PRIVATE
    assert ana.says("6 7 5 8")[0].text.startswith("Check-in saved")  # nothing left pending


def test_leave(wiring: Wiring) -> None:
    code = create_team(person(wiring, "cora"))
    other = create_team(person(wiring, "cleo"), "Evening Lifters", "-3003")
    ana = person(wiring, "ana")
    onboard(ana)
    assert text_of(ana.says("/leave")) == team_texts.NO_TEAMS
    join(ana, code, scores=False, safety=False)
    join(ana, other, scores=True, safety=False)
    assert "Which one?" in text_of(ana.says("/leave"))
    assert "not in a team called" in text_of(ana.says("/leave Chess Club"))
    assert text_of(ana.says("/leave evening lifters")) == team_texts.LEFT.format(
        name="Evening Lifters")
    assert text_of(ana.says("/leave")) == team_texts.LEFT.format(name="Morning Rowers")
    assert membership(wiring, ana, code) is None and membership(wiring, ana, other) is None


def test_only_the_coach_can_use_coach_commands(wiring: Wiring) -> None:
    cora = person(wiring, "cora")
    code = create_team(cora)
    ana = person(wiring, "ana")
    onboard(ana)
    join(ana, code, scores=False, safety=False)
    refused = team_texts.COACH_ONLY.format(name="Morning Rowers")
    assert text_of(ana.says("/team digest 06:00")) == refused
    assert text_of(ana.says("/team mention on")) == refused
    assert text_of(in_group(ana, "/team digest 06:00")) == refused
    assert code not in text_of(ana.says("/team")) and code not in text_of(in_group(ana, "/team"))
    assert code in text_of(cora.says("/team"))
    assert "07:30" in text_of(cora.says("/team digest 07:30"))
    assert "@-mentions" in text_of(in_group(cora, "/team mention on"))
    with wiring.store.transaction() as tx:
        team = tx.team_by_code(code)
        assert team is not None and team.digest_time == time(7, 30) and team.mention_missing
    # the role is checked every time: a coach who left is a coach no more
    assert "no coach now" in text_of(cora.says("/leave"))
    assert text_of(in_group(cora, "/team mention off")) == refused
