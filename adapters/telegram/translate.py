"""Telegram <-> core translation: pure functions, no I/O, no clock (the caller passes `now`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from telegram import (
    CallbackQuery,
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    MessageEntity,
    Update,
    User,
)
from telegram.constants import MessageLimit

from core.messages import Attachment, ChatMoved, Inbound, Mention, Platform, Reply

MAX_BUTTONS_PER_ROW = 8  # Telegram shows at most 8 inline buttons side by side
TEXT_LIMIT = MessageLimit.MAX_TEXT_LENGTH  # 4096
CAPTION_LIMIT = MessageLimit.CAPTION_LENGTH  # 1024

_BOT_SUFFIX = re.compile(r"^(/\w+)@\w+")  # "/checkin@RhythmCoachBot 6" -> "/checkin 6"


@dataclass(frozen=True, slots=True)
class RenderedMessage:
    """A `Reply` in Telegram terms. Sent as one message, or (for a long caption) two."""

    text: str
    keyboard: InlineKeyboardMarkup | None = None
    photo: InputFile | None = None
    document: InputFile | None = None
    mentions: tuple[Mention, ...] = ()

    @property
    def media(self) -> InputFile | None:
        return self.photo or self.document


@dataclass(frozen=True, slots=True)
class BotIdentity:
    """Who the bot is (getMe): in a group, only what is addressed to it is passed on."""

    id: int
    username: str


def to_inbound(update: Update, now: datetime, bot: BotIdentity | None = None) -> Inbound | None:
    """A new message or a button press from a private chat or a group; None for anything else.

    In a group (with `bot` known) what is addressed to this bot is answered: a command that
    is bare (`/team`) or names it (`/team@RhythmCoachBot`), and a reply to one of its
    messages. Chatter ("morning all", "thanks coach!") and commands for other bots
    (`/help@OtherBot`) come with `addressed=False`: the Coach screens them for safety (a
    crisis gets the person a private reply) and answers nothing in the group."""
    if update.callback_query is not None:
        return _from_callback(update.update_id, update.callback_query, now)
    message = update.message  # new messages only: edits and channel posts are ignored
    if message is None or message.from_user is None or not _is_person_chat(message.chat):
        return None
    return Inbound(
        platform=Platform.TELEGRAM,
        user_id=str(message.from_user.id),
        chat_id=str(message.chat.id),
        at=_aware_utc(message.date) if message.date else now,
        text=_without_bot_suffix(message.text or message.caption or ""),
        display_name=display_name(message.from_user),
        private=message.chat.type == Chat.PRIVATE,
        update_key=str(update.update_id),
        addressed=bot is None or addressed_to(message, bot),
    )


def addressed_to(message: Message, bot: BotIdentity) -> bool:
    """A private message, or in a group: a command for this bot (bare or @-named), or a reply
    to one of this bot's messages."""
    if message.chat.type == Chat.PRIVATE:
        return True
    text = message.text or message.caption or ""
    if text.startswith("/"):
        _, at, target = text.split(maxsplit=1)[0].partition("@")
        return not at or target.casefold() == bot.username.casefold()
    replied = message.reply_to_message
    return replied is not None and replied.from_user is not None and replied.from_user.id == bot.id


def to_chat_moved(update: Update) -> ChatMoved | None:
    """A group upgraded to a supergroup: the service message in the old chat
    (`migrate_to_chat_id`) or in the new one (`migrate_from_chat_id`); None otherwise."""
    message = update.message
    if message is None:
        return None
    at = _aware_utc(message.date)
    if message.migrate_to_chat_id:
        return ChatMoved(Platform.TELEGRAM, str(message.chat.id),
                         str(message.migrate_to_chat_id), at)
    if message.migrate_from_chat_id:
        return ChatMoved(Platform.TELEGRAM, str(message.migrate_from_chat_id),
                         str(message.chat.id), at)
    return None


def _from_callback(update_id: int, query: CallbackQuery, now: datetime) -> Inbound | None:
    """A pressed inline button: the choice is the button's callback data; `at` is now."""
    message = query.message
    chat = message.chat if message is not None else None
    if chat is not None and not _is_person_chat(chat):
        return None
    return Inbound(
        platform=Platform.TELEGRAM,
        user_id=str(query.from_user.id),
        chat_id=str(chat.id if chat is not None else query.from_user.id),
        at=now,
        choice=query.data or "",
        display_name=display_name(query.from_user),
        private=chat is None or chat.type == Chat.PRIVATE,
        update_key=str(update_id),
    )


