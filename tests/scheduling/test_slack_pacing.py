"""Slack's limit is per channel (chat.postMessage: about 1 message a second per channel, short
bursts allowed; no per-token limit to keep): the real sender and the real SlackPort post one
channel's rows one interval apart and in due order, while other channels go at once."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from adapters.slack.app import build_client
from adapters.slack.sender import SlackPort
from adapters.storage.models import OutboxRow
from bot import bootstrap
from bot.scheduling.sender import OutboxSender
from core.messages import Outbound, Platform
from tests.adapters.slack.conftest import fake_slack  # noqa: F401 (fixture)
from tests.adapters.slack.fake_slack_api import FakeSlackApi
from tests.scheduling.sim import Clock

AT = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
INTERVAL = 0.3  # seconds between posts to one channel (1.0 in production; shorter here)
KINDS = ("morning_checkin", "wind_down", "weekly_review")  # three rows for Ana's DM at once


def slack_person(wiring: bootstrap.Wiring, user: str, dm: str, name: str) -> int:
    with wiring.store.transaction() as tx:
        person = tx.create_person(Platform.SLACK, user, dm, name, AT - timedelta(days=1))
        tx.update_person(person.id, timezone="UTC", work_days="")
        return person.id


def queue(wiring: bootstrap.Wiring, person_id: int, kinds: tuple[str, ...]) -> None:
    rows = [{"person_id": person_id, "kind": kind, "local_slot": f"2026-11-23T08:0{n}",
             "due_at": AT + timedelta(seconds=n), "expires_at": AT + timedelta(hours=1),
             "status": "pending", "attempts": 0, "next_attempt_at": AT, "payload": {},
             "created_at": AT} for n, kind in enumerate(kinds)]
    with wiring.engine.begin() as connection:
        connection.execute(insert(OutboxRow), rows)


async def test_one_channel_gets_one_post_per_interval_others_are_not_held_back(
    wiring: bootstrap.Wiring, clock: Clock, fake_slack: FakeSlackApi  # noqa: F811
) -> None:
    clock.now = AT
    ana = slack_person(wiring, "UANA", "DANA", "Ana")
    queue(wiring, ana, KINDS)
    for user in ("UBO", "UCY"):
        queue(wiring, slack_person(wiring, user, f"D{user[1:]}", user[1:].title()),
              ("morning_checkin",))
    client = build_client("xoxb-test", fake_slack.api_url, rate_limit_retries=0)
    port = SlackPort(client, per_channel_interval=INTERVAL)
    # When the port books a channel's turn and when it hands each post to the client (its
    # own clock, time.monotonic): the send times. Arrival times at the fake server also
    # carry the connection set-up and the event loop's delays under load, and can bunch up
    # (0.011 s apart for 0.3 s paced, once on a loaded machine).
    first_turn: dict[str, float] = {}
    posted: list[tuple[str, float]] = []
    turn, post = port.turn, client.chat_postMessage

    async def booking(outbound: Outbound) -> None:
        first_turn.setdefault(outbound.chat_id, time.monotonic())
        await turn(outbound)

    async def posting(**kwargs: Any) -> Any:
        posted.append((kwargs["channel"], time.monotonic()))
        return await post(**kwargs)

    port.turn = booking  # type: ignore[method-assign]
    client.chat_postMessage = posting  # type: ignore[method-assign]
    sender = OutboxSender(wiring.store.session_factory, wiring.store, wiring.coach,
                          {Platform.SLACK: port})

    result = await sender.drain(AT)

    assert (result.sent, result.failed) == (5, 0), result
    posts = fake_slack.calls_to("chat.postMessage")
    to_ana = [p for p in posts if p.args["channel"] == "DANA"]
    assert len(to_ana) == 3
    # Paced: the n-th post to Ana's channel leaves the port no earlier than n intervals
    # after her channel's first turn was asked for (a delay under load only makes a post
    # later; unpaced, all three leave within milliseconds of the first turn).
    sent_to_ana = [at - first_turn["DANA"] for channel, at in posted if channel == "DANA"]
    assert len(sent_to_ana) == 3
    assert all(at >= n * INTERVAL for n, at in enumerate(sent_to_ana)), sent_to_ana
    assert "sleep" in to_ana[0].args["text"].lower()  # in due order: the check-in first
    others = [p for p in posts if p.args["channel"] != "DANA"]
    assert {p.args["channel"] for p in others} == {"DBO", "DCY"}
    # not queued behind Ana's channel: both left the port before her second post did
    sent_to_others = [at for channel, at in posted if channel != "DANA"]
    assert len(sent_to_others) == 2
    assert all(at < first_turn["DANA"] + sent_to_ana[1] for at in sent_to_others), posted
