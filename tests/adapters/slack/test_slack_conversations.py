"""Issue 11's conversations (tests/conversations/scenarios.py) on Slack: the real Coach behind
the real Bolt app over HTTP on 127.0.0.1, the fake Web API behind it, event and action
timestamps from each step's clock. A typed "/word" is what Slack sends for `/coach word` (its
clients take a leading slash as a slash command). Also: a refused write is never reported as
saved, and a tap the Coach refuses leaves the question's message as it was."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from adapters.slack.translate import unescape
from bot.bootstrap import Wiring, build
from bot.settings import Settings
from core.checkin_fields import Field
from core.coach import texts
from core.messages import NOT_SAVED
from tests.adapters.slack.conftest import SlackHttp, settled
from tests.adapters.slack.fake_slack_api import Call, FakeSlackApi
from tests.adapters.slack.slack_requests import action_form, block_actions, command_form, dm_event
from tests.adapters.slack.test_slack_coach import Recording, _until, pairs
from tests.clocks import fixed_clock
from tests.conversations.scenarios import SCENARIOS, START, Scenario, check
from tests.dbfixtures import engine_for, release
from tests.refusal import checkins_refused

USER, DM = "U123", "D123"
_ids = itertools.count(1)
START_AT = datetime.fromisoformat(START).replace(tzinfo=UTC)


@pytest.fixture
def wiring(database_url: str) -> Iterator[Wiring]:
    built = build(Settings(database_url=database_url, _env_file=None),
                migrate=False, engine=engine_for(database_url), clock=fixed_clock(START_AT))
    yield built
    release(built.engine)


class Desk:
    """One person in their DM with the coach; every request stamped with `at`."""

    def __init__(self, slack: SlackHttp, fake: FakeSlackApi, recording: Recording) -> None:
        self.slack, self.fake, self.recording = slack, fake, recording
        self.at = datetime.fromisoformat(START).replace(tzinfo=UTC)

    @property
    def ts(self) -> str:
        return f"{self.at.timestamp():.6f}"

    async def _turn(self, body: str, form: bool) -> list[Call]:
        turns = len(self.recording.turns)
        posts = len(self.fake.calls_to("chat.postMessage"))
        response = await (self.slack.form(body) if form else self.slack.event(body))
        assert response.status == 200, await response.text()
        await _until(lambda: len(self.recording.turns) > turns)
        replies = self.recording.turns[turns][1]
        shown = sum(1 for r in replies if r.text)
        done = await self.fake.wait_for("chat.postMessage", count=posts + shown)
        return done[posts:]

    async def says(self, text: str) -> list[Call]:
        if text.startswith("/"):
            body = command_form(text[1:], user=USER, channel=DM, trigger_id=f"t{next(_ids)}")
            return await self._turn(body, form=True)
        body = dm_event(text, user=USER, event_id=f"Ev{next(_ids)}", ts=self.ts)
        return await self._turn(body, form=False)

    async def presses(self, post: Call, value: str, label: str = "") -> list[Call]:
        """Press a button with `value` (any value: Slack sends what the message held)."""
        message = {"ts": post.answer["ts"], "text": post.args["text"],
                   "blocks": post.args["blocks"]}
        payload = block_actions(value, label or value, message, user=USER,
                                channel=post.args["channel"], trigger_id=f"t{next(_ids)}")
        payload["actions"][0]["action_ts"] = self.ts
        return await self._turn(action_form(payload), form=True)

    async def taps(self, post: Call, label: str) -> list[Call]:
        [value] = [v for shown, v in pairs(post) if shown == label]
        return await self.presses(post, value, label)


@pytest.fixture
async def desk(slack_http: Any, fake_slack: FakeSlackApi, wiring: Wiring) -> Desk:
    recording = Recording(wiring.coach)
    holder: list[Desk] = []
    slack = await slack_http(recording, None, clock=lambda: holder[0].at)
    holder.append(Desk(slack, fake_slack, recording))
    return holder[0]


def with_buttons(posts: list[Call]) -> Call | None:
    found = [p for p in posts if pairs(p)]
    return found[-1] if found else None


def said(posts: list[Call]) -> str:
    return "\n".join(unescape(p.args["text"]) for p in posts)


async def onboard(desk: Desk) -> Call | None:
    """hi, Yes, then Skip through the settings; the last message with buttons."""
    posts = await desk.says("hi")
    posts = await desk.taps(posts[-1], "Yes")
    taps = 1
    while (latest := with_buttons(posts)) is not None and "Skip" in dict(pairs(latest)):
        posts = await desk.taps(latest, "Skip")
        taps += 1
    await desk.fake.wait_for("chat.update", count=taps)  # every answer shown on its question
    return with_buttons(posts)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
async def test_scenario_on_slack(desk: Desk, scenario: Scenario) -> None:
    latest = await onboard(desk) if scenario.onboard else None
    marked: dict[str, Call] = {}
    for number, step in enumerate(scenario.steps, 1):
        if step.at:
            desk.at = datetime.fromisoformat(step.at).replace(tzinfo=UTC)
        if step.tap:
            on = marked[step.on] if step.on else latest
            assert on is not None
            posts = await desk.taps(on, step.tap)
        elif step.press:
            assert latest is not None
            token = pairs(latest)[0][1].split("|")[1]
            posts = await desk.presses(latest, step.press.replace("{token}", token))
        else:
            posts = await desk.says(step.say)
        text = said(posts)
        check(step, number, text)
        latest = with_buttons(posts) or latest
        if step.mark:
            assert latest is not None
            marked[step.mark] = latest


async def test_a_refused_write_is_not_reported_as_saved(
    desk: Desk, fake_slack: FakeSlackApi, wiring: Wiring
) -> None:
    await onboard(desk)
    [question] = await desk.says("/checkin")
    before = len(fake_slack.calls_to("chat.update"))
    for label in ("6", "7", "5"):
        [question] = await desk.taps(question, label)
    assert said([question]) == texts.QUESTIONS[Field.MOOD]
    await fake_slack.wait_for("chat.update", count=before + 3)  # the three answers shown
    updates, posts = len(fake_slack.calls_to("chat.update")), len(fake_slack.calls_to(
        "chat.postMessage"))
    [value] = [v for shown, v in pairs(question) if shown == "8"]
    message = {"ts": question.answer["ts"], "text": question.args["text"],
               "blocks": question.args["blocks"]}
    payload = block_actions(value, "8", message, user=USER, channel=DM, trigger_id="t-refused")
    payload["actions"][0]["action_ts"] = desk.ts
    with checkins_refused(wiring.engine):
        await desk.slack.form(action_form(payload))
        [sorry] = (await fake_slack.wait_for("chat.postMessage", count=posts + 1))[posts:]
    assert sorry.args["text"] == NOT_SAVED and not desk.recording.turns[-1][1][0].text.startswith(
        "Check-in saved")  # the last turn the Coach finished was the recovery answer
    await settled()  # the tap's listener has finished: any chat.update it made is in
    assert len(fake_slack.calls_to("chat.update")) == updates  # the question stays open
    saved = await desk.taps(question, "8")  # sent again, it is taken now
    assert said(saved).startswith("Check-in saved for Monday 2 March.")
    [shown] = (await fake_slack.wait_for("chat.update", count=updates + 1))[updates:]
    assert shown.args["ts"] == question.answer["ts"]


async def test_a_refused_tap_leaves_the_old_question_unedited(
    desk: Desk, fake_slack: FakeSlackApi
) -> None:
    await onboard(desk)
    [sleep] = await desk.says("/checkin")
    updates = len(fake_slack.calls_to("chat.update"))
    await desk.taps(sleep, "6")
    await fake_slack.wait_for("chat.update", count=updates + 1)
    refused = await desk.taps(sleep, "6")  # the same button again
    assert said(refused).startswith(texts.STALE_BUTTON)
    await settled()  # the refused tap's listener has finished, chat.update or not
    assert len(fake_slack.calls_to("chat.update")) == updates + 1  # only the taken tap
