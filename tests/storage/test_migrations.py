"""Migrations from empty, from the first revision with data, and the no-op upgrade."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from secretary.errors import MigrationError
from services.app import open_app
from services.maintenance import upgrade as maintenance_upgrade
from storage import migrate
from storage.db import Database
from storage.index import is_index_table
from storage.models import Base


def test_upgrade_from_empty_matches_the_models(tmp_path):
    db = Database(tmp_path / "x.db")
    result = migrate.upgrade(db.engine, db.path, tmp_path / "b")
    assert result.before is None and result.after == migrate.head_revision() and result.backup is None
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_object": lambda o, name, type_, r, c: not (type_ == "table" and is_index_table(name))})
        assert compare_metadata(ctx, Base.metadata) == []
        virtual = conn.execute(text("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")).all()
        triggers = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))}
    assert {row[0] for row in virtual} == {"chunks_fts"}  # 0003's sqlite-vec table is gone since 0008
    assert triggers == {"chunks_fts_ai", "chunks_fts_ad", "chunks_fts_au"}


def test_database_of_first_migration_upgrades_with_backup_and_keeps_rows(workspace):
    workspace.ensure()
    db = Database(workspace.database)
    migrate.upgrade(db.engine, workspace.database, workspace.backups, target="0001")
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO roles (id, name, permissions) VALUES (1, 'owner', '[]')"))
        conn.execute(text("INSERT INTO users (id, email, name, role_id, language, is_active, created_at) "
                          "VALUES (1, 'a@b.example', 'Anna', 1, 'de', 1, '2026-01-01 00:00:00')"))
    db.dispose()

    app = open_app(workspace, immediate=True)
    try:
        assert app.migration.before == "0001" and app.migration.after == migrate.head_revision()
        assert app.migration.backup is not None and app.migration.backup.exists()
        with app.db.reading() as session:
            assert session.execute(text("SELECT name FROM users")).scalar_one() == "Anna"
        assert app.status().counts["contacts"] == 0  # tables of later revisions exist
    finally:
        app.close()
    backup = Database(app.migration.backup)
    assert migrate.current_revision(backup.engine) == "0001"  # the copy is from before the upgrade
    backup.dispose()


def test_upgrade_of_current_database_is_a_noop(workspace):
    first = maintenance_upgrade(workspace)
    again = maintenance_upgrade(workspace)
    assert first.changed and not again.changed and again.backup is None
    assert list(workspace.backups.glob("*.db")) == []


def test_failed_upgrade_leaves_old_revision_and_backup(workspace, monkeypatch):
    workspace.ensure()
    db = Database(workspace.database)
    migrate.upgrade(db.engine, workspace.database, workspace.backups, target="0002")

    def broken(engine, target):  # a migration that dies half-way, after real DDL
        with engine.connect() as conn:
            conn.exec_driver_sql("CREATE TABLE half_done (id INTEGER)")
            raise RuntimeError("disk full")

    monkeypatch.setattr(migrate, "_run", broken)
    with pytest.raises(MigrationError, match="from 0002 .*disk full.*a copy from before is at"):
        migrate.upgrade(db.engine, workspace.database, workspace.backups)
    assert migrate.current_revision(db.engine) == "0002"
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM sqlite_master WHERE name='half_done'")).all() == []
    db.dispose()
