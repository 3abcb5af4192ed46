"""Engine and sessions for the workspace database.

SQLite through sqlean.py, whose bundled SQLite can load extensions on Windows,
macOS and Linux (the stdlib module often cannot), with sqlite-vec loaded on
every connection. WAL, foreign keys, synchronous=FULL and a busy timeout are
set per connection. Writers begin with ``BEGIN IMMEDIATE`` so two processes
never deadlock upgrading a read lock; readers use a deferred ``BEGIN``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlean
import sqlite_vec
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from storage import audit

BUSY_TIMEOUT_MS = 30_000


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
    dbapi_conn.enable_load_extension(True)
    try:
        sqlite_vec.load(dbapi_conn)
    finally:
        dbapi_conn.enable_load_extension(False)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _on_begin(conn: Any) -> None:
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_sqlite_engine(path: Path | str) -> Engine:
    """Engine for the SQLite file at ``path`` with sqlite-vec and our pragmas."""
    engine = create_engine(f"sqlite+pysqlite:///{path}", module=sqlean,
                           connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """The workspace database: one engine, a reader and a writer session factory."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.engine = create_sqlite_engine(self.path)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False)
        audit.install(self._write)
        # Writers of this process queue on a lock instead of in SQLite's busy handler, which sleeps
        # 1, 2, 5 … 100 ms between retries: under contention that sleeping, not the work, set the pace.
        self._write_lock = threading.RLock()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries; never commits. Closing it ends the read transaction and
        detaches (without expiring) what was loaded, so results stay usable."""
        with self._read() as session:
            yield session

    @contextmanager
    def writing(self, actor: str) -> Iterator[Session]:
        """A write transaction attributed to ``actor``; commits on success, rolls back on error.

        Every ORM change flushed in it is written to the audit log by storage.audit.
        """
        with self._write_lock, self._write() as session:
            session.info["actor"] = actor
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        """Close every pooled connection (before a backup restore or at exit)."""
        self.engine.dispose()
