"""One team per chat, and people whose account was deactivated.

- teams: unique (platform, channel_id), so a chat has one team and gets one digest. Teams
  that already share a chat (two simultaneous /team create) become one first: the oldest
  keeps its name, code and settings and gains the others' members (someone in both keeps
  the oldest team's choices); the others, with their memberships and outbox rows, go.
- people.deactivated (not null, default false): the account left the workspace (Slack
  user_change with deleted); no prompts, not in digests.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

teams = sa.table("teams", sa.column("id", sa.Integer), sa.column("platform", sa.String),
                 sa.column("channel_id", sa.String))
memberships = sa.table("memberships", sa.column("team_id", sa.Integer),
                       sa.column("person_id", sa.Integer))
outbox = sa.table("outbox", sa.column("team_id", sa.Integer))


def upgrade() -> None:
    _merge_teams_sharing_a_chat(op.get_bind())
    with op.batch_alter_table("teams") as batch:
        batch.create_unique_constraint(
            op.f("uq_teams_platform_channel_id"), ["platform", "channel_id"]
        )
    with op.batch_alter_table("people") as batch:
        batch.add_column(
            sa.Column("deactivated", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def _merge_teams_sharing_a_chat(connection: sa.Connection) -> None:
    """Fold every later team of a chat into its oldest (foreign keys may be off: SQLite's
    batch mode, so memberships and outbox rows are removed explicitly)."""
    rows = connection.execute(
        sa.select(teams.c.id, teams.c.platform, teams.c.channel_id).order_by(teams.c.id)
    ).all()
    oldest: dict[tuple[str, str], int] = {}
    for team_id, platform, channel_id in rows:
        keep = oldest.setdefault((platform, channel_id), team_id)
        if keep == team_id:
            continue
        already = sa.select(memberships.c.person_id).where(memberships.c.team_id == keep)
        connection.execute(
            sa.update(memberships)
            .where(memberships.c.team_id == team_id, memberships.c.person_id.not_in(already))
            .values(team_id=keep)
        )
        connection.execute(sa.delete(memberships).where(memberships.c.team_id == team_id))
        connection.execute(sa.delete(outbox).where(outbox.c.team_id == team_id))
        connection.execute(sa.delete(teams).where(teams.c.id == team_id))


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_column("deactivated")
    with op.batch_alter_table("teams") as batch:
        batch.drop_constraint(op.f("uq_teams_platform_channel_id"), type_="unique")
