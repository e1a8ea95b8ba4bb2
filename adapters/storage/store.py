"""`SqlStore`: the core.store.Store port on SQLAlchemy (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Executable, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from adapters.storage.mapping import (
    CHECKIN_FIELDS,
    PERSON_DEFAULTS,
    PERSON_FIELDS,
    PERSON_SETTINGS,
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
        values = {"platform": str(platform), "update_key": update_key, "processed_at": utcnow()}
        return self.session.execute(self._statement("claim_update"), values).first() is not None

    # -- people --------------------------------------------------------------------------

    def find_person(self, platform: Platform, platform_user_id: str) -> Person | None:
        row = self.session.execute(
            _FIND_PERSON, {"platform": str(platform), "platform_user_id": platform_user_id}
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
        self.session.execute(_NOTE_INBOUND, {"person_id": person_id, "at": at})

    def last_inbound_at(self, person_id: int) -> datetime | None:
        return self.session.scalar(
            select(PersonRow.last_inbound_at).where(PersonRow.id == person_id)
        )

    # -- conversation --------------------------------------------------------------------

    def conversation(self, person_id: int) -> Conversation:
        row = self.session.execute(_CONVERSATION, {"person_id": person_id}).one_or_none()
        if row is None:
            return Conversation()
        return Conversation(pending=row.pending, draft=dict(row.draft or {}))

    def set_conversation(self, person_id: int, conversation: Conversation) -> None:
        values = {
            "person_id": person_id,
            "pending": conversation.pending,
            # a JSON round trip now: a value JSON cannot hold fails here, not at commit
            "draft": json.loads(json.dumps(conversation.draft)),
            "updated_at": utcnow(),
        }
        self.session.execute(self._statement("set_conversation"), values)

    # -- check-ins -----------------------------------------------------------------------

    def history(self, person_id: int, first: date, last: date) -> list[DayEntry]:
        """Check-ins with first <= day <= last, oldest first."""
        rows = self.session.execute(
            _HISTORY, {"person_id": person_id, "first": first, "last": last}
        ).all()
        # the columns are local_date, then CheckIn's fields in CheckIn's order
        return [DayEntry(row[0], CheckIn(*row[1:])) for row in rows]

    def save_checkin(self, person_id: int, day: date, checkin: CheckIn, at: datetime) -> None:
        """Store the check-in for that local date, replacing one already there."""
        values = {
            "person_id": person_id, "local_date": day, **checkin_values(checkin), "recorded_at": at
        }
        self.session.execute(self._statement("save_checkin"), values)

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

    def _insert(self, model: Any) -> Any:
        """INSERT with ON CONFLICT for this session's dialect."""
        return dialect_insert(self.session.get_bind().dialect.name)(model)

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

    def _statement(self, name: str) -> Executable:
        """One of the upserts below, built once per dialect (SQLite and PostgreSQL).

        Built once and executed with parameters, so SQLAlchemy neither rebuilds the
        statement nor re-computes its cache key on every call."""
        dialect = self.session.get_bind().dialect.name
        statements = _UPSERTS.get(dialect)
        if statements is None:
            statements = _UPSERTS[dialect] = _upserts(dialect)
        return statements[name]


# Statements the hot path (one check-in answer) runs, built once with bound parameters, on
# the tables rather than the ORM classes (plain Core execution, no ORM bulk-insert path).

_PEOPLE = PersonRow.__table__
_CHECKINS = CheckinRow.__table__
_CONVERSATIONS = ConversationRow.__table__
_PROCESSED = ProcessedUpdateRow.__table__

_FIND_PERSON = select(*(_PEOPLE.c[name] for name in PERSON_FIELDS)).where(
    _PEOPLE.c.platform == bindparam("platform"),
    _PEOPLE.c.platform_user_id == bindparam("platform_user_id"),
)
_NOTE_INBOUND = (
    update(_PEOPLE).where(_PEOPLE.c.id == bindparam("person_id"))
    .values(last_inbound_at=bindparam("at"))
)
_CONVERSATION = select(_CONVERSATIONS.c.pending, _CONVERSATIONS.c.draft).where(
    _CONVERSATIONS.c.person_id == bindparam("person_id")
)
_HISTORY = (
    select(_CHECKINS.c.local_date, *(_CHECKINS.c[name] for name in CHECKIN_FIELDS))
    .where(
        _CHECKINS.c.person_id == bindparam("person_id"),
        _CHECKINS.c.local_date.between(bindparam("first"), bindparam("last")),
    )
    .order_by(_CHECKINS.c.local_date)
)

_UPSERTS: dict[str, dict[str, Executable]] = {}


def dialect_insert(dialect: str) -> Any:
    """The INSERT construct with ON CONFLICT support for the dialect (SQLite, PostgreSQL)."""
    if dialect == "postgresql":
        return postgresql.insert
    if dialect == "sqlite":
        return sqlite.insert
    raise NotImplementedError(f"no upsert for the {dialect} dialect")


def _upserts(dialect: str) -> dict[str, Executable]:
    """INSERT with ON CONFLICT for the dialect at hand; the values come as parameters."""
    insert = dialect_insert(dialect)
    claim = (
        insert(_PROCESSED)
        .on_conflict_do_nothing(index_elements=["platform", "update_key"])
        .returning(_PROCESSED.c.id)
    )
    conversation = insert(_CONVERSATIONS)
    conversation = conversation.on_conflict_do_update(
        index_elements=["person_id"],
        set_={name: conversation.excluded[name] for name in ("pending", "draft", "updated_at")},
    )
    checkin = insert(_CHECKINS)
    checkin = checkin.on_conflict_do_update(
        index_elements=["person_id", "local_date"],
        set_={name: checkin.excluded[name] for name in (*CHECKIN_FIELDS, "recorded_at")},
    )
    return {"claim_update": claim, "set_conversation": conversation, "save_checkin": checkin}
