"""Slack payloads <-> core messages. Pure functions: no I/O, no clock, no Bolt.

Inbound: a DM `message` event, a `/coach` slash command or a `block_actions` button press
becomes an `Inbound`. Outbound: a `Reply` becomes Block Kit (`text` fallback + `blocks`); a
reply's attachment is not rendered here, the transport uploads it with `files_upload_v2`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.messages import Inbound, Platform, Reply

CHOICE_ACTION_PREFIX = "coach_choice_"  # action_id of every answer button: coach_choice_<n>
MAX_BUTTONS_PER_ROW = 25  # Slack's limit for one actions block
MAX_SECTION_CHARS = 3000  # Slack's limit for one section's text

# The words a person can give `/coach`: the same vocabulary as Telegram's slash commands.
COMMAND_WORDS = frozenset(
    {
        "start", "help", "checkin", "today", "week", "set", "pause", "resume",
        "trend", "export", "delete", "join", "leave", "team",
    }
)  # fmt: skip
COMMAND_ALIASES = {"check-in": "checkin"}

Payload = Mapping[str, Any]
Block = dict[str, Any]


@dataclass(frozen=True, slots=True)
class HomeContent:
    """What the App Home tab shows, as plain text prepared by the caller (bot/ wires it)."""

    today: str
    last_week: str


HomeProvider = Callable[[str], HomeContent]
"""Synchronous `provider(platform_user_id) -> HomeContent`; the app calls it in a thread."""


def event_to_inbound(body: Payload, now: datetime) -> Inbound | None:
    """A person's DM to the app (Events API envelope) -> Inbound; None for anything else.

    Ignored: other channel types, bot messages, edits/deletes and every other subtype.
    The text is unescaped: Slack sends a typed `&`, `<` or `>` as `&amp;`, `&lt;`, `&gt;`.
    `update_key` is the envelope's `event_id`, identical on Slack's retries.
    """
    event = body.get("event") or {}
    if event.get("type") != "message" or event.get("channel_type") != "im":
        return None
    if event.get("subtype") or event.get("bot_id") or not event.get("user"):
        return None
    profile = event.get("user_profile") or {}
    return Inbound(
        platform=Platform.SLACK,
        user_id=str(event["user"]),
        chat_id=str(event["channel"]),
        at=_from_slack_ts(event.get("ts"), now),
        text=unescape(str(event.get("text") or "")).strip(),
        display_name=str(profile.get("display_name") or profile.get("real_name") or ""),
        private=True,
        update_key=body.get("event_id"),
    )


def command_to_inbound(body: Payload, now: datetime, dm_channel: str) -> Inbound:
    """`/coach <words>` -> Inbound in the person's DM with the app (`dm_channel`).

    The answer always goes to the DM, wherever the command was typed: health data never lands
    in a shared channel, and the Coach keeps one chat per person. `origin_chat_id` is the
    channel it was typed in (`/coach team create NAME` binds the team to that channel).
    """
    return Inbound(
        platform=Platform.SLACK,
        user_id=str(body["user_id"]),
        chat_id=dm_channel,
        at=now,
        text=command_text(unescape(str(body.get("text") or ""))),
        display_name=str(body.get("user_name") or ""),
        private=True,
        update_key=f"cmd:{body['trigger_id']}" if body.get("trigger_id") else None,
        origin_chat_id=str(body["channel_id"]) if body.get("channel_id") else None,
    )


def command_text(words: str) -> str:
    """`today` -> `/today`, `set wake 07:00` -> `/set wake 07:00`; free text stays as typed."""
    words = words.strip()
    if not words:
        return "/help"
    first, _, rest = words.partition(" ")
    name = first.lstrip("/").lower()
    name = COMMAND_ALIASES.get(name, name)
    if name not in COMMAND_WORDS:
        return words
    return f"/{name} {rest.strip()}".strip()


def action_to_inbound(body: Payload, now: datetime) -> Inbound | None:
    """A pressed answer button (`block_actions` payload) -> Inbound with `choice` = its value.

    None for presses outside a conversation (App Home) and for other actions.
    """
    action = _choice_action(body)
    channel = (body.get("channel") or {}).get("id")
    if action is None or not channel:
        return None
    user = body.get("user") or {}
    return Inbound(
        platform=Platform.SLACK,
        user_id=str(user["id"]),
        chat_id=str(channel),
        at=_from_slack_ts(action.get("action_ts"), now),
        choice=str(action.get("value") or ""),
        display_name=str(user.get("name") or user.get("username") or ""),
        private=str(channel).startswith("D"),
        update_key=f"act:{body['trigger_id']}" if body.get("trigger_id") else None,
    )


def answered_update(body: Payload) -> dict[str, Any] | None:
    """`chat_update` arguments that turn a pressed question into its answer, or None."""
    action = _choice_action(body)
    message = body.get("message") or {}
    channel = (body.get("channel") or {}).get("id")
    if action is None or not message.get("ts") or not channel:
        return None
    label = str((action.get("text") or {}).get("text") or action.get("value") or "")
    return {
        "channel": channel,
        "ts": message["ts"],
        "text": message.get("text") or label,
        "blocks": answered_blocks(message.get("blocks") or [], label),
    }


def render_blocks(reply: Reply) -> tuple[str, list[Block]]:
    """Reply -> (`text` fallback for notifications, Block Kit `blocks`).

    Text becomes section blocks; choices become actions blocks of `reply.columns` buttons each
    (0-10 with the default 6: two rows, 6 + 5, readable on a phone).
    """
    text = escape(reply.text)
    blocks: list[Block] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": chunk}}
        for chunk in _chunks(text, MAX_SECTION_CHARS)
    ]
    per_row = max(1, min(reply.columns, MAX_BUTTONS_PER_ROW))
    choices = list(reply.choices)
    for row, start in enumerate(range(0, len(choices), per_row)):
        buttons = [
            {
                "type": "button",
                "action_id": f"{CHOICE_ACTION_PREFIX}{start + i}",
                "text": {"type": "plain_text", "text": choice.label, "emoji": True},
                "value": choice.value,
            }
            for i, choice in enumerate(choices[start : start + per_row])
        ]
        blocks.append({"type": "actions", "block_id": f"coach_choices_{row}", "elements": buttons})
    return text or " ", blocks


def answered_blocks(original: list[Block], label: str) -> list[Block]:
    """The question's blocks without its buttons, plus a line that shows the chosen answer."""
    kept = [block for block in original if block.get("type") != "actions"]
    answer = {"type": "mrkdwn", "text": f":white_check_mark: *{escape(label)}*"}
    return [*kept, {"type": "context", "elements": [answer]}]


