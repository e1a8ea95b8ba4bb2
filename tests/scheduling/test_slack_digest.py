"""The team digest end to end: a team of five with mixed consents, the real tick and
OutboxSender, and the real platform ports talking HTTP to the fake Slack Web API (and the fake
Telegram Bot API) on 127.0.0.1, on SQLite and PostgreSQL.

The channel gets exactly what each member allowed and nothing more; the coach alone hears, in
their private chat, that a member who shares safety flags was advised to seek clinical support.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, select
from telegram.ext import ExtBot

from adapters.slack.app import build_client
from adapters.slack.sender import SlackPort
from adapters.storage.models import OutboxRow, PromptScheduleRow
from adapters.telegram.app import rate_limiter
from adapters.telegram.sender import ChatPacer, TelegramPort
from bot import bootstrap
from bot.scheduling.sender import OutboxSender
from bot.scheduling.tick import tick
from core.coach import team_texts
from core.messages import Inbound, Platform, Reply
from core.ports import OutboundPort
from core.safety.texts import crisis_text
from tests.adapters.slack.conftest import fake_slack  # noqa: F401 (fixture)
from tests.adapters.slack.fake_slack_api import FakeSlackApi
from tests.adapters.telegram.fake_bot_api import FakeBotApi
from tests.scheduling.sim import Clock

DAY = datetime(2026, 3, 4, tzinfo=UTC)  # a Wednesday
DIGEST_AT = DAY.replace(hour=9)  # the default digest time, 09:00 in the team's zone (UTC)
PANIC = "I keep having panic attacks every day"
PURGING = "I can't stop bingeing and purging"
CRISIS = "honestly I want to kill myself"
SAFETY_WORDS = ("clinical", "support", "advised", "panic", "purg", "kill", "crisis", "helpline",
                "emergency", "safety", "samaritans", "988")
pytestmark = pytest.mark.filterwarnings(
    "ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning")
_keys = itertools.count(1)


@dataclass
class Member:
    """Someone talking to the real Coach in their private chat on `platform`."""

    wiring: bootstrap.Wiring
    platform: Platform
    user: str
    chat: str
    name: str
    at: datetime = DAY
    asked: Reply | None = None

    def says(self, text: str = "", *, choice: str | None = None,
             origin: str | None = None) -> list[Reply]:
        inbound = Inbound(self.platform, self.user, self.chat, self.at, text=text,
                          choice=choice, display_name=self.name, private=True,
                          update_key=f"k{next(_keys)}", origin_chat_id=origin)
        replies = self.wiring.coach.handle(inbound)
        self.asked = next((r for r in reversed(replies) if r.choices), self.asked)
        return replies

    def taps(self, label: str) -> list[Reply]:
        """The button labelled `label` on the latest message with buttons."""
        assert self.asked is not None
        [value] = [c.value for c in self.asked.choices if c.label == label]
        return self.says(choice=value)

    def on_day(self, days_before: int, hour: int = 7) -> Member:
        self.at = DAY.replace(hour=hour, minute=30) - timedelta(days=days_before)
        return self

    def onboard(self) -> None:
        self.says("/start")
        replies = self.taps("Yes")
        while replies and replies[-1].choices and replies[-1].choices[-1].label == "Skip":
            replies = self.says(choice=replies[-1].choices[-1].value)

    def check_in(self, answers: str, days_before: int) -> None:
        self.on_day(days_before).says(answers)


def make_team(wiring: bootstrap.Wiring, platform: Platform, where: str,
              ids: dict[str, tuple[str, str]]) -> dict[str, Member]:
    """Cora coaches five, each with a different mix of consents and a different day (as in
    tests/coach/test_team_digest.py): ana status only, no safety (three bad days, a panic
    message); bo full scores and safety (a purging message); cy full scores, no safety, not
    checked in today, a crisis message; dee status only, safety, paused, a crisis message;
    eve status only, safety, checked in."""
    people = {name: Member(wiring, platform, *ids[name], name.title()).on_day(3)
              for name in ("cora", "ana", "bo", "cy", "dee", "eve")}
    cora = people["cora"]
    cora.onboard()
    if platform is Platform.SLACK:  # a slash command typed in the channel
        created = cora.says("/team create Morning Rowers", origin=where)
    else:  # a command in the group
        created = wiring.coach.handle(Inbound(platform, cora.user, where, cora.at,
                                              text="/team create Morning Rowers",
                                              display_name="Cora", private=False,
                                              update_key=f"k{next(_keys)}"))
    code = created[0].text.split("Invite code: ")[1][:8]
    consents = {"ana": (False, False), "bo": (True, True), "cy": (True, False),
                "dee": (False, True), "eve": (False, True)}
    for name, (scores, safety) in consents.items():
        member = people[name]
        member.onboard()
        member.says(f"/join {code}")
        member.taps("Full scores too" if scores else "Readiness status only")
        member.taps("Yes" if safety else "No")
    for days_before in (2, 1, 0):
        people["ana"].check_in("2 8 2 2", days_before)  # three bad days: a deload
        people["bo"].check_in("6 7 5 8", days_before)
    people["cy"].check_in("7 4 7 7", 2)  # not today
    people["eve"].check_in("8 3 8 9", 0)
    people["dee"].on_day(1).says("/pause 3")
    people["ana"].on_day(0, hour=8).says(PANIC)  # not shared
    people["bo"].on_day(0, hour=8).says(PURGING)  # shared
    assert people["cy"].on_day(0, hour=8).says(CRISIS)[0].text == crisis_text(None)  # not shared
    people["dee"].on_day(0, hour=8).says(CRISIS)  # shared
    return people


async def digest_time(wiring: bootstrap.Wiring, clock: Clock, port: OutboundPort,
                      platform: Platform) -> OutboxSender:
    """Tick a minute before the digest (schedules the new team), then at it, then drain;
    then once more a minute later (nothing new). People's own prompts (scheduled from their
    messages' times) are taken out first: these tests are about the digest alone."""
    with wiring.store.session_factory() as session, session.begin():
        session.execute(delete(PromptScheduleRow))
    sender = OutboxSender(wiring.store.session_factory, wiring.store, wiring.coach,
                          {platform: port})
    for at in (DIGEST_AT - timedelta(minutes=1), DIGEST_AT, DIGEST_AT + timedelta(minutes=1)):
        clock.now = at
        tick(wiring.store.session_factory, at)
        await sender.drain(at)
    return sender


