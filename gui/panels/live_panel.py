"""A panel that follows the database: it re-reads only after something was committed, by any process."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from gui.panels.base_panel import Panel

POLL_MS = 500  # SQLite's PRAGMA data_version, twice a second: one tiny query, no re-read unless it moved


class LivePanel(Panel):
    """Subclasses call :meth:`watch` once built and implement ``_poll`` (cheap counters, e.g. a badge)
    and ``refresh`` (re-read what is shown); a hidden panel only notes that it is stale."""

    _dirty = True

    def watch(self, app: Any) -> None:
        """Start following ``app``'s database."""
        self.watcher = app.watcher()
        self.version = self.watcher.version()
        watcher = self.watcher
        self.destroyed.connect(lambda *_: watcher.close())
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        """The timer: re-read only when something was committed since the last look."""
        try:
            version = self.watcher.version()
        except Exception:  # noqa: BLE001 - a closed or busy database: look again at the next tick
            return
        if version == self.version:
            return
        self.version = version
        self._poll()
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def _poll(self) -> None:
        """Refresh what shows even while hidden (badges, notifications)."""

    def refresh(self) -> None:
        """Re-read what the panel shows."""
