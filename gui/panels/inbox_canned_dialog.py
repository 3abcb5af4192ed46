"""Managing canned responses: the prepared answers staff insert into a reply."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.errors import describe
from gui.icons import icon
from gui.operations import op
from gui.theme import SPACE
from services.inbox.service import InboxService

translate = QCoreApplication.translate
LANGUAGES = (None, "en", "de", "uk")


def language_label(code: str | None) -> str:
    return {None: translate("Inbox", "Any language"), "en": "English", "de": "Deutsch",
            "uk": "Українська"}.get(code, code or "")


class CannedDialog(QDialog):
    """Lists the canned responses; adds and removes them through the service (in the background)."""

    changed = Signal()

    def __init__(self, service: InboxService, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CannedDialog")
        self.service, self.actor = service, actor
        self.setWindowTitle(translate("Inbox", "Canned responses"))
        self.setMinimumWidth(70 * SPACE)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE)
        intro = QLabel(translate("Inbox", "Prepared answers you insert into a reply with one click (or by "
                                          "typing / in an empty reply box)."), self)
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("CannedList")
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        self.remove = QPushButton(icon("remove"), translate("Inbox", "Remove"), self)
        self.remove.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.remove.setEnabled(row >= 0))
        self.remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove)
        layout.addLayout(row)

        form = QFormLayout()
        form.setSpacing(SPACE)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(translate("Inbox", "e.g. Opening hours"))
        self.text = QPlainTextEdit(self)
        self.text.setFixedHeight(12 * SPACE)
        self.text.setTabChangesFocus(True)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        form.addRow(translate("Inbox", "Title"), self.title)
        form.addRow(translate("Inbox", "Text"), self.text)
        form.addRow(translate("Inbox", "Language"), self.language)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.add = QPushButton(icon("add_file", "accent_text"), translate("Inbox", "Add"), self)
        self.add.setObjectName("Primary")
        self.add.clicked.connect(self._add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.add, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        op(self, self.service.canned).success(self._show).run()

    def _show(self, canned: list[tuple[int, str, str, str | None]]) -> None:
        self.list.clear()
        for canned_id, title, text, language in canned:
            item = QListWidgetItem(f"{title} · {language_label(language)}\n{text}")
            item.setData(Qt.ItemDataRole.UserRole, canned_id)
            self.list.addItem(item)

    def _add(self) -> None:
        title, text, language = self.title.text().strip(), self.text.toPlainText().strip(), \
            self.language.currentData()
        if not title or not text:
            self._fail_text(translate("Inbox", "Enter a title and a text."))
            return
        service, actor = self.service, self.actor
        op(self, lambda: service.add_canned(title, text, language, actor)).success(self._added).failure(
            lambda exc: self._fail_text(describe(exc))).run()

    def _added(self, _canned_id: int) -> None:
        self.title.clear()
        self.text.clear()
        self.error.hide()
        self.reload()
        self.changed.emit()

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        canned_id, service, actor = int(item.data(Qt.ItemDataRole.UserRole)), self.service, self.actor
        op(self, lambda: service.remove_canned(canned_id, actor)).success(
            lambda _r: (self.reload(), self.changed.emit())).failure(lambda exc: self._fail_text(describe(exc))).run()

    def _fail_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
