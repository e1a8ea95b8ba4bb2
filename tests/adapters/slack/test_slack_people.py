"""Slack people as they are in the wild, end to end: the real Coach (SQLite and PostgreSQL)
behind the real Bolt app over HTTP, the fake Web API on 127.0.0.1, and digests through the
real tick, OutboxSender and SlackPort.

- Names come from users.info (cached; refreshed by user_change, team_join), also for people
  the Coach already knew without one.
- Missing members are mentioned as <@U...>, so Slack notifies them.
- A deactivated account gets no prompts and drops out of digests; reactivated, it is back.
- Teams across time zones: each member is counted on their own latest day that has begun.
- Threads: an answer goes to the thread the person wrote in; a thread_broadcast is a message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from adapters.slack.translate import escape
from adapters.storage.models import PromptScheduleRow
from bot.bootstrap import Wiring, build
from bot.clock import FixedClock
from bot.settings import Settings
from core.coach import texts
from core.messages import Inbound, Platform
from tests.adapters.slack.fake_slack_api import FakeSlackApi
from tests.adapters.slack.slack_people import Member, account_event, digest_at, invite_code
from tests.adapters.slack.test_slack_coach import Recording, _until
from tests.dbfixtures import engine_for, release

MONDAY = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
THREAD = "1772438400.000100"
WEDNESDAY_NINE = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)  # 09:00 in London, 01:00 in LA


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(MONDAY)


@pytest.fixture
def wiring(database_url: str, clock: FixedClock) -> Iterator[Wiring]:
    built = build(Settings(database_url=database_url, _env_file=None),
                  migrate=False, engine=engine_for(database_url), clock=clock)
    yield built
    release(built.engine)


@pytest.fixture
async def people(
    slack_http, fake_slack: FakeSlackApi, wiring: Wiring, clock: FixedClock
) -> Callable[[str], Member]:
    """`people(user_id)`: a Member talking to the real Coach, which also hears account
    events (events=the Coach), through one Bolt app."""
    recording = Recording(wiring.coach)
    slack = await slack_http(recording, events=wiring.coach, clock=clock)
    return lambda user: Member(slack, fake_slack, recording, clock, user)


def person_named(wiring: Wiring, user: str) -> tuple[str, bool, bool]:
    with wiring.store.transaction() as tx:
        found = tx.find_person(Platform.SLACK, user)
        assert found is not None
        return found.display_name, found.deactivated, found.blocked


async def test_a_person_created_from_a_dm_gets_their_real_name_from_users_info(
    people, fake_slack: FakeSlackApi, wiring: Wiring
) -> None:
    fake_slack.add_user("U0SAM", "Sam Rivera", display_name="sammy")
    sam = people("U0SAM")

    await sam.onboard()
    await sam.says("what's today's session?")

    assert person_named(wiring, "U0SAM")[0] == "Sam Rivera"
    assert [c.args["user"] for c in fake_slack.calls_to("users.info")] == ["U0SAM"]  # cached


async def test_someone_known_without_a_name_gets_it_and_user_change_renames(
    people, fake_slack: FakeSlackApi, wiring: Wiring
) -> None:
    asked = wiring.coach.handle(Inbound(Platform.SLACK, "U0BO", "D0BO", MONDAY, text="hi"))
    [yes] = [c.value for r in asked for c in r.choices if c.label == "Yes"]  # consent's own
    wiring.coach.handle(Inbound(Platform.SLACK, "U0BO", "D0BO", MONDAY, choice=yes))
    assert person_named(wiring, "U0BO")[0] == ""  # as before: shown as "Member 1"
    user = fake_slack.add_user("U0BO", "Bo Lindqvist")
    bo = people("U0BO")

    await bo.says("skip")
    assert person_named(wiring, "U0BO")[0] == "Bo Lindqvist"

    renamed = {**user, "real_name": "Bo Lind", "profile": {"real_name": "Bo Lind"}}
    await account_event(bo.slack, "user_change", renamed)
    await _eventually(lambda: person_named(wiring, "U0BO")[0] == "Bo Lind")
    await bo.says("skip")
    assert len(fake_slack.calls_to("users.info")) == 1  # the event refreshed the cache


async def test_a_new_member_from_team_join_needs_no_users_info(
    people, fake_slack: FakeSlackApi, wiring: Wiring
) -> None:
    nia = people("U0NIA")
    joined = {"id": "U0NIA", "name": "nia", "real_name": "Nia Okafor", "deleted": False,
              "profile": {"real_name": "Nia Okafor", "display_name": "nia"}}
    await account_event(nia.slack, "team_join", joined)

    await nia.onboard()

    assert person_named(wiring, "U0NIA")[0] == "Nia Okafor"
    assert fake_slack.calls_to("users.info") == []


async def make_team(people, fake_slack: FakeSlackApi, clock: FixedClock,
                    *, coach_zone: str = "UTC") -> tuple[Member, str]:
    """Cora coaches a team bound to #rowers (CROWERS), in `coach_zone`."""
    fake_slack.add_user("U0CORA", "Cora Coach")
    cora = people("U0CORA")
    await cora.onboard()
    await cora.command(f"set timezone {coach_zone}")
    code = invite_code(await cora.command("team create Rowers", channel="CROWERS"))
    return cora, code