def display_name(user: User) -> str:
    """The name a person shows on Telegram: first and last name, else the @username."""
    name = " ".join(part for part in (user.first_name, user.last_name) if part).strip()
    return name or (user.username or "")


def render(reply: Reply) -> RenderedMessage:
    """A `Reply` as Telegram text, an inline keyboard (rows of `reply.columns`) and a file."""
    keyboard = keyboard_for(reply)
    attachment = reply.attachment
    text, mentions = reply.text, reply.mentions
    if attachment is None:
        return RenderedMessage(text=text, keyboard=keyboard, mentions=mentions)
    file = input_file(attachment)
    if attachment.kind == "image":
        return RenderedMessage(text=text, keyboard=keyboard, photo=file, mentions=mentions)
    return RenderedMessage(text=text, keyboard=keyboard, document=file, mentions=mentions)


def mention_entities(
    pieces: list[str], mentions: tuple[Mention, ...]
) -> list[list[MessageEntity]]:
    """For each piece of a text sent in pieces, its mentions as `text_mention` entities (they
    notify the person, username or not), found in order; offsets and lengths in UTF-16 code
    units, as Telegram counts them. A mention cut in two by the split is left as text."""
    pending = [m for m in mentions if m.user_id.isdigit()]
    found: list[list[MessageEntity]] = []
    for piece in pieces:
        entities, cursor = [], 0
        while pending and (at := piece.find(pending[0].text, cursor)) >= 0:
            mention = pending.pop(0)
            person = User(int(mention.user_id), mention.text.lstrip("@"), is_bot=False)
            entities.append(MessageEntity(MessageEntity.TEXT_MENTION, _utf16(piece[:at]),
                                          _utf16(mention.text), user=person))
            cursor = at + len(mention.text)
        found.append(entities)
    return found


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


PRIVATE_CHAT_LABEL = "Message me privately"


def with_private_chat_link(rendered: RenderedMessage, bot_username: str) -> RenderedMessage:
    """A reply in a group gets a t.me link to a private chat with the bot, unless it has
    buttons of its own."""
    if rendered.keyboard is not None or not bot_username:
        return rendered
    button = InlineKeyboardButton(PRIVATE_CHAT_LABEL, url=f"https://t.me/{bot_username}")
    return replace(rendered, keyboard=InlineKeyboardMarkup([[button]]))


def keyboard_for(reply: Reply) -> InlineKeyboardMarkup | None:
    """Choice buttons in rows of `reply.columns` (0-10 with columns=6: rows of 6 and 5)."""
    if not reply.choices:
        return None
    width = min(max(reply.columns, 1), MAX_BUTTONS_PER_ROW)
    buttons = [InlineKeyboardButton(c.label, callback_data=c.value) for c in reply.choices]
    return InlineKeyboardMarkup([buttons[i : i + width] for i in range(0, len(buttons), width)])


def input_file(attachment: Attachment) -> InputFile:
    """The attachment's bytes as an upload with its file name."""
    return InputFile(attachment.data, filename=attachment.filename)


def choice_label(markup: InlineKeyboardMarkup | None, data: str | None) -> str | None:
    """The label of the button whose callback data is `data`, if it is still on the message."""
    if markup is None or data is None:
        return None
    for row in markup.inline_keyboard:
        for button in row:
            if button.callback_data == data:
                return button.text
    return None


def answered_text(original_text: str, choice_label: str) -> str:
    """The question as it reads once answered: the text, then the chosen answer."""
    answered = f"{original_text}\n\n→ {choice_label}"
    return answered if len(answered) <= TEXT_LIMIT else original_text


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Text in pieces Telegram accepts, cut at a line break where one is near."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", limit // 2, limit)
        cut = cut if cut > 0 else limit
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n")
    return [*pieces, text] if text else pieces


def _is_person_chat(chat: Chat) -> bool:
    return chat.type in (Chat.PRIVATE, Chat.GROUP, Chat.SUPERGROUP)


def _without_bot_suffix(text: str) -> str:
    return _BOT_SUFFIX.sub(r"\1", text, count=1)


def _aware_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
