"""Small pieces the KYB views share: the risk badge, severity chips, empty states, section cards."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from gui import theme
from gui.icons import icon
from gui.panels.kyb_list_model import paint_badge
from gui.panels.kyb_texts import badge_text, on_color, severity_text
from gui.theme import SPACE

SEVERITY_TONE = {"critical": "error", "high": "error", "medium": "warn", "low": "accent"}


class RiskBadge(QWidget):
    """The risk level and score as a coloured chip (the same as in the list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level, self.score, self.checked = "none", 0, False
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_risk(self, level: str, score: int, checked: bool) -> None:
        self.level, self.score, self.checked = level, score, checked
        self.setAccessibleName(badge_text(level, score, checked))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        return QSize(metrics.horizontalAdvance(badge_text(self.level, self.score, self.checked)) + 2 * SPACE + 2,
                     metrics.height() + 8)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        paint_badge(painter, QRect(0, 0, self.width(), self.height()), self.font(), self.level, self.score,
                    self.checked)


def chip_style(tone: str, solid: bool = False) -> str:
    c = theme.colors()
    color = getattr(c, tone) if tone != "muted" else c.muted
    if solid:
        return (f"QLabel {{ border-radius: 8px; padding: 1px 8px; min-height: 16px; background: {color}; "
                f"color: {on_color(color)}; font-weight: 600; }}")
    fill = QColor(color)
    fill.setAlpha(40)
    bg = c.rail if tone == "muted" else f"rgba({fill.red()}, {fill.green()}, {fill.blue()}, 40)"
    return (f"QLabel {{ border-radius: 8px; padding: 1px 8px; min-height: 16px; background: {bg}; color: {color}; "
            f"font-weight: 600; }}")


def severity_chip(severity: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(severity_text(severity), parent)
    label.setStyleSheet(chip_style(SEVERITY_TONE.get(severity, "muted"), solid=severity == "critical"))
    label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return label


def toggle_style() -> str:
    """Checkable filter buttons as pills: accent when on (same weight on and off, so nothing gets clipped)."""
    c = theme.colors()
    return (f"QPushButton[pill=true] {{ border-radius: 12px; padding: 3px 14px; border: 1px solid {c.border}; "
            f"background: {c.surface}; color: {c.muted}; min-height: 18px; }}"
            f"QPushButton[pill=true]:hover {{ border-color: {c.accent}; color: {c.text}; }}"
            f"QPushButton[pill=true]:checked {{ background: {c.accent_soft}; border-color: {c.accent}; "
            f"color: {c.text}; }}")


def pill(parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(parent)
    button.setCheckable(True)
    button.setProperty("pill", True)
    return button


def section(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A card with a title line; returns the frame, its layout and the title label."""
    frame = QFrame(parent)
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(2 * SPACE, 2 * SPACE, 2 * SPACE, 2 * SPACE)
    layout.setSpacing(SPACE)
    title = QLabel(frame)
    title.setObjectName("SectionTitle")
    layout.addWidget(title)
    return frame, layout, title


def wrapped(text: str = "", parent: QWidget | None = None, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class EmptyState(QWidget):
    """A centred column: icon, title, text and up to two buttons (the first one primary)."""

    first = Signal()
    second = Signal()

    def __init__(self, icon_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4 * SPACE, 4 * SPACE, 4 * SPACE, 4 * SPACE)
        outer.addStretch(2)
        column = QWidget(self)
        column.setMaximumWidth(72 * SPACE)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 * SPACE)
        self.picture = QLabel(column)
        self.picture.setPixmap(icon(icon_key, "accent").pixmap(56, 56))
        self.title = QLabel(column)
        self.title.setObjectName("EmptyTitle")
        self.text = QLabel(column)
        self.text.setObjectName("Muted")
        for label in (self.picture, self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.first_button = QPushButton(column)
        self.first_button.setObjectName("Primary")
        self.second_button = QPushButton(column)
        self.first_button.clicked.connect(self.first)
        self.second_button.clicked.connect(self.second)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACE)
        buttons.addStretch(1)
        buttons.addWidget(self.first_button)
        buttons.addWidget(self.second_button)
        buttons.addStretch(1)
        layout.addSpacing(SPACE)
        layout.addLayout(buttons)
        centre = QHBoxLayout()  # stretches, not an alignment flag: wrapped text then gets its full height
        centre.addStretch(1)
        centre.addWidget(column, 6)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(3)

    def set_texts(self, title: str, text: str, first: str, second: str = "") -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.first_button.setText(first)
        self.second_button.setText(second)
        self.second_button.setVisible(bool(second))
