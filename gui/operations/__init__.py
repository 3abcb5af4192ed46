"""Background operations, like Anki's QueryOp.

    op(parent, fn).success(cb).failure(cb).with_progress(label).run()

``fn`` runs on the global QThreadPool; its result or exception comes back on
the UI thread through a queued signal, so callbacks may touch widgets. If
``parent`` has been destroyed by then, the callbacks are skipped. Without a
failure callback the error is shown to the user as a sentence (gui.errors).
Running operations are counted by :func:`tracker` for the status bar.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class TaskTracker(QObject):
    """The operations running now, each with a label (for the tasks indicator)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: dict[int, str] = {}

    @property
    def count(self) -> int:
        return len(self._running)

    @property
    def labels(self) -> list[str]:
        return list(self._running.values())

    def add(self, key: int, label: str) -> None:
        self._running[key] = label
        self.changed.emit()

    def remove(self, key: int) -> None:
        if self._running.pop(key, None) is not None:
            self.changed.emit()


_tracker: TaskTracker | None = None
_ids = itertools.count(1)
_alive: set[_Relay] = set()  # relays of running ops, so nothing is collected mid-flight


def tracker() -> TaskTracker:
    """The application-wide tracker (created on first use, owned by the QApplication)."""
    global _tracker
    if _tracker is None or not shiboken6.isValid(_tracker):
        _tracker = TaskTracker(QCoreApplication.instance())
    return _tracker


class _Relay(QObject):
    """Lives on the UI thread; the worker emits, the queued slots run the callbacks."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, op: Op) -> None:
        super().__init__()
        self.op = op
        self.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        try:
            self.op._deliver_success(result)
        finally:
            self._finish()

    @Slot(object)
    def _on_failure(self, exc: object) -> None:
        try:
            self.op._deliver_failure(exc)  # type: ignore[arg-type]
        finally:
            self._finish()

    def _finish(self) -> None:
        tracker().remove(self.op.key)
        _alive.discard(self)
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class Op:
    """One background call and what to do with its outcome."""

    def __init__(self, parent: QObject | None, fn: Callable[[], Any]) -> None:
        self.parent = parent
        self.fn = fn
        self.key = next(_ids)
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None

    def success(self, callback: Callable[[Any], None]) -> Op:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op:
        self._failure = callback
        return self

    def with_progress(self, label: str | None = None) -> Op:
        """Show the op in the status bar's tasks indicator under ``label``."""
        self._label = label or QCoreApplication.translate("Operations", "Working…")
        return self

    def run(self) -> None:
        relay = _Relay(self)
        _alive.add(relay)
        tracker().add(self.key, self._label or QCoreApplication.translate("Operations", "Working…"))
        QThreadPool.globalInstance().start(_Job(self.fn, relay))

    def _parent_alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _deliver_success(self, result: object) -> None:
        if self._success is not None and self._parent_alive():
            self._success(result)

    def _deliver_failure(self, exc: BaseException) -> None:
        if not self._parent_alive():
            log.warning("background operation failed after its window closed", exc_info=exc)
            return
        if self._failure is not None:
            self._failure(exc)
            return
        log.error("background operation failed", exc_info=exc)
        from gui.errors import show_error  # errors imports widgets; keep this module light

        show_error(self.parent, exc)


def op(parent: QObject | None, fn: Callable[[], Any]) -> Op:
    """Build a background operation; nothing runs until ``.run()``."""
    return Op(parent, fn)


def run_quietly(operation: Op) -> None:
    """Run a routine read (a poll, a page) without listing it in the status bar's tasks indicator."""
    operation.run()
    tracker().remove(operation.key)


def wait_for_all(timeout_ms: int = 10_000) -> bool:
    """Block until the pool is idle (tests and shutdown); pending callbacks still need the event loop."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
