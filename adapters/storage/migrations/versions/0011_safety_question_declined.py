"""safety_questions.declined_at, declined_kind: when the direct question ("Are you thinking
about ending your life?") was answered "no", and which kind it was, so that taking the "no"
back within the hour gets the crisis reply (docs/safety.md, "The flow"). None while a
question is open and after any other answer. Never any message text.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("safety_questions") as batch:
        batch.add_column(sa.Column("declined_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("declined_kind", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("safety_questions") as batch:
        batch.drop_column("declined_kind")
        batch.drop_column("declined_at")
