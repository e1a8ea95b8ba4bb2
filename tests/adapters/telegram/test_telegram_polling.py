"""The real Application, polling the fake Bot API: messages, buttons, files, errors."""

from __future__ import annotations

import pytest
from telegram.error import InvalidToken

from adapters.telegram.app import COMMANDS, FRIENDLY_ERROR, build_application, start
from core.messages import NOT_SAVED
from tests.adapters.telegram.conftest import QUESTION, FakeCoach
from tests.adapters.telegram.fake_bot_api import FakeBotApi, bad_request
from tests.clocks import fixed_clock


async def test_start_up_registers_commands_and_polls(fake_bot_api, coach, telegram_bot):
    async with telegram_bot(coach):
        await fake_bot_api.wait_until(lambda: fake_bot_api.calls_to("getUpdates"))
    assert [c["command"] for c in fake_bot_api.commands] == [name for name, _ in COMMANDS]
    assert all(c["description"] for c in fake_bot_api.commands)
    assert fake_bot_api.calls_to("deleteWebhook")


async def test_a_message_reaches_the_coach_and_gets_a_keyboard(fake_bot_api, coach, telegram_bot):
    async with telegram_bot(coach):
        update = fake_bot_api.send_text("/checkin", user_id=42)
        await fake_bot_api.wait_until(lambda: fake_bot_api.sent(42))
    [inbound] = coach.inbounds
    assert (inbound.user_id, inbound.chat_id, inbound.text) == ("42", "42", "/checkin")
    assert inbound.update_key == str(update["update_id"]) and inbound.private
    [question] = fake_bot_api.sent(42)
    assert question["text"] == QUESTION
    rows = question["reply_markup"]["inline_keyboard"]
    assert [len(row) for row in rows] == [6, 5]
    assert [b["callback_data"] for row in rows for b in row] == [f"sleep:{n}" for n in range(11)]


async def test_a_pressed_button_is_answered_and_shown_on_the_question(
    fake_bot_api, coach, telegram_bot
):
    async with telegram_bot(coach):
        fake_bot_api.send_text("/checkin", user_id=42)
        await fake_bot_api.wait_until(lambda: fake_bot_api.sent(42))
        question = fake_bot_api.sent(42)[0]
        fake_bot_api.press(question, "sleep:7", user_id=42)
        await fake_bot_api.wait_until(lambda: len(fake_bot_api.sent(42)) == 2)
    assert coach.inbounds[-1].choice == "sleep:7"
    assert fake_bot_api.calls_to("answerCallbackQuery")
    [edit] = fake_bot_api.calls_to("editMessageText")
    assert edit.params["message_id"] == question["message_id"]
    assert fake_bot_api.sent(42)[0]["text"] == f"{QUESTION}\n\n→ 7"
    assert "reply_markup" not in fake_bot_api.sent(42)[0]  # the buttons are gone
    assert fake_bot_api.sent(42)[1]["text"] == "Noted: sleep:7."


async def test_a_refused_tap_leaves_the_question_as_it_was(fake_bot_api, coach, telegram_bot):
    async with telegram_bot(coach):
        fake_bot_api.send_text("/old", user_id=42)
        await fake_bot_api.wait_until(lambda: fake_bot_api.sent(42))
        question = fake_bot_api.sent(42)[0]
        fake_bot_api.press(question, "old:3", user_id=42)
        await fake_bot_api.wait_until(lambda: len(fake_bot_api.sent(42)) == 2)
    assert fake_bot_api.calls_to("answerCallbackQuery")  # the spinner stops all the same
    assert fake_bot_api.calls_to("editMessageText") == []  # not edited: the answer wasn't taken
    assert fake_bot_api.sent(42)[0]["text"] == QUESTION
    assert fake_bot_api.sent(42)[1]["text"] == "That question is closed."


async def test_a_chart_goes_as_a_photo_and_an_export_as_a_document(
    fake_bot_api, coach, telegram_bot
):
    async with telegram_bot(coach):
        fake_bot_api.send_text("/trend")
        await fake_bot_api.wait_until(lambda: fake_bot_api.calls_to("sendPhoto"))
        fake_bot_api.send_text("/export")
        await fake_bot_api.wait_until(lambda: fake_bot_api.calls_to("sendDocument"))
    [photo] = fake_bot_api.calls_to("sendPhoto")
    assert photo.params["caption"] == "Your last four weeks."
    assert list(photo.files.values()) == [("trend.png", b"\x89PNG fake chart")]
    [document] = fake_bot_api.calls_to("sendDocument")
    assert list(document.files.values()) == [("export.json", b'{"checkins": []}')]


