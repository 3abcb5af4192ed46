"""Bring a workspace database to the current schema, backing it up first."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from secretary.errors import MigrationError
from storage.backup import backup_database

MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationResult:
    """What an upgrade did: from which revision to which, and where the backup went."""

    before: str | None
    after: str | None
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    """The newest revision the code knows."""
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _run(engine: Engine, target: str) -> None:
    config = _config()
    # BEGIN IMMEDIATE: a second process opening the same new workspace waits for this
    # upgrade to finish, then finds the schema current, instead of racing it.
    with engine.connect().execution_options(sqlite_immediate=True) as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
        conn.commit()


def upgrade(engine: Engine, database: Path, backups: Path, target: str = "head") -> MigrationResult:
    """Upgrade to ``target``; an existing database at an older revision is backed up first.

    The whole upgrade runs in one transaction (SQLite DDL is transactional), so a
    failure leaves the database at its old revision, and the backup stays beside it.
    """
    before = current_revision(engine)
    wanted = head_revision() if target == "head" else target
    if before == wanted:
        return MigrationResult(before, before, None)
    backup = backup_database(database, backups, f"before-{before}") if before is not None else None
    try:
        _run(engine, target)
    except Exception as exc:
        where = f"; a copy from before is at {backup}" if backup else ""
        raise MigrationError(f"could not upgrade the database from {before} to {wanted}: {exc}{where}") from exc
    return MigrationResult(before, current_revision(engine), backup)


def pending(engine: Engine) -> bool:
    """True when the database is behind the code."""
    return current_revision(engine) != head_revision()
