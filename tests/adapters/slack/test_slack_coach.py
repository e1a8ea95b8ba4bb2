"""End to end: the real Coach (bootstrap.build on SQLite and PostgreSQL) behind the real Bolt app
over HTTP on 127.0.0.1, with signed requests built here and the fake Slack Web API behind.

The Coach is wrapped only to record each turn (`Recording`), so a test knows when a turn has
been answered and how many messages it should see; the wrapper passes everything through.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from adapters.slack.translate import escape
from adapters.storage.models import PersonRow, ProcessedUpdateRow
from bot.bootstrap import Wiring, build
from bot.run import home_provider
from bot.settings import Settings
from core.checkin_fields import Field
from core.coach import Coach, texts
from core.coach.home import NOT_STARTED
from core.messages import Inbound, Platform, Reply
from core.programmes import Programme, SessionKind, session_for
from core.safety.texts import crisis_text
from tests.adapters.slack.conftest import SlackHttp, settled
from tests.adapters.slack.fake_slack_api import Call, FakeSlackApi
from tests.adapters.slack.slack_requests import (
    action_form,
    block_actions,
    command_form,
    dm_event,
    event_envelope,
)
from tests.clocks import TEST_NOW, fixed_clock
from tests.coach.safety_golden import ASK_URGENT_EN, BACK_GB, SAFE_NOW_EN, SAFETY_PLAN_GB
from tests.dbfixtures import engine_for, release

USER, DM = "U123", "D123"  # the fake's conversations.open maps U123 to D123
_ids = itertools.count(1)
ServeSlack = Callable[..., Awaitable[SlackHttp]]  # the `slack_http` fixture


def _today() -> date:
    return TEST_NOW.date()  # the adapter's clock; people here keep the default zone (UTC)


@dataclass
class Recording:
    """The real Coach, with every turn it answered written down (a pass-through)."""

    coach: Coach
    turns: list[tuple[Inbound, list[Reply]]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, inbound: Inbound) -> list[Reply]:
        replies = self.coach.handle(inbound)
        with self._lock:
            self.turns.append((inbound, replies))
        return replies


@pytest.fixture
def wiring(database_url: str) -> Iterator[Wiring]:
    built = build(Settings(database_url=database_url), migrate=False,
                  engine=engine_for(database_url),
                  clock=fixed_clock())
    yield built
    release(built.engine)


async def _until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(0.01)


_ts_ticks = itertools.count(1)


def _now_ts() -> str:
    """A message ts on the test's clock (each one a microsecond later: ts are unique)."""
    return f"{TEST_NOW.timestamp() + next(_ts_ticks) / 1e6:.6f}"


def buttons(post: Call) -> list[list[tuple[str, str]]]:
    """A posted message's buttons as rows of (label, value)."""
    return [
        [(e["text"]["text"], e["value"]) for e in block["elements"]]
        for block in post.args.get("blocks") or []
        if block["type"] == "actions"
    ]


def pairs(post: Call) -> list[tuple[str, str]]:
    """A posted message's buttons, all rows in one list."""
    return [pair for row in buttons(post) for pair in row]


def texts_of(posts: list[Call]) -> list[str]:
    return [post.args["text"] for post in posts]


async def one_turn(recording: Recording, fake: FakeSlackApi, send: Callable[[], Any]) -> list[Call]:
    """Send one request; wait until the Coach has answered it and its replies are posted."""
    turns = len(recording.turns)
    posts = len(fake.calls_to("chat.postMessage"))
    response = await send()
    assert response.status == 200, await response.text()
    await _until(lambda: len(recording.turns) > turns)
    replies = recording.turns[turns][1]
    done = await fake.wait_for("chat.postMessage", count=posts + len(replies))
    return done[posts:]


