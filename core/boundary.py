"""What comes in from a platform, made storable the same way on every database.

PostgreSQL refuses what SQLite accepts: NUL characters in text, strings longer than their
column, and text that is not valid Unicode (lone surrogates, from bytes that were not
UTF-8). The Coach passes every `Inbound` through `clean_inbound` first (and a `ChatMoved` or an
`AccountChange` through `clean_chat_moved` / `clean_account_change`), so both databases
see the same values (docs/operations.md, "Input at the boundary"):

- NUL and lone surrogates: NUL is removed; a lone surrogate becomes U+FFFD.
- ids (`user_id`, `chat_id`, `origin_chat_id`: 64 characters; `update_key`: 128): an id
  longer than its column is replaced by `~` and a SHA-256 prefix of it, the same for the
  same id every time, so a long id still names one person, and two long ids that share
  their first 64 characters stay two people.
- `display_name`: cut to 200 characters.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from core.messages import AccountChange, ChatMoved, Inbound

ID_MAX = 64  # people.platform_user_id, people.chat_id, teams.channel_id
UPDATE_KEY_MAX = 128  # processed_updates.update_key
NAME_MAX = 200  # people.display_name
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """`text` without NUL characters, with each lone surrogate replaced by U+FFFD."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = _SURROGATE.sub("\ufffd", text)
    return text


def clean_id(value: str, most: int = ID_MAX) -> str:
    """A platform id that fits its column: cleaned, and hashed when too long."""
    value = clean_text(value)
    if len(value) <= most:
        return value
    return "~" + hashlib.sha256(value.encode("utf-8")).hexdigest()[: most - 1]


def clean_inbound(inbound: Inbound) -> Inbound:
    """The inbound with every field storable (see the module docstring)."""
    return replace(
        inbound,
        user_id=clean_id(inbound.user_id),
        chat_id=clean_id(inbound.chat_id),
        text=clean_text(inbound.text),
        choice=None if inbound.choice is None else clean_text(inbound.choice),
        display_name=clean_text(inbound.display_name)[:NAME_MAX],
        update_key=None if inbound.update_key is None
        else clean_id(inbound.update_key, UPDATE_KEY_MAX),
        origin_chat_id=None if inbound.origin_chat_id is None
        else clean_id(inbound.origin_chat_id),
    )


def clean_chat_moved(moved: ChatMoved) -> ChatMoved:
    """Both chat ids as `clean_id` makes them (they must match the stored ones)."""
    return replace(moved, old_chat_id=clean_id(moved.old_chat_id),
                   new_chat_id=clean_id(moved.new_chat_id))


def clean_account_change(change: AccountChange) -> AccountChange:
    """The user id as `clean_id` makes it, the name cleaned and cut to 200 characters."""
    return replace(change, user_id=clean_id(change.user_id),
                   display_name=clean_text(change.display_name)[:NAME_MAX])
