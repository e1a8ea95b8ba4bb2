"""What a platform says outside any conversation: a chat's new id, an account's name or state.

- A Telegram group upgraded to a supergroup gets a new chat id; its team follows it (and a
  team created meanwhile in the new chat is folded into it: one team, one digest).
- A Slack account's name (users.info, user_change) becomes the person's display name; a
  deactivated account gets no prompts and drops out of digests until it is reactivated.
Nothing here answers anyone: these are bookkeeping, not conversation.
"""

from __future__ import annotations

from typing import Any

from core.messages import AccountChange, ChatMoved
from core.store import Tx
from core.teams import Team

NAME_MAX = 200  # the people.display_name column


def chat_moved(tx: Tx, moved: ChatMoved) -> Team | None:
    """Re-bind the old chat's team to the new id; the team now bound there, if any."""
    return tx.move_team_chat(moved.platform, moved.old_chat_id, moved.new_chat_id)


def account_changed(tx: Tx, change: AccountChange) -> None:
    """Keep a known person's name and account state as the platform says; unknown: nothing.

    Deactivation also sets `blocked`, which stops the prompts through the schedule; a
    reactivated account is unblocked and prompted again."""
    person = tx.find_person(change.platform, change.user_id)
    if person is None:
        return
    changes: dict[str, Any] = {}
    name = " ".join(change.display_name.split())[:NAME_MAX]
    if name and name != person.display_name:
        changes["display_name"] = name
    if change.deactivated != person.deactivated:
        changes["deactivated"] = change.deactivated
        changes["blocked"] = change.deactivated
    if changes:
        tx.update_person(person.id, **changes)