def channel_lines(text: str, name: str) -> list[str]:
    return [line for line in text.splitlines() if name in line]


def check_channel_text(text: str) -> None:
    """Exactly what each member allowed, and nothing about anyone's safety."""
    lines = text.splitlines()
    assert lines[0] == "Morning Rowers: daily digest for Wednesday 4 March 2026"
    assert lines[1] == "Check-ins done: 3 of 4"
    ana = channel_lines(text, "Ana")
    assert ana[0] == "\U0001f534 Ana: red" and ana[1].startswith("- Ana: day ")  # status only
    assert all("sleep" not in line and "(" not in line for line in ana)
    assert "| sleep 6, arousal 7, recovery 5, mood 8" in channel_lines(text, "Bo")[0]
    eve = channel_lines(text, "Eve")
    assert eve in (["\U0001f7e2 Eve: green"], ["\U0001f7e0 Eve: amber"])  # no scores
    assert channel_lines(text, "Cy") == ["Not checked in yet: Cy"]
    assert channel_lines(text, "Dee") == ["Paused: Dee"]
    assert not any(word in text.lower() for word in SAFETY_WORDS)
    assert not any(line in text for line in crisis_text(None).splitlines() if line.strip())
    for status_only in ("8, 3, 8, 9", "sleep 8", "sleep 2"):  # eve's and ana's scores
        assert status_only not in text


def coach_note_lines() -> list[str]:
    return [
        team_texts.SAFETY_NOTES_HEADER.format(name="Morning Rowers", day="4 March 2026"),
        "Bo was advised to seek clinical support on 4 March 2026.",
        "Dee was advised to seek clinical support on 4 March 2026.",
    ]


def outbox(wiring: bootstrap.Wiring) -> list[OutboxRow]:
    with wiring.store.session_factory() as session:
        return list(session.scalars(select(OutboxRow).order_by(OutboxRow.id)))


SLACK_IDS = {name: (f"U{name.upper()}", f"U{name.upper()}") for name in
             ("cora", "ana", "bo", "cy", "dee", "eve")}  # pushes open the DM from the user id


