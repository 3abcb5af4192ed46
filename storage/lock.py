"""The workspace lock: one process at a time runs the worker and connectors.

An OS file lock (flock / msvcrt) on ``secretary.lock`` is held for the life of
the process; the OS drops it when the process dies, however it dies, so a lock
left by a crash is never mistaken for a live one. The file's contents say who
holds it (pid, host, mode, HTTP port) so a GUI can use the running appliance.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from secretary.errors import WorkspaceLocked
from secretary.records import LockInfo

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _parse(text: str) -> LockInfo | None:
    try:
        data = json.loads(text)
        return LockInfo(**data)
    except (ValueError, TypeError):
        return None


class WorkspaceLock:
    """Holds the lock file of one workspace."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None
        self.info: LockInfo | None = None
        self.took_over: LockInfo | None = None  # what a crashed holder had written, if any

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, mode: str) -> LockInfo:
        """Take the lock for ``mode`` (gui, serve, worker) or raise WorkspaceLocked naming the holder."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while held
        if not _try_lock(handle):
            handle.close()
            holder = self.holder()
            who = f"{holder.mode} (pid {holder.pid} on {holder.host})" if holder else "another process"
            raise WorkspaceLocked(f"the workspace is in use by {who}", holder=holder)
        handle.seek(0)
        self.took_over = _parse(handle.read())
        self._handle = handle
        self.info = LockInfo(pid=os.getpid(), host=socket.gethostname(), mode=mode,
                             started_at=datetime.now(UTC).isoformat(timespec="seconds"))
        self._write()
        return self.info

    def set_http_port(self, port: int) -> None:
        """Publish the port of our local HTTP server for other processes."""
        if self.info is None:
            raise RuntimeError("lock not held")
        self.info = LockInfo(**{**asdict(self.info), "http_port": port})
        self._write()

    def _write(self) -> None:
        assert self._handle is not None and self.info is not None
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.write(json.dumps(asdict(self.info)))
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def release(self) -> None:
        """Give the lock up and blank the file, so nobody reads us as a holder."""
        if self._handle is None:
            return
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.flush()
        _unlock(self._handle)
        self._handle.close()
        self._handle = None
        self.info = None

    def holder(self) -> LockInfo | None:
        """Who holds the lock now: ourselves, another live process, or None if it is free."""
        if self._handle is not None:
            return self.info
        if not self.path.exists():
            return None
        with open(self.path, "a+", encoding="utf-8") as probe:
            if _try_lock(probe):
                _unlock(probe)
                return None  # free: any contents are left over from a crash
            probe.seek(0)
            return _parse(probe.read())
