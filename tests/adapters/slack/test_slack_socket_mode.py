"""Socket Mode end to end: the real slack_sdk Socket Mode client, started as `coach run slack`
starts it (`start_socket_mode` with an app token), against a fake Socket Mode server on
127.0.0.1 that hands out envelopes and checks the acks; the real Bolt app and the real Coach
(SQLite and PostgreSQL) behind it, the fake Web API for everything the bot posts.

Through a check-in (an Events API message), a button press (interactive), a slash command
(with the acknowledgement's text) and a retry (the same envelope again: acked, not answered
twice)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from urllib.parse import parse_qsl

import pytest
from sqlalchemy import func, select

from adapters.slack.app import build_app, build_client, register, start_socket_mode
from adapters.slack.translate import escape
from adapters.storage.models import CheckinRow
from bot.bootstrap import Wiring, build
from bot.clock import FixedClock
from bot.run import home_provider
from bot.settings import Settings
from core.coach import texts
from core.messages import Platform
from tests.adapters.slack.fake_slack_api import Call, FakeSlackApi
from tests.adapters.slack.fake_socket_mode import FakeSocketMode
from tests.adapters.slack.slack_requests import block_actions, command_form, event_envelope
from tests.adapters.slack.test_slack_coach import Recording, _until
from tests.coach.talk import Person, onboard
from tests.dbfixtures import engine_for, release

MONDAY = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
APP_TOKEN = "xapp-1-A0COACH-fake"
USER, DM = "U123", "D123"


@pytest.fixture
def wiring(database_url: str) -> Iterator[Wiring]:
    built = build(Settings(database_url=database_url, _env_file=None),
                  migrate=False, engine=engine_for(database_url), clock=FixedClock(MONDAY))
    yield built
    release(built.engine)


@pytest.fixture
async def socket(fake_slack: FakeSlackApi) -> AsyncIterator[FakeSocketMode]:
    server = FakeSocketMode()
    await server.start()
    fake_slack.socket_url = server.url
    yield server
    await server.stop()


@pytest.fixture
async def recording(
    fake_slack: FakeSlackApi, socket: FakeSocketMode, wiring: Wiring
) -> AsyncIterator[Recording]:
    """The bot in Socket Mode, as `coach run slack` wires it with COACH_SLACK_APP_TOKEN."""
    recorded = Recording(wiring.coach)
    app = build_app(build_client("xoxb-test", fake_slack.api_url), None)
    register(app, recorded, home_provider(wiring.coach, wiring.clock), clock=wiring.clock,
             events=wiring.coach)
    handler = await start_socket_mode(app, APP_TOKEN)
    await socket.connected()
    yield recorded
    await handler.close_async()  # type: ignore[no-untyped-call]


def dm(text: str, event_id: str) -> dict[str, object]:
    event = {"type": "message", "channel_type": "im", "user": USER, "channel": DM,
             "text": text, "ts": f"{MONDAY.timestamp():.6f}"}
    return event_envelope(event, event_id)


async def answered(recording: Recording, fake: FakeSlackApi, turns: int) -> list[Call]:
    """Wait for the Coach's `turns`-th turn and for its replies to be posted; those posts."""
    await _until(lambda: len(recording.turns) >= turns)
    before = sum(len(replies) for _, replies in recording.turns[: turns - 1])
    count = before + len(recording.turns[turns - 1][1])
    return (await fake.wait_for("chat.postMessage", count=count))[before:]


async def test_socket_mode_end_to_end(
    recording: Recording, socket: FakeSocketMode, fake_slack: FakeSlackApi, wiring: Wiring
) -> None:
    onboard(Person(wiring.coach, USER, MONDAY, platform=Platform.SLACK))
    [opened] = fake_slack.calls_to("apps.connections.open")
    assert opened.token == APP_TOKEN and socket.connections == 1

    # a check-in in one line: an Events API envelope, acked at once, answered in the DM:
    # saved with the fourth answer, the day's session, then the optional extras question
    checkin = await socket.events_api(dm("6 7 5 8", "Ev-checkin"))
    assert await socket.ack_for(checkin) == [{"envelope_id": checkin["envelope_id"]}]
    saved, *session, extras = await answered(recording, fake_slack, 1)
    assert saved.args["text"].startswith("Check-in saved for Monday 2 March")
    assert (extras.args["channel"], extras.args["text"]) == (DM, escape(texts.EXTRAS_QUESTION))

    # a button press: Skip on the extras question, an interactive envelope
    [skip] = [e for b in extras.args["blocks"] if b["type"] == "actions"
              for e in b["elements"] if e["text"]["text"] == "Skip"]
    message = {"ts": extras.answer["ts"], "text": extras.args["text"],
               "blocks": extras.args["blocks"]}
    payload = block_actions(skip["value"], "Skip", message, user=USER, channel=DM,
                            action_id=skip["action_id"], trigger_id="t-socket-press")
    payload["actions"][0]["action_ts"] = f"{MONDAY.timestamp() + 60:.6f}"
    press = await socket.interactive(payload)
    assert await socket.ack_for(press) == [{"envelope_id": press["envelope_id"]}]
    [skipped] = await answered(recording, fake_slack, 2)
    assert skipped.args["text"] == escape(texts.EXTRAS_SKIPPED)
    [update] = await fake_slack.wait_for("chat.update")  # the question shows its answer
    assert (update.args["channel"], update.args["ts"]) == (DM, extras.answer["ts"])

    # a slash command typed in a channel: the ack carries the line only the person sees
    command = await socket.slash_command(dict(parse_qsl(
        command_form("today", user=USER, channel="C0GENERAL", trigger_id="t-socket-cmd"))))
    [ack] = await socket.ack_for(command)
    assert ack == {"envelope_id": command["envelope_id"],
                   "payload": {"text": "I'll answer in our direct messages."}}
    today = await answered(recording, fake_slack, 3)
    assert {post.args["channel"] for post in today} == {DM}
    assert today[-1].args["text"] == session[-1].args["text"]  # the same session

    # a retry: the check-in's envelope once more; acked again, not answered again
    posts = len(fake_slack.calls_to("chat.postMessage"))
    retry = await socket.events_api({}, retry_of=checkin)
    assert retry["envelope_id"] == checkin["envelope_id"] and retry["retry_attempt"] == 1
    assert len(await socket.ack_for(checkin, count=2)) == 2
    await _until(lambda: len(recording.turns) == 4)
    assert recording.turns[3] == (recording.turns[0][0], [])  # the Coach's unique key
    assert len(fake_slack.calls_to("chat.postMessage")) == posts
    with wiring.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(CheckinRow)).scalar() == 1
    assert socket.stray == [] and socket.connections == 1

