"""The knowledge panel before anything was added: what belongs here, the add buttons, a place to drop files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui import theme
from gui.icons import icon
from gui.theme import SPACE

translate = QCoreApplication.translate


def add_texts() -> tuple[str, str, str]:
    """The labels of the three ways to add documents (toolbar and empty state say the same)."""
    return (translate("KnowledgePanel", "Add files…"), translate("KnowledgePanel", "Add folder…"),
            translate("KnowledgePanel", "Add web page…"))


class EmptyKnowledge(QWidget):
    """A dashed frame around the empty state; it lights up in the accent colour while files are dragged over."""

    add_files = Signal()
    add_folder = Signal()
    add_url = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.active = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4 * SPACE, 4 * SPACE, 4 * SPACE, 4 * SPACE)
        outer.addStretch(2)
        column_widget = QWidget(self)
        column_widget.setMaximumWidth(72 * SPACE)
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2 * SPACE)
        centre = QHBoxLayout()  # stretches, not an alignment flag: wrapped text then gets its height
        centre.addStretch(1)
        centre.addWidget(column_widget, 6)
        centre.addStretch(1)
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("drop", "accent").pixmap(56, 56))
        self.title = QLabel(self)
        self.title.setObjectName("EmptyTitle")
        self.text = QLabel(self)
        self.text.setObjectName("Muted")
        for label in (self.icon, self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setWordWrap(True)
            column.addWidget(label)
        self.files_button = QPushButton(icon("add_file", "accent_text"), "", self)
        self.files_button.setObjectName("Primary")
        self.folder_button = QPushButton(icon("add_folder"), "", self)
        self.url_button = QPushButton(icon("add_web"), "", self)
        self.files_button.clicked.connect(self.add_files)
        self.folder_button.clicked.connect(self.add_folder)
        self.url_button.clicked.connect(self.add_url)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACE)
        buttons.addStretch(1)
        for button in (self.files_button, self.folder_button, self.url_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addSpacing(SPACE)
        column.addLayout(buttons)
        outer.addLayout(centre)
        outer.addStretch(3)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(translate("KnowledgePanel", "No documents yet — add files or a folder"))
        self.text.setText(translate("KnowledgePanel", "Price lists, terms, FAQs and manuals: the AI answers "
                                                      "customers from them and cites the page. You can also drop "
                                                      "files and folders here."))
        for button, text in zip((self.files_button, self.folder_button, self.url_button), add_texts(), strict=True):
            button.setText(text)

    def set_active(self, active: bool) -> None:
        self.active = active
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        c = theme.colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(c.accent if self.active else c.border), 2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(c.accent_soft) if self.active else QColor(0, 0, 0, 0))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 12, 12)
