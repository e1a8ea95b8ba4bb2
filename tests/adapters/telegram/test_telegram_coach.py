"""End to end: the real Coach (on SQLite and PostgreSQL) behind the real python-telegram-bot
Application, which talks HTTP to the fake Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import types
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime
from typing import Any

import pytest
from telegram import Update
from telegram.ext import ContextTypes, TypeHandler

from adapters.telegram.app import TelegramApp
from adapters.telegram.sender import TelegramPort
from bot import bootstrap, logs
from bot.run import serve
from bot.settings import Settings
from core.checkin_fields import Field
from core.coach import texts
from core.messages import Platform
from core.safety.texts import crisis_text
from tests.adapters.telegram.fake_bot_api import FakeBotApi
from tests.clocks import fixed_clock
from tests.coach.safety_golden import ASK_URGENT_EN, BACK_GB, SAFE_NOW_EN, SAFETY_PLAN_GB
from tests.dbfixtures import engine_for, release

Message = dict[str, Any]
SESSION_MARK = "After the session (required)"
MONDAY = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)  # a strength day in the starter programme


@pytest.fixture
def wiring(database_url: str) -> Iterator[bootstrap.Wiring]:
    built = bootstrap.build(Settings(database_url=database_url, _env_file=None),
                            migrate=False, engine=engine_for(database_url),
                            clock=fixed_clock(MONDAY))
    yield built
    release(built.engine)


@pytest.fixture(autouse=True)
def no_token_in_logs(caplog: pytest.LogCaptureFixture, fake_bot_api: FakeBotApi) -> Iterator[None]:
    """Logging as `coach run` sets it up (httpx, whose URLs hold the token, at WARNING), every
    record captured down to DEBUG; the token must not appear in any of them."""
    quiet = ("httpx", "httpcore", "alembic", "telegram")
    levels = {name: logging.getLogger(name).level for name in quiet}
    logs.configure("DEBUG")
    caplog.set_level(logging.DEBUG)
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    # aiohttp.access is the fake server's own request log, not the bot's.
    records = [*caplog.get_records("setup"), *caplog.get_records("call"), *caplog.records]
    bots = [r for r in records if not r.name.startswith("aiohttp.")]
    logged = "\n".join(caplog.handler.format(r) for r in bots)
    assert bots  # the check below looked at something
    assert fake_bot_api.token.split(":")[1] not in logged


class Phone:
    """One person's Telegram, in one chat: what they send or tap, and what comes back.

    `done` counts the updates the bot has finished with (replies sent), so every step waits
    for exactly its own update instead of for a number of messages.
    """

    def __init__(
        self, fake: FakeBotApi, done: Counter[int], user_id: int, chat_id: int | None = None,
        chat_type: str = "private",
    ) -> None:  # fmt: skip
        self.fake, self.done, self.user_id = fake, done, user_id
        self.chat_id = user_id if chat_id is None else chat_id
        self.chat_type = chat_type

    def messages(self) -> list[Message]:
        return self.fake.sent(self.chat_id)

    async def send(self, text: str) -> list[Message]:
        """Type `text`; the messages the bot sent in answer."""
        return await self._deliver(
            lambda: self.fake.send_text(text, self.user_id, self.chat_id, self.chat_type)
        )

    async def press(self, message: Message, data: str) -> list[Message]:
        """Tap the button with callback data `data` under `message`."""
        assert data in callback_data(message), f"no button {data!r} on {message['text']!r}"
        return await self._deliver(lambda: self.fake.press(message, data, self.user_id))

    async def tap(self, message: Message, label: str) -> list[Message]:
        """Tap the button labelled `label` under `message`."""
        return await self.press(message, data_of(message, label))

    async def redeliver(self, update: Message) -> list[Message]:
        """Telegram hands out an update the bot already had, once more."""
        times = self.done[update["update_id"]] + 1
        before = len(self.messages())
        self.fake.redeliver(update)
        await self.fake.wait_until(lambda: self.done[update["update_id"]] == times)
        return self.messages()[before:]

    async def _deliver(self, enqueue: Callable[[], Message]) -> list[Message]:
        before = len(self.messages())
        self.last_update = enqueue()
        update_id = self.last_update["update_id"]
        await self.fake.wait_until(lambda: self.done[update_id] > 0, timeout=30)
        return self.messages()[before:]


def buttons(message: Message) -> list[list[str]]:
    """The inline keyboard's labels, row by row ([] when it has none)."""
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [[button["text"] for button in row] for row in rows]


def callback_data(message: Message) -> list[str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows for button in row]


def data_of(message: Message, label: str) -> str:
    """The callback data of the button labelled `label`."""
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    [data] = [b["callback_data"] for row in rows for b in row if b["text"] == label]
    return str(data)


