"""A panel that follows the database: it re-reads only after something was committed, by any process."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from gui.icons import icon
from gui.panels.base_panel import Panel

POLL_MS = 500  # SQLite's PRAGMA data_version, twice a second: one tiny query, no re-read unless it moved


class LivePanel(Panel):
    """Subclasses call :meth:`watch` once built and implement ``_poll`` (cheap counters, e.g. a badge)
    and ``refresh`` (re-read what is shown); a hidden panel only notes that it is stale."""

    _dirty = True
    tray: QSystemTrayIcon | None = None
    last_notification: tuple[str, str] | None = None

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

    # -- desktop notifications -------------------------------------------------------------------------------

    def in_background(self) -> bool:
        return not self.window().isActiveWindow()

    def show_notification(self, title: str, text: str, warning: bool = False, msecs: int = 8000) -> None:
        """A tray message (clicking it brings this panel up), or a taskbar alert where there is no tray."""
        self.last_notification = (title, text)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            QApplication.alert(self.window())
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(icon("brand", "accent"), self)
            self.tray.setToolTip("AI Secretary")
            self.tray.messageClicked.connect(self._open_notified)
            self.tray.show()
        kind = QSystemTrayIcon.MessageIcon.Warning if warning else QSystemTrayIcon.MessageIcon.Information
        self.tray.showMessage(title, text, kind, msecs)

    def _open_notified(self) -> None:
        window = self.window()
        window.showNormal()
        window.raise_()
        window.activateWindow()
        self.navigate.emit(self.key)  # type: ignore[attr-defined]  # each live panel declares it
        self.notification_clicked()

    def notification_clicked(self) -> None:
        """Show what the clicked notification was about."""
