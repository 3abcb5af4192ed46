"""The workspace lock between processes, including a holder that was SIGKILLed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from secretary.errors import WorkspaceLocked
from storage.lock import WorkspaceLock

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from storage.lock import WorkspaceLock
    lock = WorkspaceLock(Path(sys.argv[1]))
    lock.acquire("serve")
    lock.set_http_port(4321)
    print("locked", flush=True)
    time.sleep(60)
""")


@pytest.fixture
def holder(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path / "secretary.lock")],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    proc.kill()
    proc.wait()


def test_second_process_is_refused_and_told_who_holds_it(tmp_path, holder):
    lock = WorkspaceLock(tmp_path / "secretary.lock")
    info = lock.holder()
    assert info is not None and info.pid == holder.pid and info.mode == "serve" and info.http_port == 4321
    with pytest.raises(WorkspaceLocked, match=f"serve \\(pid {holder.pid}"):
        lock.acquire("gui")
    assert not lock.held


def test_lock_of_a_killed_process_is_taken_over(tmp_path, holder):
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    lock = WorkspaceLock(tmp_path / "secretary.lock")
    assert lock.holder() is None  # the file is still there, but nobody holds it
    info = lock.acquire("gui")
    assert info.pid == os.getpid()
    assert lock.took_over is not None and lock.took_over.pid == holder.pid
    lock.release()


def test_release_frees_the_lock_and_clears_the_file(tmp_path):
    first = WorkspaceLock(tmp_path / "secretary.lock")
    first.acquire("worker")
    assert first.holder().mode == "worker"
    first.release()
    second = WorkspaceLock(tmp_path / "secretary.lock")
    second.acquire("gui")
    assert second.took_over is None  # a clean release is not reported as a crash
    second.release()
