"""Drop the single sqlite-vec table of 0003: vectors live in per-index tables since 0006.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

from storage import index

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        index.drop_legacy_vectors(op.execute)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        index.create_legacy_vectors(op.execute)
