"""Platform-neutral messages: what adapters hand to the Coach and what it hands back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal


class Platform(StrEnum):
    TELEGRAM = "telegram"
    SLACK = "slack"
    CONSOLE = "console"


@dataclass(frozen=True, slots=True)
class Choice:
    """One button. `value` comes back verbatim in `Inbound.choice` (at most 64 bytes, ASCII:
    core.coach.questions builds every value)."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with a reply: the /trend chart (image) or the /export JSON (document)."""

    filename: str
    media_type: str
    data: bytes
    kind: Literal["image", "document"]


@dataclass(frozen=True, slots=True)
class Inbound:
    """One message or button press from a person, already translated from the platform.

    `at` is timezone-aware (the adapter's clock, or the platform's timestamp).
    `update_key` is the platform's id for the update (Telegram update_id, Slack event_id),
    used for de-duplication; None where the platform has none (console).
    `origin_chat_id` is the channel where a command was typed when that is not `chat_id`
    (a Slack slash command typed in a channel is answered in the person's DM); None when
    the message came from `chat_id` itself. Team commands bind to it (docs/teams.md).
    `addressed` False: group chatter not meant for the bot; the Coach screens it for safety
    only (an urgent screen gets the person a private reply) and answers nothing.
    """

    platform: Platform
    user_id: str
    chat_id: str
    at: datetime
    text: str = ""
    choice: str | None = None
    display_name: str = ""
    private: bool = True
    update_key: str | None = None
    origin_chat_id: str | None = None
    addressed: bool = True


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named in a reply so the platform notifies them. `text` (e.g. "@Sam") appears
    in `Reply.text`; the adapter shows it as the platform's mention of `user_id` (Slack
    `<@U123>`). A reply lists its mentions in the order their texts appear."""

    text: str
    user_id: str


@dataclass(frozen=True, slots=True)
class Reply:
    """What the coach says. `chat_id` None means: the chat the inbound came from.

    `answered_choice`: this turn took the pressed button's answer, so the adapter shows the
    answer on the question's message (and takes its buttons away). A refused tap leaves the
    question as it was."""

    text: str
    choices: tuple[Choice, ...] = ()
    attachment: Attachment | None = None
    chat_id: str | None = None
    columns: int = 6
    mentions: tuple[Mention, ...] = ()
    answered_choice: bool = False


def choice_taken(replies: list[Reply]) -> bool:
    """Whether the Coach took the pressed button's answer (see `Reply.answered_choice`)."""
    return any(reply.answered_choice for reply in replies)


# What an adapter says when Coach.handle raised: the transaction was rolled back, so nothing
# of that message was saved (never "your answer is saved").
NOT_SAVED = "Sorry, I couldn't save that, please send it again."


@dataclass(frozen=True, slots=True)
class Outbound:
    """A push the coach initiates (scheduled prompt, digest): a reply addressed explicitly."""

    platform: Platform
    chat_id: str
    reply: Reply
    person_id: int | None = None
    kind: str = ""
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ChatMoved:
    """The platform gave a chat a new id: a Telegram group upgraded to a supergroup
    (`migrate_to_chat_id` / `migrate_from_chat_id`, or a "migrated" error on sending)."""

    platform: Platform
    old_chat_id: str
    new_chat_id: str
    at: datetime


@dataclass(frozen=True, slots=True)
class AccountChange:
    """What the platform says about a person's account outside any conversation (Slack
    `user_change`, `team_join`, `users.info`). `display_name` "" means unknown (keep the
    stored one); `deactivated` means the account is gone from the workspace."""

    platform: Platform
    user_id: str
    at: datetime
    display_name: str = ""
    deactivated: bool = False
