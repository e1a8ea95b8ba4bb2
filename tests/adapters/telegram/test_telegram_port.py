"""TelegramPort (pushes: scheduled prompts, digests) against the fake Bot API."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable
from dataclasses import replace

import pytest
from telegram.error import NetworkError, TimedOut
from telegram.ext import ExtBot

from adapters.telegram.app import rate_limiter
from adapters.telegram.sender import ChatPacer, TelegramPort, delivery_for
from core.messages import Attachment, Mention, Outbound, Platform, Reply
from core.ports import Delivery, DeliveryStatus, OutboundPort
from tests.adapters.telegram.fake_bot_api import FakeBotApi, bad_request, error, too_many_requests


async def deliver_all(port: OutboundPort, outbounds: Iterable[Outbound]) -> list[Delivery]:
    """A minimal outbox drain: chats in parallel, each chat in order, RETRY waits and retries."""
    by_chat: dict[str, list[Outbound]] = defaultdict(list)
    for outbound in outbounds:
        by_chat[outbound.chat_id].append(outbound)
    results: list[Delivery] = []

    async def drain(queue: list[Outbound]) -> None:
        for outbound in queue:
            for _ in range(50):
                delivery = await port.deliver(outbound)
                if delivery.status is not DeliveryStatus.RETRY:
                    break
                await asyncio.sleep(delivery.retry_after or 0.05)
            results.append(delivery)

    await asyncio.gather(*(drain(queue) for queue in by_chat.values()))
    return results


def prompt(chat_id: int, text: str) -> Outbound:
    return Outbound(Platform.TELEGRAM, str(chat_id), Reply(text), kind="checkin")


@pytest.fixture(params=[0, 3], ids=["port-retries", "limiter-retries"])
async def bot(request, fake_bot_api: FakeBotApi) -> AsyncIterator[ExtBot]:
    """A bot on the fake server; 429s either reach the port (0) or the limiter waits (3)."""
    limiter = rate_limiter(
        overall_per_second=1000, group_per_minute=1000, max_retries=request.param
    )
    async with ExtBot(
        fake_bot_api.token, base_url=fake_bot_api.base_url, rate_limiter=limiter
    ) as bot:
        yield bot


@pytest.fixture
def port(bot: ExtBot) -> TelegramPort:
    return TelegramPort(bot, ChatPacer(interval=0.005, group_interval=0.005))


async def test_a_burst_through_a_429_storm_arrives_once_and_in_order(fake_bot_api, port):
    chats = [100 + n for n in range(8)]
    outbounds = [prompt(chat, f"prompt {i}") for i in range(25) for chat in chats]
    drain = asyncio.create_task(deliver_all(port, outbounds))
    await fake_bot_api.wait_until(lambda: len(fake_bot_api.sent()) >= 50)
    fake_bot_api.flood(seconds=0.5, retry_after=1)
    results = await asyncio.wait_for(drain, timeout=30)
    assert len(results) == 200
    assert {r.status for r in results} == {DeliveryStatus.SENT}
    assert fake_bot_api.calls_to("sendMessage", status=429)
    for chat in chats:
        assert [m["text"] for m in fake_bot_api.sent(chat)] == [f"prompt {i}" for i in range(25)]


async def test_a_blocked_person_is_reported_blocked(fake_bot_api, port):
    fake_bot_api.blocked.add(77)
    delivery = await port.deliver(prompt(77, "Good morning"))
    assert delivery == Delivery(DeliveryStatus.BLOCKED, detail="bot_blocked")
    assert fake_bot_api.sent(77) == []


async def test_a_group_that_removed_the_bot_is_blocked_with_the_error_code(fake_bot_api, port):
    fake_bot_api.kicked.add(-55)
    delivery = await port.deliver(prompt(-55, "Rowers: daily digest"))
    assert delivery == Delivery(DeliveryStatus.BLOCKED, detail="bot_kicked")
    assert fake_bot_api.calls_to("sendMessage", status=403)


async def test_a_chat_telegram_no_longer_knows_is_blocked(fake_bot_api, port):
    fake_bot_api.gone.add(-56)
    delivery = await port.deliver(prompt(-56, "Rowers: daily digest"))
    assert delivery == Delivery(DeliveryStatus.BLOCKED, detail="chat_not_found")


async def test_a_migrated_group_whose_new_chat_refuses_too_is_blocked(fake_bot_api, port):
    fake_bot_api.migrated[-55] = -1005555
    fake_bot_api.kicked.add(-1005555)
    kicked = await port.deliver(prompt(-55, "Team digest"))
    fake_bot_api.migrated[-57] = -1005757
    fake_bot_api.migrated[-1005757] = -1009999  # migrated again: the re-send is refused too
    twice = await port.deliver(prompt(-57, "Team digest"))
    fake_bot_api.migrated[-58] = -1005858
    fake_bot_api.gone.add(-1005858)
    gone = await port.deliver(prompt(-58, "Team digest"))
    assert kicked == Delivery(DeliveryStatus.BLOCKED, new_chat_id="-1005555", detail="bot_kicked")
    assert twice == Delivery(DeliveryStatus.BLOCKED, new_chat_id="-1005757",
                             detail="chat_migrated")
    assert gone == Delivery(DeliveryStatus.BLOCKED, new_chat_id="-1005858",
                            detail="chat_not_found")
    assert fake_bot_api.sent() == []


async def test_a_migrated_group_gets_the_message_at_its_new_id(fake_bot_api, port):
    fake_bot_api.migrated[-55] = -1005555
    delivery = await port.deliver(prompt(-55, "Team digest"))
    assert delivery == Delivery(DeliveryStatus.SENT, new_chat_id="-1005555")
    assert [m["text"] for m in fake_bot_api.sent(-1005555)] == ["Team digest"]


async def test_a_bad_request_fails_for_good(fake_bot_api, port):
    fake_bot_api.fail_next("sendMessage", bad_request("Bad Request: message text is empty"))
    delivery = await port.deliver(prompt(42, "Hello"))
    assert delivery == Delivery(DeliveryStatus.FAILED, detail="bad_request")


async def test_a_server_error_is_retried_later(fake_bot_api, port):
    fake_bot_api.fail_next("sendMessage", error(502, "Bad Gateway"))
    assert (await port.deliver(prompt(42, "Hello"))).status is DeliveryStatus.RETRY
    assert (await port.deliver(prompt(42, "Hello"))).status is DeliveryStatus.SENT


async def test_a_push_can_carry_a_chart(fake_bot_api, port):
    chart = Attachment("trend.png", "image/png", b"png", "image")
    outbound = Outbound(Platform.TELEGRAM, "42", Reply("Your week", attachment=chart))
    assert (await port.deliver(outbound)).status is DeliveryStatus.SENT
    [photo] = fake_bot_api.calls_to("sendPhoto")
    assert photo.params["caption"] == "Your week"


def test_network_errors_and_timeouts_mean_retry():
    assert delivery_for(NetworkError("connection reset")).status is DeliveryStatus.RETRY
    assert delivery_for(TimedOut()).status is DeliveryStatus.RETRY


async def test_the_pacer_spaces_messages_per_chat_not_across_chats():
    pacer = ChatPacer(interval=0.1, group_interval=0.3)
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(*(pacer.wait_turn("42") for _ in range(3)), pacer.wait_turn("43"))
    assert 0.19 <= loop.time() - start < 0.35
    start = loop.time()
    await asyncio.gather(pacer.wait_turn("-9"), pacer.wait_turn("-9"))
    assert 0.29 <= loop.time() - start < 0.45


def test_the_default_limits_are_telegrams():
    limiter = rate_limiter()
    assert limiter._base_limiter is not None
    assert (limiter._base_limiter.max_rate, limiter._base_limiter.time_period) == (30, 1)
    assert (limiter._group_max_rate, limiter._group_time_period) == (20, 60)
    assert limiter._max_retries == 3


async def test_a_429_after_the_first_part_never_sends_that_part_again(fake_bot_api, port):
    """A chart with a text too long for a caption is a photo, then the text; a 429 on the
    text is waited out in place (a RETRY of the whole push would send the photo twice)."""
    chart = Attachment("week.png", "image/png", b"png", "image")
    long_text = "Your week. " * 150  # over the 1024-character caption limit
    fake_bot_api.fail_next("sendMessage", too_many_requests(1))
    outbound = Outbound(Platform.TELEGRAM, "42", Reply(long_text, attachment=chart))
    delivery = await port.deliver(outbound)
    assert delivery.status is DeliveryStatus.SENT
    assert len(fake_bot_api.calls_to("sendPhoto")) == 1
    assert len(fake_bot_api.calls_to("sendMessage")) == 1  # after the 429, once


async def test_a_part_that_never_goes_after_the_first_is_reported_sent(fake_bot_api, port):
    chart = Attachment("week.png", "image/png", b"png", "image")
    fake_bot_api.fail_next("sendMessage", bad_request("Bad Request: message text is empty"))
    outbound = Outbound(Platform.TELEGRAM, "42", Reply("Your week. " * 150, attachment=chart))
    delivery = await port.deliver(outbound)
    assert (delivery.status, delivery.detail) == (
        DeliveryStatus.SENT, "partly delivered: bad_request")
    assert len(fake_bot_api.calls_to("sendPhoto")) == 1


async def test_mentions_become_text_mentions_counted_in_utf16(fake_bot_api, port):
    text = "Rowers\n\U0001f7e2 Ana: green\nNot checked in yet: @Bo, @Cy"  # the emoji is 2 units
    reply = Reply(text, mentions=(Mention("@Bo", "43"), Mention("@Cy", "44")))
    chart = Attachment("team.png", "image/png", b"png", "image")
    assert (await port.deliver(Outbound(Platform.TELEGRAM, "-55", reply))).status is (
        DeliveryStatus.SENT)
    assert (await port.deliver(Outbound(Platform.TELEGRAM, "-55", replace(
        reply, attachment=chart)))).status is DeliveryStatus.SENT
    [message] = fake_bot_api.calls_to("sendMessage")
    [photo] = fake_bot_api.calls_to("sendPhoto")
    for entities in (message.params["entities"], photo.params["caption_entities"]):
        assert [(e["type"], e["offset"], e["length"], e["user"]["id"]) for e in entities] == [
            ("text_mention", 41, 3, 43), ("text_mention", 46, 3, 44)]
    assert text[40:43] == "@Bo"  # 40 characters, 41 UTF-16 units: the emoji counts twice
