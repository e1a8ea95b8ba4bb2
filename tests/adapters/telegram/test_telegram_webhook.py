"""Webhook mode: PTB's own server checks X-Telegram-Bot-Api-Secret-Token."""

from __future__ import annotations

import socket

import aiohttp
import pytest

from adapters.telegram.app import build_application, start
from tests.adapters.telegram import payloads
from tests.clocks import fixed_clock

SECRET = "s3cret-Token_1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_a_wrong_or_missing_secret_is_refused_and_the_right_one_processed(
    fake_bot_api, coach, telegram_bot
):
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    webhook = {"webhook_url": url, "webhook_secret": SECRET, "listen": "127.0.0.1", "port": port}
    async with telegram_bot(coach, **webhook), aiohttp.ClientSession() as http:
        assert fake_bot_api.webhook == {"url": url, "secret_token": SECRET}
        wrong = await http.post(
            url, json=payloads.PRIVATE_TEXT, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"}
        )
        missing = await http.post(url, json=payloads.PRIVATE_TEXT)
        assert (wrong.status, missing.status) == (403, 403)
        right = await http.post(
            url, json=payloads.PRIVATE_TEXT, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
        assert right.status == 200
        await fake_bot_api.wait_until(lambda: fake_bot_api.sent(42))
    [inbound] = coach.inbounds
    assert inbound.update_key == str(payloads.PRIVATE_TEXT["update_id"])
    assert fake_bot_api.sent(42)[0]["text"] == "You said: what's today's session?"
    assert not fake_bot_api.calls_to("getUpdates")


async def test_webhook_mode_needs_a_secret(fake_bot_api, coach):
    app = build_application(coach, token=fake_bot_api.token, api_url=fake_bot_api.base_url,
                            now=fixed_clock())
    with pytest.raises(ValueError, match="COACH_TELEGRAM_WEBHOOK_SECRET"):
        await start(app, webhook_url="https://coach.example/telegram")
