"""The open safety question, kept in the database so an answer reaches it after a restart
or on another replica (it was in memory only).

safety_questions(platform, platform_user_id) primary key; kind (None once answered), token,
asked_at (indexed, for the purge after a day), specifics, language, country. Never any
message text.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "safety_questions",
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("platform_user_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=True),
        sa.Column("token", sa.String(length=16), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("specifics", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.PrimaryKeyConstraint("platform", "platform_user_id", name=op.f("pk_safety_questions")),
    )
    op.create_index(op.f("ix_safety_questions_asked_at"), "safety_questions", ["asked_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_safety_questions_asked_at"), table_name="safety_questions")
    op.drop_table("safety_questions")
