"""SIGKILL in the middle of a batch of writes: the database stays consistent and keeps every commit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from sqlalchemy import text

from storage.db import Database

BATCH = 40
WRITER = textwrap.dedent(f"""
    import sys
    from pathlib import Path
    from storage.db import Database
    from storage.migrate import upgrade
    from storage.models import Contact
    path = Path(sys.argv[1])
    db = Database(path)
    upgrade(db.engine, path, path.parent / "backups")
    batch = 0
    while True:
        with db.writing("job:crash-test") as session:
            for i in range({BATCH}):
                session.add(Contact(name=f"batch {{batch}} row {{i}}", email=f"{{batch}}-{{i}}@x.example"))
        print(batch, flush=True)  # reported only after the commit returned
        batch += 1
""")


def test_sigkill_mid_batch_keeps_every_committed_row(tmp_path):
    path = tmp_path / "crash.db"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    committed = -1
    while committed < 25:
        line = proc.stdout.readline()
        assert line, "writer died on its own"
        committed = int(line)
    os.kill(proc.pid, signal.SIGKILL)  # lands somewhere inside a later batch
    proc.wait()

    db = Database(path)
    with db.reading() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
        batches = session.execute(text(
            "SELECT CAST(substr(name, 7, instr(substr(name, 7), ' ') - 1) AS INTEGER) AS b, count(*) "
            "FROM contacts GROUP BY b ORDER BY b")).all()
        contacts = session.execute(text("SELECT count(*) FROM contacts")).scalar_one()
        audited = session.execute(text(
            "SELECT count(*) FROM audit_logs WHERE action = 'contacts.create'")).scalar_one()
    db.dispose()
    # Every batch reported as committed is there in full; at most one more (killed between commit and print).
    assert [b for b, _ in batches][: committed + 1] == list(range(committed + 1))
    assert len(batches) in (committed + 1, committed + 2)
    assert all(count == BATCH for _, count in batches)  # no half batch
    assert audited == contacts  # the audit rows commit with the change they describe
