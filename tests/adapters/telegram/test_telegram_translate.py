"""Translation without transport: recorded updates in, Inbound out; Reply in, message out."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from telegram import Bot, InlineKeyboardMarkup, Update

from adapters.telegram.translate import (
    answered_text,
    choice_label,
    render,
    split_text,
    to_inbound,
)
from core.messages import Attachment, Choice, Platform, Reply
from tests.adapters.telegram import payloads

NOW = datetime(2026, 11, 22, 7, 30, tzinfo=UTC)
BOT = Bot("123456:TEST-TOKEN")


def update(payload: dict) -> Update:
    return Update.de_json(payload, BOT)


def test_a_private_text_message():
    inbound = to_inbound(update(payloads.PRIVATE_TEXT), NOW)
    assert inbound is not None
    assert inbound.platform is Platform.TELEGRAM
    assert (inbound.user_id, inbound.chat_id) == ("42", "42")
    assert inbound.text == "what's today's session?" and inbound.choice is None
    assert inbound.display_name == "Ada Lovelace"
    assert inbound.private is True
    assert inbound.update_key == "731200001"
    assert inbound.at == datetime.fromtimestamp(1763794800, UTC)
    assert inbound.at.tzinfo is not None


def test_a_command_keeps_its_arguments():
    inbound = to_inbound(update(payloads.PRIVATE_COMMAND), NOW)
    assert inbound is not None and inbound.text == "/set timezone Europe/London"
    assert inbound.display_name == "Ada"


def test_a_button_press_carries_the_callback_data_and_the_time_of_the_press():
    inbound = to_inbound(update(payloads.CALLBACK_QUERY), NOW)
    assert inbound is not None
    assert inbound.choice == "sleep:7" and inbound.text == ""
    assert (inbound.user_id, inbound.chat_id, inbound.private) == ("42", "42", True)
    assert inbound.at == NOW
    assert inbound.update_key == "731200003"


def test_a_group_command_is_not_private_and_loses_the_bot_name():
    inbound = to_inbound(update(payloads.GROUP_COMMAND), NOW)
    assert inbound is not None
    assert inbound.text == "/checkin"
    assert (inbound.user_id, inbound.chat_id, inbound.private) == ("43", "-1001987654321", False)


@pytest.mark.parametrize("payload", [payloads.CHANNEL_POST, payloads.EDITED_MESSAGE])
def test_channel_posts_and_edits_are_ignored(payload):
    assert to_inbound(update(payload), NOW) is None


def test_a_0_to_10_scale_renders_as_two_rows_of_6_and_5():
    scale = tuple(Choice(str(n), f"sleep:{n}") for n in range(11))
    rendered = render(Reply("How well did you sleep?", choices=scale))
    assert rendered.text == "How well did you sleep?"
    assert rendered.keyboard is not None and rendered.media is None
    rows = rendered.keyboard.inline_keyboard
    assert [len(row) for row in rows] == [6, 5]
    assert [(b.text, b.callback_data) for b in rows[1]] == [
        (str(n), f"sleep:{n}") for n in range(6, 11)
    ]


def test_columns_decide_the_row_width():
    yes_no = (Choice("Yes", "consent:yes"), Choice("No", "consent:no"))
    rendered = render(Reply("May I store your answers?", choices=yes_no, columns=1))
    assert rendered.keyboard is not None
    assert [len(row) for row in rendered.keyboard.inline_keyboard] == [1, 1]


def test_a_plain_reply_has_no_keyboard():
    assert render(Reply("Hello")).keyboard is None


def test_an_image_becomes_a_photo_and_a_file_a_document():
    chart = Attachment("trend.png", "image/png", b"png", "image")
    export = Attachment("export.json", "application/json", b"{}", "document")
    photo = render(Reply("Trend", attachment=chart))
    document = render(Reply("Export", attachment=export))
    assert photo.photo is not None and photo.document is None
    assert photo.photo.filename == "trend.png" and photo.photo.input_file_content == b"png"
    assert document.document is not None and document.photo is None
    assert document.document.filename == "export.json"


def test_the_pressed_button_label_and_the_answered_question():
    markup = update(payloads.CALLBACK_QUERY).callback_query.message.reply_markup
    assert isinstance(markup, InlineKeyboardMarkup)
    assert choice_label(markup, "sleep:7") == "7"
    assert choice_label(markup, "sleep:99") is None
    assert choice_label(None, "sleep:7") is None
    assert answered_text("How well did you sleep?", "7") == "How well did you sleep?\n\n→ 7"


def test_long_text_is_split_at_line_breaks():
    text = "\n".join(f"line {n:04d}" for n in range(1000))
    pieces = split_text(text)
    assert all(len(p) <= 4096 for p in pieces) and len(pieces) == 3
    assert "\n".join(pieces) == text
    assert split_text("short") == ["short"] and split_text("") == []
