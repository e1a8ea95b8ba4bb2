"""A team's Slack channel archived, deleted, or the app removed from it (issue 13): the real
Coach, tick, OutboxSender and SlackPort against the fake Web API. Each part of the digest
push is delivered on its own, so the coach's private safety note still goes; the channel's
digest pauses and the coach is told privately, word for word, how to fix it; `/coach team`
typed in the channel (a slash command through the real Bolt app) resumes it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest

from adapters.slack.app import build_client
from adapters.slack.sender import SlackPort
from bot import bootstrap
from core.messages import Platform
from tests.adapters.slack.conftest import (  # noqa: F401 (fixtures)
    SlackHttp,
    fake_slack,
    settled,
    slack_http,
)
from tests.adapters.slack.fake_slack_api import FakeSlackApi
from tests.adapters.slack.slack_requests import command_form
from tests.scheduling.sim import Clock
from tests.scheduling.test_slack_digest import (
    DIGEST_AT,
    SLACK_IDS,
    coach_note_lines,
    digest_time,
    make_team,
)


@pytest.mark.parametrize("error", ["is_archived", "channel_not_found", "not_in_channel"])
async def test_slack_channel_archived_the_coach_still_gets_the_note_and_how_to_fix_it(
    wiring: bootstrap.Wiring, clock: Clock, fake_slack: FakeSlackApi, error: str,  # noqa: F811
    slack_http: Callable[..., Awaitable[SlackHttp]],  # noqa: F811
) -> None:
    clock.now = DIGEST_AT - timedelta(minutes=2)
    make_team(wiring, Platform.SLACK, "CTEAM", SLACK_IDS)
    fake_slack.calls.clear()
    fake_slack.fail("chat.postMessage", error)  # the first post: the channel's digest
    port = SlackPort(build_client("xoxb-test", fake_slack.api_url, rate_limit_retries=0),
                     per_channel_interval=0)

    await digest_time(wiring, clock, port, Platform.SLACK)

    posts = fake_slack.calls_to("chat.postMessage")
    assert posts[0].args["channel"] == "CTEAM"
    assert fake_slack.calls_to("files.getUploadURLExternal") == []  # no heatmap after it
    to_cora = [c.args["text"] for c in posts[1:] if c.args["channel"] == "DCORA"]
    assert to_cora == [
        "I can't post the daily digest of Morning Rowers in its channel any more: Slack says "
        "the channel was archived or deleted, or I'm not in it. I've paused the digest there; "
        "safety notes still come to you here.\n"
        "To fix it: unarchive the channel (or use another one), invite me with /invite "
        "@Rhythm Coach, then type /coach team in that channel. The digest starts again from "
        "the next one.",
        "\n".join(coach_note_lines())]
    assert [c.args["channel"] for c in posts[1:]] == ["DCORA", "DCORA"]  # nothing else
    with wiring.store.transaction() as tx:
        team = tx.team_by_channel(Platform.SLACK, "CTEAM")
        assert team is not None and team.channel_lost == error

    # Cora invites the app again and types `/coach team` in the channel, through Bolt
    clock.now = DIGEST_AT + timedelta(hours=1)
    slack = await slack_http(wiring.coach, clock=clock)
    answered = len(fake_slack.calls_to("chat.postMessage"))
    response = await slack.form(command_form("team", user="UCORA", channel="CTEAM"))
    assert response.status == 200
    await settled()
    texts = [c.args["text"] for c in fake_slack.calls_to("chat.postMessage")[answered:]]
    assert texts[0] == (
        "The daily digest of Morning Rowers is back on in this chat, from the next one.")
    with wiring.store.transaction() as tx:
        team = tx.team_by_channel(Platform.SLACK, "CTEAM")
        assert team is not None and team.channel_lost == ""
