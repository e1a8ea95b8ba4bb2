"""Typed SQLAlchemy models: the tables the coach keeps.

Every datetime is stored in UTC and comes back timezone-aware (`UtcDateTime`), also on
SQLite, which has no time zone type. Every row about a person hangs off `people` with
ON DELETE CASCADE, so deleting the person removes all of it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime, stored in UTC; naive datetimes are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: pass a timezone-aware datetime")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":  # stored as text; keep one fixed format for comparisons
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads it as a class attribute)
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
    }


def _person_fk() -> ForeignKey:
    return ForeignKey("people.id", ondelete="CASCADE")


class PersonRow(Base):
    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("platform", "platform_user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    platform_user_id: Mapped[str] = mapped_column(String(64))
    chat_id: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    timezone: Mapped[str] = mapped_column(String(64))
    country: Mapped[str | None] = mapped_column(String(2))
    language: Mapped[str | None] = mapped_column(String(8))
    programme: Mapped[str] = mapped_column(String(32))
    programme_start: Mapped[date | None] = mapped_column(Date)
    wake: Mapped[time] = mapped_column(Time)
    bed: Mapped[time] = mapped_column(Time)
    work_start: Mapped[time] = mapped_column(Time)
    work_end: Mapped[time] = mapped_column(Time)
    work_days: Mapped[str] = mapped_column(String(7))
    body_mass_kg: Mapped[float | None] = mapped_column(Float)
    consent_at: Mapped[datetime]
    paused_until: Mapped[datetime | None]
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    deactivated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    last_inbound_at: Mapped[datetime | None]  # sit breaks wait 10 min after the person wrote
    created_at: Mapped[datetime] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column()


class CheckinRow(Base):
    """One check-in per person per local date (a second one the same day replaces it)."""

    __tablename__ = "checkins"
    __table_args__ = (UniqueConstraint("person_id", "local_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(_person_fk())
    local_date: Mapped[date] = mapped_column(Date)
    sleep: Mapped[int | None] = mapped_column(Integer)
    arousal: Mapped[int | None] = mapped_column(Integer)
    recovery: Mapped[int | None] = mapped_column(Integer)
    mood: Mapped[int | None] = mapped_column(Integer)
    rhr: Mapped[int | None] = mapped_column(Integer)
    hrv: Mapped[float | None] = mapped_column(Float)
    rpe: Mapped[int | None] = mapped_column(Integer)
    recorded_at: Mapped[datetime]


class ConversationRow(Base):
    """What the coach is waiting for from a person, so a restart resumes mid check-in."""

    __tablename__ = "conversations"

    person_id: Mapped[int] = mapped_column(_person_fk(), primary_key=True)
    pending: Mapped[str | None] = mapped_column(String(64))
    draft: Mapped[dict[str, Any]] = mapped_column(default=dict)
    token: Mapped[str | None] = mapped_column(String(16))  # the asked question's token
    expires_at: Mapped[datetime | None]  # when the pending question lapses
    updated_at: Mapped[datetime] = mapped_column()


class SafetyQuestionRow(Base):
    """The safety question left open to someone, so that their answer reaches it after a
    restart or on another replica: its kind (None once answered), token, when it was asked,
    whether the message named means, a plan or a time, and the language and country of the
    texts; once the direct question was answered "no" or "Are you safe right now?" "yes",
    when (`declined_at`) and which kind it was (`declined_kind`). Never any message text.
    Lapses after a day; removed with the person."""

    __tablename__ = "safety_questions"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    platform_user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str | None] = mapped_column(String(8))
    token: Mapped[str] = mapped_column(String(16))
    asked_at: Mapped[datetime] = mapped_column(index=True)
    specifics: Mapped[bool] = mapped_column(Boolean)
    language: Mapped[str] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(2))
    declined_at: Mapped[datetime | None] = mapped_column()
    declined_kind: Mapped[str | None] = mapped_column(String(8))


class ConsentQuestionRow(Base):
    """The consent question asked to someone who is not a person yet: no health data, no
    name; only which chat, the question's token and when it lapses (then it is purged)."""

    __tablename__ = "consent_questions"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    platform_user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(64))
    token: Mapped[str] = mapped_column(String(16))
    expires_at: Mapped[datetime] = mapped_column(index=True)


