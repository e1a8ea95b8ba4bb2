"""The storage port the Coach works through. Implemented by adapters.storage (SQLAlchemy).

One `Tx` is one database transaction: everything a single inbound changes is committed
together, before the reply is returned, or not at all.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from core.assessment import DayEntry
from core.checkin_fields import CheckIn
from core.messages import Platform
from core.people import Person
from core.teams import Membership, Team


@dataclass(frozen=True, slots=True)
class Conversation:
    """What the coach is waiting for from this person, e.g. "checkin:mood", and a draft.

    `token` names the question asked (its buttons carry it, core.coach.questions); it stays
    when the question is answered, so the next token can be told apart. `expires_at` (UTC):
    when the pending question lapses (end of its local day for a check-in, minutes for
    /delete)."""

    pending: str | None = None
    draft: dict[str, Any] = field(default_factory=dict)
    token: str | None = None
    expires_at: datetime | None = None

    @property
    def kind(self) -> str:
        """What the pending question belongs to ("checkin", "onboard", "delete"...), or ""."""
        return (self.pending or "").partition(":")[0]

    def live(self, at: datetime) -> Conversation:
        """This conversation at `at`; idle (keeping the token) once its question has lapsed."""
        if self.pending is not None and self.expires_at is not None and at >= self.expires_at:
            return Conversation(token=self.token)
        return self


@dataclass(frozen=True, slots=True)
class ConsentQuestion:
    """The consent question as asked to someone not yet a person: in which chat, with which
    token, until when (UTC). Nothing else is kept before consent."""

    chat_id: str
    token: str
    expires_at: datetime


SAFETY_QUESTION_LIFETIME = timedelta(hours=24)
"""How long a safety question stays open: an answer a day later is a new message."""


@dataclass(frozen=True, slots=True)
class SafetyQuestion:
    """A safety question left open to someone (core.coach.safety_flow). Never any text.

    `kind`: "life" (after the crisis text), "band" (asked first, no helpline text), "safe"
    ("Are you safe right now?": after the safety plan, or after a single "no" to a message
    naming means, a plan or a time), "danger" (that check after danger from someone else)
    or "harm" (the direct question beside harm by someone else): core.coach.safety_flow.
    `token`: what its buttons carry; `asked_at` (UTC); `specifics`: the message that led
    here named means, a plan or a time; `language`, `country`: what it was asked in, for
    the texts that follow; `declined_at` (UTC): only on a question no longer open, when
    "Are you thinking about ending your life?" was answered "no" or "Are you safe right
    now?" was answered "yes" (so that taking the answer back is understood).
    """

    kind: str
    token: str
    asked_at: datetime
    specifics: bool
    language: str
    country: str | None
    declined_at: datetime | None = None


class Tx(Protocol):
    def claim_update(self, platform: Platform, update_key: str) -> bool:
        """Record a platform update as processed; False if it already was (duplicate)."""

    def find_person(self, platform: Platform, platform_user_id: str) -> Person | None: ...

    def get_person(self, person_id: int) -> Person | None: ...

    def consent_question(
        self, platform: Platform, platform_user_id: str
    ) -> ConsentQuestion | None:
        """The consent question last asked to that platform user, if any (expired or not)."""

    def ask_consent(
        self, platform: Platform, platform_user_id: str, question: ConsentQuestion,
        at: datetime,
    ) -> None:
        """Remember the consent question just asked (replacing an earlier one), and forget
        every consent question that lapsed before `at`."""

    def forget_consent_question(self, platform: Platform, platform_user_id: str) -> None: ...

    def safety_question(
        self, platform: Platform, platform_user_id: str, at: datetime
    ) -> tuple[SafetyQuestion | None, str | None]:
        """The safety question open to that platform user at `at` (None once answered or a
        day after it was asked), and the last safety question's token (for the next one)."""

    def ask_safety_question(
        self, platform: Platform, platform_user_id: str, question: SafetyQuestion
    ) -> None:
        """Keep the question just asked open (replacing an earlier one), and forget every
        safety question asked more than a day before it."""

    def close_safety_question(
        self, platform: Platform, platform_user_id: str, declined_at: datetime | None = None
    ) -> None:
        """The open safety question was answered (its token is kept for the next one);
        `declined_at`: when the direct question was answered "no" or "Are you safe right
        now?" "yes" (either can be taken back), else None."""

    def declined_safety_question(
        self, platform: Platform, platform_user_id: str
    ) -> SafetyQuestion | None:
        """The question that platform user last answered "no" or "I'm safe" (`declined_at`),
        if no safety question was asked since; None otherwise."""

    def forget_safety_question(self, platform: Platform, platform_user_id: str) -> None:
        """Remove every trace (after /delete)."""

    def create_person(
        self, platform: Platform, platform_user_id: str, chat_id: str,
        display_name: str, consent_at: datetime,
    ) -> Person: ...

    def update_person(self, person_id: int, **changes: Any) -> Person:
        """Change settings (field names of `Person`); re-computes the person's prompt times."""

    def note_inbound(
        self, platform: Platform, platform_user_id: str, at: datetime
    ) -> Person | None:
        """Remember that the platform user wrote to the coach at `at` (sit breaks hold back
        for a while) and return them as `find_person` would; None, and nothing noted, if they
        are not a person."""

    def last_inbound_at(self, person_id: int) -> datetime | None: ...

    def conversation(self, person_id: int) -> Conversation: ...

    def set_conversation(self, person_id: int, conversation: Conversation) -> None: ...

    def history(self, person_id: int, first: date, last: date) -> list[DayEntry]:
        """Check-ins with first <= day <= last, oldest first."""

    def save_checkin(self, person_id: int, day: date, checkin: CheckIn, at: datetime) -> None:
        """Store the check-in for that local date, replacing one already there."""

    def record_safety_event(
        self, person_id: int | None, level: str, category: str | None, at: datetime
    ) -> None:
        """Level and category only, never the text."""

    def save_weekly_review(
        self, person_id: int, week_start: date, signals: frozenset[str], at: datetime
    ) -> None:
        """Store what a weekly review heard (signal names; empty = none), replacing an earlier
        answer for the same week. Never the text."""

    def weekly_reviews(self, person_id: int, since: date) -> list[tuple[date, frozenset[str]]]:
        """(week_start, signal names) for reviews with week_start >= since, oldest first."""

    def export(self, person_id: int) -> dict[str, Any]:
        """Every row about the person, as JSON-ready data."""

    def delete_person(self, person_id: int) -> None:
        """Remove every row about the person."""

    # -- teams (see docs/teams.md) --------------------------------------------------------

    def create_team(
        self, name: str, platform: Platform, channel_id: str, timezone: str,
        digest_time: time, coach_person_id: int,
    ) -> Team | None:
        """A new team with a fresh random invite code; the person becomes its coach. None when
        the chat already has a team (one team per chat, a unique constraint)."""

    def team(self, team_id: int) -> Team | None: ...

    def team_by_code(self, code: str) -> Team | None:
        """The team with that invite code (as typed: case and dashes don't matter)."""

    def team_by_channel(self, platform: Platform, channel_id: str) -> Team | None:
        """The team bound to that channel or group (at most one: a unique constraint)."""

    def move_team_chat(
        self, platform: Platform, old_chat_id: str, new_chat_id: str
    ) -> Team | None:
        """Re-bind the team of `old_chat_id` to `new_chat_id` (a group that became a
        supergroup); the team now bound to the new chat, None if neither chat has one.

        If the new chat already has a team (created there before the move was known), the two
        become one: the old chat's team keeps its name, code and settings and gains the other
        team's members with their choices (someone in both keeps the old team's), and the
        other team is removed, so the chat gets one digest."""

    def teams_of(self, person_id: int) -> list[tuple[Team, Membership]]:
        """The person's teams and their memberships, oldest first."""

    def membership(self, team_id: int, person_id: int) -> Membership | None: ...

    def is_coach(self, team_id: int, person_id: int) -> bool:
        """True only if the person holds the coach role in that team right now."""

    def join(
        self, team_id: int, person_id: int, share_scores: bool, share_safety: bool
    ) -> Membership:
        """Join as a member, or change what an existing member shares (the role stays)."""

    def leave(self, team_id: int, person_id: int) -> bool:
        """False if the person was not in the team."""

    def members(self, team_id: int) -> list[tuple[Person, Membership]]:
        """Everyone in the team (coaches too), by display name."""

    def hand_over(self, team_id: int, person_id: int) -> bool:
        """Make a member of the team its coach; False if they are not in the team."""

    def remove_team(self, team_id: int) -> None:
        """Delete the team; its memberships and queued digests go with it."""

    def set_digest_time(self, team_id: int, digest_time: time) -> Team: ...

    def set_mention_missing(self, team_id: int, on: bool) -> Team: ...

    def set_channel_lost(self, team_id: int, code: str) -> Team:
        """Pause (`code`: the platform's reason) or resume ("") the digest in the team's
        channel; its coaches' private notes go on either way."""

    def clinical_advice(
        self, team_id: int, since: datetime, until: datetime
    ) -> dict[int, list[datetime]]:
        """When members who share safety flags were advised clinical support (safety events of
        level concern or urgent, since < at <= until), by person id. Members who don't share
        safety flags are never in the result."""


class Store(Protocol):
    def transaction(self, at: datetime | None = None) -> AbstractContextManager[Tx]:
        """Commit on normal exit, roll back on an exception. `at` is the transaction's "now"
        (the inbound message's or the push's time); None takes the process clock's."""
