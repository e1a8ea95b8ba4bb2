"""Indexes for the outbox sender's claim, so its cost does not grow with the queue.

Before, the claim asked per candidate row whether an earlier pending row of the same person
or team held it back (a correlated NOT EXISTS), and sorted every due row: 20,000 queued took
about 50 s per claim of 200 on SQLite, and on PostgreSQL with statistics taken while nothing
was pending (the usual state) the planner chose a nested loop over all pending rows per
candidate, about 7 s per claim with 100,000 queued (docs/scheduling.md, "The morning wave").
The claim now reads the few busy chats first, then walks pending rows in due order.

- outbox (status, due_at, id): the claim's order, read from the index and cut at its LIMIT.
- outbox (status, claimed_until): rows claimed now (their chats are busy).
- outbox (status, attempted_at): rows in flight (the "outcome unknown" sweep).
- outbox (status, expires_at): rows whose grace window closed.
(status, next_attempt_at), from 0001, finds rows waiting to retry (their chats are busy).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_outbox_status_due_at_id", ["status", "due_at", "id"]),
    ("ix_outbox_status_claimed_until", ["status", "claimed_until"]),
    ("ix_outbox_status_attempted_at", ["status", "attempted_at"]),
    ("ix_outbox_status_expires_at", ["status", "expires_at"]),
)


def upgrade() -> None:
    for name, columns in INDEXES:
        op.create_index(name, "outbox", columns)


def downgrade() -> None:
    for name, _ in reversed(INDEXES):
        op.drop_index(name, table_name="outbox")