class WeeklyReviewRow(Base):
    """What a weekly integration check-in heard: signal names only, never the text."""

    __tablename__ = "weekly_reviews"
    __table_args__ = (UniqueConstraint("person_id", "week_start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(_person_fk())
    week_start: Mapped[date] = mapped_column(Date)  # the Monday of the week reviewed
    signals: Mapped[str] = mapped_column(String(200))  # "blunting,training_dread" or "none"
    recorded_at: Mapped[datetime]


class SafetyEventRow(Base):
    """Level and category of a safety screen that fired. Never the text."""

    __tablename__ = "safety_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int | None] = mapped_column(_person_fk(), index=True)
    level: Mapped[str] = mapped_column(String(16))
    category: Mapped[str | None] = mapped_column(String(32))
    at: Mapped[datetime]


class ProcessedUpdateRow(Base):
    """Platform updates already handled (Telegram update_id, Slack event_id)."""

    __tablename__ = "processed_updates"
    __table_args__ = (UniqueConstraint("platform", "update_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    update_key: Mapped[str] = mapped_column(String(128))
    processed_at: Mapped[datetime] = mapped_column(index=True)


class TeamRow(Base):
    """A team, bound to one chat: one team per (platform, chat), so one digest per chat."""

    __tablename__ = "teams"
    __table_args__ = (UniqueConstraint("platform", "channel_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(16))
    channel_id: Mapped[str] = mapped_column(String(64))
    invite_code: Mapped[str] = mapped_column(String(32), unique=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    digest_time: Mapped[time] = mapped_column(Time, default=time(9, 0))
    mention_missing: Mapped[bool] = mapped_column(Boolean, default=False)
    next_digest_at: Mapped[datetime | None] = mapped_column(index=True)  # None: not scheduled
    # why the bot can't post in the channel (Telegram/Slack error code); "": it can (0009)
    channel_lost: Mapped[str] = mapped_column(String(32), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column()


class MembershipRow(Base):
    __tablename__ = "memberships"
    __table_args__ = (
        UniqueConstraint("team_id", "person_id"),
        CheckConstraint("role IN ('member', 'coach')", name="role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(_person_fk(), index=True)
    role: Mapped[str] = mapped_column(String(16), default="member")
    share_scores: Mapped[bool] = mapped_column(Boolean, default=True)
    share_safety: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_at: Mapped[datetime] = mapped_column()


class PromptScheduleRow(Base):
    """When each kind of prompt is next due for a person (UTC)."""

    __tablename__ = "prompt_schedule"

    person_id: Mapped[int] = mapped_column(_person_fk(), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_due_at: Mapped[datetime] = mapped_column(index=True)


class OutboxRow(Base):
    """A prompt to send, to a person or a team (exactly one of them).

    (person, kind, local slot) and (team, kind, local slot) are unique: a prompt cannot go out
    twice. `attempted_at` is set (committed) just before a delivery: see docs/scheduling.md."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("person_id", "kind", "local_slot"),
        UniqueConstraint("team_id", "kind", "local_slot"),
        CheckConstraint("(person_id IS NULL) <> (team_id IS NULL)", name="one_owner"),
        Index("ix_outbox_status_next_attempt_at", "status", "next_attempt_at"),
        # the sender's claim (migration 0007): its order, busy chats, the sweeps
        Index("ix_outbox_status_due_at_id", "status", "due_at", "id"),
        Index("ix_outbox_status_claimed_until", "status", "claimed_until"),
        Index("ix_outbox_status_attempted_at", "status", "attempted_at"),
        Index("ix_outbox_status_expires_at", "status", "expires_at"),
        CheckConstraint("status IN ('pending', 'sent', 'dropped', 'failed')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int | None] = mapped_column(_person_fk())
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    local_slot: Mapped[str] = mapped_column(String(16))  # local wall time, "2026-11-23T07:30"
    due_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None]
    attempted_at: Mapped[datetime | None]
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    sent_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column()


class SendBudgetRow(Base):
    """The next free slot of a platform's overall sending rate, shared by every replica on
    one PostgreSQL database (bot/scheduling/shared_budget.py). Not used on SQLite."""

    __tablename__ = "send_budgets"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    next_slot_at: Mapped[datetime]


PERSON_TABLES = tuple(
    table for table in Base.metadata.sorted_tables if "person_id" in table.columns
)
