"""teams.channel_lost: why the bot can no longer post in the team's channel (the platform's
error code: "bot_kicked", "is_archived", ...), "" while it can. While set, the daily digest's
channel part is paused (its coaches' private notes still go); `/team` in the chat resumes it
(docs/teams.md, "When the bot can't post in the channel").

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("teams") as batch:
        batch.add_column(sa.Column("channel_lost", sa.String(length=32), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("teams") as batch:
        batch.drop_column("channel_lost")
