"""Scheduling: when each person last wrote, team digest schedule, team rows in the outbox.

- people.last_inbound_at: sit breaks are held back within 10 minutes of the person writing.
- teams.next_digest_at (indexed; NULL = not scheduled yet, the tick schedules it).
- outbox: person_id nullable, team_id (FK teams, cascade), unique (team_id, kind, local_slot),
  exactly one of person_id / team_id set; attempted_at marks a delivery in flight.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("last_inbound_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("teams") as batch:
        batch.add_column(sa.Column("next_digest_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_index("ix_teams_next_digest_at", ["next_digest_at"])
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column("person_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("team_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("attempted_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key(
            op.f("fk_outbox_team_id_teams"), "teams", ["team_id"], ["id"], ondelete="CASCADE"
        )
        batch.create_unique_constraint(
            op.f("uq_outbox_team_id_kind_local_slot"), ["team_id", "kind", "local_slot"]
        )
        batch.create_check_constraint(
            op.f("ck_outbox_one_owner"), "(person_id IS NULL) <> (team_id IS NULL)"
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_constraint(op.f("ck_outbox_one_owner"), type_="check")
        batch.drop_constraint(op.f("uq_outbox_team_id_kind_local_slot"), type_="unique")
        batch.drop_constraint(op.f("fk_outbox_team_id_teams"), type_="foreignkey")
        batch.drop_column("attempted_at")
        batch.drop_column("team_id")
        batch.alter_column("person_id", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("teams") as batch:
        batch.drop_index("ix_teams_next_digest_at")
        batch.drop_column("next_digest_at")
    with op.batch_alter_table("people") as batch:
        batch.drop_column("last_inbound_at")
