"""KYB: decisions on possible sanctions matches (false positive, confirmed, withdrawn), with who and why.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.models.base

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kyb_match_decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("counterparty_id", sa.Integer(),
                  sa.ForeignKey("counterparties.id", ondelete="CASCADE",
                                name="fk_kyb_match_decisions_counterparty_id_counterparties"), nullable=False),
        sa.Column("list_id", sa.String(20), nullable=False),
        sa.Column("entity_id", sa.String(60), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("matched_name", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by_id", sa.Integer(),
                  sa.ForeignKey("users.id", ondelete="SET NULL", name="fk_kyb_match_decisions_decided_by_id_users"),
                  nullable=True),
        sa.Column("created_at", storage.models.base.UTCDateTime(), nullable=False),
    )
    op.create_index("ix_kyb_match_decisions_party", "kyb_match_decisions", ["counterparty_id", "list_id", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_kyb_match_decisions_party", "kyb_match_decisions")
    op.drop_table("kyb_match_decisions")
