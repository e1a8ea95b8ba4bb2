"""SlackPort against the fake Web API: delivery statuses, DM opening, uploads, pacing."""

from __future__ import annotations

import time

import pytest

from adapters.slack.app import build_client
from adapters.slack.sender import SlackPort
from core.messages import Attachment, Outbound, Platform, Reply
from core.ports import DeliveryStatus
from tests.adapters.slack.fake_slack_api import FakeSlackApi

PNG = b"\x89PNG\r\n\x1a\n" + b"chart" * 100


def push(chat_id: str = "D123", reply: Reply | None = None) -> Outbound:
    return Outbound(
        Platform.SLACK, chat_id, reply or Reply("Morning! Time to check in."), kind="checkin"
    )


def port(fake: FakeSlackApi, interval: float = 0.0) -> SlackPort:
    client = build_client("xoxb-test", fake.api_url, rate_limit_retries=0)
    return SlackPort(client, per_channel_interval=interval)


async def test_a_push_is_posted_to_the_dm(fake_slack: FakeSlackApi) -> None:
    delivery = await port(fake_slack).deliver(push())

    assert delivery.status is DeliveryStatus.SENT
    [post] = fake_slack.calls_to("chat.postMessage")
    assert post.args["channel"] == "D123" and post.args["text"] == "Morning! Time to check in."


async def test_429_is_retry_with_slacks_retry_after(fake_slack: FakeSlackApi) -> None:
    fake_slack.fail("chat.postMessage", "ratelimited", status=429, retry_after=7)

    delivery = await port(fake_slack).deliver(push())

    assert (delivery.status, delivery.retry_after, delivery.detail) == (
        DeliveryStatus.RETRY,
        7.0,
        "ratelimited",
    )


async def test_the_app_client_waits_out_a_429_itself(fake_slack: FakeSlackApi) -> None:
    fake_slack.fail("chat.postMessage", "ratelimited", status=429, retry_after=1)
    client = build_client("xoxb-test", fake_slack.api_url)  # the Bolt app's client: retries 429

    response = await client.chat_postMessage(channel="D123", text="hi")

    assert response["ok"] and len(fake_slack.calls_to("chat.postMessage")) == 2


@pytest.mark.parametrize(
    ("error", "status"),
    [
        ("is_archived", DeliveryStatus.BLOCKED),
        ("channel_not_found", DeliveryStatus.BLOCKED),
        ("not_in_channel", DeliveryStatus.BLOCKED),
        ("user_disabled", DeliveryStatus.BLOCKED),
        ("account_inactive", DeliveryStatus.BLOCKED),
        ("invalid_auth", DeliveryStatus.FAILED),
        ("invalid_blocks", DeliveryStatus.FAILED),
        ("internal_error", DeliveryStatus.RETRY),
    ],
)
async def test_slack_errors_map_to_delivery_statuses(
    fake_slack: FakeSlackApi, error: str, status: DeliveryStatus
) -> None:
    fake_slack.fail("chat.postMessage", error)

    delivery = await port(fake_slack).deliver(push())

    assert (delivery.status, delivery.detail) == (status, error)


async def test_network_failure_is_retry() -> None:
    client = build_client("xoxb-test", "http://127.0.0.1:9/api/", rate_limit_retries=0)
    client.retry_handlers.clear()  # no reconnect attempts: fail fast

    delivery = await SlackPort(client).deliver(push())

    assert delivery.status is DeliveryStatus.RETRY


async def test_a_user_id_is_delivered_to_their_dm_opened_once(fake_slack: FakeSlackApi) -> None:
    slack = port(fake_slack)

    await slack.deliver(push("U555"))
    await slack.deliver(push("U555"))

    assert len(fake_slack.calls_to("conversations.open")) == 1
    assert [c.args["channel"] for c in fake_slack.calls_to("chat.postMessage")] == ["D555", "D555"]


async def test_an_image_reply_is_uploaded_with_files_upload_v2(fake_slack: FakeSlackApi) -> None:
    chart = Attachment("trend.png", "image/png", PNG, "image")

    delivery = await port(fake_slack).deliver(
        push(reply=Reply("Your 4-week trend", attachment=chart))
    )

    assert delivery.status is DeliveryStatus.SENT
    [url] = fake_slack.calls_to("files.getUploadURLExternal")
    assert (url.args["filename"], int(url.args["length"])) == ("trend.png", len(PNG))
    assert list(fake_slack.uploads.values()) == [PNG]
    [done] = fake_slack.calls_to("files.completeUploadExternal")
    assert done.args["channel_id"] == "D123"
    assert fake_slack.calls_to("chat.postMessage")[0].args["text"] == "Your 4-week trend"


async def test_pushes_to_one_channel_are_paced_one_per_interval(fake_slack: FakeSlackApi) -> None:
    slack = port(fake_slack, interval=0.3)

    started = time.monotonic()
    for outbound in [push(), push(), push(), push("D999")]:  # D999: not held back by D123
        await slack.turn(outbound)  # the sender waits for the channel's turn, then delivers
        await slack.deliver(outbound)
    elapsed = time.monotonic() - started

    assert 0.55 < elapsed < 1.2
    assert len(fake_slack.calls_to("chat.postMessage")) == 4


async def test_an_upload_that_fails_after_the_text_never_reposts_the_text(
    fake_slack: FakeSlackApi,
) -> None:
    chart = Attachment("trend.png", "image/png", PNG, "image")
    fake_slack.fail("files.getUploadURLExternal", "invalid_arguments")

    delivery = await port(fake_slack).deliver(push(reply=Reply("Your week", attachment=chart)))

    # the text went out: SENT (a RETRY would post it again), the missing image in `detail`
    assert (delivery.status, delivery.detail) == (
        DeliveryStatus.SENT, "attachment not delivered: invalid_arguments")
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    assert fake_slack.calls_to("files.completeUploadExternal") == []


async def test_a_rate_limited_upload_after_the_text_is_retried_in_place(
    fake_slack: FakeSlackApi,
) -> None:
    chart = Attachment("trend.png", "image/png", PNG, "image")
    fake_slack.fail("files.getUploadURLExternal", "ratelimited", status=429, retry_after=1)

    delivery = await port(fake_slack).deliver(push(reply=Reply("Your week", attachment=chart)))

    assert delivery.status is DeliveryStatus.SENT and delivery.detail == ""
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    assert list(fake_slack.uploads.values()) == [PNG]


async def test_an_image_without_text_is_retried_whole(fake_slack: FakeSlackApi) -> None:
    chart = Attachment("trend.png", "image/png", PNG, "image")
    fake_slack.fail("files.getUploadURLExternal", "ratelimited", status=429, retry_after=3)

    delivery = await port(fake_slack).deliver(push(reply=Reply("", attachment=chart)))

    assert (delivery.status, delivery.retry_after) == (DeliveryStatus.RETRY, 3.0)
    assert fake_slack.calls_to("chat.postMessage") == []