def home_view(content: HomeContent) -> dict[str, Any]:
    """App Home tab (`views_publish` view) from texts the caller prepared."""

    def section(title: str, body: str) -> list[Block]:
        header = {"type": "header", "text": {"type": "plain_text", "text": title}}
        texts = _chunks(escape(body), MAX_SECTION_CHARS) or ["_Nothing yet._"]
        return [header] + [
            {"type": "section", "text": {"type": "mrkdwn", "text": t}} for t in texts
        ]

    hint = {"type": "mrkdwn", "text": "Message me here, or type `/coach help` anywhere."}
    return {
        "type": "home",
        "blocks": [
            *section("Today's session", content.today),
            {"type": "divider"},
            *section("Your last week's check-ins", content.last_week),
            {"type": "context", "elements": [hint]},
        ],
    }


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """Undo Slack's escaping of what people type (`&amp;`, `&lt;`, `&gt;`), `&amp;` last."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _choice_action(body: Payload) -> Payload | None:
    actions = body.get("actions") or []
    if body.get("type") != "block_actions" or not actions:
        return None
    action = actions[0]
    if not str(action.get("action_id", "")).startswith(CHOICE_ACTION_PREFIX):
        return None
    return action  # type: ignore[no-any-return]


def _from_slack_ts(ts: object, fallback: datetime) -> datetime:
    try:
        return datetime.fromtimestamp(float(str(ts)), tz=UTC)
    except (TypeError, ValueError):
        return fallback


def _chunks(text: str, size: int) -> list[str]:
    text = text.strip()
    return [text[i : i + size] for i in range(0, len(text), size)]
