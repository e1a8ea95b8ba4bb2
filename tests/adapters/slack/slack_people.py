"""People talking to the real Coach through the real Bolt app (HTTP, 127.0.0.1), each in
their own DM, on a movable clock; and the team digest through the real tick, OutboxSender
and SlackPort. Shared by the Slack end-to-end tests about people, names and teams."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete

from adapters.slack.app import build_client
from adapters.slack.sender import SlackPort
from adapters.storage.models import PromptScheduleRow
from bot.bootstrap import Wiring
from bot.clock import FixedClock
from bot.scheduling.sender import OutboxSender
from bot.scheduling.tick import tick
from core.messages import Platform
from tests.adapters.slack.conftest import SlackHttp
from tests.adapters.slack.fake_slack_api import Call, FakeSlackApi
from tests.adapters.slack.slack_requests import (
    action_form,
    block_actions,
    command_form,
    dm_event,
    event_envelope,
)
from tests.adapters.slack.test_slack_coach import Recording, one_turn, pairs

_ids = itertools.count(1)


@dataclass
class Member:
    """One Slack user in their DM with the app (`D` + the user id's tail, as the fake opens
    it); every request is stamped with `clock`'s time."""

    slack: SlackHttp
    fake: FakeSlackApi
    recording: Recording
    clock: FixedClock
    user: str

    @property
    def dm(self) -> str:
        return "D" + self.user[1:]

    def ts(self) -> str:
        return f"{self.clock().timestamp() + next(_ids) / 1e6:.6f}"

    async def _turn(self, send: Any) -> list[Call]:
        return await one_turn(self.recording, self.fake, send)

    async def says(self, text: str, **event: Any) -> list[Call]:
        body = dm_event(text, user=self.user, channel=self.dm, event_id=f"Ev{next(_ids)}",
                        ts=self.ts(), **event)
        return await self._turn(lambda: self.slack.event(body))

    async def command(self, words: str, channel: str | None = None) -> list[Call]:
        body = command_form(words, user=self.user, channel=channel or self.dm,
                            trigger_id=f"t{next(_ids)}")
        return await self._turn(lambda: self.slack.form(body))

    async def presses(self, post: Call, label: str) -> list[Call]:
        [button] = [e for b in post.args["blocks"] if b["type"] == "actions"
                    for e in b["elements"] if e["text"]["text"] == label]
        message = {"ts": post.answer["ts"], "text": post.args["text"],
                   "blocks": post.args["blocks"]}
        if post.args.get("thread_ts"):
            message["thread_ts"] = post.args["thread_ts"]
        payload = block_actions(button["value"], label, message, user=self.user,
                                channel=post.args["channel"], action_id=button["action_id"],
                                trigger_id=f"t{next(_ids)}")
        payload["actions"][0]["action_ts"] = self.ts()
        return await self._turn(lambda: self.slack.form(action_form(payload)))

    async def onboard(self) -> None:
        """hi -> consent Yes -> Skip through every setting."""
        _, consent = await self.says("hi")
        replies = await self.presses(consent, "Yes")
        while replies and "Skip" in [label for label, _ in pairs(replies[-1])]:
            replies = await self.presses(replies[-1], "Skip")

    async def joins(self, code: str, *, scores: bool = False) -> None:
        [question] = await self.command(f"join {code}")
        [safety] = await self.presses(question,
                                      "Full scores too" if scores else "Readiness status only")
        await self.presses(safety, "No")


async def account_event(slack: SlackHttp, kind: str, user: dict[str, Any]) -> None:
    """A `user_change` or `team_join` event, as Slack posts it."""
    body = json.dumps(event_envelope({"type": kind, "user": user}, f"Ev{next(_ids)}"))
    response = await slack.event(body)
    assert response.status == 200


def invite_code(posts: list[Call]) -> str:
    found = re.search(r"Invite code: ([A-Z0-9]{8})", "\n".join(p.args["text"] for p in posts))
    assert found is not None
    return found.group(1)


async def digest_at(wiring: Wiring, fake: FakeSlackApi, at: datetime,
                    *, drop_prompts: bool = True) -> list[Call]:
    """Tick a minute before `at` (schedules new teams), then at it, and drain the outbox
    through SlackPort; what was posted to channels (C...) meanwhile."""
    if drop_prompts:
        with wiring.store.session_factory() as session, session.begin():
            session.execute(delete(PromptScheduleRow))
    before = len(fake.calls)
    port = SlackPort(build_client("xoxb-test", fake.api_url, rate_limit_retries=0),
                     per_channel_interval=0)
    sender = OutboxSender(wiring.store.session_factory, wiring.store, wiring.coach,
                          {Platform.SLACK: port})
    for now in (at - timedelta(minutes=1), at):
        tick(wiring.store.session_factory, now)
        await sender.drain(now)
    return [c for c in fake.calls[before:]
            if c.method == "chat.postMessage" and str(c.args["channel"]).startswith("C")]
