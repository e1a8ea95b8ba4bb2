"""The real Bolt app over HTTP on 127.0.0.1, signed requests built here, fake Web API behind."""

from __future__ import annotations

import asyncio
import html
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

import pytest
from aiohttp.test_utils import TestClient, TestServer

from adapters.charts.trend import render_trend
from adapters.slack.app import EVENTS_PATH, SORRY, build_app, build_client, http_app, register
from adapters.slack.translate import MAX_SECTION_CHARS, HomeContent, escape, render_blocks
from adapters.storage.store import SqlStore, SqlTx
from bot.bootstrap import build
from bot.settings import Settings
from core.coach import Coach, texts
from core.messages import Choice, Inbound, Reply
from tests.adapters.slack.conftest import FakeCoach, settled
from tests.adapters.slack.slack_requests import (
    SIGNING_SECRET,
    action_form,
    block_actions,
    command_form,
    dm_event,
    event_envelope,
    sign,
    signed_headers,
)
from tests.clocks import fixed_clock
from tests.dbfixtures import engine_for, release

SCALE = tuple(Choice(str(n), f"sleep:{n}") for n in range(11))


async def _until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


def question(_: object) -> list[Reply]:
    return [Reply("How did you sleep? 0 worst, 10 best", choices=SCALE)]


