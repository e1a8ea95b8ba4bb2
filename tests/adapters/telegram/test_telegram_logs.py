"""No health data in logs on Telegram: a check-in, a failed check-in write, a crisis message
and an unparsable webhook update, through the real PTB Application, logging at DEBUG as
`coach run` sets it up. No message text, check-in value or token may appear in any record."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest

from bot import bootstrap
from core.messages import NOT_SAVED
from core.safety.texts import crisis_text
from tests.adapters.telegram import test_telegram_coach as end_to_end
from tests.adapters.telegram.fake_bot_api import FakeBotApi
from tests.adapters.telegram.test_telegram_webhook import free_port
from tests.log_hygiene import (
    CHECKIN,
    CRISIS,
    EXTRAS,
    assert_nothing_private,
    checkin_writes_fail,
    production_logging_at_debug,
)

# the real Coach behind the real Application, as in the end-to-end tests (fixtures by name)
wiring, bot, phone = end_to_end.wiring, end_to_end.bot, end_to_end.phone
onboard = end_to_end.onboard


@pytest.fixture(autouse=True)
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    with production_logging_at_debug(caplog):
        yield


async def test_checkin_crisis_and_a_failed_write_leave_no_health_data_in_logs(
    phone: Any, wiring: bootstrap.Wiring, fake_bot_api: FakeBotApi,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    ada = phone(42)
    await onboard(ada)
    await ada.send(CHECKIN)
    with checkin_writes_fail(wiring.engine):
        [sorry] = await ada.send(EXTRAS)
    assert sorry["text"] == NOT_SAVED  # never "saved" when the transaction did not commit
    [saved, *_] = await ada.send(EXTRAS)  # the question was still open: nothing was lost
    assert saved["text"].startswith("Added to today's check-in")
    crisis, *_ = await ada.send(CRISIS)  # the crisis text first, then a direct question
    assert crisis["text"] == crisis_text(None)
    assert_nothing_private(
        caplog, [CHECKIN, EXTRAS, CRISIS, "pills", crisis_text(None).splitlines()[0],
                 saved["text"].splitlines()[0], fake_bot_api.token.split(":")[1]],
        expect=["Telegram update", "Traceback"],
    )


async def test_an_unparsable_webhook_update_is_logged_without_its_text(
    fake_bot_api: FakeBotApi, coach: Any, telegram_bot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    webhook = {"webhook_url": url, "webhook_secret": "s3cret", "listen": "127.0.0.1",
               "port": port}
    broken = {"update_id": 7, "message": {"message_id": 1, "date": 0, "chat": "x",
                                          "text": CRISIS}}
    async with telegram_bot(coach, **webhook), aiohttp.ClientSession() as http:
        response = await http.post(
            url, json=broken, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"})
        assert response.status == 400
    assert coach.inbounds == []
    [record] = [r for r in caplog.records if r.levelname == "CRITICAL"]
    assert record.getMessage() == (
        "Telegram sent an update that could not be parsed; it was dropped")
    assert_nothing_private(caplog, [CRISIS, "pills", "s3cret"], expect=["could not be parsed"])


def test_a_push_429_passed_on_by_the_limiter_is_one_info_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The push bot's limiter does not retry; PTB logs the 429 it passes on at ERROR with a
    traceback. The sender retries it: one INFO line, no traceback (bot/logs.py)."""
    from telegram.error import RetryAfter

    from bot.logs import TELEGRAM_LIMITER_LOGGER, configure

    configure("INFO")
    with caplog.at_level(logging.INFO):
        try:
            raise RetryAfter(1)
        except RetryAfter:
            logging.getLogger(TELEGRAM_LIMITER_LOGGER).exception(
                "Rate limit hit after maximum of %d retries", 0)
    [record] = [r for r in caplog.records if r.name == TELEGRAM_LIMITER_LOGGER]
    assert (record.levelno, record.exc_info) == (logging.INFO, None)
    assert record.getMessage() == "Telegram 429 on a push; the outbox sender retries it"