async def test_missing_members_are_mentioned_so_slack_notifies_them(
    people, fake_slack: FakeSlackApi, wiring: Wiring, clock: FixedClock
) -> None:
    cora, code = await make_team(people, fake_slack, clock)
    await cora.command("team mention on")
    for user, name in (("U0SAM", "Sam Rivera"), ("U0SAMU", "Sam")):
        fake_slack.add_user(user, name)
        member = people(user)
        await member.onboard()
        await member.joins(code)

    [digest] = await digest_at(wiring, fake_slack, MONDAY.replace(hour=9, minute=0))

    assert digest.args["channel"] == "CROWERS"
    sections = "\n".join(b["text"]["text"] for b in digest.args["blocks"]
                         if b["type"] == "section")
    assert "Not checked in yet: <@U0SAMU>, <@U0SAM>" in sections
    assert "Not checked in yet: <@U0SAMU>, <@U0SAM>" in digest.args["text"]  # notifications
    assert "@Sam" not in sections


async def test_a_deactivated_account_gets_no_prompts_and_leaves_the_digest(
    people, fake_slack: FakeSlackApi, wiring: Wiring, clock: FixedClock
) -> None:
    cora, code = await make_team(people, fake_slack, clock)
    for user, name in (("U0SAM", "Sam Rivera"), ("U0ANA", "Ana Silva")):
        fake_slack.add_user(user, name)
        member = people(user)
        await member.onboard()
        await member.joins(code)

    sam_user = fake_slack.users["U0SAM"]
    await account_event(cora.slack, "user_change", {**sam_user, "deleted": True})
    await _eventually(lambda: person_named(wiring, "U0SAM") == ("Sam Rivera", True, True))

    tuesday_morning = datetime(2026, 3, 3, 7, 30, tzinfo=UTC)  # everyone's check-in time
    before = len(fake_slack.calls)
    [digest] = await digest_at(wiring, fake_slack, tuesday_morning.replace(hour=9, minute=0),
                               drop_prompts=False)
    assert "Check-ins done: 0 of 1" in digest.args["text"]
    assert "Sam" not in digest.args["text"] and "Ana Silva" in digest.args["text"]
    prompted = {c.args["channel"] for c in fake_slack.calls[before:]
                if c.method == "chat.postMessage" and c.args["channel"].startswith("D")}
    assert prompted == {"D0ANA", "D0CORA"}  # the morning check-in, not Sam's
    assert _scheduled(wiring, "U0SAM") == []

    await account_event(cora.slack, "user_change", {**sam_user, "deleted": False})
    await _eventually(lambda: person_named(wiring, "U0SAM") == ("Sam Rivera", False, False))
    assert "morning_checkin" in _scheduled(wiring, "U0SAM")


