"""Inbox: what staff have read per thread, canned responses, an index for the outbox.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.models.base

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_read_id", sa.Integer(), server_default="0", nullable=False))
    op.create_table(
        "canned_responses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("created_at", storage.models.base.UTCDateTime(), nullable=False),
    )
    op.create_index("ix_inbox_messages_thread_id_id", "inbox_messages", ["thread_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_inbox_messages_thread_id_id", "inbox_messages")
    op.drop_table("canned_responses")
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.drop_column("last_read_id")