async def test_slack_team_digest_shows_exactly_what_each_member_allowed(
    wiring: bootstrap.Wiring, clock: Clock, fake_slack: FakeSlackApi  # noqa: F811
) -> None:
    clock.now = DIGEST_AT - timedelta(minutes=2)
    make_team(wiring, Platform.SLACK, "CTEAM", SLACK_IDS)
    fake_slack.calls.clear()
    port = SlackPort(build_client("xoxb-test", fake_slack.api_url, rate_limit_retries=0),
                     per_channel_interval=0)

    await digest_time(wiring, clock, port, Platform.SLACK)

    posts = fake_slack.calls_to("chat.postMessage")
    to_channel = [c for c in posts if c.args["channel"] == "CTEAM"]
    assert len(to_channel) == 1  # once, also after the next minute's tick and drain
    [post] = to_channel
    check_channel_text(post.args["text"])
    blocks = json.dumps(post.args["blocks"]).lower()
    assert not any(word in blocks for word in SAFETY_WORDS)
    assert "sleep 8" not in blocks and "sleep 2" not in blocks
    # the heatmap, uploaded to the channel with files_upload_v2 after the text
    [url] = fake_slack.calls_to("files.getUploadURLExternal")
    assert url.args["filename"] == "team-readiness-2026-03-04.png"
    [uploaded] = fake_slack.uploads.values()
    assert uploaded.startswith(b"\x89PNG\r\n") and int(url.args["length"]) == len(uploaded)
    [done] = fake_slack.calls_to("files.completeUploadExternal")
    assert done.args["channel_id"] == "CTEAM"
    assert fake_slack.calls.index(post) < fake_slack.calls.index(url)
    # the coach's DM, and nobody else's, gets the safety notes of those who allowed them
    dms = [c for c in posts if c.args["channel"] != "CTEAM"]
    assert [c.args["channel"] for c in dms] == ["DCORA"]
    assert dms[0].args["text"].splitlines() == coach_note_lines()
    assert [c.args["users"] for c in fake_slack.calls_to("conversations.open")] == ["UCORA"]
    [row] = outbox(wiring)
    assert (row.kind, row.status, row.attempts, row.team_id is not None) == (
        "team_digest", "sent", 1, True)


async def test_a_rate_limited_heatmap_upload_does_not_post_the_digest_twice(
    wiring: bootstrap.Wiring, clock: Clock, fake_slack: FakeSlackApi  # noqa: F811
) -> None:
    """The text is posted, then the upload gets 429: the port retries the upload itself; a
    RETRY of the whole push would post the text again (it did, before SlackPort did that)."""
    clock.now = DIGEST_AT - timedelta(minutes=2)
    make_team(wiring, Platform.SLACK, "CTEAM", SLACK_IDS)
    fake_slack.calls.clear()
    port = SlackPort(build_client("xoxb-test", fake_slack.api_url, rate_limit_retries=0),
                     per_channel_interval=0)
    fake_slack.fail("files.getUploadURLExternal", "ratelimited", status=429, retry_after=1)

    sender = await digest_time(wiring, clock, port, Platform.SLACK)
    await sender.drain(DIGEST_AT + timedelta(minutes=2))

    posts = fake_slack.calls_to("chat.postMessage")
    assert [c.args["channel"] for c in posts].count("CTEAM") == 1
    assert len(fake_slack.calls_to("files.getUploadURLExternal")) == 2  # 429, then again
    [done] = fake_slack.calls_to("files.completeUploadExternal")
    assert done.args["channel_id"] == "CTEAM" and len(fake_slack.uploads) == 1
    assert [c.args["channel"] for c in posts if c.args["channel"] != "CTEAM"] == ["DCORA"]
    [row] = outbox(wiring)
    assert (row.status, row.attempts) == ("sent", 1)


TELEGRAM_IDS = {name: (str(100 + n), str(100 + n)) for n, name in
                enumerate(("cora", "ana", "bo", "cy", "dee", "eve"))}
GROUP = -1001


@pytest.fixture
async def fake_bot_api() -> AsyncIterator[FakeBotApi]:
    fake = FakeBotApi()
    await fake.start()
    yield fake
    await fake.close()


async def test_telegram_group_digest(
    wiring: bootstrap.Wiring, clock: Clock, fake_bot_api: FakeBotApi
) -> None:
    clock.now = DIGEST_AT - timedelta(minutes=2)
    make_team(wiring, Platform.TELEGRAM, str(GROUP), TELEGRAM_IDS)
    limiter = rate_limiter(overall_per_second=1000, group_per_minute=1000, max_retries=0)
    async with ExtBot(fake_bot_api.token, base_url=fake_bot_api.base_url,
                      rate_limiter=limiter) as bot:
        port = TelegramPort(bot, ChatPacer(interval=0.001, group_interval=0.001),
                            overall_per_second=None)
        await digest_time(wiring, clock, port, Platform.TELEGRAM)

    to_group = [c for c in fake_bot_api.calls if c.params.get("chat_id") == GROUP]
    [photo] = [c for c in to_group if c.method == "sendPhoto"]
    [(name, data)] = photo.files.values()
    assert name == "team-readiness-2026-03-04.png" and data.startswith(b"\x89PNG\r\n")
    text = photo.params.get("caption") or "\n".join(
        c.params["text"] for c in to_group if c.method == "sendMessage")
    check_channel_text(text)
    assert {c.method for c in to_group} <= {"sendPhoto", "sendMessage"}
    elsewhere = [c for c in fake_bot_api.calls if c.params.get("chat_id") not in (GROUP, None)]
    assert [(c.method, c.params["chat_id"]) for c in elsewhere] == [("sendMessage", 100)]
    assert elsewhere[0].params["text"].splitlines() == coach_note_lines()
