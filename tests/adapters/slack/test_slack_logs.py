"""No health data in logs on Slack: a check-in, a failed check-in write, a crisis message
and a request with a bad signature, through the real Bolt app over HTTP, logging at DEBUG as
`coach run` sets it up. No message text, reply, check-in value or token in any record."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from adapters.slack.app import SORRY
from adapters.slack.translate import escape
from bot.bootstrap import Wiring
from core.safety.texts import crisis_text
from tests.adapters.slack import test_slack_coach as end_to_end
from tests.adapters.slack.fake_slack_api import FakeSlackApi
from tests.adapters.slack.slack_requests import SIGNING_SECRET, dm_event
from tests.adapters.slack.test_slack_coach import Person, _now_ts, onboard
from tests.log_hygiene import (
    CHECKIN,
    CRISIS,
    EXTRAS,
    assert_nothing_private,
    checkin_writes_fail,
    production_logging_at_debug,
)

# the real Coach behind the real Bolt app, as in the end-to-end tests (fixtures by name)
wiring, person = end_to_end.wiring, end_to_end.person


@pytest.fixture(autouse=True)
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    with production_logging_at_debug(caplog):
        yield


async def test_checkin_crisis_a_failed_write_and_a_forged_request_leave_no_health_data(
    person: Person, wiring: Wiring, fake_slack: FakeSlackApi, caplog: pytest.LogCaptureFixture
) -> None:
    await onboard(person)
    await person.says(CHECKIN)
    posted = len(fake_slack.calls_to("chat.postMessage"))
    with checkin_writes_fail(wiring.engine):
        body = dm_event(EXTRAS, user=person.user, event_id="EvFail", ts=_now_ts())
        assert (await person.slack.event(body)).status == 200
        sorry = (await fake_slack.wait_for("chat.postMessage", count=posted + 1))[posted]
    assert sorry.args["text"] == escape(SORRY.text)
    [saved, *_] = await person.says(EXTRAS)  # the question was still open: nothing was lost
    assert saved.args["text"].startswith("Added to today's check-in")
    crisis, *_ = await person.says(CRISIS)  # the crisis text first, then a direct question
    assert crisis.args["text"] == escape(crisis_text(None))
    forged = dm_event(CRISIS, user=person.user, event_id="EvForged", ts=_now_ts())
    assert (await person.slack.event(forged, signed=False)).status == 401
    assert_nothing_private(
        caplog,
        [CHECKIN, EXTRAS, CRISIS, "pills", crisis_text(None).splitlines()[0],
         saved.args["text"].splitlines()[0], "xoxb-test", SIGNING_SECRET],
        expect=["coach failed on a slack update", "Traceback"],
    )
