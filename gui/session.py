"""What every window and panel shares: the open App, who is acting, and app-wide signals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.operations import settings as settings_ops
from secretary.audit import ACTOR_SYSTEM, user_actor
from services import users
from services.app import App
from services.runtime import RuntimeState

ORGANISATION = "AI Secretary"
APPLICATION = "AI Secretary"


class Session(QObject):
    """One open workspace as the GUI sees it."""

    language_changed = Signal(str)
    settings_saved = Signal(dict)  # the values just stored, after any panel saved them
    queue_event = Signal(str, str)  # Huey signal name and task name, delivered on the UI thread

    def __init__(self, app: App, runtime: RuntimeState | None = None, qsettings: QSettings | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runtime = runtime
        self.qsettings = qsettings or QSettings(ORGANISATION, APPLICATION)
        self.owner_id: int | None = users.owner_id(app.db)
        self.user_names: dict[int, str] = users.display_names(app.db)  # a handful of rows
        self.language = str(app.settings.get("ui.language"))
        app.queue.listeners.append(self._on_queue_signal)

    @property
    def actor(self) -> str:
        """Who the audit log names for changes made at this GUI."""
        return user_actor(self.owner_id) if self.owner_id is not None else ACTOR_SYSTEM

    def _on_queue_signal(self, signal: str, task: str, _args: Any) -> None:
        self.queue_event.emit(signal, task)  # from a Huey worker thread: queued to the UI thread

    def set_language(self, language: str, *, persist: bool = True) -> None:
        """Switch the interface language now (every panel retranslates) and remember it."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install(app, language)
        changed = language != self.language
        self.language = language
        if changed:
            self.language_changed.emit(language)
        if persist:
            settings_ops.save_settings(self, self.app, {"ui.language": language}, self.actor).success(
                self.settings_saved.emit).run()

    def detach(self) -> None:
        """Stop listening to the queue (before the App closes)."""
        if self._on_queue_signal in self.app.queue.listeners:
            self.app.queue.listeners.remove(self._on_queue_signal)
