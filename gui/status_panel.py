"""The status bar's pieces: background worker, AI back-end, secret store, running tasks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from gui.icons import icon
from gui.operations import TaskTracker
from gui.theme import SPACE
from secretary.records import LockInfo
from services.runtime import RuntimeState

translate = QCoreApplication.translate


class StatusItem(QWidget):
    """A small icon and a short text, with the long story in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACE, 0, SPACE, 0)
        layout.setSpacing(SPACE // 2)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)

    def set(self, icon_key: str, tone: str, text: str, tooltip: str = "") -> None:
        self.icon.setPixmap(icon(icon_key, tone).pixmap(14, 14))
        self.text.setText(text)
        self.setToolTip(tooltip or text)
        self.setAccessibleName(text)


def worker_text(state: RuntimeState | None) -> tuple[str, str, str]:
    """(tone, text, tooltip) for who runs the background work of this workspace."""
    if state is None:
        return ("warn", translate("StatusBar", "Background work is not running"),
                translate("StatusBar", "Replies and checks wait until the app or 'secretary serve' runs."))
    if state.owner:
        return ("ok", translate("StatusBar", "Background work runs here"),
                translate("StatusBar", "This window answers messages and runs checks while it is open."))
    holder: LockInfo | None = state.holder
    if holder is None:
        return ("warn", translate("StatusBar", "Background work runs in another program"),
                translate("StatusBar", "Another program holds this workspace."))
    if holder.mode == "gui":
        text = translate("StatusBar", "Background work runs in another AI Secretary window (pid %1)")
    else:
        text = translate("StatusBar", "Background work runs in secretary %2 (pid %1)").replace("%2", holder.mode)
    text = text.replace("%1", str(holder.pid))
    tooltip = translate("StatusBar", "Started %1 on %2. This window shows and changes data; the other "
                                     "program does the work.").replace("%1", holder.started_at).replace(
                                         "%2", holder.host)
    return "ok", text, tooltip


def ai_text(backend: str) -> str:
    names = {"embedded": translate("StatusBar", "AI: embedded (offline)"),
             "openai": translate("StatusBar", "AI: OpenAI"),
             "compatible": translate("StatusBar", "AI: compatible server")}
    return names.get(backend, backend)


def secrets_text(description: str) -> str:
    if description.startswith("OS keyring"):
        return translate("StatusBar", "Secrets: system keyring")
    if description.startswith("encrypted file"):
        return translate("StatusBar", "Secrets: encrypted file")
    return description


class TasksIndicator(StatusItem):
    """Shows how many background operations run, with the newest one's label."""

    SHOW_AFTER_MS = 250  # quick reads come and go without a flicker

    def __init__(self, tracker: TaskTracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TasksIndicator")
        self.tracker = tracker
        self._delay = QTimer(self, singleShot=True, interval=self.SHOW_AFTER_MS, timeout=self._update)
        tracker.changed.connect(self._on_changed)
        self.hide()

    def _on_changed(self) -> None:
        if self.tracker.count == 0:
            self._delay.stop()
            self._update()
        elif not self.isVisible() and not self._delay.isActive():
            self._delay.start()
        elif self.isVisible():
            self._update()

    def _update(self) -> None:
        count, labels = self.tracker.count, self.tracker.labels
        if count == 0:
            self.hide()
            return
        label = labels[-1]
        text = label if count == 1 else translate("StatusBar", "%n task(s) running", "", count) + f" · {label}"
        self.set("busy", "accent", text, "\n".join(labels))
        self.show()

    def retranslate(self) -> None:
        self._update()