async def test_a_group_message_is_passed_on_as_not_private(fake_bot_api, coach, telegram_bot):
    async with telegram_bot(coach):
        fake_bot_api.send_text("/today@RhythmCoachBot", user_id=42, chat_id=-77, chat_type="group")
        await fake_bot_api.wait_until(lambda: fake_bot_api.sent(-77))
    [inbound] = coach.inbounds
    assert (inbound.chat_id, inbound.text, inbound.private) == ("-77", "/today", False)


async def test_a_coach_error_gets_a_friendly_notice_and_the_bot_carries_on(
    fake_bot_api, coach, telegram_bot, caplog
):
    async with telegram_bot(coach):
        fake_bot_api.send_text("boom", user_id=42)
        await fake_bot_api.wait_until(lambda: fake_bot_api.sent(42))
        fake_bot_api.send_text("still there?", user_id=42)
        await fake_bot_api.wait_until(lambda: len(fake_bot_api.sent(42)) == 2)
    assert [m["text"] for m in fake_bot_api.sent(42)] == [NOT_SAVED, "You said: still there?"]
    assert "saved" not in FRIENDLY_ERROR  # a failure never claims the answer was saved
    [record] = [r for r in caplog.records if r.name.startswith("adapters.")]
    assert record.exc_info is not None and "update" in record.getMessage()
    assert "boom" not in record.getMessage() and fake_bot_api.token not in record.getMessage()


async def test_a_failed_send_gets_a_friendly_notice(fake_bot_api, coach, telegram_bot):
    async with telegram_bot(coach):
        fake_bot_api.fail_next("sendMessage", {"ok": False, "error_code": 500, "description": "x"})
        fake_bot_api.send_text("hello", user_id=42)
        await fake_bot_api.wait_until(lambda: fake_bot_api.sent(42))
    assert [m["text"] for m in fake_bot_api.sent(42)] == [FRIENDLY_ERROR]


async def test_a_redelivered_update_reaches_the_coach_again(fake_bot_api, telegram_bot):
    """The adapter does not de-duplicate: the Coach does, by `Inbound.update_key`."""
    coach = FakeCoach()
    async with telegram_bot(coach):
        update = fake_bot_api.send_text("hello", user_id=42)
        await fake_bot_api.wait_until(lambda: len(coach.inbounds) == 1)
        fake_bot_api.redeliver(update)
        await fake_bot_api.wait_until(lambda: len(coach.inbounds) == 2)
    assert coach.inbounds[0].update_key == coach.inbounds[1].update_key == str(update["update_id"])


async def test_replies_in_one_chat_keep_their_order(fake_bot_api: FakeBotApi, coach, telegram_bot):
    async with telegram_bot(coach):
        for n in range(10):
            fake_bot_api.send_text(f"m{n}", user_id=42)
            fake_bot_api.send_text(f"m{n}", user_id=43)
        await fake_bot_api.wait_until(lambda: len(fake_bot_api.sent()) == 20)
    for chat in (42, 43):
        assert [m["text"] for m in fake_bot_api.sent(chat)] == [
            f"You said: m{n}" for n in range(10)
        ]


async def test_a_failed_command_registration_does_not_stop_the_bot(
    fake_bot_api, coach, telegram_bot
):
    fake_bot_api.fail_next("setMyCommands", bad_request("Bad Request: too many commands"))
    async with telegram_bot(coach):
        fake_bot_api.send_text("hello", user_id=42)
        await fake_bot_api.wait_until(lambda: fake_bot_api.sent(42))


async def test_a_wrong_token_fails_start_up_and_leaves_nothing_running(fake_bot_api, coach):
    app = build_application(coach, token="999:WRONG", api_url=fake_bot_api.base_url,
                            now=fixed_clock())
    with pytest.raises(InvalidToken):
        await start(app)
    assert not app.running and not app.updater.running
