"""Database maintenance: explicit upgrades and backups."""

from __future__ import annotations

from pathlib import Path

from storage import migrate
from storage.backup import backup_database
from storage.db import Database
from storage.migrate import MigrationResult
from storage.workspace import Workspace


def upgrade(workspace: Workspace) -> MigrationResult:
    """Back up (if not empty and not current) and migrate the workspace database to the code's schema."""
    workspace.ensure()
    db = Database(workspace.database)
    try:
        return migrate.upgrade(db.engine, workspace.database, workspace.backups)
    finally:
        db.dispose()


def backup(workspace: Workspace) -> Path:
    """A consistent copy of the database in ``backups/`` (safe while the app runs)."""
    return backup_database(workspace.database, workspace.backups, "manual")
