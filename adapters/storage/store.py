"""`SqlStore`: the core.store.Store port on SQLAlchemy (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session, sessionmaker

from adapters.storage.engine import checkpoint
from adapters.storage.mapping import (
    PERSON_DEFAULTS,
    PERSON_SETTINGS,
    checkin_values,
    person_from_row,
    row_dict,
)
from adapters.storage.models import (
    CheckinRow,
    ConsentQuestionRow,
    ConversationRow,
    MembershipRow,
    OutboxRow,
    PersonRow,
    PromptScheduleRow,
    SafetyEventRow,
    SafetyQuestionRow,
    TeamRow,
    WeeklyReviewRow,
)
from adapters.storage.statements import (
    CONVERSATION,
    FIND_PERSON,
    HISTORY,
    NOTE_INBOUND,
    SAFETY_QUESTION,
    WEEKLY_REVIEWS,
    insert_for,
    upsert,
)
from adapters.storage.team_store import TeamQueries
from core.assessment import DayEntry
from core.checkin_fields import CheckIn
from core.messages import Platform
from core.people import Person
from core.ports import Clock
from core.store import SAFETY_QUESTION_LIFETIME, ConsentQuestion, Conversation, SafetyQuestion

NO_SIGNALS = "none"  # a weekly review that heard nothing on the watch list

PersonChanged = Callable[[Session, Person, datetime], None]
"""Called inside the transaction after a person is created or changed (prompt times), with
the transaction's "now" (the time of the message that changed the person)."""



