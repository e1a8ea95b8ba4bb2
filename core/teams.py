"""Teams as the coach knows them: a channel or group, its coach, and what each member shares."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from enum import StrEnum

from core.messages import Platform

INVITE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: easy to read aloud
INVITE_LENGTH = 8  # 32**8 = 2**40 codes


class Role(StrEnum):
    MEMBER = "member"
    COACH = "coach"


@dataclass(frozen=True, slots=True)
class Team:
    """A team bound to one channel (Slack) or group (Telegram), where its digest goes."""

    id: int
    name: str
    platform: Platform
    channel_id: str
    invite_code: str
    timezone: str
    digest_time: time  # local wall time in `timezone`
    mention_missing: bool
    # The platform's code for why the bot can no longer post in the channel ("bot_kicked",
    # "is_archived", ...): the digest's channel part is paused until the bot is back
    # (`/team` in the chat). "" = posting.
    channel_lost: str = ""


@dataclass(frozen=True, slots=True)
class Membership:
    """One person in one team, and what they allowed the team's coach to see."""

    team_id: int
    person_id: int
    role: Role
    share_scores: bool  # full scores too; False = readiness status only
    share_safety: bool  # only that clinical-support advice was given, never the words
    joined_at: datetime


def normalise_code(text: str) -> str:
    """What a person typed as an invite code, as stored: `abcd-2345 ` -> `ABCD2345`."""
    return "".join(ch for ch in text.upper() if ch.isalnum())
