"""KYB: counterparty details and check state, snapshot confirmation, alert evidence, sanctions lists.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.models.base

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("counterparties", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("birth_date", sa.String(10), nullable=True))
        batch_op.add_column(sa.Column("notes", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("identifiers", sa.JSON(), server_default="[]", nullable=False))
        batch_op.add_column(sa.Column("risk_details", sa.JSON(), server_default="{}", nullable=False))
        batch_op.add_column(sa.Column("check_state", sa.JSON(), server_default="{}", nullable=False))
    op.execute("UPDATE counterparties SET kind = 'company' WHERE kind = 'organisation'")
    with op.batch_alter_table("counterparty_snapshots", schema=None) as batch_op:
        batch_op.add_column(sa.Column("checked_at", storage.models.base.UTCDateTime(), nullable=True))
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("details", sa.JSON(), server_default="{}", nullable=False))
        batch_op.add_column(sa.Column("key", sa.String(200), nullable=True))
        batch_op.create_index("ix_alerts_key", ["key"], unique=False)
    op.create_table(
        "sanctions_lists",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("list_id", sa.String(20), nullable=False),
        sa.Column("version", sa.String(120), nullable=False),
        sa.Column("published", sa.String(40), nullable=True),
        sa.Column("format", sa.String(12), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("names", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("imported_at", storage.models.base.UTCDateTime(), nullable=False),
    )
    op.create_index("ix_sanctions_lists_list_current", "sanctions_lists", ["list_id", "is_current"])
    op.create_table(
        "sanctions_entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("list_version_id", sa.Integer(),
                  sa.ForeignKey("sanctions_lists.id", ondelete="CASCADE",
                                name="fk_sanctions_entries_list_version_id_sanctions_lists"), nullable=False),
        sa.Column("entity_id", sa.String(60), nullable=False),
        sa.Column("schema", sa.String(20), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
    )
    op.create_index("ix_sanctions_entries_list_entity", "sanctions_entries", ["list_version_id", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_sanctions_entries_list_entity", "sanctions_entries")
    op.drop_table("sanctions_entries")
    op.drop_index("ix_sanctions_lists_list_current", "sanctions_lists")
    op.drop_table("sanctions_lists")
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_index("ix_alerts_key")
        batch_op.drop_column("key")
        batch_op.drop_column("details")
    with op.batch_alter_table("counterparty_snapshots", schema=None) as batch_op:
        batch_op.drop_column("checked_at")
    with op.batch_alter_table("counterparties", schema=None) as batch_op:
        for column in ("check_state", "risk_details", "identifiers", "notes", "birth_date", "address"):
            batch_op.drop_column(column)
