"""Embedding indexes: one row per vector index (model, dimensions, building|ready|retired).

Each index keeps its vectors in its own table ``vec_<id>_float`` with a trigger
that deletes them with their chunk; both are made by storage.vector_index when
the index is created, and dropped when it is retired, so none exist here. The
first index is built from the chunks on the first ingestion or re-index.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.models.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('embedding_indexes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('model', sa.String(length=200), nullable=False),
    sa.Column('dimensions', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('completed_at', storage.models.base.UTCDateTime(), nullable=True),
    sa.Column('created_at', storage.models.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_embedding_indexes'))
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # the per-index tables and triggers of storage.vector_index
        rows = op.get_bind().exec_driver_sql(
            "SELECT type, name FROM sqlite_master WHERE name GLOB 'vec_[0-9]*' AND type IN ('trigger', 'table')")
        for kind, name in sorted(rows.all(), key=lambda r: r[0] != "trigger"):
            op.execute(f"DROP {kind.upper()} IF EXISTS {name}")
    op.drop_table('embedding_indexes')
