"""One signal-cli process in JSON-RPC mode: requests by id over stdin, answers and notifications on stdout.

Wire format (github.com/AsamK/signal-cli, ``man/signal-cli-jsonrpc.5.adoc``):
every request is one JSON object on one line with a unique ``id``; the answer
carries the same ``id`` and a ``result`` or an ``error`` (``code``, ``message``,
``data``); notifications such as ``receive`` have a ``method`` and no ``id``.
"""

from __future__ import annotations

import collections
import itertools
import json
import logging
import subprocess
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from secretary.errors import RemoteUnavailable

log = logging.getLogger(__name__)
JAVA_MISSING = "Java is missing: signal-cli needs Java 21 or newer (see README: Signal setup)"
JAVA_TOO_OLD = "Java is too old: signal-cli needs Java 21 or newer (see README: Signal setup)"


class RpcError(Exception):
    """A JSON-RPC error answer from signal-cli."""

    def __init__(self, code: int, message: str, data: Any = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code, self.message, self.data = code, message, data


class RpcProcess:
    """A running signal-cli child; ``on_notification`` gets the params of every ``receive`` (reader thread)."""

    def __init__(self, command: Sequence[str], env: Mapping[str, str] | None,
                 on_notification: Callable[[dict], None]) -> None:
        self.proc = subprocess.Popen(  # raises FileNotFoundError when the executable is missing
            list(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8", errors="replace", bufsize=1, env=dict(env) if env is not None else None,
        )
        self.stderr_tail: collections.deque[str] = collections.deque(maxlen=20)
        self._on_notification = on_notification
        self._ids = itertools.count(1)
        self._pending: dict[str, tuple[threading.Event, list[dict]]] = {}
        self._lock = threading.Lock()  # guards _pending
        self._write_lock = threading.Lock()  # one request line at a time; separate so the reader never waits on a write
        self._threads = [threading.Thread(target=self._read_stdout, daemon=True, name="signal-cli-stdout"),
                         threading.Thread(target=self._read_stderr, daemon=True, name="signal-cli-stderr")]
        for thread in self._threads:
            thread.start()

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    @property
    def returncode(self) -> int | None:
        return self.proc.returncode

    def last_error(self) -> str | None:
        return self.stderr_tail[-1] if self.stderr_tail else None

    def call(self, method: str, params: dict | None, timeout: float) -> Any:
        """Send one request and wait for its answer; RemoteUnavailable when the process is gone or silent."""
        if not self.alive:
            raise RemoteUnavailable("signal-cli is not running")
        rid = str(next(self._ids))
        request: dict[str, Any] = {"jsonrpc": "2.0", "method": method, "id": rid}
        if params is not None:
            request["params"] = params
        done, box = threading.Event(), list[dict]()
        with self._lock:
            self._pending[rid] = (done, box)
        try:
            with self._write_lock:
                assert self.proc.stdin is not None
                self.proc.stdin.write(json.dumps(request) + "\n")
                self.proc.stdin.flush()
        except (OSError, ValueError) as e:
            with self._lock:
                self._pending.pop(rid, None)
            raise RemoteUnavailable(f"signal-cli is not accepting requests: {e}") from e
        if not done.wait(timeout):
            with self._lock:
                self._pending.pop(rid, None)
            raise RemoteUnavailable(f"signal-cli did not answer {method} within {timeout:g} s")
        if not box:
            raise RemoteUnavailable("signal-cli stopped before answering")
        if "error" in box[0]:
            err = box[0]["error"] or {}
            raise RpcError(int(err.get("code") or 0), str(err.get("message") or ""), err.get("data"))
        return box[0].get("result")

    def wait(self, timeout: float) -> bool:
        """Whether the process ended within ``timeout`` seconds."""
        try:
            self.proc.wait(timeout=timeout)
            return True
        except subprocess.TimeoutExpired:
            return False

    def terminate(self) -> None:
        """Terminate (kill after 3 s), let the readers reach EOF, close the pipes; safe to call twice."""
        if self.proc.poll() is None:
            try:
                self.proc.terminate()
                self.proc.wait(timeout=3)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=3)
            except OSError:
                pass
        for thread in self._threads:
            if thread is not threading.current_thread():
                thread.join(timeout=2)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                if stream:
                    stream.close()
            except (OSError, ValueError):
                pass

    def _read_stdout(self) -> None:
        assert self.proc.stdout is not None
        try:
            for line in self.proc.stdout:
                try:
                    msg = json.loads(line)
                except ValueError:
                    log.debug("signal-cli wrote a non-JSON line on stdout")
                    continue
                if not isinstance(msg, dict):
                    continue
                if msg.get("method") == "receive":
                    self._on_notification(msg.get("params") or {})
                elif "id" in msg:
                    with self._lock:
                        waiter = self._pending.pop(str(msg["id"]), None)
                    if waiter:
                        waiter[1].append(msg)
                        waiter[0].set()
        except (OSError, ValueError):
            pass  # pipe closed under us during terminate()
        with self._lock:  # EOF: nobody will answer the rest
            waiters, self._pending = list(self._pending.values()), {}
        for done, _box in waiters:
            done.set()

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        try:
            for line in self.proc.stderr:
                if line.strip():
                    self.stderr_tail.append(line.strip()[:500])
                    log.debug("signal-cli: %s", line.rstrip())
        except (OSError, ValueError):
            pass


def java_problem(returncode: int | None, stderr_tail: Sequence[str]) -> str | None:
    """A clear sentence when signal-cli could not run for want of (a recent enough) Java."""
    text = "\n".join(stderr_tail).lower()
    if "unsupportedclassversionerror" in text:
        return JAVA_TOO_OLD
    if "java" in text and (returncode == 127 or "not found" in text or "java_home" in text
                           or "could not find" in text or "no 'java'" in text):
        return JAVA_MISSING
    return None
