"""The reply box under a conversation: staff replies, internal notes and canned responses.

While the AI answers the conversation, a person may still write: sending then
takes the conversation over first (AI off, assigned to them), so the customer
never gets the AI and a person answering over each other. The hint above the
box says so before anything is sent; internal notes never change who answers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.icons import icon
from gui.panels.inbox_bubble import NOTE_DARK, NOTE_LIGHT
from gui.theme import SPACE

translate = QCoreApplication.translate
Canned = tuple[int, str, str, str | None]


class Composer(QWidget):
    send_reply = Signal(str)
    add_note = Signal(str)
    manage_canned = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Composer")
        self.ai_on = False
        self.canned: list[Canned] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACE, 0, 0)
        layout.setSpacing(SPACE)
        self.hint = QLabel(self)
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("ComposerEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(11 * SPACE)
        self.editor.installEventFilter(self)
        layout.addWidget(self.editor)
        bar = QHBoxLayout()
        bar.setSpacing(SPACE)
        self.note = QCheckBox(self)
        self.note.setObjectName("NoteToggle")
        self.canned_button = QToolButton(self)
        self.canned_button.setObjectName("CannedButton")
        self.canned_button.setIcon(icon("file"))
        self.canned_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.canned_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        c = theme.colors()
        self.canned_button.setStyleSheet(
            f"QToolButton {{ padding: 4px 8px; border: 1px solid {c.border}; border-radius: 6px; "
            f"background: {c.surface}; }} QToolButton:hover {{ border-color: {c.accent}; }} "
            f"QToolButton::menu-indicator {{ image: none; width: 0px; }}")
        self.menu = QMenu(self.canned_button)
        self.canned_button.setMenu(self.menu)
        self.keys = QLabel(self)
        self.keys.setObjectName("Muted")
        self.send = QPushButton(self)
        self.send.setObjectName("Primary")
        self.send.setEnabled(False)
        bar.addWidget(self.note)
        bar.addWidget(self.canned_button)
        bar.addStretch(1)
        bar.addWidget(self.keys)
        bar.addWidget(self.send)
        layout.addLayout(bar)

        self.send.clicked.connect(self.submit)
        self.note.toggled.connect(lambda _on: self._update())
        self.editor.textChanged.connect(lambda: self.send.setEnabled(bool(self.text())))
        self.retranslate_ui()

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def submit(self) -> None:
        text = self.text()
        if not text:
            return
        (self.add_note if self.note.isChecked() else self.send_reply).emit(text)

    def clear_text(self) -> None:
        self.editor.clear()

    def set_ai(self, on: bool) -> None:
        self.ai_on = on
        self._update()

    def set_canned(self, canned: list[Canned]) -> None:
        self.canned = list(canned)
        self._fill_menu()

    def insert(self, text: str) -> None:
        cursor = self.editor.textCursor()
        if cursor.positionInBlock() == 1 and self.editor.toPlainText().startswith("/"):
            cursor.deletePreviousChar()  # the "/" that opened the menu
        cursor.insertText(text)
        self.editor.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is not self.editor or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submit()  # Ctrl+Enter sends; Enter alone is a new line, as in mail clients
            return True
        if event.text() == "/" and not self.editor.toPlainText() and self.canned:
            self.editor.insertPlainText("/")
            self.menu.popup(self.editor.mapToGlobal(self.editor.cursorRect().bottomLeft()))
            return True
        return super().eventFilter(watched, event)

    def _fill_menu(self) -> None:
        self.menu.clear()
        for _id, title, text, language in self.canned:
            label = f"{title} ({language})" if language else title
            action = QAction(label, self.menu)
            action.setToolTip(text)
            action.triggered.connect(lambda _c=False, t=text: self.insert(t))
            self.menu.addAction(action)
        if not self.canned:
            empty = self.menu.addAction(translate("Inbox", "No canned responses yet"))
            empty.setEnabled(False)
        self.menu.addSeparator()
        manage = self.menu.addAction(translate("Inbox", "Manage canned responses…"))
        manage.triggered.connect(self.manage_canned.emit)

    def _update(self) -> None:
        note = self.note.isChecked()
        c = theme.colors()
        bg, border = (NOTE_DARK if c is theme.DARK else NOTE_LIGHT) if note else (c.surface, c.border)
        self.editor.setStyleSheet(f"QPlainTextEdit {{ background: {bg}; border: 1px solid {border}; "
                                  f"border-radius: 6px; padding: 4px 8px; }}")
        if note:
            self.send.setText(translate("Inbox", "Add note"))
            self.send.setIcon(icon("file", "accent_text"))
            self.editor.setPlaceholderText(translate("Inbox", "Write a note for your colleagues…"))
            self.hint.setText(translate("Inbox", "Internal note: only your team sees it, the customer does not."))
        else:
            self.send.setIcon(icon("inbox", "accent_text"))
            self.editor.setPlaceholderText(translate("Inbox", "Write a reply… (type / for canned responses)"))
            if self.ai_on:
                self.send.setText(translate("Inbox", "Take over and send"))
                self.hint.setText(translate("Inbox", "The AI answers this conversation. Sending a reply takes it "
                                                     "over: the AI stops answering here until you hand it back."))
            else:
                self.send.setText(translate("Inbox", "Send"))
                self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_keys()

    def _fit_keys(self) -> None:
        """The 'Ctrl+Enter sends' hint only where it fits; the send button's tooltip always says it."""
        needed = sum(w.sizeHint().width() for w in (self.note, self.canned_button, self.keys, self.send)) + 5 * SPACE
        self.keys.setVisible(needed <= self.width())

    def retranslate_ui(self) -> None:
        self.note.setText(translate("Inbox", "Internal note"))
        self.note.setToolTip(translate("Inbox", "Write a note only your team sees"))
        self.canned_button.setText(translate("Inbox", "Canned responses"))
        self.canned_button.setAccessibleName(translate("Inbox", "Canned responses"))
        self.editor.setAccessibleName(translate("Inbox", "Reply"))
        self.keys.setText(translate("Inbox", "Ctrl+Enter sends"))
        self.send.setToolTip(self.keys.text())
        self._fill_menu()
        self._update()
        self._fit_keys()