async def test_a_member_far_west_is_counted_on_their_own_day(
    people, fake_slack: FakeSlackApi, wiring: Wiring, clock: FixedClock
) -> None:
    """London team, digest 09:00 London = 01:00 in Los Angeles: Lee checked in on Tuesday
    morning, their time, and is counted, saying so; Ana checked in on Wednesday in London."""
    _, code = await make_team(people, fake_slack, clock, coach_zone="Europe/London")
    members = {}
    for user, name, zone in (("U0LEE", "Lee Park", "America/Los_Angeles"),
                             ("U0ANA", "Ana Silva", "Europe/London")):
        fake_slack.add_user(user, name)
        members[user] = member = people(user)
        await member.onboard()
        await member.command(f"set timezone {zone}")
        await member.joins(code)
    clock.at = datetime(2026, 3, 3, 15, 30, tzinfo=UTC)  # Tuesday 07:30 in Los Angeles
    await members["U0LEE"].says("7 4 7 7")
    await members["U0LEE"].says("skip")
    clock.at = datetime(2026, 3, 4, 7, 30, tzinfo=UTC)  # Wednesday 07:30 in London
    await members["U0ANA"].says("7 4 7 7")
    await members["U0ANA"].says("skip")

    [digest] = await digest_at(wiring, fake_slack, WEDNESDAY_NINE)

    lines = digest.args["text"].splitlines()
    assert lines[:2] == ["Rowers: daily digest for Wednesday 4 March 2026",
                         "Check-ins done: 2 of 2"]
    assert "\U0001f7e2 Lee Park: green, checked in (yesterday, their time)" in lines
    assert "\U0001f7e2 Ana Silva: green" in lines
    assert not any("Not checked in" in line for line in lines)


async def test_a_reply_in_a_dm_thread_is_answered_in_that_thread(
    people, fake_slack: FakeSlackApi, wiring: Wiring
) -> None:
    ana = people("U0ANA")

    intro, consent = await ana.says("hi", thread_ts=THREAD)
    [given, question] = await ana.presses(consent, "Yes")  # the question is in the thread too
    in_main = await ana.says("skip")  # back in the conversation itself

    assert [intro.args["thread_ts"], consent.args["thread_ts"]] == [THREAD, THREAD]
    assert [given.args["thread_ts"], question.args["thread_ts"]] == [THREAD, THREAD]
    assert given.args["text"] == escape(texts.CONSENT_GIVEN)
    assert in_main and all("thread_ts" not in post.args for post in in_main)
    with wiring.store.transaction() as tx:
        assert tx.find_person(Platform.SLACK, "U0ANA") is not None


async def test_a_thread_broadcast_is_answered_like_a_message_in_its_thread(
    people, fake_slack: FakeSlackApi
) -> None:
    ana = people("U0ANA")

    intro, consent = await ana.says("hi", subtype="thread_broadcast", thread_ts=THREAD,
                                    root={"ts": THREAD, "text": "earlier"})

    assert [intro.args["text"], consent.args["text"]] == [escape(texts.INTRO),
                                                         escape(texts.CONSENT_QUESTION)]
    assert {intro.args["thread_ts"], consent.args["thread_ts"]} == {THREAD}


def _scheduled(wiring: Wiring, user: str) -> list[str]:
    with wiring.store.session_factory() as session:
        with wiring.store.transaction() as tx:
            found = tx.find_person(Platform.SLACK, user)
        assert found is not None
        return list(session.scalars(select(PromptScheduleRow.kind)
                                    .where(PromptScheduleRow.person_id == found.id)))


async def _eventually(condition: Callable[[], bool]) -> None:
    """Account events are acknowledged first and handled after: wait for the effect."""
    await _until(condition)
