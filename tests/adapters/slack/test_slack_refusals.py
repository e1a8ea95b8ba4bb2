"""Junk before the signature: the real Bolt app over HTTP on 127.0.0.1 refuses it before
anything parses it (400 or 401), signed or not, with no ERROR and no traceback, and nothing
of a request's body is ever logged (Bolt used to log the whole body of a badly signed one)."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest

from tests.adapters.slack.conftest import FakeCoach, settled
from tests.adapters.slack.fake_slack_api import FakeSlackApi
from tests.adapters.slack.slack_requests import dm_event, sign

SECRET_WORDS = "my private words about sleeping badly"


def headers(body: bytes, content_type: str, timestamp: str | None, signed: bool) -> dict[str, str]:
    """Slack's headers with any timestamp text; `signed` signs the body with it (as Slack
    would: a correct signature over whatever was sent), else a wrong signature."""
    found = {"Content-Type": content_type, "X-Slack-Signature": "v0=" + "0" * 64}
    if timestamp is not None:
        found["X-Slack-Request-Timestamp"] = timestamp
        if signed:
            found["X-Slack-Signature"] = sign(body, timestamp)
    return found


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every record from every logger, down to DEBUG (aiohttp's own access log aside)."""
    caplog.set_level(logging.DEBUG)
    yield caplog


def bots_logs(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if not r.name.startswith("aiohttp.access")]


NOW = "<now>"  # read when the test runs: a timestamp taken at collection may be stale by then
MALFORMED_JSON = '{"type": "event_callback", "event": {"text": "' + SECRET_WORDS + '"'
FORM_WITH_BAD_PAYLOAD = urlencode({"payload": '{"type": "block_actions", "x": ' + SECRET_WORDS})
CASES = [
    # (what, body, content type, timestamp, signed, status)
    ("malformed JSON, signed", MALFORMED_JSON, "application/json", NOW, True, 400),
    ("malformed JSON, unsigned", MALFORMED_JSON, "application/json", NOW, False, 401),
    ("JSON that is not an object, signed", '["' + SECRET_WORDS + '"]', "application/json",
     NOW, True, 400),
    ("a form whose payload is not JSON, signed", FORM_WITH_BAD_PAYLOAD,
     "application/x-www-form-urlencoded", NOW, True, 400),
    ("not UTF-8, signed", "caf\udce9 " + SECRET_WORDS, "application/json", NOW, True, 400),
    ("non-numeric timestamp, signed", dm_event(SECRET_WORDS), "application/json", "1e9", True,
     401),
    ("non-numeric timestamp, unsigned", dm_event(SECRET_WORDS), "application/json", "soon",
     False, 401),
    ("no timestamp", dm_event(SECRET_WORDS), "application/json", None, False, 401),
    ("a bad signature", dm_event(SECRET_WORDS), "application/json", NOW, False, 401),
]


@pytest.mark.parametrize(("what", "body", "content_type", "timestamp", "signed", "status"),
                         CASES, ids=[case[0] for case in CASES])
async def test_junk_is_refused_before_parsing_with_no_error_and_no_body_in_the_logs(
    slack_http, fake_slack: FakeSlackApi, logs: pytest.LogCaptureFixture, what: str, body: str,
    content_type: str, timestamp: str | None, signed: bool, status: int,
) -> None:
    coach = FakeCoach()
    slack = await slack_http(coach)
    raw = body.encode("utf-8", "surrogateescape")
    if timestamp == NOW:
        timestamp = str(int(time.time()))
    sent = headers(raw, content_type, timestamp, signed)

    response = await slack.http.post("/slack/events", data=raw, headers=sent)

    assert response.status == status, what
    await settled()
    assert coach.received == [] and fake_slack.calls == []
    records = bots_logs(logs)
    assert not [r for r in records if r.levelno >= logging.ERROR or r.exc_info]
    logged = "\n".join(logs.handler.format(r) for r in records)
    assert SECRET_WORDS not in logged and "sleeping badly" not in logged
    assert [r.getMessage() for r in records if r.name == "adapters.slack.app"] == [
        f"slack request refused: {await response.text()}"]


async def test_a_good_request_still_reaches_the_coach(slack_http, fake_slack) -> None:
    coach = FakeCoach()
    slack = await slack_http(coach)
    body = dm_event("hello", event_id="Ev-good")

    response = await slack.event(body)

    assert response.status == 200
    await fake_slack.wait_for("chat.postMessage")
    assert [i.text for i in coach.received] == ["hello"]
    assert json.loads(body)["event_id"] == "Ev-good"
