"""The team digest through the real Coach: exactly what each member allowed, nothing more."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.bootstrap import Wiring
from core.coach import team_texts
from core.coach.digest_service import compose_team_digest
from core.messages import Outbound, Platform
from core.safety import screen
from core.safety.texts import concern_text, crisis_text
from tests.coach.talk import Person, onboard
from tests.coach.test_teams import GROUP, create_team, in_group, join, person

DAY = datetime(2026, 3, 4, tzinfo=UTC)  # a Wednesday
DIGEST_AT = DAY.replace(hour=9)
PANIC = "I keep having panic attacks every day"
PURGING = "I can't stop bingeing and purging"
CRISIS = "honestly I want to kill myself"
SAFETY_WORDS = ("clinical", "support", "advised", "panic", "purg", "kill", "crisis", "helpline",
                "emergency", "safety", "samaritans", "988")


def on_day(who: Person, days_before: int, hour: int = 7) -> Person:
    who.at = DAY.replace(hour=hour, minute=30) - timedelta(days=days_before)
    return who


def check_in(who: Person, answers: str, days_before: int) -> None:
    on_day(who, days_before).says(answers)


def line_about(text: str, name: str) -> list[str]:
    return [line for line in text.splitlines() if name in line]


@pytest.fixture
def team(wiring: Wiring) -> dict[str, Person]:
    """Cora coaches five: each with a different mix of consents and a different day."""
    cora = on_day(person(wiring, "cora"), 3)
    code = create_team(cora)
    people = {name: on_day(person(wiring, name), 3) for name in ("ana", "bo", "cy", "dee", "eve")}
    consents = {"ana": (False, False), "bo": (True, True), "cy": (True, False),
                "dee": (False, True), "eve": (False, True)}
    for name, who in people.items():
        onboard(who)
        scores, safety = consents[name]
        join(who, code, scores=scores, safety=safety)
    for days_before in (2, 1, 0):
        check_in(people["ana"], "2 8 2 2", days_before)  # three bad days: a deload
        check_in(people["bo"], "6 7 5 8", days_before)
    check_in(people["cy"], "7 4 7 7", 2)  # not today
    check_in(people["eve"], "8 3 8 9", 0)
    on_day(people["dee"], 1).says("/pause 3")
    on_day(people["ana"], 0, hour=8).says(PANIC)  # not shared
    on_day(people["bo"], 0, hour=8).says(PURGING)  # shared
    on_day(people["cy"], 0, hour=8).says(CRISIS)  # not shared
    on_day(people["dee"], 0, hour=8).says(CRISIS)  # shared
    return {"cora": cora, **people}


def team_id(wiring: Wiring) -> int:
    with wiring.store.transaction() as tx:
        found = tx.team_by_channel(Platform.TELEGRAM, GROUP)
        assert found is not None
        return found.id


def split(pushes: list[Outbound]) -> tuple[Outbound, list[Outbound]]:
    channel = [p for p in pushes if p.chat_id == GROUP]
    assert len(channel) == 1
    return channel[0], [p for p in pushes if p.chat_id != GROUP]


def test_digest_shows_exactly_what_each_member_allowed(
    wiring: Wiring, team: dict[str, Person]
) -> None:
    channel, private = split(wiring.coach.team_digest(team_id(wiring), DIGEST_AT))
    text = channel.reply.text
    assert channel.platform is Platform.TELEGRAM and channel.kind == "team-digest"
    lines = text.splitlines()
    assert lines[0] == "Morning Rowers: daily digest for Wednesday 4 March 2026"
    assert lines[1] == "Check-ins done: 3 of 4"
    # ana: status only -> her colour and that she is in a deload; no score, no marker
    assert line_about(text, "Ana")[0] == "\U0001f534 Ana: red"
    assert line_about(text, "Ana")[1].startswith("- Ana: day ")
    assert not any(ch.isdigit() for ch in line_about(text, "Ana")[0])
    assert all("sleep" not in line and "(" not in line for line in line_about(text, "Ana"))
    # bo: full scores -> the four answers
    assert "| sleep 6, arousal 7, recovery 5, mood 8" in line_about(text, "Bo")[0]
    # eve: status only
    assert line_about(text, "Eve")[0] in {"\U0001f7e2 Eve: green", "\U0001f7e0 Eve: amber"}
    # cy: missing; dee: paused, and nothing else about either
    assert line_about(text, "Cy") == ["Not checked in yet: Cy"]
    assert line_about(text, "Dee") == ["Paused: Dee"]
    # no safety word of any kind in the channel
    assert not any(word in text.lower() for word in SAFETY_WORDS)
    # the coach alone hears of it, for the members who allowed it, and only that
    assert len(private) == 1
    note = private[0]
    assert note.chat_id == "cora" and note.platform is Platform.TELEGRAM
    assert note.kind == "team-digest-coach" and note.reply.attachment is None
    assert note.reply.text.splitlines() == [
        team_texts.SAFETY_NOTES_HEADER.format(name="Morning Rowers", day="4 March 2026"),
        "Bo was advised to seek clinical support on 4 March 2026.",
        "Dee was advised to seek clinical support on 4 March 2026.",
    ]
    assert "Ana" not in note.reply.text and "Cy" not in note.reply.text


def test_the_heatmap_is_a_png(wiring: Wiring, team: dict[str, Person]) -> None:
    channel, _ = split(wiring.coach.team_digest(team_id(wiring), DIGEST_AT))
    attachment = channel.reply.attachment
    assert attachment is not None and attachment.kind == "image"
    assert attachment.media_type == "image/png" and attachment.data.startswith(b"\x89PNG\r\n")


def test_a_crisis_message_never_reaches_the_channel(wiring: Wiring) -> None:
    cora = on_day(person(wiring, "cora"), 0)
    code = create_team(cora)
    fay = on_day(person(wiring, "fay"), 0)
    onboard(fay)
    join(fay, code, scores=True, safety=False)
    check_in(fay, "5 5 5 5", 0)
    # said privately, and even typed into the team's group
    assert fay.says(CRISIS)[0].text == crisis_text(None)  # the crisis text first
    said_in_group = in_group(fay, CRISIS)
    assert said_in_group[0].text == crisis_text(None)
    # the crisis text and the direct question go to her privately, nothing to the group
    assert [r.chat_id for r in said_in_group] == ["fay", "fay"]
    pushes = wiring.coach.team_digest(team_id(wiring), DIGEST_AT)
    assert [p.chat_id for p in pushes] == [GROUP]  # she didn't share safety flags: no note
    text = pushes[0].reply.text
    crisis_lines = [line for line in crisis_text(None).splitlines() if line.strip()]
    assert not any(line in text for line in crisis_lines)
    assert not any(word in text.lower() for word in SAFETY_WORDS)
    assert "sleep 5, arousal 5, recovery 5, mood 5" in text  # what she did share is there


def test_concern_advice_typed_in_a_group_goes_to_the_person_privately(wiring: Wiring) -> None:
    cora = person(wiring, "cora")
    create_team(cora)
    replies = in_group(cora, PANIC)
    category = screen(PANIC).category
    assert category is not None
    assert replies[0].chat_id == "cora" and replies[0].text == concern_text(category, None)
    assert all(r.chat_id is None for r in replies[1:])  # the group hears only the usual answer


def test_mentions_and_service_defaults(wiring: Wiring, team: dict[str, Person]) -> None:
    in_group(team["cora"], "/team mention on")
    with wiring.store.transaction() as tx:
        pushes = compose_team_digest(tx, team_id(wiring), DAY.date())  # no chart: no image
    channel, private = split(pushes)
    assert "Not checked in yet: @Cy" in channel.reply.text
    assert channel.reply.attachment is None
    assert len(private) == 1  # at the digest time (09:00) the safety advice of 08:30 counts
    later = DIGEST_AT + timedelta(days=1)
    _, private_next_day = split(wiring.coach.team_digest(team_id(wiring), later))
    assert private_next_day == []  # reported once


def test_a_removed_team_has_no_digest(wiring: Wiring) -> None:
    assert wiring.coach.team_digest(999, DIGEST_AT) == []