@dataclass
class Person:
    """One person talking to the coach in their DM, through Slack."""

    slack: SlackHttp
    fake: FakeSlackApi
    recording: Recording
    user: str = USER

    async def _turn(self, send: Callable[[], Any]) -> list[Call]:
        return await one_turn(self.recording, self.fake, send)

    async def says(self, text: str) -> list[Call]:
        body = dm_event(text, user=self.user, event_id=f"Ev{next(_ids)}", ts=_now_ts())
        return await self._turn(lambda: self.slack.event(body))

    async def command(self, words: str, channel: str = DM) -> list[Call]:
        body = command_form(words, user=self.user, channel=channel, trigger_id=f"t{next(_ids)}")
        return await self._turn(lambda: self.slack.form(body))

    async def presses(self, post: Call, label: str) -> tuple[Call, list[Call]]:
        """Press the button labelled `label` on a posted message: (its chat.update, replies)."""
        payload = press_payload(post, label, self.user)
        updates = len(self.fake.calls_to("chat.update"))
        replies = await self._turn(lambda: self.slack.form(action_form(payload)))
        update = (await self.fake.wait_for("chat.update", count=updates + 1))[updates]
        return update, replies


def press_payload(post: Call, label: str, user: str = USER) -> dict[str, Any]:
    """The block_actions payload Slack sends when `label` is pressed on the posted `post`."""
    [button] = [
        element
        for block in post.args["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
        if element["text"]["text"] == label
    ]
    message = {"ts": post.answer["ts"], "text": post.args["text"], "blocks": post.args["blocks"]}
    payload = block_actions(
        button["value"],
        label,
        message,
        user=user,
        channel=post.args["channel"],
        action_id=button["action_id"],
        trigger_id=f"t{next(_ids)}",
    )
    payload["actions"][0]["action_ts"] = _now_ts()
    return payload


@pytest.fixture
async def person(
    slack_http: ServeSlack, fake_slack: FakeSlackApi, wiring: Wiring
) -> AsyncIterator[Person]:
    recording = Recording(wiring.coach)
    slack = await slack_http(recording, home_provider(wiring.coach, wiring.clock))
    yield Person(slack, fake_slack, recording)


def training_programme() -> str:
    """A programme with a training session (not a recovery day) today, so today's session has
    its "After the session (required)" part whatever the weekday the tests run on."""
    today = _today()
    return next(
        p.value
        for p in Programme
        if session_for(p, today, today, None).kind is not SessionKind.RECOVERY
    )


async def onboard(person: Person) -> None:
    """hi -> consent Yes -> Skip through the settings, but pick a programme that trains today."""
    _, consent = await person.says("hi")
    _, replies = await person.presses(consent, "Yes")
    while replies and "Skip" in [label for label, _ in pairs(replies[-1])]:
        labels = [label for label, _ in pairs(replies[-1])]
        pick = training_programme() if training_programme() in labels else "Skip"
        _, replies = await person.presses(replies[-1], pick)
    assert texts_of(replies) == [escape(texts.ONBOARDING_DONE)]


def people(wiring: Wiring) -> int:
    with wiring.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(PersonRow)).scalar_one())


def processed_updates(wiring: Wiring) -> int:
    with wiring.engine.connect() as connection:
        count = select(func.count()).select_from(ProcessedUpdateRow)
        return int(connection.execute(count).scalar_one())


def everything_posted(fake: FakeSlackApi) -> list[Call]:
    return [c for c in fake.calls if c.method in ("chat.postMessage", "chat.update")]


# --- (a) first contact --------------------------------------------------------------------


