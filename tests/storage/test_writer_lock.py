"""Writers of two processes take turns on the writer lock; a killed holder frees it at once.

Without the lock a waiting writer sleeps in SQLite's busy handler (1, 2, 5 … 100 ms
steps); with it the waiter is woken by the OS the moment the holder commits.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import text

from storage.db import Database
from storage.migrate import upgrade
from storage.models import Contact

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from storage.db import Database
    from storage.models import Contact
    db = Database(Path(sys.argv[1]))
    with db.writing("job:holder") as session:
        session.add(Contact(name="holder", email="holder@x.example"))
        session.flush()
        print("holding", flush=True)
        time.sleep(float(sys.argv[2]))
        if sys.argv[3] == "die":
            import os, signal
            os.kill(os.getpid(), signal.SIGKILL)
""")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the file lock is POSIX only")


def _holder(path, seconds: float, end: str) -> subprocess.Popen[str]:  # type: ignore[no-untyped-def]
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), str(seconds), end], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding", holder.stderr
    return holder


def _names(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(session.execute(text("SELECT name FROM contacts")).scalars())


def test_a_writer_waits_for_another_process_then_both_commit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.db"
    db = Database(path)
    upgrade(db.engine, path, tmp_path / "backups")
    holder = _holder(path, 0.6, "commit")
    started = time.monotonic()
    with db.writing("job:waiter") as session:
        waited = time.monotonic() - started
        session.add(Contact(name="waiter", email="waiter@x.example"))
    assert holder.wait(30) == 0, holder.stderr.read() if holder.stderr else ""
    assert waited >= 0.4  # it queued behind the other process's open transaction
    assert _names(db) == ["holder", "waiter"]


def test_a_killed_holder_frees_the_lock_and_its_transaction_is_rolled_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.db"
    db = Database(path)
    upgrade(db.engine, path, tmp_path / "backups")
    holder = _holder(path, 0.3, "die")
    with db.writing("job:waiter") as session:
        session.add(Contact(name="waiter", email="waiter@x.example"))
    assert holder.wait(30) != 0
    assert _names(db) == ["waiter"]


def test_writing_nests_within_a_thread(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.db"
    db = Database(path)
    upgrade(db.engine, path, tmp_path / "backups")
    lock = db._write_lock  # noqa: SLF001 - the lock itself is under test
    with lock, lock:  # re-entered by the same thread: no self-deadlock on the file lock
        pass
    with db.writing("job:after") as session:  # and released completely afterwards
        session.add(Contact(name="after", email="after@x.example"))
    assert _names(db) == ["after"]
