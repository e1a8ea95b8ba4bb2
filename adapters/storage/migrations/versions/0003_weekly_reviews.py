"""Weekly reviews: the watch-list signals a weekly integration check-in heard.

- weekly_reviews(id, person_id FK people cascade, week_start date, signals string,
  recorded_at), unique (person_id, week_start). Signal names only ("none" when the answer
  held none), never the person's text.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "weekly_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("signals", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_weekly_reviews_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weekly_reviews")),
        sa.UniqueConstraint(
            "person_id", "week_start", name=op.f("uq_weekly_reviews_person_id_week_start")
        ),
    )


def downgrade() -> None:
    op.drop_table("weekly_reviews")
