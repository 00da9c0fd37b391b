"""knowledge change log compaction

Revision ID: 931e094e2a90
Revises: 7356fded167c
Create Date: 2026-11-27 13:51:44.625344

`knowledge_index_state.compacted_through`: the version up to which change rows may have
been deleted (0: none were). `knowledge_changes.created_at`: compaction keeps the
changes of the last day whatever their number. Rows logged before this revision have no
time of their own; they get the upgrade's, so they are kept for a day after it.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import aurixa.core.db

revision: str = "931e094e2a90"
down_revision: str | None = "7356fded167c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("knowledge_changes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("created_at", aurixa.core.db.UTCDateTime(timezone=True), nullable=True)
        )
    changes = sa.table(
        "knowledge_changes", sa.column("created_at", aurixa.core.db.UTCDateTime(timezone=True))
    )
    op.execute(changes.update().values(created_at=datetime.now(UTC)))
    with op.batch_alter_table("knowledge_changes", schema=None) as batch_op:
        batch_op.alter_column(
            "created_at",
            existing_type=aurixa.core.db.UTCDateTime(timezone=True),
            nullable=False,
        )

    with op.batch_alter_table("knowledge_index_state", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("compacted_through", sa.Integer(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("knowledge_index_state", schema=None) as batch_op:
        batch_op.drop_column("compacted_through")

    with op.batch_alter_table("knowledge_changes", schema=None) as batch_op:
        batch_op.drop_column("created_at")
