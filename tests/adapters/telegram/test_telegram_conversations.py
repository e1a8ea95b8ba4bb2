"""Issue 11's conversations (tests/conversations/scenarios.py) on Telegram: the real Coach
behind the real python-telegram-bot Application, polling the fake Bot API on 127.0.0.1, with
the clock set by each step. Also: a refused write is never reported as saved, and a tap the
Coach refuses leaves the question's message as it was."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime

import pytest
from telegram import Update
from telegram.ext import ContextTypes, TypeHandler

from adapters.telegram.app import TelegramApp
from bot import bootstrap
from bot.settings import Settings
from core.checkin_fields import Field
from core.coach import texts
from core.messages import NOT_SAVED
from tests.adapters.telegram.fake_bot_api import FakeBotApi
from tests.adapters.telegram.test_telegram_coach import Message, Phone, onboard, texts_of
from tests.clocks import fixed_clock
from tests.conversations.scenarios import SCENARIOS, START, Scenario, check
from tests.dbfixtures import engine_for, release
from tests.refusal import checkins_refused


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def set(self, local: str) -> None:
        self.at = datetime.fromisoformat(local).replace(tzinfo=UTC)


START_AT = datetime.fromisoformat(START).replace(tzinfo=UTC)


@pytest.fixture
def wiring(database_url: str) -> Iterator[bootstrap.Wiring]:
    built = bootstrap.build(Settings(database_url=database_url, _env_file=None),
                migrate=False, engine=engine_for(database_url), clock=fixed_clock(START_AT))
    yield built
    release(built.engine)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.fromisoformat(START).replace(tzinfo=UTC))


@pytest.fixture
async def ada(
    fake_bot_api: FakeBotApi, wiring: bootstrap.Wiring, clock: Clock,
    telegram_bot: Callable[..., AbstractAsyncContextManager[TelegramApp]],
) -> AsyncIterator[Phone]:
    """Ada's phone, talking to the real Coach; message dates and taps follow `clock`."""
    done: Counter[int] = Counter()

    async def finished(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        done[update.update_id] += 1

    fake_bot_api.clock = lambda: clock.at.timestamp()
    async with telegram_bot(wiring.coach, now=lambda: clock.at) as app:
        app.add_handler(TypeHandler(Update, finished), group=1)
        yield Phone(fake_bot_api, done, 42)


def with_buttons(messages: list[Message]) -> Message | None:
    found = [m for m in messages if m.get("reply_markup", {}).get("inline_keyboard")]
    return found[-1] if found else None


def token_of(message: Message) -> str:
    data = message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    return str(data).split("|")[1]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
async def test_scenario_on_telegram(
    ada: Phone, fake_bot_api: FakeBotApi, clock: Clock, scenario: Scenario
) -> None:
    if scenario.onboard:
        await onboard(ada)
    latest = with_buttons(ada.messages())
    marked: dict[str, Message] = {}
    for number, step in enumerate(scenario.steps, 1):
        if step.at:
            clock.set(step.at)
        if step.tap:
            on = marked[step.on] if step.on else latest
            assert on is not None
            replies = await ada.tap(on, step.tap)
        elif step.press:
            assert latest is not None
            value = step.press.replace("{token}", token_of(latest))
            replies = await ada._deliver(lambda m=latest, v=value: fake_bot_api.press(m, v, 42))
        else:
            replies = await ada.send(step.say)
        said = "\n".join(texts_of(replies))
        check(step, number, said)
        latest = with_buttons(replies) or latest
        if step.mark:
            assert latest is not None
            marked[step.mark] = latest


async def test_a_refused_write_is_not_reported_as_saved(
    ada: Phone, fake_bot_api: FakeBotApi, wiring: bootstrap.Wiring
) -> None:
    await onboard(ada)
    [question] = await ada.send("/checkin")
    for label in ("6", "7", "5"):
        [question] = await ada.tap(question, label)
    assert question["text"] == texts.QUESTIONS[Field.MOOD]
    edits = len(fake_bot_api.calls_to("editMessageText"))
    with checkins_refused(wiring.engine):
        [sorry] = await ada.tap(question, "8")
    assert sorry["text"] == NOT_SAVED
    assert "saved" not in sorry["text"].replace("couldn't save", "")
    assert len(fake_bot_api.calls_to("editMessageText")) == edits  # the question stays open
    assert "reply_markup" in question
    saved, *_ = await ada.tap(question, "8")  # sent again, it is taken now
    assert saved["text"] == "Check-in saved for Monday 2 March."
    assert question["text"].endswith("\n\n→ 8")


async def test_a_refused_tap_leaves_the_old_question_unedited(
    ada: Phone, fake_bot_api: FakeBotApi
) -> None:
    await onboard(ada)
    [sleep] = await ada.send("/checkin")
    await ada.tap(sleep, "6")
    original = sleep["text"]
    edits = len(fake_bot_api.calls_to("editMessageText"))
    refused = await ada._deliver(lambda: fake_bot_api.press(sleep, "ci:sleep:99999", 42))
    assert texts_of(refused) == [texts.STALE_BUTTON, texts.QUESTIONS[Field.AROUSAL]]
    assert len(fake_bot_api.calls_to("editMessageText")) == edits
    assert sleep["text"] == original


def test_every_scenario_has_something_to_check() -> None:
    assert all(any(step.expect for step in s.steps) for s in SCENARIOS)
    assert len(SCENARIOS) >= 15