async def test_hi_gets_the_intro_and_consent_buttons_then_yes_starts_onboarding(
    person: Person, fake_slack: FakeSlackApi, wiring: Wiring
) -> None:
    intro, consent = await person.says("hi")

    assert texts_of([intro, consent]) == [escape(texts.INTRO), escape(texts.CONSENT_QUESTION)]
    assert {intro.args["channel"], consent.args["channel"]} == {DM}
    assert [label for label, _ in pairs(consent)] == ["Yes", "No"]
    assert all(value.startswith("consent|") for _, value in pairs(consent))  # bound to it
    assert people(wiring) == 0  # nothing stored before consent

    update, replies = await person.presses(consent, "Yes")

    assert (update.args["channel"], update.args["ts"]) == (DM, consent.answer["ts"])
    assert [b["type"] for b in update.args["blocks"]] == ["section", "context"]
    assert "*Yes*" in json.dumps(update.args["blocks"])
    assert texts_of(replies) == [
        escape(texts.CONSENT_GIVEN),
        escape(texts.ONBOARDING_QUESTIONS["timezone"]),
    ]
    [[(label, value)]] = buttons(replies[-1])
    assert label == "Skip" and value.startswith("onboard:timezone|") and value.endswith("|skip")
    assert people(wiring) == 1

    asked = [texts_of(replies)[-1]]
    while "Skip" in [label for label, _ in pairs(replies[-1])]:
        _, replies = await person.presses(replies[-1], "Skip")
        asked.append(texts_of(replies)[-1])

    questions = texts.ONBOARDING_QUESTIONS
    assert asked == [escape(questions[step]) for step in questions] + [
        escape(texts.ONBOARDING_DONE)
    ]
    assert {c.args["channel"] for c in everything_posted(fake_slack)} == {DM}


async def test_no_to_consent_stores_nothing(person: Person, wiring: Wiring) -> None:
    _, consent = await person.says("hi")

    _, replies = await person.presses(consent, "No")

    assert texts_of(replies) == [escape(texts.CONSENT_DECLINED)]
    assert people(wiring) == 0


# --- (b) a check-in by buttons ---------------------------------------------------------------


async def test_a_check_in_by_buttons_saves_it_and_gives_the_session(
    person: Person, fake_slack: FakeSlackApi, wiring: Wiring
) -> None:
    await onboard(person)

    [question] = await person.command("checkin")

    assert question.args["channel"] == DM
    assert question.args["text"].startswith(escape(texts.QUESTIONS[Field.SLEEP]))
    rows = buttons(question)
    assert [len(row) for row in rows] == [6, 5]  # 0-10 in two rows
    assert [label for label, _ in pairs(question)] == [str(n) for n in range(11)]

    answers = {"sleep": "7", "arousal": "4", "recovery": "6", "mood": "8"}
    replies: list[Call] = []
    for name, label in answers.items():
        label_0, value_0 = pairs(question)[0]
        assert label_0 == "0" and value_0.startswith(f"checkin:{name}|") and value_0.endswith("|0")
        update, replies = await person.presses(question, label)
        assert f"*{label}*" in json.dumps(update.args["blocks"])
        assert "actions" not in [b["type"] for b in update.args["blocks"]]
        question = replies[-1]

    saved, *rest, extras = texts_of(replies)  # stored with the fourth answer
    assert saved.startswith("Check-in saved for ")
    assert "After the session (required)" in rest[-1]
    assert extras == escape(texts.EXTRAS_QUESTION)
    assert {c.args["channel"] for c in everything_posted(fake_slack)} == {DM}
    with wiring.store.transaction() as tx:
        me = tx.find_person(Platform.SLACK, USER)
        assert me is not None
        [entry] = tx.history(me.id, _today(), _today())
    assert (entry.checkin.sleep, entry.checkin.arousal) == (7, 4)
    assert (entry.checkin.recovery, entry.checkin.mood) == (6, 8)


# --- (c) /coach today -------------------------------------------------------------------------


async def test_coach_today_posts_the_session_in_the_dm(
    person: Person, fake_slack: FakeSlackApi
) -> None:
    await onboard(person)

    replies = await person.command("today", channel="C0GENERAL")

    assert {c.args["channel"] for c in replies} == {DM}
    assert "After the session (required)" in texts_of(replies)[-1]
    assert {c.args["channel"] for c in everything_posted(fake_slack)} == {DM}


# --- (d) refused requests ---------------------------------------------------------------------


