"""Counterparties, snapshots, diffs, alerts.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.models.base

revision = "0005"
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('counterparties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('vat_number', sa.String(length=20), nullable=True),
    sa.Column('lei_code', sa.String(length=20), nullable=True),
    sa.Column('registration_number', sa.String(length=60), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('risk_score', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('check_interval', sa.String(length=8), nullable=False),
    sa.Column('last_checked_at', storage.models.base.UTCDateTime(), nullable=True),
    sa.Column('updated_at', storage.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_at', storage.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_counterparties_contact_id_contacts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counterparties'))
    )
    with op.batch_alter_table('counterparties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_counterparties_name'), ['name'], unique=False)
    op.create_table('alerts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counterparty_id', sa.Integer(), nullable=True),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=14), nullable=False),
    sa.Column('is_read', sa.Boolean(), nullable=False),
    sa.Column('acted_by_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('updated_at', storage.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_at', storage.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['acted_by_id'], ['users.id'], name=op.f('fk_alerts_acted_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['counterparty_id'], ['counterparties.id'], name=op.f('fk_alerts_counterparty_id_counterparties'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alerts'))
    )
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.create_index('ix_alerts_status_created', ['status', 'created_at'], unique=False)
    op.create_table('counterparty_snapshots',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counterparty_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('source_version', sa.String(length=120), nullable=True),
    sa.Column('data_hash', sa.String(length=64), nullable=False),
    sa.Column('raw_data', sa.JSON(), nullable=False),
    sa.Column('created_at', storage.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['counterparty_id'], ['counterparties.id'], name=op.f('fk_counterparty_snapshots_counterparty_id_counterparties'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counterparty_snapshots'))
    )
    with op.batch_alter_table('counterparty_snapshots', schema=None) as batch_op:
        batch_op.create_index('ix_snapshots_cp_source_created', ['counterparty_id', 'source', 'created_at'], unique=False)
    op.create_table('counterparty_diffs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counterparty_id', sa.Integer(), nullable=False),
    sa.Column('old_snapshot_id', sa.Integer(), nullable=True),
    sa.Column('new_snapshot_id', sa.Integer(), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('risk_impact', sa.Integer(), nullable=False),
    sa.Column('created_at', storage.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['counterparty_id'], ['counterparties.id'], name=op.f('fk_counterparty_diffs_counterparty_id_counterparties'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['new_snapshot_id'], ['counterparty_snapshots.id'], name=op.f('fk_counterparty_diffs_new_snapshot_id_counterparty_snapshots'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['old_snapshot_id'], ['counterparty_snapshots.id'], name=op.f('fk_counterparty_diffs_old_snapshot_id_counterparty_snapshots'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counterparty_diffs'))
    )
    with op.batch_alter_table('counterparty_diffs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_counterparty_diffs_counterparty_id'), ['counterparty_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('counterparty_diffs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_counterparty_diffs_counterparty_id'))
    op.drop_table('counterparty_diffs')
    with op.batch_alter_table('counterparty_snapshots', schema=None) as batch_op:
        batch_op.drop_index('ix_snapshots_cp_source_created')
    op.drop_table('counterparty_snapshots')
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_index('ix_alerts_status_created')
    op.drop_table('alerts')
    with op.batch_alter_table('counterparties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_counterparties_name'))
    op.drop_table('counterparties')