async def test_dm_message_reaches_the_coach_and_the_reply_has_buttons(
    slack_http, fake_slack
) -> None:
    coach = FakeCoach(replies=question)
    slack = await slack_http(coach)

    response = await slack.event(dm_event("/checkin", event_id="Ev100"))

    assert response.status == 200
    [post] = await fake_slack.wait_for("chat.postMessage")
    assert [(i.text, i.chat_id, i.update_key) for i in coach.received] == [
        ("/checkin", "D123", "Ev100")
    ]
    assert post.args["channel"] == "D123" and post.token == "xoxb-test"
    buttons = [
        e["value"] for b in post.args["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    assert buttons == [f"sleep:{n}" for n in range(11)]


async def test_button_press_gives_the_choice_and_updates_the_question(
    slack_http, fake_slack
) -> None:
    coach = FakeCoach(replies=lambda inbound: [Reply("Thanks. Arousal?", answered_choice=True)])
    slack = await slack_http(coach)
    text, blocks = render_blocks(question(None)[0])
    message = {"ts": "1700000000.000001", "text": text, "blocks": blocks}

    response = await slack.form(action_form(block_actions("sleep:7", "7", message)))

    assert response.status == 200
    [update] = await fake_slack.wait_for("chat.update")
    assert (update.args["channel"], update.args["ts"]) == ("D123", "1700000000.000001")
    assert [b["type"] for b in update.args["blocks"]] == ["section", "context"]
    assert "*7*" in json.dumps(update.args["blocks"])
    await fake_slack.wait_for("chat.postMessage")
    assert [(i.choice, i.user_id) for i in coach.received] == [("sleep:7", "U123")]


async def test_a_refused_press_leaves_the_question_as_it_was(slack_http, fake_slack) -> None:
    coach = FakeCoach(replies=lambda inbound: [Reply("That question is closed.")])
    slack = await slack_http(coach)
    text, blocks = render_blocks(question(None)[0])
    message = {"ts": "1700000000.000002", "text": text, "blocks": blocks}

    await slack.form(action_form(block_actions("old:7", "7", message)))

    [post] = await fake_slack.wait_for("chat.postMessage")
    assert post.args["text"] == "That question is closed."
    assert fake_slack.calls_to("chat.update") == []  # not edited: that answer was not taken


async def test_the_answer_reaches_the_coach_even_if_the_update_fails(
    slack_http, fake_slack
) -> None:
    coach = FakeCoach(replies=lambda inbound: [Reply("Noted.", answered_choice=True)])
    slack = await slack_http(coach)
    fake_slack.fail("chat.update", "message_not_found")

    await slack.form(action_form(block_actions("sleep:3", "3", {"ts": "1.5", "blocks": []})))

    await fake_slack.wait_for("chat.postMessage")
    assert [i.choice for i in coach.received] == ["sleep:3"]


async def test_coach_today_command_sends_slash_today_and_posts_in_the_dm(
    slack_http, fake_slack
) -> None:
    coach = FakeCoach(replies=lambda inbound: [Reply("Today: easy run, 30 min")])
    slack = await slack_http(coach)

    response = await slack.form(command_form("today", user="U555", channel="C0GENERAL"))

    assert response.status == 200
    assert "direct messages" in await response.text()  # typed in a channel: answered privately
    [post] = await fake_slack.wait_for("chat.postMessage")
    assert fake_slack.calls_to("conversations.open")[0].args["users"] == "U555"
    assert post.args["channel"] == "D555" and post.args["text"] == "Today: easy run, 30 min"
    assert [(i.text, i.chat_id, i.update_key) for i in coach.received] == [
        ("/today", "D555", "cmd:trig-cmd-1")
    ]


async def test_unsigned_request_is_refused(slack_http, fake_slack) -> None:
    coach = FakeCoach()
    slack = await slack_http(coach)

    response = await slack.event(dm_event("hello"), signed=False)
    forged = await slack.event(dm_event("hello"), headers={"X-Slack-Signature": "v0=" + "0" * 64})

    assert (response.status, forged.status) == (401, 401)
    await settled()
    assert coach.received == [] and fake_slack.calls_to("chat.postMessage") == []


async def test_stale_timestamp_is_refused_even_when_correctly_signed(
    slack_http, fake_slack
) -> None:
    coach = FakeCoach()
    slack = await slack_http(coach)
    body, stale = dm_event("hello"), int(time.time()) - 6 * 60
    assert sign(body, stale, SIGNING_SECRET)  # a valid signature, just too old

    response = await slack.event(body, timestamp=stale)

    assert response.status == 401
    await settled()
    assert coach.received == []


async def test_a_retried_event_is_handled_once_by_the_coachs_unique_key(
    slack_http, fake_slack, database_url: str
) -> None:
    """The adapter keeps no memory of events: both deliveries reach the Coach, whose unique
    key on event_id (Inbound.update_key) answers the first and drops the retry."""
    wiring = build(Settings(database_url=database_url, _env_file=None),
                   migrate=False, engine=engine_for(database_url),
                   clock=fixed_clock())
    seen = FakeCoach(replies=wiring.coach.handle)  # records, then the real Coach answers
    slack = await slack_http(seen)
    body = dm_event("hi", event_id="Ev777")

    first = await slack.event(body)
    await fake_slack.wait_for("chat.postMessage", count=2)  # the intro and the consent question
    retry = await slack.event(
        body, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    )

    assert (first.status, retry.status) == (200, 200)
    await _until(lambda: len(seen.received) == 2)
    await settled()
    assert [i.update_key for i in seen.received] == ["Ev777", "Ev777"]
    assert len(fake_slack.calls_to("chat.postMessage")) == 2  # answered once
    release(wiring.engine)


class CommitFailsOnce:
    """The real store, except that the first transaction fails as it would commit (the
    database went away): everything in it, the event's key included, is rolled back."""

    def __init__(self, store: SqlStore) -> None:
        self.store = store
        self.failed = False

    @contextmanager
    def transaction(self, at: datetime | None = None) -> Iterator[SqlTx]:
        with self.store.transaction(at) as tx:
            yield tx
            if not self.failed:
                self.failed = True
                raise RuntimeError("server closed the connection before commit")


async def test_a_retry_after_the_coach_failed_is_answered(
    slack_http, fake_slack, database_url: str
) -> None:
    """The first delivery fails inside the Coach's transaction (rolled back, key not kept):
    Slack's retry of the same event is answered (an in-process "seen" set dropped it)."""
    wiring = build(Settings(database_url=database_url, _env_file=None),
                   migrate=False, engine=engine_for(database_url), clock=fixed_clock())
    seen = FakeCoach(replies=Coach(CommitFailsOnce(wiring.store), render_trend).handle)
    slack = await slack_http(seen)
    body = dm_event("hi", event_id="Ev-flaky")

    await slack.event(body)
    [sorry] = await fake_slack.wait_for("chat.postMessage")
    await slack.event(body, headers={"X-Slack-Retry-Num": "1"})
    posts = await fake_slack.wait_for("chat.postMessage", count=3)

    assert sorry.args["text"] == SORRY.text
    assert [p.args["text"] for p in posts[1:]] == [escape(texts.INTRO),
                                                   escape(texts.CONSENT_QUESTION)]
    assert [i.update_key for i in seen.received] == ["Ev-flaky", "Ev-flaky"]
    release(wiring.engine)


async def test_ack_returns_at_once_while_the_coach_is_slow(slack_http, fake_slack) -> None:
    gate = threading.Event()  # the Coach answers nothing until the gate opens
    coach = FakeCoach(gate=gate)
    slack = await slack_http(coach)

    started = time.monotonic()
    event = await slack.event(dm_event("hello", event_id="Ev-slow"))
    command = await slack.form(command_form("today", trigger_id="trig-slow"))
    press = await slack.form(action_form(block_actions("sleep:5", "5", {"ts": "1.1"})))
    acked_in = time.monotonic() - started

    assert (event.status, command.status, press.status) == (200, 200, 200)
    assert fake_slack.calls_to("chat.postMessage") == []  # all acknowledged, none answered
    assert acked_in < 10.0  # far below the gate's 30 s: nobody waited for the Coach
    gate.set()
    await fake_slack.wait_for("chat.postMessage", count=3, timeout=10)


async def test_a_failing_coach_logs_a_traceback_and_apologises(
    slack_http, fake_slack, caplog
) -> None:
    def broken(inbound: Inbound) -> list[Reply]:
        raise RuntimeError("database is down")

    slack = await slack_http(FakeCoach(replies=broken))
    caplog.set_level(logging.ERROR, logger="adapters.slack.app")

    await slack.event(dm_event("I slept badly, private words", event_id="Ev-err"))

    [post] = await fake_slack.wait_for("chat.postMessage")
    assert post.args["text"] == SORRY.text
    [record] = [r for r in caplog.records if r.name == "adapters.slack.app"]
    assert record.exc_info is not None and "private words" not in caplog.text
    ok = await slack.event(dm_event("still alive", event_id="Ev-after"))
    assert ok.status == 200


async def test_app_home_publishes_the_provided_content(slack_http, fake_slack) -> None:
    asked: list[str] = []

    def home(user_id: str) -> HomeContent:
        asked.append(user_id)
        return HomeContent(today="Intervals 6 x 400 m", last_week="Mon: 6 7 5 8")

    slack = await slack_http(FakeCoach(), home)
    opened = {"type": "app_home_opened", "user": "U123", "channel": "D123", "tab": "home"}

    response = await slack.event(json.dumps(event_envelope(opened, "Ev-home")))

    assert response.status == 200
    [publish] = await fake_slack.wait_for("views.publish")
    assert asked == ["U123"] and publish.args["user_id"] == "U123"
    assert "Intervals 6 x 400 m" in json.dumps(publish.args["view"])


@pytest.mark.parametrize("tab", ["messages"])
async def test_opening_the_messages_tab_publishes_nothing(slack_http, fake_slack, tab: str) -> None:
    slack = await slack_http(FakeCoach(), lambda user: HomeContent("x", "y"))
    opened = {"type": "app_home_opened", "user": "U123", "channel": "D123", "tab": tab}

    await slack.event(json.dumps(event_envelope(opened, "Ev-tab")))

    await settled()
    assert fake_slack.calls_to("views.publish") == []


async def test_an_app_without_signing_secret_refuses_http_requests(fake_slack) -> None:
    app = build_app(build_client("xoxb-test", fake_slack.api_url), signing_secret=None)
    coach = FakeCoach()
    register(app, coach, clock=fixed_clock())
    async with TestClient(TestServer(http_app(app, None), host="127.0.0.1")) as http:
        body = dm_event("hello")
        response = await http.post(
            EVENTS_PATH, data=body, headers=signed_headers(body, "application/json")
        )

    assert response.status == 401 and coach.received == []


async def test_a_long_reply_with_ampersands_posts_whole_entities(slack_http, fake_slack) -> None:
    long = "Rest & recover. " * 400  # 6,400 characters; "&" falls on a section's edge
    slack = await slack_http(FakeCoach(replies=lambda inbound: [Reply(long)]))

    await slack.event(dm_event("what now?", event_id="Ev-long"))

    [post] = await fake_slack.wait_for("chat.postMessage")
    sections = [b["text"]["text"] for b in post.args["blocks"] if b["type"] == "section"]
    assert len(sections) == 3 and all(len(s) <= MAX_SECTION_CHARS for s in sections)
    for section in sections:
        assert html.unescape(section).count("&") == section.count("&amp;")  # none cut
    sent = "".join(html.unescape(s) for s in sections)
    assert sent.replace(" ", "") == long.replace(" ", "")  # nothing lost at the cuts