async def test_unsigned_and_stale_requests_never_reach_the_coach(
    person: Person, wiring: Wiring
) -> None:
    yes = dm_event("yes", event_id="Ev-unsigned", ts=_now_ts())  # would create the person
    stale = int(time.time()) - 6 * 60

    unsigned = await person.slack.event(yes, signed=False)
    old = await person.slack.event(dm_event("yes", event_id="Ev-stale"), timestamp=stale)
    forged = await person.slack.form(
        command_form("today"), headers={"X-Slack-Signature": "v0=" + "0" * 64}
    )

    assert (unsigned.status, old.status, forged.status) == (401, 401, 401)
    await settled()
    assert person.recording.turns == []
    assert (people(wiring), processed_updates(wiring)) == (0, 0)
    assert person.fake.calls == []


# --- (e) retries ----------------------------------------------------------------------------


async def test_the_same_event_twice_is_handled_once(
    person: Person, fake_slack: FakeSlackApi, wiring: Wiring
) -> None:
    body = dm_event("hi", event_id="Ev-twice", ts=_now_ts())

    first = await person.slack.event(body)
    retry = await person.slack.event(body, headers={"X-Slack-Retry-Num": "1"})

    assert (first.status, retry.status) == (200, 200)
    await fake_slack.wait_for("chat.postMessage", count=2)
    await _until(lambda: len(person.recording.turns) == 2)  # both reach the Coach
    await settled()
    assert sorted(len(replies) for _, replies in person.recording.turns) == [0, 2]  # once
    assert texts_of(fake_slack.calls_to("chat.postMessage")) == [
        escape(texts.INTRO),
        escape(texts.CONSENT_QUESTION),
    ]


@pytest.mark.parametrize("together", [False, True], ids=["one-after-the-other", "at-once"])
async def test_a_retry_on_another_replica_is_handled_once(
    slack_http: ServeSlack, fake_slack: FakeSlackApi, wiring: Wiring, together: bool
) -> None:
    """Two replicas on one database: the Coach's unique key on event_id is the guard."""
    first, second = Recording(wiring.coach), Recording(wiring.coach)
    replica_a, replica_b = await slack_http(first), await slack_http(second)
    body = dm_event("yes", event_id="Ev-replicas", ts=_now_ts())
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}

    if together:
        a, b = await asyncio.gather(replica_a.event(body), replica_b.event(body, headers=retry))
    else:
        a = await replica_a.event(body)
        await _until(lambda: len(first.turns) == 1)
        b = await replica_b.event(body, headers=retry)

    assert (a.status, b.status) == (200, 200)
    await _until(lambda: len(first.turns) + len(second.turns) == 2)
    await settled()
    answered = [replies for _, replies in first.turns + second.turns if replies]
    assert len(answered) == 1
    posts = fake_slack.calls_to("chat.postMessage")
    assert texts_of(posts) == [escape(r.text) for r in answered[0]]
    assert texts_of(posts) == [escape(texts.INTRO), escape(texts.CONSENT_QUESTION)]
    # a first "yes" is not consent: the question had not been asked
    assert (people(wiring), processed_updates(wiring)) == (0, 1)


# --- (f) safety -----------------------------------------------------------------------------


async def test_a_crisis_message_gets_the_crisis_text_in_the_dm_only(
    person: Person, fake_slack: FakeSlackApi, wiring: Wiring
) -> None:
    await onboard(person)
    await person.command("set country GB")

    crisis, question = await person.says("honestly I want to kill myself")

    assert crisis.args["channel"] == DM
    assert crisis.args["text"] == escape(crisis_text("GB"))  # first
    assert question.args["text"] == escape(ASK_URGENT_EN)
    assert crisis_text("GB") != crisis_text(None)
    assert {c.args["channel"] for c in everything_posted(fake_slack)} == {DM}
    assert fake_slack.calls_to("views.publish") == []


async def test_a_crisis_typed_as_coach_in_a_channel_is_answered_only_in_the_dm(
    person: Person, fake_slack: FakeSlackApi
) -> None:
    body = command_form("i want to die", channel="C0GENERAL", trigger_id="t-crisis")

    response = await person.slack.form(body)

    assert response.status == 200
    ack = await response.text()
    assert "direct messages" in ack and "crisis" not in ack and "die" not in ack
    crisis, question = await fake_slack.wait_for("chat.postMessage", count=2)
    assert (crisis.args["channel"], crisis.args["text"]) == (DM, escape(crisis_text(None)))
    assert (question.args["channel"], question.args["text"]) == (DM, escape(ASK_URGENT_EN))
    await settled()
    assert {c.args["channel"] for c in everything_posted(fake_slack)} == {DM}


