"""Knowledge sources: progress, per-document failures, scheduled re-checks.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("knowledge_sources", schema=None) as batch_op:
        batch_op.add_column(sa.Column("progress_done", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("progress_total", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("failed_items", sa.JSON(), server_default="[]", nullable=False))
        batch_op.add_column(sa.Column("watch", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("recheck_minutes", sa.Integer(), server_default="60", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("knowledge_sources", schema=None) as batch_op:
        for column in ("recheck_minutes", "watch", "failed_items", "progress_total", "progress_done"):
            batch_op.drop_column(column)