def skip_of(message: Message) -> str | None:
    """The callback data of the message's Skip button, if it has one."""
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    found = [b["callback_data"] for row in rows for b in row if b["text"] == "Skip"]
    return found[0] if found else None


def texts_of(messages: list[Message]) -> list[str]:
    return [m.get("text", m.get("caption", "")) for m in messages]


@pytest.fixture
async def bot(
    fake_bot_api: FakeBotApi,
    wiring: bootstrap.Wiring,
    telegram_bot: Callable[..., AbstractAsyncContextManager[TelegramApp]],
) -> AsyncIterator[Counter[int]]:
    """The real Coach on Telegram; yields the count of finished updates, by update_id."""
    done: Counter[int] = Counter()

    async def finished(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        done[update.update_id] += 1  # group 1 runs after the coach's handlers in group 0

    fake_bot_api.clock = MONDAY.timestamp  # message dates, and the adapter's clock for taps
    async with telegram_bot(wiring.coach, now=lambda: MONDAY) as app:
        app.add_handler(TypeHandler(Update, finished), group=1)
        yield done


@pytest.fixture
def phone(fake_bot_api: FakeBotApi, bot: Counter[int]) -> Callable[..., Phone]:
    def make(user_id: int = 42, **chat: Any) -> Phone:
        return Phone(fake_bot_api, bot, user_id, **chat)

    return make


async def onboard(person: Phone, country: str | None = None) -> list[Message]:
    """/start, Yes, then Skip on every question except the country, typed when given."""
    _, consent = await person.send("/start")
    replies = await person.tap(consent, "Yes")
    while (skip := skip_of(replies[-1])) is not None:
        if country and replies[-1]["text"] == texts.ONBOARDING_QUESTIONS["country"]:
            replies = await person.send(country)
        else:
            replies = await person.press(replies[-1], skip)
    return replies


async def test_onboarding_by_buttons(fake_bot_api: FakeBotApi, phone, wiring) -> None:
    ada = phone(42)
    intro, consent = await ada.send("/start")
    assert intro["text"] == texts.INTRO and "reply_markup" not in intro
    assert consent["text"] == texts.CONSENT_QUESTION
    assert buttons(consent) == [["Yes", "No"]]

    replies = await ada.tap(consent, "Yes")
    [answered] = fake_bot_api.calls_to("answerCallbackQuery")
    assert answered.params["callback_query_id"] == ada.last_update["callback_query"]["id"]
    [edit] = fake_bot_api.calls_to("editMessageText")
    assert edit.params["message_id"] == consent["message_id"]
    assert consent["text"] == f"{texts.CONSENT_QUESTION}\n\n→ Yes"  # edited in place
    assert "reply_markup" not in consent  # the buttons are gone
    assert texts_of(replies) == [texts.CONSENT_GIVEN, texts.ONBOARDING_QUESTIONS["timezone"]]
    assert buttons(replies[-1]) == [["Skip"]]

    seen = [replies[-1]["text"]]
    while (skip := skip_of(replies[-1])) is not None:
        question = replies[-1]
        if question["text"] == texts.ONBOARDING_QUESTIONS["programme"]:
            assert buttons(question) == [["starter", "athlete", "rhythm", "Skip"]]
        assert skip.endswith("|skip") and len(skip.encode()) <= 64
        replies = await ada.press(question, skip)
        assert question["text"].endswith("\n\n→ Skip") and "reply_markup" not in question
        seen.append(replies[-1]["text"])
    assert seen == [
        *(texts.ONBOARDING_QUESTIONS[step] for step in
          ("timezone", "country", "programme", "wake", "bed", "work", "mass")),
        texts.ONBOARDING_DONE,
    ]  # fmt: skip
    assert len(fake_bot_api.calls_to("answerCallbackQuery")) == 8  # Yes and 7 Skips
    with wiring.store.transaction() as tx:
        person = tx.find_person(Platform.TELEGRAM, "42")
    assert person is not None and person.display_name == "Ada" and person.timezone == "UTC"


async def test_a_morning_check_in_by_buttons_then_the_session(
    fake_bot_api: FakeBotApi, phone, wiring
) -> None:
    ada = phone(42)
    await onboard(ada)
    [question] = await ada.send("/checkin")
    assert question["text"] == f"{texts.QUESTIONS[Field.SLEEP]}\n{texts.ONE_LINE_HINT}"
    assert [len(row) for row in buttons(question)] == [6, 5]
    assert buttons(question) == [[str(n) for n in range(6)], [str(n) for n in range(6, 11)]]

    answers = {Field.SLEEP: 6, Field.AROUSAL: 7, Field.RECOVERY: 5, Field.MOOD: 8}
    replies = []
    for field, value in answers.items():
        data = callback_data(question)
        assert all(d.startswith(f"checkin:{field.value}|") for d in data)  # bound to it
        assert [d.rsplit("|", 1)[1] for d in data] == [str(n) for n in range(11)]
        original = question["text"]
        replies = await ada.tap(question, str(value))
        question = replies[-1]
        assert ada.messages()[-1 - len(replies)]["text"] == f"{original}\n\n→ {value}"
    saved, session, extras = replies  # stored with the fourth answer, no Skip needed
    assert saved["text"] == "Check-in saved for Monday 2 March."
    assert SESSION_MARK in session["text"]
    assert extras["text"] == texts.EXTRAS_QUESTION and buttons(extras) == [["Skip"]]
    with wiring.store.transaction() as tx:
        person = tx.find_person(Platform.TELEGRAM, "42")
        assert person is not None
        [day] = tx.history(person.id, MONDAY.date(), MONDAY.date())
    assert [day.checkin.get(field) for field in answers] == list(answers.values())

    [typed] = await ada.send("what's today's session?")
    assert typed["text"] == session["text"]  # the optional extras question is not asked again


async def test_todays_session_asked_in_free_text(phone) -> None:
    bo = phone(43)
    await onboard(bo)
    [session] = await bo.send("what's today's session?")
    assert SESSION_MARK in session["text"]
    [command] = await bo.send("/today")
    assert command["text"] == session["text"]


@pytest.mark.parametrize("country", ["GB", "US"])
async def test_a_crisis_message_gets_the_crisis_text_for_the_persons_country(
    phone, country: str, caplog: pytest.LogCaptureFixture
) -> None:
    assert crisis_text("GB") != crisis_text("US")
    person = phone(44)
    await onboard(person, country=country)
    reply, question = await person.send("I want to die")
    assert reply["text"] == crisis_text(country)  # first, on its own, no buttons
    assert "reply_markup" not in reply
    assert question["text"] == ASK_URGENT_EN and buttons(question) == [["Yes", "No"]]
    logged = [r for r in caplog.get_records("call") if not r.name.startswith("aiohttp.")]
    assert not any("want to die" in caplog.handler.format(r) for r in logged)


async def test_an_update_delivered_twice_is_handled_once(
    fake_bot_api: FakeBotApi, phone, wiring
) -> None:
    ada = phone(42)
    await onboard(ada)
    [session] = await ada.send("/today")
    today_update = ada.last_update
    assert await ada.redeliver(today_update) == []

    [sleep] = await ada.send("/checkin")
    [arousal] = await ada.tap(sleep, "6")
    edits = len(fake_bot_api.calls_to("editMessageText", status=None))
    assert await ada.redeliver(ada.last_update) == []  # not asked the arousal question again
    assert len(fake_bot_api.calls_to("editMessageText", status=None)) == edits  # nor edited
    [recovery] = await ada.tap(arousal, "7")
    assert recovery["text"] == texts.QUESTIONS[Field.RECOVERY]
    assert texts_of(ada.messages()[-4:]) == [
        session["text"],
        f"{texts.QUESTIONS[Field.SLEEP]}\n{texts.ONE_LINE_HINT}\n\n→ 6",
        f"{texts.QUESTIONS[Field.AROUSAL]}\n\n→ 7",
        texts.QUESTIONS[Field.RECOVERY],
    ]


async def test_a_personal_command_in_a_group_gets_only_the_group_answer(
    fake_bot_api: FakeBotApi, phone
) -> None:
    ada = phone(42)
    await onboard(ada)
    private_before = len(ada.messages())
    in_group = phone(42, chat_id=-77, chat_type="group")
    for question in ("/today@RhythmCoachBot", "/today", "/export"):
        [reply] = await in_group.send(question)
        assert reply["text"] == texts.GROUP_ONLY_TEAM
        assert SESSION_MARK not in reply["text"]
        [[invite]] = reply["reply_markup"]["inline_keyboard"]  # an invitation to a private chat
        assert invite == {"text": "Message me privately", "url": "https://t.me/RhythmCoachBot"}
    assert len(ada.messages()) == private_before  # nothing personal sent to the private chat
    assert not fake_bot_api.calls_to("sendDocument")


async def test_export_is_a_json_document_and_trend_a_photo(fake_bot_api: FakeBotApi, phone) -> None:
    ada = phone(42)
    await onboard(ada)
    [empty] = await ada.send("/trend")
    assert empty["text"] == texts.EMPTY_TREND
    await ada.send("6 7 5 8")
    await ada.send("skip")

    [chart] = await ada.send("/trend")
    assert "photo" in chart and chart["caption"].startswith("Your last 28 days (1 check-in).")
    [photo] = fake_bot_api.calls_to("sendPhoto")
    [(name, image)] = photo.files.values()
    assert name == "trend.png" and image.startswith(b"\x89PNG\r\n\x1a\n")

    [exported] = await ada.send("/export")
    assert "document" in exported and "1 check-in," in exported["caption"]
    [document] = fake_bot_api.calls_to("sendDocument")
    [(name, body)] = document.files.values()
    assert name.startswith("rhythm-coach-export-") and name.endswith(".json")
    data = json.loads(body)
    [checkin] = data["checkins"]
    assert (checkin["sleep"], checkin["arousal"], checkin["recovery"], checkin["mood"]) == (
        6, 7, 5, 8,
    )  # fmt: skip


async def test_coach_run_serves_telegram_until_stopped(
    fake_bot_api: FakeBotApi, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bot.run.serve for Telegram, with the scheduler replaced by a stand-in that records the
    ports it is given (bot.scheduling is built elsewhere)."""
    scheduled: dict[str, Any] = {}

    async def start_scheduling(stack: Any, wiring: bootstrap.Wiring, ports: Any) -> None:
        scheduled["ports"] = ports

    service = types.ModuleType("bot.scheduling.service")
    service.start_scheduling = start_scheduling  # type: ignore[attr-defined]
    package = types.ModuleType("bot.scheduling")
    package.service = service  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bot.scheduling", package)
    monkeypatch.setitem(sys.modules, "bot.scheduling.service", service)
    settings = Settings(
        _env_file=None, database_url=database_url, telegram_token=fake_bot_api.token,
        telegram_api_url=fake_bot_api.base_url, telegram_webhook_url=None,
    )  # fmt: skip
    stop = asyncio.Event()
    serving = asyncio.create_task(serve(settings, "telegram", stop, clock=fixed_clock(MONDAY)))
    try:
        await fake_bot_api.wait_until(lambda: "ports" in scheduled, timeout=30)
        assert isinstance(scheduled["ports"][Platform.TELEGRAM], TelegramPort)
        assert fake_bot_api.calls_to("setMyCommands") and fake_bot_api.calls_to("deleteWebhook")
        fake_bot_api.send_text("/start", user_id=42)
        await fake_bot_api.wait_until(lambda: len(fake_bot_api.sent(42)) == 2, timeout=30)
        assert texts_of(fake_bot_api.sent(42)) == [texts.INTRO, texts.CONSENT_QUESTION]
    finally:
        stop.set()
        await asyncio.wait_for(serving, timeout=30)
    assert serving.done()  # serve() returned: the updater was stopped and awaited
    assert not any(task.get_name().startswith("Updater:") and not task.done()
                   for task in asyncio.all_tasks())  # no polling task left behind


async def test_the_ask_directly_flow_yes_keeps_the_crisis_text_first_then_the_plan(
    phone,
) -> None:
    ada = phone(42)
    await onboard(ada, country="GB")
    crisis, question = await ada.send("I want to kill myself")
    assert texts_of([crisis, question]) == [crisis_text("GB"), ASK_URGENT_EN]
    yes, no = callback_data(question)
    assert yes.startswith("safety:life|") and no == yes.removesuffix("|yes") + "|no"
    replies = await ada.press(question, yes)
    assert texts_of(replies) == [crisis_text("GB"), SAFETY_PLAN_GB, SAFE_NOW_EN]
    assert question["text"] == f"{ASK_URGENT_EN}\n\n→ Yes"  # the tapped answer, in place
    assert "reply_markup" not in question


async def test_the_ask_directly_flow_no_mid_checkin_goes_back_and_asks_again(phone) -> None:
    ada = phone(42)
    await onboard(ada, country="GB")
    [sleep] = await ada.send("/checkin")
    await ada.tap(sleep, "6")
    crisis, question = await ada.send("honestly I want to die")
    assert crisis["text"] == crisis_text("GB")
    back, again = await ada.press(question, callback_data(question)[1])
    assert back["text"] == BACK_GB
    assert again["text"] == texts.QUESTIONS[Field.AROUSAL]
    [recovery] = await ada.tap(again, "7")
    assert recovery["text"] == texts.QUESTIONS[Field.RECOVERY]  # nothing lost


async def test_in_a_group_the_crisis_text_goes_privately_and_first(
    fake_bot_api: FakeBotApi, phone
) -> None:
    ada = phone(42)
    await onboard(ada, country="GB")
    in_group = phone(42, chat_id=-77, chat_type="group")
    before = len(ada.messages())
    assert await in_group.send("I want to kill myself") == []  # nothing in the group
    crisis, question = ada.messages()[before:]  # in her private chat
    assert texts_of([crisis, question]) == [crisis_text("GB"), ASK_URGENT_EN]
    replies = await ada.press(question, callback_data(question)[0])
    assert texts_of(replies) == [crisis_text("GB"), SAFETY_PLAN_GB, SAFE_NOW_EN]