async def test_the_ask_directly_flow_yes_then_the_safety_plan_crisis_text_first(
    person: Person, fake_slack: FakeSlackApi
) -> None:
    await onboard(person)
    await person.command("set country GB")
    crisis, question = await person.says("I want to die")
    assert texts_of([crisis, question]) == [escape(crisis_text("GB")), escape(ASK_URGENT_EN)]
    assert [label for label, _ in pairs(question)] == ["Yes", "No"]
    assert pairs(question)[0][1].startswith("safety:life|")
    _, replies = await person.presses(question, "Yes")
    assert texts_of(replies) == [escape(crisis_text("GB")), escape(SAFETY_PLAN_GB), SAFE_NOW_EN]
    assert {c.args["channel"] for c in everything_posted(fake_slack)} == {DM}


async def test_the_ask_directly_flow_no_goes_back_to_coaching(person: Person) -> None:
    await onboard(person)
    await person.command("set country GB")
    _, question = await person.says("I want to die")
    _, replies = await person.presses(question, "No")
    assert texts_of(replies) == [escape(BACK_GB)]


# --- (g) App Home -----------------------------------------------------------------------------


def _home_opened(event_id: str, user: str = USER) -> str:
    opened = {"type": "app_home_opened", "user": user, "channel": DM, "tab": "home"}
    return json.dumps(event_envelope(opened, event_id))


def _sections(view: dict[str, Any]) -> dict[str, str]:
    """The home view's text under each header."""
    found: dict[str, str] = {}
    header = ""
    for block in view["blocks"]:
        if block["type"] == "header":
            header = block["text"]["text"]
            found[header] = ""
        elif block["type"] == "section":
            found[header] += block["text"]["text"]
    return found


async def test_app_home_shows_todays_session_and_the_week(
    person: Person, fake_slack: FakeSlackApi
) -> None:
    await onboard(person)
    finished = await person.says("6 7 5 8")
    today = await person.command("today")

    response = await person.slack.event(_home_opened("Ev-home"))

    assert response.status == 200
    [publish] = await fake_slack.wait_for("views.publish")
    assert publish.args["user_id"] == USER
    shown = _sections(publish.args["view"])
    assert shown["Today's session"] == texts_of(today)[0]  # then the extras, asked again
    assert "After the session (required)" in shown["Today's session"]
    assert shown["Your last week's check-ins"].endswith(": sleep 6, arousal 7, recovery 5, mood 8")
    assert texts_of(finished)[0].startswith("Check-in saved for ")


async def test_app_home_for_someone_who_never_started(
    person: Person, fake_slack: FakeSlackApi, wiring: Wiring
) -> None:
    await person.slack.event(_home_opened("Ev-home-new", user="U999"))

    [publish] = await fake_slack.wait_for("views.publish")
    assert _sections(publish.args["view"])["Today's session"] == escape(NOT_STARTED)
    assert people(wiring) == 0


# --- Slack's escaping -----------------------------------------------------------------------


async def test_typed_ampersands_arrive_escaped_and_still_parse(
    person: Person, wiring: Wiring
) -> None:
    """Slack sends &, < and > in message text as &amp;, &lt; and &gt;."""
    await onboard(person)
    *_, extras = await person.says("6 7 5 8")
    assert extras.args["text"] == escape(texts.EXTRAS_QUESTION)

    replies = await person.says("rhr 54 &amp; hrv 62")  # typed: rhr 54 & hrv 62

    assert texts_of(replies)[0].startswith("Added to today")
    with wiring.store.transaction() as tx:
        me = tx.find_person(Platform.SLACK, USER)
        assert me is not None
        [entry] = tx.history(me.id, _today(), _today())
    assert (entry.checkin.rhr, entry.checkin.hrv) == (54, 62)
