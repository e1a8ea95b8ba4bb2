"""What a platform says outside any conversation: a chat's new id, an account's name or state.

- A Telegram group upgraded to a supergroup gets a new chat id; its team follows it (and a
  team created meanwhile in the new chat is folded into it: one team, one digest).
- A Slack account's name (users.info, user_change) becomes the person's display name; a
  deactivated account gets no prompts and drops out of digests until it is reactivated.
- The bot can no longer post in a team's channel (kicked, archived): the digest's channel
  part pauses, and the team's coaches are told privately how to fix it (the one case here
  that has something to say, returned as pushes for the sender to deliver).
"""

from __future__ import annotations

from typing import Any

from core.coach import team_texts
from core.messages import AccountChange, ChatMoved, Outbound, Platform, Reply
from core.store import Tx
from core.teams import Role, Team

CHANNEL_LOST_KIND = "team-channel-lost"

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


def channel_lost(tx: Tx, team_id: int, code: str) -> list[Outbound]:
    """The platform said the bot can't post in the team's channel (`code`: its reason).
    Pause the digest there and tell each coach privately how to fix it, once: [] when the
    team is gone or already paused."""
    team = tx.team(team_id)
    if team is None or team.channel_lost:
        return []
    tx.set_channel_lost(team_id, code or "blocked")
    text = (team_texts.CHANNEL_LOST_SLACK if team.platform is Platform.SLACK
            else team_texts.CHANNEL_LOST_TELEGRAM).format(name=team.name)
    return [Outbound(coach.platform, coach.chat_id, Reply(text), person_id=coach.id,
                     kind=CHANNEL_LOST_KIND, meta={"team_id": str(team.id)})
            for coach, membership in tx.members(team_id)
            if membership.role is Role.COACH and not coach.deactivated]
