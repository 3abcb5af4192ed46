"""Consistent copies of the workspace database, taken with SQLite's online backup API."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlean

KEEP_BACKUPS = 10


def backup_database(source: Path, folder: Path, label: str) -> Path:
    """Copy ``source`` into ``folder`` as one consistent snapshot (safe while others write)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"secretary-{stamp}-{label}.db"
    partial = target.with_suffix(".db.partial")
    src = sqlean.connect(str(source))
    dst = sqlean.connect(str(partial))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    partial.replace(target)  # a killed backup leaves only a .partial, never a half file under the real name
    prune(folder)
    return target


def prune(folder: Path, keep: int = KEEP_BACKUPS) -> None:
    """Delete all but the newest ``keep`` backups (and stale partial files)."""
    for stale in folder.glob("*.db.partial"):
        stale.unlink(missing_ok=True)
    backups = sorted(folder.glob("secretary-*.db"))
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)