class SqlStore:
    """Hands out one `SqlTx` per transaction: commit on normal exit, rollback on an exception.

    `clock` is the process's one clock (bot/clock.py): a transaction opened without an `at`
    takes its "now" from it."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        clock: Clock,
        on_person_changed: PersonChanged | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._clock = clock
        self.on_person_changed = on_person_changed

    @property
    def session_factory(self) -> sessionmaker[Session]:
        """For adapters that work on rows directly (the scheduler's tick and sender)."""
        return self._session_factory

    @contextmanager
    def transaction(self, at: datetime | None = None) -> Iterator[SqlTx]:
        """One transaction whose "now" is `at` (an inbound message's time, a push's send
        time), or the clock's when None: bookkeeping stamps and prompt times come from it."""
        now = at if at is not None else self._clock()
        with self._session_factory() as session:
            with session.begin():
                tx = SqlTx(session, now, self.on_person_changed)
                yield tx
            if tx.deleted_person:  # committed: now off the disk too (SQLite's log)
                bind = session.get_bind()
                checkpoint(bind if isinstance(bind, Engine) else bind.engine)


class SqlTx(TeamQueries):
    """One database transaction (core.store.Tx). `session` is there for other adapters
    (scheduler, outbox) that must work inside the same transaction; `now` (aware UTC) is the
    transaction's time."""

    def __init__(
        self, session: Session, now: datetime, on_person_changed: PersonChanged | None = None
    ) -> None:
        self.session = session
        self.now = now
        self._on_person_changed = on_person_changed
        self.deleted_person = False  # the store checkpoints SQLite's log after the commit
        # Read once per transaction (a message asks for each several times): the person
        # found by platform user (dropped by every write through this Tx that creates,
        # changes or deletes a person), and the safety questions known to be absent (a
        # present row is in the session's identity map already; dropped when one is asked).
        self._found: dict[tuple[str, str], Person | None] = {}
        self._no_safety_question: set[tuple[str, str]] = set()

    # -- de-duplication ------------------------------------------------------------------

    def claim_update(self, platform: Platform, update_key: str) -> bool:
        """Record a platform update as processed; False if it already was (duplicate).

        INSERT ... ON CONFLICT DO NOTHING: a duplicate is no error, so the transaction
        stays usable for the rest of the work."""
        values = {"platform": str(platform), "update_key": update_key, "processed_at": self.now}
        claim = upsert(self.session, "claim_update")
        return self.session.execute(claim, values).first() is not None

    # -- people --------------------------------------------------------------------------

    def find_person(self, platform: Platform, platform_user_id: str) -> Person | None:
        key = (str(platform), platform_user_id)
        if key in self._found:
            return self._found[key]
        row = self.session.execute(
            FIND_PERSON, {"platform": key[0], "platform_user_id": platform_user_id}
        ).one_or_none()
        found = self._found[key] = None if row is None else person_from_row(row)
        return found

    def get_person(self, person_id: int) -> Person | None:
        row = self.session.get(PersonRow, person_id)
        return None if row is None else person_from_row(row)

    def consent_question(
        self, platform: Platform, platform_user_id: str
    ) -> ConsentQuestion | None:
        row = self.session.get(ConsentQuestionRow, (str(platform), platform_user_id))
        return None if row is None else ConsentQuestion(row.chat_id, row.token, row.expires_at)

    def ask_consent(
        self, platform: Platform, platform_user_id: str, question: ConsentQuestion,
        at: datetime,
    ) -> None:
        """Upsert the question; purge every consent question that lapsed before `at`."""
        self.session.execute(delete(ConsentQuestionRow).where(ConsentQuestionRow.expires_at < at))
        values = {
            "platform": str(platform), "platform_user_id": platform_user_id,
            "chat_id": question.chat_id, "token": question.token,
            "expires_at": question.expires_at,
        }
        statement = insert_for(self.session, ConsentQuestionRow).values(values)
        statement = statement.on_conflict_do_update(
            index_elements=["platform", "platform_user_id"],
            set_={name: statement.excluded[name] for name in ("chat_id", "token", "expires_at")},
        )
        self.session.execute(statement)

    def forget_consent_question(self, platform: Platform, platform_user_id: str) -> None:
        self.session.execute(delete(ConsentQuestionRow).where(
            ConsentQuestionRow.platform == str(platform),
            ConsentQuestionRow.platform_user_id == platform_user_id,
        ))

    def _safety_question_row(
        self, platform: Platform, platform_user_id: str
    ) -> SafetyQuestionRow | None:
        """The row, read at most once per transaction while it is absent (the identity map
        keeps a present one)."""
        key = (str(platform), platform_user_id)
        if key in self._no_safety_question:
            return None
        if Session.identity_key(SafetyQuestionRow, key) in self.session.identity_map:
            return self.session.get(SafetyQuestionRow, key)  # the session's row, no SQL
        row = self.session.execute(
            SAFETY_QUESTION, {"platform": key[0], "platform_user_id": platform_user_id}
        ).scalar_one_or_none()
        if row is None:
            self._no_safety_question.add(key)
        return row

    def safety_question(
        self, platform: Platform, platform_user_id: str, at: datetime
    ) -> tuple[SafetyQuestion | None, str | None]:
        row = self._safety_question_row(platform, platform_user_id)
        if row is None:
            return None, None
        if row.kind is None or at - row.asked_at > SAFETY_QUESTION_LIFETIME:
            return None, row.token
        question = SafetyQuestion(row.kind, row.token, row.asked_at, row.specifics,
                                  row.language, row.country)
        return question, row.token

    def ask_safety_question(
        self, platform: Platform, platform_user_id: str, question: SafetyQuestion
    ) -> None:
        """Upsert the question; purge every safety question asked over a day before it."""
        lapsed = question.asked_at - SAFETY_QUESTION_LIFETIME
        self.session.execute(delete(SafetyQuestionRow).where(SafetyQuestionRow.asked_at < lapsed))
        self._no_safety_question.discard((str(platform), platform_user_id))
        row = self.session.get(SafetyQuestionRow, (str(platform), platform_user_id))
        if row is None:
            row = SafetyQuestionRow(platform=str(platform), platform_user_id=platform_user_id)
            self.session.add(row)
        row.kind, row.token, row.asked_at = question.kind, question.token, question.asked_at
        row.specifics, row.language = question.specifics, question.language
        row.country = question.country
        row.declined_at = row.declined_kind = None
        self.session.flush()

    def close_safety_question(
        self, platform: Platform, platform_user_id: str, declined_at: datetime | None = None
    ) -> None:
        row = self._safety_question_row(platform, platform_user_id)
        if row is not None:
            row.declined_kind = row.kind if declined_at is not None else None
            row.kind, row.declined_at = None, declined_at
            self.session.flush()

    def declined_safety_question(
        self, platform: Platform, platform_user_id: str
    ) -> SafetyQuestion | None:
        row = self._safety_question_row(platform, platform_user_id)
        if row is None or row.kind is not None or row.declined_at is None:
            return None
        return SafetyQuestion(row.declined_kind or "life", row.token, row.asked_at,
                              row.specifics, row.language, row.country, row.declined_at)

    def forget_safety_question(self, platform: Platform, platform_user_id: str) -> None:
        self._no_safety_question.discard((str(platform), platform_user_id))
        self.session.execute(delete(SafetyQuestionRow).where(
            SafetyQuestionRow.platform == str(platform),
            SafetyQuestionRow.platform_user_id == platform_user_id,
        ))

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
            created_at=self.now,
            updated_at=self.now,
        )
        self.session.add(row)
        self._found.pop((str(platform), platform_user_id), None)
        self.session.flush()  # the unique (platform, platform_user_id) speaks here
        return self._changed(row)

    def update_person(self, person_id: int, **changes: Any) -> Person:
        """Change settings (field names of `Person`); re-computes the person's prompt times."""
        unknown = sorted(set(changes) - PERSON_SETTINGS)
        if unknown:
            raise TypeError(f"not a Person setting: {', '.join(unknown)}")
        row = self._person_row(person_id)
        self._found.pop((row.platform, row.platform_user_id), None)  # read back as stored
        for name, value in changes.items():
            setattr(row, name, value)
        row.updated_at = self.now
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
            self._on_person_changed(self.session, person, self.now)
        return person

    def note_inbound(
        self, platform: Platform, platform_user_id: str, at: datetime
    ) -> Person | None:
        """Remember when the person last wrote (sit breaks hold back; no prompt recompute),
        and return them as `find_person` does, in one UPDATE ... RETURNING (a SELECT and an
        UPDATE by id before)."""
        key = (str(platform), platform_user_id)
        row = self.session.execute(
            NOTE_INBOUND, {"b_platform": key[0], "b_platform_user_id": platform_user_id, "at": at}
        ).one_or_none()
        found = self._found[key] = None if row is None else person_from_row(row)
        return found

    def last_inbound_at(self, person_id: int) -> datetime | None:
        return self.session.scalar(
            select(PersonRow.last_inbound_at).where(PersonRow.id == person_id)
        )

    # -- conversation --------------------------------------------------------------------

    def conversation(self, person_id: int) -> Conversation:
        row = self.session.execute(CONVERSATION, {"person_id": person_id}).one_or_none()
        if row is None:
            return Conversation()
        return Conversation(row.pending, dict(row.draft or {}), row.token, row.expires_at)

    def set_conversation(self, person_id: int, conversation: Conversation) -> None:
        values = {
            "person_id": person_id,
            "pending": conversation.pending,
            # a JSON round trip now: a value JSON cannot hold fails here, not at commit
            "draft": json.loads(json.dumps(conversation.draft)),
            "token": conversation.token,
            "expires_at": conversation.expires_at,
            "updated_at": self.now,
        }
        self.session.execute(upsert(self.session, "set_conversation"), values)

    # -- check-ins -----------------------------------------------------------------------

    def history(self, person_id: int, first: date, last: date) -> list[DayEntry]:
        """Check-ins with first <= day <= last, oldest first."""
        rows = self.session.execute(
            HISTORY, {"person_id": person_id, "first": first, "last": last}
        ).all()
        # the columns are local_date, then CheckIn's fields in CheckIn's order
        return [DayEntry(row[0], CheckIn(*row[1:])) for row in rows]

    def save_checkin(self, person_id: int, day: date, checkin: CheckIn, at: datetime) -> None:
        """Store the check-in for that local date, replacing one already there."""
        values = {
            "person_id": person_id,
            "local_date": day,
            **checkin_values(checkin),
            "recorded_at": at,
        }
        self.session.execute(upsert(self.session, "save_checkin"), values)

    # -- safety --------------------------------------------------------------------------

    def record_safety_event(
        self, person_id: int | None, level: str, category: str | None, at: datetime
    ) -> None:
        """Level and category only, never the text."""
        self.session.add(SafetyEventRow(person_id=person_id, level=level, category=category, at=at))

    # -- weekly reviews ------------------------------------------------------------------

    def save_weekly_review(
        self, person_id: int, week_start: date, signals: frozenset[str], at: datetime
    ) -> None:
        """Signal names, sorted and comma-separated ("none" when empty); never the text."""
        values = {
            "person_id": person_id,
            "week_start": week_start,
            "signals": ",".join(sorted(signals)) or NO_SIGNALS,
            "recorded_at": at,
        }
        statement = insert_for(self.session, WeeklyReviewRow).values(values)
        statement = statement.on_conflict_do_update(
            index_elements=["person_id", "week_start"],
            set_={name: statement.excluded[name] for name in ("signals", "recorded_at")},
        )
        self.session.execute(statement)

    def weekly_reviews(self, person_id: int, since: date) -> list[tuple[date, frozenset[str]]]:
        rows = self.session.execute(WEEKLY_REVIEWS, {"person_id": person_id, "since": since}).all()
        return [(week_start, _signal_names(signals)) for week_start, signals in rows]

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
            "weekly_reviews": rows(WeeklyReviewRow, WeeklyReviewRow.week_start),
            "teams_coached": self.coached_teams_export(person_id),
        }

    def delete_person(self, person_id: int) -> None:
        """Remove every row about the person (the database cascades to the rest)."""
        self._found.clear()
        for row in list(self.session.identity_map.values()):
            if getattr(row, "person_id", None) == person_id:
                self.session.expunge(row)
        person = self.session.get(PersonRow, person_id)
        if person is not None:  # the safety question is keyed by platform user, not person
            self.forget_safety_question(Platform(person.platform), person.platform_user_id)
            self.session.expunge(person)
        self.session.execute(delete(PersonRow).where(PersonRow.id == person_id))
        self.deleted_person = True


def _signal_names(stored: str) -> frozenset[str]:
    return frozenset(name for name in stored.split(",") if name and name != NO_SIGNALS)
