"""Engine and sessions for the workspace database.

SQLite through sqlean.py, whose bundled SQLite can load extensions on Windows,
macOS and Linux (the stdlib module often cannot), with sqlite-vec loaded on
every connection. WAL, foreign keys, synchronous=FULL and a busy timeout are
set per connection. Writers begin with ``BEGIN IMMEDIATE`` so two processes
never deadlock upgrading a read lock; readers use a deferred ``BEGIN``.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import sqlean
import sqlite_vec
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from storage import audit

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    fcntl = None
else:
    import fcntl

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


class WriterLock:
    """Writers queue here, across threads and processes, instead of in SQLite's busy handler.

    SQLite's handler sleeps 1, 2, 5 … 100 ms between retries: under contention that sleeping,
    not the work, set the pace (two processes writing at once lost a third of their speed).
    Threads of a process queue on a lock; processes on an OS file lock (``flock``), which
    wakes the next writer the moment the last one commits. On Windows the file lock is not
    used and SQLite's busy handler orders the processes. Re-entrant within a thread.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._threads = threading.RLock()
        self._depth = 0
        self._file: IO[bytes] | None = None

    def __enter__(self) -> WriterLock:
        self._threads.acquire()
        self._depth += 1
        if self._depth == 1 and fcntl is not None:
            try:
                if self._file is None:
                    self._file = open(self._path, "ab")  # noqa: SIM115 - kept open for the process's life
                fcntl.flock(self._file.fileno(), fcntl.LOCK_EX)
            except OSError:  # e.g. a read-only folder: SQLite's own locking still holds
                self._file = None
        return self

    def __exit__(self, *_exc: object) -> None:
        try:
            if self._depth == 1 and self._file is not None:
                fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
        finally:
            self._depth -= 1
            self._threads.release()

    def close(self) -> None:
        with self._threads:
            if self._file is not None:
                self._file.close()
                self._file = None


def _hold_loaded_objects(factory: sessionmaker[Session]) -> None:
    """Write sessions keep every object they load or store until they end.

    A session's identity map holds objects weakly: a row stored by one function and read back
    by the next in the same transaction was dropped in between and loaded again (three
    SELECTs per customer reply). Write transactions are short, so holding them costs nothing.
    """
    def hold(session: Session, instance: object) -> None:
        session.info.setdefault("held", []).append(instance)

    for name in ("pending_to_persistent", "loaded_as_persistent", "detached_to_persistent"):
        event.listen(factory, name, hold)


class Database:
    """The workspace database: one engine, a reader and a writer session factory."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.engine = create_sqlite_engine(self.path)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False)
        audit.install(self._write)
        _hold_loaded_objects(self._write)
        self._write_lock = WriterLock(self.path.with_name(self.path.name + ".writer"))

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
        self._write_lock.close()
