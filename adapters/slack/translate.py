"""Slack payloads <-> core messages. Pure functions: no I/O, no clock, no Bolt.

Inbound: a DM `message` event, a `/coach` slash command or a `block_actions` button press
becomes an `Inbound`. Outbound: a `Reply` becomes Block Kit (`text` fallback + `blocks`); a
reply's attachment is not rendered here, the transport uploads it with `files_upload_v2`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.messages import AccountChange, Inbound, Mention, Platform, Reply

CHOICE_ACTION_PREFIX = "coach_choice_"  # action_id of every answer button: coach_choice_<n>
MESSAGE_SUBTYPES = frozenset({"thread_broadcast"})  # a thread reply also sent to the channel
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

    A reply in a thread is a message like any other (`thread_of` says which thread), and so
    is a `thread_broadcast` (a thread reply also sent to the conversation). Ignored: other
    channel types, bot messages, edits/deletes and every other subtype.
    The text is unescaped: Slack sends a typed `&`, `<` or `>` as `&amp;`, `&lt;`, `&gt;`.
    `update_key` is the envelope's `event_id`, identical on Slack's retries.
    """
    event = body.get("event") or {}
    if event.get("type") != "message" or event.get("channel_type") != "im":
        return None
    subtype = event.get("subtype")
    if (subtype and subtype not in MESSAGE_SUBTYPES) or event.get("bot_id"):
        return None
    if not event.get("user"):
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


def thread_of(body: Payload) -> str | None:
    """The thread a DM event or a button press came from (its `thread_ts`), so the answer
    goes to that thread; None for the conversation itself."""
    event = body.get("event") or {}
    message = body.get("message") or {}
    container = body.get("container") or {}
    ts = event.get("thread_ts") or message.get("thread_ts") or container.get("thread_ts")
    return str(ts) if ts else None


def account_change(user: Payload, now: datetime) -> AccountChange | None:
    """A Slack user object (users.info, `user_change`, `team_join`) as an AccountChange: the
    person's name (real name first: it is how a coach knows them; then the display name, then
    the handle) and whether the account is deactivated (`deleted`). None for bots."""
    if not user.get("id") or user.get("is_bot") or user.get("id") == "USLACKBOT":
        return None
    profile = user.get("profile") or {}
    names = (profile.get("real_name"), user.get("real_name"), profile.get("display_name"),
             user.get("name"))
    name = next((str(n).strip() for n in names if n and str(n).strip()), "")
    return AccountChange(Platform.SLACK, str(user["id"]), now, display_name=name,
                         deactivated=bool(user.get("deleted")))


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

    Text becomes section blocks, cut first and escaped after (`section_texts`); a mention
    becomes `<@U...>`. Choices become actions blocks of `reply.columns` buttons each (0-10
    with the default 6: two rows, 6 + 5, readable on a phone).
    """
    tokens = _tokens(reply.text, reply.mentions)
    text = "".join(tokens)
    blocks: list[Block] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": chunk}}
        for chunk in _pack(tokens, MAX_SECTION_CHARS)
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


def section_texts(
    text: str, mentions: Sequence[Mention] = (), limit: int = MAX_SECTION_CHARS
) -> list[str]:
    """`text` as mrkdwn pieces of at most `limit` characters each, cut at a line break where
    one is in the second half. Cut first, escaped after: `&amp;`, `&lt;`, `&gt;` and a
    mention's `<@U...>` are never cut in two, and the limit counts them as sent."""
    return _pack(_tokens(text, mentions), limit)


def _tokens(text: str, mentions: Sequence[Mention]) -> list[str]:
    """The text as it is sent, one token per character (escaped) or per mention."""
    tokens: list[str] = []
    pending = list(mentions)
    i = 0
    while i < len(text):
        if pending and text.startswith(pending[0].text, i):
            tokens.append(f"<@{pending[0].user_id}>")
            i += len(pending.pop(0).text)
            continue
        tokens.append(escape(text[i]))
        i += 1
    return tokens


def _pack(tokens: list[str], limit: int) -> list[str]:
    """Tokens in pieces of at most `limit` characters, each cut after a whole token."""
    pieces: list[str] = []
    start = 0
    while start < len(tokens):
        size, end, newline = 0, start, None
        while end < len(tokens) and size + len(tokens[end]) <= limit:
            if tokens[end] == "\n" and size >= limit // 2:
                newline = end
            size += len(tokens[end])
            end += 1
        if end < len(tokens) and newline is not None:
            end = newline
        end = max(end, start + 1)
        piece = "".join(tokens[start:end]).strip()
        if piece:
            pieces.append(piece)
        start = end
    return pieces


def answered_blocks(original: list[Block], label: str) -> list[Block]:
    """The question's blocks without its buttons, plus a line that shows the chosen answer."""
    kept = [block for block in original if block.get("type") != "actions"]
    answer = {"type": "mrkdwn", "text": f":white_check_mark: *{escape(label)}*"}
    return [*kept, {"type": "context", "elements": [answer]}]


def home_view(content: HomeContent) -> dict[str, Any]:
    """App Home tab (`views_publish` view) from texts the caller prepared."""

    def section(title: str, body: str) -> list[Block]:
        header = {"type": "header", "text": {"type": "plain_text", "text": title}}
        texts = section_texts(body) or ["_Nothing yet._"]
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

