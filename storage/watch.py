"""Noticing that the database changed, cheaply, whoever changed it (this process or another).

SQLite's ``PRAGMA data_version`` on a connection of its own changes whenever any
other connection commits: the GUI polls it twice a second and reloads only then.
"""

from __future__ import annotations

import threading
from pathlib import Path

import sqlean


class ChangeWatcher:
    """``version()`` returns a number that changes after every commit to the database."""

    def __init__(self, path: Path | str) -> None:
        self._connection = sqlean.connect(f"file:{Path(path)}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()

    def version(self) -> int:
        """The current data version (compare with the last one seen)."""
        with self._lock:
            return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        """Release the watcher's connection."""
        with self._lock:
            self._connection.close()
