"""Slack payloads <-> core messages, from recorded-shape payloads; no server."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from urllib.parse import parse_qsl

import pytest

from adapters.slack.translate import (
    MAX_SECTION_CHARS,
    HomeContent,
    action_to_inbound,
    answered_blocks,
    answered_update,
    command_text,
    command_to_inbound,
    event_to_inbound,
    home_view,
    render_blocks,
    section_texts,
    unescape,
)
from core.messages import Choice, Mention, Platform, Reply
from tests.adapters.slack.slack_requests import (
    block_actions,
    command_form,
    dm_event,
    event_envelope,
)

NOW = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)
SCALE = tuple(Choice(str(n), f"sleep:{n}") for n in range(11))


def test_dm_message_becomes_inbound_keyed_by_event_id() -> None:
    inbound = event_to_inbound(json.loads(dm_event("6 7 5 8", event_id="Ev42")), NOW)
    assert inbound is not None
    assert (inbound.platform, inbound.user_id, inbound.chat_id) == (Platform.SLACK, "U123", "D123")
    assert (inbound.text, inbound.update_key, inbound.private) == ("6 7 5 8", "Ev42", True)
    assert inbound.at == datetime.fromtimestamp(1763776800.0001, tz=UTC)


def test_typed_text_is_unescaped() -> None:
    """Slack escapes &, < and > in what people type; the Coach gets what they typed."""
    event = json.loads(dm_event("rhr 54 &amp; hrv 62 &lt;3 &gt; &amp;lt;"))
    inbound = event_to_inbound(event, NOW)
    assert inbound is not None and inbound.text == "rhr 54 & hrv 62 <3 > &lt;"
    body = dict(parse_qsl(command_form("sleep 6 &amp; mood 4")))
    assert command_to_inbound(body, NOW, dm_channel="D123").text == "sleep 6 & mood 4"
    assert unescape("&amp;amp;") == "&amp;"


@pytest.mark.parametrize(
    "extra",
    [
        {"subtype": "message_changed"},
        {"subtype": "bot_message"},
        {"bot_id": "B999"},
        {"channel_type": "channel"},
        {"user": None},
    ],
)
def test_bot_messages_edits_and_channels_are_ignored(extra: dict[str, object]) -> None:
    assert event_to_inbound(json.loads(dm_event("hi", **extra)), NOW) is None


def test_other_events_are_ignored() -> None:
    assert event_to_inbound(event_envelope({"type": "app_home_opened", "user": "U1"}), NOW) is None


@pytest.mark.parametrize(
    ("words", "text"),
    [
        ("today", "/today"),
        ("checkin", "/checkin"),
        ("check-in", "/checkin"),
        ("Set wake 07:00", "/set wake 07:00"),
        ("/pause 3", "/pause 3"),
        ("", "/help"),
        ("what's today's session?", "what's today's session?"),
        ("6 7 5 8", "6 7 5 8"),
    ],
)
def test_coach_command_words_use_the_telegram_vocabulary(words: str, text: str) -> None:
    assert command_text(words) == text


def test_command_answers_in_the_dm_with_a_stable_key() -> None:
    body = dict(parse_qsl(command_form("today", channel="C777", trigger_id="t-9")))
    inbound = command_to_inbound(body, NOW, dm_channel="D123")
    assert (inbound.text, inbound.chat_id, inbound.update_key, inbound.at) == (
        "/today",
        "D123",
        "cmd:t-9",
        NOW,
    )


def test_button_press_carries_the_choice() -> None:
    inbound = action_to_inbound(block_actions("sleep:7", "7", {"ts": "1.2"}, trigger_id="t-1"), NOW)
    assert inbound is not None
    assert (inbound.choice, inbound.text, inbound.chat_id, inbound.update_key) == (
        "sleep:7",
        "",
        "D123",
        "act:t-1",
    )


def test_presses_of_other_buttons_are_not_choices() -> None:
    body = block_actions("x", "x", {"ts": "1.2"}, action_id="something_else")
    assert action_to_inbound(body, NOW) is None
    assert answered_update(body) is None


def test_eleven_choices_render_as_two_rows_of_six_and_five() -> None:
    text, blocks = render_blocks(Reply("How did you sleep? <0-10> & why", choices=SCALE))
    assert text == "How did you sleep? &lt;0-10&gt; &amp; why"
    assert [b["type"] for b in blocks] == ["section", "actions", "actions"]
    rows = [[e["value"] for e in b["elements"]] for b in blocks[1:]]
    assert rows == [[f"sleep:{n}" for n in range(6)], [f"sleep:{n}" for n in range(6, 11)]]
    action_ids = [e["action_id"] for b in blocks[1:] for e in b["elements"]]
    assert len(set(action_ids)) == 11


def test_plain_text_has_no_actions_and_long_text_is_split() -> None:
    _, blocks = render_blocks(Reply("x" * 4000))
    assert [b["type"] for b in blocks] == ["section", "section"]


def test_a_pressed_question_shows_its_answer_instead_of_buttons() -> None:
    _, blocks = render_blocks(Reply("How did you sleep?", choices=SCALE))
    message = {"ts": "1700000000.000001", "text": "How did you sleep?", "blocks": blocks}
    update = answered_update(block_actions("sleep:7", "7", message))
    assert update is not None
    assert (update["channel"], update["ts"], update["text"]) == (
        "D123",
        message["ts"],
        "How did you sleep?",
    )
    assert [b["type"] for b in update["blocks"]] == ["section", "context"]
    assert "*7*" in update["blocks"][-1]["elements"][0]["text"]
    assert answered_blocks([], "<b>")[-1]["elements"][0]["text"].endswith("*&lt;b&gt;*")


def test_home_view_shows_the_provided_texts() -> None:
    view = home_view(HomeContent(today="Easy run 30 min", last_week="Mon 6 7 5 8"))
    assert view["type"] == "home"
    texts = json.dumps(view["blocks"])
    assert "Easy run 30 min" in texts and "Mon 6 7 5 8" in texts and "Today's session" in texts


def test_team_command_remembers_the_channel_it_was_typed_in() -> None:
    body = dict(parse_qsl(command_form("team create Rowers", channel="C777", trigger_id="t-8")))
    inbound = command_to_inbound(body, NOW, dm_channel="D123")
    assert (inbound.text, inbound.chat_id, inbound.origin_chat_id, inbound.private) == (
        "/team create Rowers", "D123", "C777", True)


def test_long_text_is_cut_then_escaped() -> None:
    text = "a" * (MAX_SECTION_CHARS - 3) + "&<b>" + "x" * 10  # "&amp;" would cross the edge
    assert section_texts(text) == ["a" * (MAX_SECTION_CHARS - 3), "&amp;&lt;b&gt;" + "x" * 10]
    lines = "\n".join(["b" * 2000, "c" * 1500 + " & d"])  # cut at the line break
    assert section_texts(lines) == ["b" * 2000, "c" * 1500 + " &amp; d"]


def test_a_mention_is_never_cut_and_counts_as_sent() -> None:
    text = "n" * (MAX_SECTION_CHARS - 5) + "@Sam, @Cy"
    mentions = (Mention("@Sam", "U0SAMUEL0"), Mention("@Cy", "U0CY"))
    pieces = section_texts(text, mentions)
    assert pieces[0] == "n" * (MAX_SECTION_CHARS - 5)
    assert pieces[1] == "<@U0SAMUEL0>, <@U0CY>"
    text_field, _ = render_blocks(Reply(text, mentions=mentions))
    assert text_field.endswith("<@U0SAMUEL0>, <@U0CY>")
