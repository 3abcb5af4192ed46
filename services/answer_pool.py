"""Running the AI's part of an answer in helper processes, so a burst uses every core.

Python runs one thread at a time in a process: with the channels, the queue,
storing and the AI in one process, a burst of messages is paced by one core
(~70 messages/s here). The process that runs the workspace can start helper
processes (``queue.answer_helpers``; one per core beyond the first, at most
two). A helper opens the same workspace and runs only the responder: it gets
the stored customer message, returns the reply. Everything else stays with the
owner: receiving, the queue, storing the reply (exactly once, in the same
transaction as before) and sending it. The helper never stores the reply, so
the exactly-once design is untouched; what the AI's tools do on the way (a
lead, a booked meeting) is written by the helper exactly as it would be here.

If a helper is not ready, dies or fails, the owner answers locally; the pool
starts a new helper after a growing pause. A helper exits by itself when its
owner is gone, however the owner died.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future
from multiprocessing.connection import Connection
from pathlib import Path

from secretary.errors import RemoteUnavailable
from secretary.ports import Responder
from secretary.records import InboundMessage, Reply

log = logging.getLogger(__name__)
PER_HELPER = 2  # requests a helper holds at once: it starts the next while the owner reads the last
TIMEOUT = 120.0  # an answer taking longer than this is given up (the queue retries it)
RESTART_DELAYS = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0)


def default_size() -> int:
    """One helper per core beyond the first, at most two (0 on a single core)."""
    return max(0, min(2, (os.cpu_count() or 1) - 1))


class _Helper:
    """One helper process and the owner's end of its pipe."""

    def __init__(self, process: multiprocessing.process.BaseProcess, conn: Connection, slot: int) -> None:
        self.process, self.conn, self.slot = process, conn, slot
        self.pending: dict[int, Future[Reply]] = {}
        self.send_lock = threading.Lock()
        self.ready = threading.Event()
        self.reader = threading.Thread(target=self._read, name=f"answer-helper-{process.pid}", daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                kind, request_id, payload = self.conn.recv()
            except (EOFError, OSError):
                break
            if kind == "ready":
                self.ready.set()
                continue
            future = self.pending.pop(request_id, None)
            if future is None:
                continue
            if kind == "ok":
                future.set_result(payload)
            else:
                future.set_exception(RemoteUnavailable(f"the answer helper failed: {payload}"))
        self.ready.clear()
        for future in list(self.pending.values()):  # the helper died: the owner answers these itself
            if not future.done():
                future.set_exception(RemoteUnavailable("the answer helper stopped"))
        self.pending.clear()

    def alive(self) -> bool:
        return self.ready.is_set() and self.process.is_alive()


class AnswerPool:
    """The owner's side: starts, feeds, watches and stops the helper processes."""

    def __init__(self, workspace_root: Path, size: int, settings_version: Callable[[], int],
                 log_folder: Path | None = None) -> None:
        self._root, self._size, self._log_folder = workspace_root, size, log_folder
        self._settings_version = settings_version
        self._helpers: list[_Helper] = []
        self._lock = threading.Condition()
        self._ids = itertools.count(1)
        self._stop = threading.Event()
        self._context = multiprocessing.get_context("spawn")  # fork is unsafe beside Qt and other threads
        self._watcher: threading.Thread | None = None
        self.restarts = 0  # helpers that died and were replaced
        self.answered = 0  # replies made by helpers

    @property
    def size(self) -> int:
        return self._size

    def start(self) -> None:
        """Start the helpers in the background (answers run locally until one is ready)."""
        if self._size <= 0 or self._watcher is not None:
            return
        self._stop.clear()
        self._watcher = threading.Thread(target=self._watch, name="answer-pool", daemon=True)
        self._watcher.start()

    def pids(self) -> list[int]:
        """Process ids of the running helpers."""
        with self._lock:
            return [h.process.pid for h in self._helpers if h.process.pid is not None and h.process.is_alive()]

    def health(self) -> dict[str, int]:
        """For ``/health`` and ``/metrics``: helpers wanted and ready, restarts, replies made."""
        return {"processes": self._size, "ready": self.ready(), "restarts": self.restarts, "answered": self.answered}

    def ready(self) -> int:
        """How many helpers are up and answering."""
        with self._lock:
            return sum(1 for h in self._helpers if h.alive())

    def respond(self, message: InboundMessage) -> Reply | None:
        """The reply to ``message`` from a helper; None when no helper is ready.

        Raises RemoteUnavailable if the helper died, failed or timed out meanwhile.
        """
        with self._lock:
            while True:
                live = [h for h in self._helpers if h.alive()]
                if not live or self._stop.is_set():
                    return None
                helper = min(live, key=lambda h: len(h.pending))
                if len(helper.pending) < PER_HELPER:
                    break
                self._lock.wait(0.05)  # answering here instead competes with receiving and sending: slower
            request_id = next(self._ids)
            future: Future[Reply] = Future()
            helper.pending[request_id] = future
        try:
            with helper.send_lock:
                helper.conn.send((request_id, message, self._settings_version()))
            reply = future.result(TIMEOUT)
            with self._lock:
                self.answered += 1
            return reply
        except (OSError, ValueError) as exc:
            raise RemoteUnavailable(f"the answer helper cannot be reached: {exc}") from exc
        except TimeoutError as exc:
            raise RemoteUnavailable(f"the answer helper did not answer in {TIMEOUT:.0f} s") from exc
        finally:
            with self._lock:
                helper.pending.pop(request_id, None)
                self._lock.notify_all()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask every helper to finish its current answer and exit; kill those that do not."""
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(timeout)
            self._watcher = None
        with self._lock:
            helpers, self._helpers = self._helpers, []
            self._lock.notify_all()
        for helper in helpers:
            try:
                with helper.send_lock:
                    helper.conn.send(None)
            except (OSError, ValueError):
                pass
        for helper in helpers:
            helper.process.join(timeout)
            if helper.process.is_alive():
                log.warning("answer helper %s did not stop; killing it", helper.process.pid)
                helper.process.kill()
                helper.process.join(2)
            helper.conn.close()

    def _watch(self) -> None:
        """Keep ``size`` helpers running; a helper that dies is replaced after a growing pause."""
        failures = 0
        while not self._stop.is_set():
            with self._lock:
                dead = [h for h in self._helpers if not h.process.is_alive()]
                for helper in dead:
                    self._helpers.remove(helper)
                    helper.conn.close()
                missing = self._size - len(self._helpers)
            if dead:
                failures += 1
                self.restarts += len(dead)
                log.warning("%d answer helper(s) stopped (exit code %s); starting again",
                            len(dead), [h.process.exitcode for h in dead])
                if self._stop.wait(RESTART_DELAYS[min(failures, len(RESTART_DELAYS)) - 1]):
                    break
            for _ in range(missing):
                if self._stop.is_set():
                    break
                self._spawn()
            if not dead and self.ready() == self._size:
                failures = 0
            self._stop.wait(0.5)

    def _spawn(self) -> None:
        from services import answer_helper
        with self._lock:
            slot = min(set(range(1, self._size + 1)) - {h.slot for h in self._helpers})
        ours, theirs = self._context.Pipe(duplex=True)
        log_file = str(self._log_folder / f"answer-helper-{slot}.log") if self._log_folder else None
        process = self._context.Process(target=answer_helper.main, name=f"answer-helper-{slot}", daemon=True,
                                        args=(str(self._root), theirs, log_file))
        try:
            process.start()
        except OSError as exc:
            log.error("cannot start an answer helper: %s", exc)
            ours.close()
            theirs.close()
            return
        theirs.close()
        with self._lock:
            self._helpers.append(_Helper(process, ours, slot))
        log.info("answer helper %s started", process.pid)


class PooledResponder:
    """A Responder that asks a helper process first and answers locally when none can."""

    def __init__(self, pool: AnswerPool, local: Responder) -> None:
        self.pool, self.local = pool, local

    def respond(self, message: InboundMessage) -> Reply:
        try:
            reply = self.pool.respond(message)
        except RemoteUnavailable as exc:
            log.warning("message %s: %s; answering here", message.id, exc)
            reply = None
        return reply if reply is not None else self.local.respond(message)
