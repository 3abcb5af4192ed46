"""Two processes opening the same brand-new workspace at once both end up with one good schema."""

from __future__ import annotations

import subprocess
import sys
import textwrap

OPEN = textwrap.dedent("""
    import sys
    from pathlib import Path
    from storage.db import Database
    from storage.migrate import upgrade, current_revision
    path = Path(sys.argv[1])
    db = Database(path)
    upgrade(db.engine, path, path.parent / "backups")
    print(current_revision(db.engine))
""")


def test_simultaneous_first_opens_do_not_race(tmp_path):
    path = tmp_path / "shared.db"
    procs = [subprocess.Popen([sys.executable, "-c", OPEN, str(path)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(3)]
    results = [p.communicate(timeout=120) for p in procs]
    from storage.migrate import head_revision

    assert [p.returncode for p in procs] == [0, 0, 0], [err for _, err in results]
    assert {out.strip() for out, _ in results} == {head_revision()}
