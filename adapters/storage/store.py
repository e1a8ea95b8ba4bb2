"""`SqlStore`: the core.store.Store port on SQLAlchemy (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from adapters.storage.mapping import (
    CHECKIN_COLUMNS,
    PERSON_DEFAULTS,
    PERSON_SETTINGS,
    checkin_from_row,
    checkin_values,
    membership_from_row,
    person_from_row,
    row_dict,
    team_from_row,
)
from adapters.storage.models import (
    CheckinRow,
    ConversationRow,
    MembershipRow,
    OutboxRow,
    PersonRow,
    ProcessedUpdateRow,
    PromptScheduleRow,
    SafetyEventRow,
    TeamRow,
    utcnow,
)
from core.assessment import DayEntry
from core.checkin_fields import CheckIn
from core.messages import Platform
from core.people import Person
from core.store import Conversation
from core.teams import INVITE_ALPHABET, INVITE_LENGTH, Membership, Role, Team, normalise_code

CLINICAL_ADVICE_LEVELS = ("concern", "urgent")  # core.safety.Level values that advise support
INVITE_ATTEMPTS = 8  # 2**40 codes: a second attempt is already vanishingly rare

PersonChanged = Callable[[Session, Person], None]
"""Called inside the transaction after a person is created or changed (prompt times)."""


class SqlStore:
    """Hands out one `SqlTx` per transaction: commit on normal exit, rollback on an exception."""

    def __init__(
        self, session_factory: sessionmaker[Session], on_person_changed: PersonChanged | None = None
    ) -> None:
        self._session_factory = session_factory
        self.on_person_changed = on_person_changed

    @property
    def session_factory(self) -> sessionmaker[Session]:
        """For adapters that work on rows directly (the scheduler's tick and sender)."""
        return self._session_factory

    @contextmanager
    def transaction(self) -> Iterator[SqlTx]:
        with self._session_factory() as session, session.begin():
            yield SqlTx(session, self.on_person_changed)


class SqlTx:
    """One database transaction (core.store.Tx). `session` is there for other adapters
    (scheduler, outbox) that must work inside the same transaction."""

    def __init__(self, session: Session, on_person_changed: PersonChanged | None = None) -> None:
        self.session = session
        self._on_person_changed = on_person_changed

    # -- de-duplication ------------------------------------------------------------------

    def claim_update(self, platform: Platform, update_key: str) -> bool:
        """Record a platform update as processed; False if it already was (duplicate).

        INSERT ... ON CONFLICT DO NOTHING: a duplicate is no error, so the transaction
        stays usable for the rest of the work."""
        statement = (
            self._insert(ProcessedUpdateRow)
            .values(platform=str(platform), update_key=update_key, processed_at=utcnow())
            .on_conflict_do_nothing(index_elements=["platform", "update_key"])
            .returning(ProcessedUpdateRow.id)
        )
        return self.session.execute(statement).first() is not None

    # -- people --------------------------------------------------------------------------

    def find_person(self, platform: Platform, platform_user_id: str) -> Person | None:
        row = self.session.scalars(
            select(PersonRow).where(
                PersonRow.platform == str(platform),
                PersonRow.platform_user_id == platform_user_id,
            )
        ).one_or_none()
        return None if row is None else person_from_row(row)

    def get_person(self, person_id: int) -> Person | None:
        row = self.session.get(PersonRow, person_id)
        return None if row is None else person_from_row(row)

    def create_person(
        self,
        platform: Platform,
        platform_user_id: str,
        chat_id: str,
        display_name: str,
        consent_at: datetime,
    ) -> Person:
        row = PersonRow(
            **PERSON_DEFAULTS,
            platform=str(platform),
            platform_user_id=platform_user_id,
            chat_id=chat_id,
            display_name=display_name,
            consent_at=consent_at,
        )
        self.session.add(row)
        self.session.flush()  # the unique (platform, platform_user_id) speaks here
        return self._changed(row)

    def update_person(self, person_id: int, **changes: Any) -> Person:
        """Change settings (field names of `Person`); re-computes the person's prompt times."""
        unknown = sorted(set(changes) - PERSON_SETTINGS)
        if unknown:
            raise TypeError(f"not a Person setting: {', '.join(unknown)}")
        row = self._person_row(person_id)
        for name, value in changes.items():
            setattr(row, name, value)
        self.session.flush()
        return self._changed(row)

    def _person_row(self, person_id: int) -> PersonRow:
        row = self.session.get(PersonRow, person_id)
        if row is None:
            raise LookupError(f"no person {person_id}")
        return row

    def _changed(self, row: PersonRow) -> Person:
        person = person_from_row(row)
        if self._on_person_changed is not None:
            self._on_person_changed(self.session, person)
        return person

    def note_inbound(self, person_id: int, at: datetime) -> None:
        """Remember when the person last wrote (sit breaks hold back); no prompt recompute."""
        self.session.execute(
            update(PersonRow).where(PersonRow.id == person_id).values(last_inbound_at=at)
            .execution_options(synchronize_session=False)
        )

    def last_inbound_at(self, person_id: int) -> datetime | None:
        return self.session.scalar(
            select(PersonRow.last_inbound_at).where(PersonRow.id == person_id)
        )

    # -- conversation --------------------------------------------------------------------

    def conversation(self, person_id: int) -> Conversation:
        row = self.session.execute(
            select(ConversationRow.pending, ConversationRow.draft).where(
                ConversationRow.person_id == person_id
            )
        ).one_or_none()
        if row is None:
            return Conversation()
        return Conversation(pending=row.pending, draft=dict(row.draft or {}))

    def set_conversation(self, person_id: int, conversation: Conversation) -> None:
        values = {
            "pending": conversation.pending,
            # a JSON round trip now: a value JSON cannot hold fails here, not at commit
            "draft": json.loads(json.dumps(conversation.draft)),
            "updated_at": utcnow(),
        }
        statement = self._insert(ConversationRow).values(person_id=person_id, **values)
        self.session.execute(
            statement.on_conflict_do_update(index_elements=["person_id"], set_=values)
        )

    # -- check-ins -----------------------------------------------------------------------

    def history(self, person_id: int, first: date, last: date) -> list[DayEntry]:
        """Check-ins with first <= day <= last, oldest first."""
        rows = self.session.execute(
            select(CheckinRow.local_date, *CHECKIN_COLUMNS)
            .where(CheckinRow.person_id == person_id, CheckinRow.local_date.between(first, last))
            .order_by(CheckinRow.local_date)
        )
        return [DayEntry(day=row.local_date, checkin=checkin_from_row(row)) for row in rows]

    def save_checkin(self, person_id: int, day: date, checkin: CheckIn, at: datetime) -> None:
        """Store the check-in for that local date, replacing one already there."""
        values = {**checkin_values(checkin), "recorded_at": at}
        statement = self._insert(CheckinRow).values(person_id=person_id, local_date=day, **values)
        self.session.execute(
            statement.on_conflict_do_update(index_elements=["person_id", "local_date"], set_=values)
        )

    # -- safety --------------------------------------------------------------------------

    def record_safety_event(
        self, person_id: int | None, level: str, category: str | None, at: datetime
    ) -> None:
        """Level and category only, never the text."""
        self.session.add(SafetyEventRow(person_id=person_id, level=level, category=category, at=at))

    # -- the person's data ---------------------------------------------------------------

    def export(self, person_id: int) -> dict[str, Any]:
        """Every row about the person, as JSON-ready data."""
        session = self.session
        person = self._person_row(person_id)
        conversation = session.get(ConversationRow, person_id)
        memberships = session.execute(
            select(MembershipRow, TeamRow.name)
            .join(TeamRow, TeamRow.id == MembershipRow.team_id)
            .where(MembershipRow.person_id == person_id)
            .order_by(MembershipRow.id)
        )

        def rows(model: Any, *order: Any) -> list[dict[str, Any]]:
            found = session.scalars(
                select(model).where(model.person_id == person_id).order_by(*order)
            )
            return [row_dict(row, omit=("person_id",)) for row in found]

        return {
            "person": row_dict(person),
            "checkins": rows(CheckinRow, CheckinRow.local_date),
            "conversation": None
            if conversation is None
            else row_dict(conversation, omit=("person_id",)),
            "safety_events": rows(SafetyEventRow, SafetyEventRow.at, SafetyEventRow.id),
            "memberships": [
                {**row_dict(membership, omit=("person_id",)), "team_name": team_name}
                for membership, team_name in memberships
            ],
            "prompt_schedule": rows(PromptScheduleRow, PromptScheduleRow.kind),
            "outbox": rows(OutboxRow, OutboxRow.due_at, OutboxRow.id),
        }

    def delete_person(self, person_id: int) -> None:
        """Remove every row about the person (the database cascades to the rest)."""
        for row in list(self.session.identity_map.values()):
            if getattr(row, "person_id", None) == person_id:
                self.session.expunge(row)
        self.session.execute(delete(PersonRow).where(PersonRow.id == person_id))

    # -- teams ---------------------------------------------------------------------------

    def create_team(
        self, name: str, platform: Platform, channel_id: str, timezone: str,
        digest_time: time, coach_person_id: int,
    ) -> Team:
        """A new team with a fresh random invite code; the person becomes its coach.

        The code is unique in the database: ON CONFLICT DO NOTHING and another draw."""
        for _ in range(INVITE_ATTEMPTS):
            code = "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_LENGTH))
            statement = (
                self._insert(TeamRow)
                .values(name=name, platform=str(platform), channel_id=channel_id,
                        invite_code=code, timezone=timezone, digest_time=digest_time,
                        mention_missing=False, created_at=utcnow())
                .on_conflict_do_nothing(index_elements=["invite_code"])
                .returning(TeamRow.id)
            )
            team_id = self.session.execute(statement).scalar_one_or_none()
            if team_id is not None:
                break
        else:
            raise RuntimeError("no free invite code after several attempts")
        self.session.add(MembershipRow(team_id=team_id, person_id=coach_person_id,
                                       role=str(Role.COACH), share_scores=False,
                                       share_safety=False, joined_at=utcnow()))
        self.session.flush()
        return self._team(team_id)

    def team(self, team_id: int) -> Team | None:
        row = self.session.get(TeamRow, team_id)
        return None if row is None else team_from_row(row)

    def team_by_code(self, code: str) -> Team | None:
        clean = normalise_code(code)
        if not clean:
            return None
        row = self.session.scalars(select(TeamRow).where(TeamRow.invite_code == clean)).first()
        return None if row is None else team_from_row(row)

    def team_by_channel(self, platform: Platform, channel_id: str) -> Team | None:
        row = self.session.scalars(
            select(TeamRow)
            .where(TeamRow.platform == str(platform), TeamRow.channel_id == channel_id)
            .order_by(TeamRow.id)
        ).first()
        return None if row is None else team_from_row(row)

    def teams_of(self, person_id: int) -> list[tuple[Team, Membership]]:
        rows = self.session.execute(
            select(TeamRow, MembershipRow)
            .join(MembershipRow, MembershipRow.team_id == TeamRow.id)
            .where(MembershipRow.person_id == person_id)
            .order_by(TeamRow.id)
            .execution_options(populate_existing=True)
        )
        return [(team_from_row(team), membership_from_row(m)) for team, m in rows]

    def membership(self, team_id: int, person_id: int) -> Membership | None:
        row = self.session.scalars(
            select(MembershipRow)
            .where(MembershipRow.team_id == team_id, MembershipRow.person_id == person_id)
            .execution_options(populate_existing=True)
        ).one_or_none()
        return None if row is None else membership_from_row(row)

    def is_coach(self, team_id: int, person_id: int) -> bool:
        found = self.session.scalar(
            select(func.count()).select_from(MembershipRow).where(
                MembershipRow.team_id == team_id,
                MembershipRow.person_id == person_id,
                MembershipRow.role == str(Role.COACH),
            )
        )
        return bool(found)

    def join(
        self, team_id: int, person_id: int, share_scores: bool, share_safety: bool
    ) -> Membership:
        """Join as a member, or change what an existing member shares (the role stays).

        The unique (team_id, person_id) makes a second join an update, never a duplicate."""
        shares = {"share_scores": share_scores, "share_safety": share_safety}
        statement = (
            self._insert(MembershipRow)
            .values(team_id=team_id, person_id=person_id, role=str(Role.MEMBER),
                    joined_at=utcnow(), **shares)
            .on_conflict_do_update(index_elements=["team_id", "person_id"], set_=shares)
        )
        self.session.execute(statement)
        membership = self.membership(team_id, person_id)
        assert membership is not None
        return membership

    def leave(self, team_id: int, person_id: int) -> bool:
        result = self.session.execute(
            delete(MembershipRow)
            .where(MembershipRow.team_id == team_id, MembershipRow.person_id == person_id)
            .returning(MembershipRow.id)
        )
        return result.first() is not None

    def members(self, team_id: int) -> list[tuple[Person, Membership]]:
        rows = self.session.execute(
            select(PersonRow, MembershipRow)
            .join(MembershipRow, MembershipRow.person_id == PersonRow.id)
            .where(MembershipRow.team_id == team_id)
            .order_by(PersonRow.display_name, PersonRow.id)
            .execution_options(populate_existing=True)
        )
        return [(person_from_row(p), membership_from_row(m)) for p, m in rows]

    def set_digest_time(self, team_id: int, digest_time: time) -> Team:
        row = self._team_row(team_id)
        row.digest_time = digest_time
        row.next_digest_at = None  # the tick schedules it again from the new time
        self.session.flush()
        return team_from_row(row)

    def set_mention_missing(self, team_id: int, on: bool) -> Team:
        row = self._team_row(team_id)
        row.mention_missing = on
        self.session.flush()
        return team_from_row(row)

    def clinical_advice(
        self, team_id: int, since: datetime, until: datetime
    ) -> dict[int, list[datetime]]:
        """Only members with share_safety: the join with their membership filters the rest."""
        rows = self.session.execute(
            select(SafetyEventRow.person_id, SafetyEventRow.at)
            .join(MembershipRow, MembershipRow.person_id == SafetyEventRow.person_id)
            .where(
                MembershipRow.team_id == team_id,
                MembershipRow.share_safety.is_(True),
                SafetyEventRow.level.in_(CLINICAL_ADVICE_LEVELS),
                SafetyEventRow.at > since,
                SafetyEventRow.at <= until,
            )
            .order_by(SafetyEventRow.at, SafetyEventRow.id)
        )
        advice: dict[int, list[datetime]] = {}
        for person_id, at in rows:
            if person_id is not None:
                advice.setdefault(person_id, []).append(at)
        return advice

    def _team(self, team_id: int) -> Team:
        return team_from_row(self._team_row(team_id))

    def _team_row(self, team_id: int) -> TeamRow:
        row = self.session.get(TeamRow, team_id)
        if row is None:
            raise LookupError(f"no team {team_id}")
        return row

    # -- dialect -------------------------------------------------------------------------

    def _insert(self, model: Any) -> Any:
        """INSERT with ON CONFLICT for the dialect at hand (SQLite and PostgreSQL)."""
        dialect = self.session.get_bind().dialect.name
        if dialect == "postgresql":
            return postgresql.insert(model)
        if dialect == "sqlite":
            return sqlite.insert(model)
        raise NotImplementedError(f"no upsert for the {dialect} dialect")
