"""Question tokens: every asked question is named, so a button answers only its own question.

- conversations.token (the pending question's token, kept after it is answered) and
  conversations.expires_at (when the pending question lapses).
- consent_questions(platform, platform_user_id) primary key, chat_id, token, expires_at
  (indexed): the consent question asked to someone not yet a person. No health data.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("token", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "consent_questions",
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("platform_user_id", sa.String(length=64), nullable=False),
        sa.Column("chat_id", sa.String(length=64), nullable=False),
        sa.Column("token", sa.String(length=16), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("platform", "platform_user_id", name=op.f("pk_consent_questions")),
    )
    op.create_index(
        op.f("ix_consent_questions_expires_at"), "consent_questions", ["expires_at"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_consent_questions_expires_at"), table_name="consent_questions")
    op.drop_table("consent_questions")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("expires_at")
        batch.drop_column("token")
