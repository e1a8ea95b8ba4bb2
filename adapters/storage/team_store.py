"""Teams and memberships on SQLAlchemy: the team half of `SqlTx` (core.store.Tx)."""

from __future__ import annotations

import secrets
from datetime import datetime, time

from sqlalchemy import delete, func, literal, select, update
from sqlalchemy.orm import Session

from adapters.storage.mapping import (
    membership_from_row,
    person_from_row,
    row_dict,
    team_from_row,
)
from adapters.storage.models import MembershipRow, PersonRow, SafetyEventRow, TeamRow
from adapters.storage.statements import insert_for
from core.messages import Platform
from core.people import Person
from core.teams import INVITE_ALPHABET, INVITE_LENGTH, Membership, Role, Team, normalise_code

CLINICAL_ADVICE_LEVELS = ("concern", "urgent")  # core.safety.Level values that advise support
INVITE_ATTEMPTS = 8  # 2**40 codes: a second attempt is already vanishingly rare


class TeamQueries:
    """Team methods of one transaction; mixed into `SqlTx`, which provides `session` and
    `now` (the transaction's time)."""

    session: Session
    now: datetime

    def create_team(
        self,
        name: str,
        platform: Platform,
        channel_id: str,
        timezone: str,
        digest_time: time,
        coach_person_id: int,
    ) -> Team | None:
        """A new team with a fresh random invite code; the person becomes its coach. None when
        the chat already has a team (the unique platform and chat: one team, one digest).

        INSERT ... ON CONFLICT DO NOTHING: a clash on the chat means it is taken (also by a
        concurrent /team create); a clash on the code means another draw."""
        for _ in range(INVITE_ATTEMPTS):
            code = "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_LENGTH))
            statement = (
                insert_for(self.session, TeamRow)
                .values(
                    name=name,
                    platform=str(platform),
                    channel_id=channel_id,
                    invite_code=code,
                    timezone=timezone,
                    digest_time=digest_time,
                    mention_missing=False,
                    created_at=self.now,
                )
                .on_conflict_do_nothing()
                .returning(TeamRow.id)
            )
            team_id = self.session.execute(statement).scalar_one_or_none()
            if team_id is not None:
                break
            if self.team_by_channel(platform, channel_id) is not None:
                return None
        else:
            raise RuntimeError("no free invite code after several attempts")
        self.session.add(
            MembershipRow(
                team_id=team_id,
                person_id=coach_person_id,
                role=str(Role.COACH),
                share_scores=False,
                share_safety=False,
                joined_at=self.now,
            )
        )
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
            .execution_options(populate_existing=True)
        ).one_or_none()
        return None if row is None else team_from_row(row)

    def move_team_chat(
        self, platform: Platform, old_chat_id: str, new_chat_id: str
    ) -> Team | None:
        """Re-bind the old chat's team to the new chat; merge a team already there into it."""
        moving = self.team_by_channel(platform, old_chat_id)
        there = self.team_by_channel(platform, new_chat_id)
        if moving is None or old_chat_id == new_chat_id:
            return there
        if there is not None:
            self._merge_members(into=moving.id, source=there.id)
            self.session.execute(delete(TeamRow).where(TeamRow.id == there.id))
        self.session.execute(
            update(TeamRow).where(TeamRow.id == moving.id).values(channel_id=new_chat_id)
        )
        return self._team(moving.id)

    def _merge_members(self, *, into: int, source: int) -> None:
        """Copy `source`'s memberships into team `into`; someone in both keeps `into`'s."""
        columns = ("person_id", "role", "share_scores", "share_safety", "joined_at")
        copied = select(
            literal(into).label("team_id"), *(getattr(MembershipRow, c) for c in columns)
        ).where(MembershipRow.team_id == source)
        self.session.execute(
            insert_for(self.session, MembershipRow)
            .from_select(["team_id", *columns], copied)
            .on_conflict_do_nothing(index_elements=["team_id", "person_id"])
        )

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
            select(func.count())
            .select_from(MembershipRow)
            .where(
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
            insert_for(self.session, MembershipRow)
            .values(
                team_id=team_id,
                person_id=person_id,
                role=str(Role.MEMBER),
                joined_at=self.now,
                **shares,
            )
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

    def hand_over(self, team_id: int, person_id: int) -> bool:
        """The member becomes a coach of the team (their sharing choices stay)."""
        result = self.session.execute(
            update(MembershipRow)
            .where(MembershipRow.team_id == team_id, MembershipRow.person_id == person_id)
            .values(role=str(Role.COACH))
            .returning(MembershipRow.id)
        )
        return result.first() is not None

    def remove_team(self, team_id: int) -> None:
        """Delete the team row; memberships and its outbox rows cascade."""
        for row in list(self.session.identity_map.values()):
            if (isinstance(row, TeamRow) and row.id == team_id) or (
                isinstance(row, MembershipRow) and row.team_id == team_id
            ):
                self.session.expunge(row)
        self.session.execute(delete(TeamRow).where(TeamRow.id == team_id))

    def coached_teams_export(self, person_id: int) -> list[dict[str, object]]:
        """The teams the person coaches, for /export: the team's settings and how many
        members it has (never the other members' names or data)."""
        rows = self.session.scalars(
            select(TeamRow)
            .join(MembershipRow, MembershipRow.team_id == TeamRow.id)
            .where(MembershipRow.person_id == person_id, MembershipRow.role == str(Role.COACH))
            .order_by(TeamRow.id)
        ).all()
        exported: list[dict[str, object]] = []
        for team in rows:
            members = self.session.scalar(
                select(func.count()).select_from(MembershipRow)
                .where(MembershipRow.team_id == team.id, MembershipRow.person_id != person_id)
            )
            exported.append({**row_dict(team), "other_members": members})
        return exported

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

    def set_channel_lost(self, team_id: int, code: str) -> Team:
        row = self._team_row(team_id)
        row.channel_lost = code[:32]
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
