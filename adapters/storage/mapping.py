"""Rows <-> core values (Person, CheckIn, Team, Membership), and rows -> JSON-ready data."""

from __future__ import annotations

from dataclasses import MISSING, fields
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import DeclarativeBase

from adapters.storage.models import CheckinRow, MembershipRow, PersonRow, TeamRow
from core.checkin_fields import CheckIn
from core.messages import Platform
from core.people import Person
from core.teams import Membership, Role, Team

PERSON_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Person))
# What update_person may change; who the person is on which platform stays fixed.
PERSON_SETTINGS: frozenset[str] = frozenset(PERSON_FIELDS) - {"id", "platform", "platform_user_id"}
PERSON_DEFAULTS: dict[str, Any] = {
    f.name: f.default for f in fields(Person) if f.default is not MISSING
}

CHECKIN_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(CheckIn))
CHECKIN_COLUMNS = tuple(getattr(CheckinRow, name) for name in CHECKIN_FIELDS)


def person_from_row(row: PersonRow | Row[Any]) -> Person:
    values = {name: getattr(row, name) for name in PERSON_FIELDS}
    values["platform"] = Platform(row.platform)
    return Person(**values)


def team_from_row(row: TeamRow) -> Team:
    return Team(
        id=row.id, name=row.name, platform=Platform(row.platform), channel_id=row.channel_id,
        invite_code=row.invite_code, timezone=row.timezone, digest_time=row.digest_time,
        mention_missing=row.mention_missing, channel_lost=row.channel_lost,
    )


def membership_from_row(row: MembershipRow) -> Membership:
    return Membership(
        team_id=row.team_id, person_id=row.person_id, role=Role(row.role),
        share_scores=row.share_scores, share_safety=row.share_safety, joined_at=row.joined_at,
    )


def checkin_values(checkin: CheckIn) -> dict[str, int | float | None]:
    return {name: getattr(checkin, name) for name in CHECKIN_FIELDS}


def checkin_from_row(row: CheckinRow | Row[Any]) -> CheckIn:
    return CheckIn(**{name: getattr(row, name) for name in CHECKIN_FIELDS})


def jsonable(value: Any) -> Any:
    """Dates and times as ISO 8601 strings; everything else as it is."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def row_dict(row: DeclarativeBase, *, omit: tuple[str, ...] = ()) -> dict[str, Any]:
    """Every column of a row as JSON-ready data."""
    return {
        column.key: jsonable(getattr(row, column.key))
        for column in row.__mapper__.column_attrs
        if column.key not in omit
    }
