"""Slack's limit is per channel (chat.postMessage: about 1 message a second per channel, short
bursts allowed; no per-token limit to keep): the real sender and the real SlackPort post one
channel's rows one interval apart and in due order, while other channels go at once."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from adapters.slack.app import build_client
from adapters.slack.sender import SlackPort
from adapters.storage.models import OutboxRow
from bot import bootstrap
from bot.scheduling.sender import OutboxSender
from core.messages import Platform
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
    port = SlackPort(build_client("xoxb-test", fake_slack.api_url, rate_limit_retries=0),
                     per_channel_interval=INTERVAL)
    sender = OutboxSender(wiring.store.session_factory, wiring.store, wiring.coach,
                          {Platform.SLACK: port})

    result = await sender.drain(AT)

    assert (result.sent, result.failed) == (5, 0), result
    posts = fake_slack.calls_to("chat.postMessage")
    to_ana = [p for p in posts if p.args["channel"] == "DANA"]
    assert len(to_ana) == 3
    gaps = [later.at - earlier.at for earlier, later in itertools.pairwise(to_ana)]
    # Arrival times at the fake server: the port spaces its sends by INTERVAL, but the
    # first request also opens the connection and can arrive later than its send, so one gap
    # can look shorter (0.283 s for 0.3 under a loaded CI run). Unpaced posts arrive
    # milliseconds apart; paced ones at least 80 % of the interval apart, and the three
    # posts span at least 1.9 intervals.
    assert all(gap >= INTERVAL * 0.8 for gap in gaps), gaps
    assert sum(gaps) >= INTERVAL * 1.9, gaps
    assert "sleep" in to_ana[0].args["text"].lower()  # in due order: the check-in first
    others = [p for p in posts if p.args["channel"] != "DANA"]
    assert {p.args["channel"] for p in others} == {"DBO", "DCY"}
    assert all(p.at < to_ana[1].at for p in others)  # not queued behind Ana's channel
