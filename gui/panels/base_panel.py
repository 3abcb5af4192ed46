"""What every panel shares: retranslation on language change, a page header, an 8 px grid."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.session import Session
from gui.theme import SPACE


class Panel(QWidget):
    """A page of the main window. Subclasses build widgets, then fill texts in ``retranslate_ui``."""

    key = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(f"{type(self).__name__}")

    def retranslate_ui(self) -> None:
        """Set every visible text; called at construction and on each language change."""

    def activated(self) -> None:
        """The panel has just been brought to the front: refresh what may be stale."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def page_layout(widget: QWidget) -> QVBoxLayout:
    """The outer layout of a panel: 24 px margins, 16 px between blocks."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(3 * SPACE, 3 * SPACE, 3 * SPACE, 2 * SPACE)
    layout.setSpacing(2 * SPACE)
    return layout


class PageHeader(QWidget):
    """Title and one line of explanation at the top of a panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("PageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE // 2)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

    def set_texts(self, title: str, subtitle: str) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A rounded surface with 16 px padding, and its layout."""
    frame = QFrame(parent)
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(2 * SPACE, 2 * SPACE, 2 * SPACE, 2 * SPACE)
    layout.setSpacing(SPACE)
    return frame, layout


def icon_label(icon_size: int = 16, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setFixedSize(icon_size, icon_size)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def row(*widgets: QWidget, spacing: int = SPACE, stretch_end: bool = True) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch_end:
        layout.addStretch(1)
    return layout
