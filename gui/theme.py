"""Look of the app: Fusion, a palette that follows the OS light/dark setting, one accent colour.

Spacing follows an 8 px grid (``SPACE`` and its multiples); the style sheet only
adds what a palette cannot express (the navigation rail, cards, headings).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SPACE = 8  # the grid every margin and gap is a multiple of


@dataclass(frozen=True)
class Colors:
    window: str
    surface: str  # cards, inputs, tables
    rail: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    accent_soft: str  # selected rail item, chips
    ok: str
    warn: str
    error: str


LIGHT = Colors(window="#f5f6f8", surface="#ffffff", rail="#eceef2", text="#1d2330", muted="#5f6b7a",
               border="#dde1e7", accent="#2f6fdf", accent_text="#ffffff", accent_soft="#dce7fb",
               ok="#1f8a4c", warn="#b7791f", error="#c53030")
DARK = Colors(window="#1b1d22", surface="#24272d", rail="#16181c", text="#e7e9ee", muted="#9aa3b2",
              border="#353a43", accent="#5b8ff0", accent_text="#0d1320", accent_soft="#27395c",
              ok="#4cc27e", warn="#e0a84a", error="#f07171")

_current: Colors = LIGHT


def colors() -> Colors:
    """The colours in force (for icons and painted widgets)."""
    return _current


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette(c: Colors) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window, QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.surface, QPalette.ColorRole.AlternateBase: c.window,
        QPalette.ColorRole.Text: c.text, QPalette.ColorRole.Button: c.surface,
        QPalette.ColorRole.ButtonText: c.text, QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text, QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.text, QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: c.accent, QPalette.ColorRole.BrightText: c.error,
        QPalette.ColorRole.Light: c.surface, QPalette.ColorRole.Midlight: c.border,
        QPalette.ColorRole.Mid: c.border, QPalette.ColorRole.Dark: c.border, QPalette.ColorRole.Shadow: c.border,
        QPalette.ColorRole.Accent: c.accent,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return pal


def _image(name: str, color: str) -> str:
    """An icon as a PNG file, for style sheets (they take images only by URL)."""
    import qtawesome as qta  # only once a QApplication exists

    folder = Path(tempfile.gettempdir()) / "ai-secretary-style"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}-{color.lstrip('#')}.png"
    if not path.exists():
        qta.icon(f"mdi6.{name}", color=color).pixmap(32, 32).save(str(path))
    return path.as_posix()


def style_sheet(c: Colors) -> str:
    arrow, check = _image("chevron-down", c.muted), _image("check-bold", c.accent_text)
    return f"""
    QWidget#Rail {{ background: {c.rail}; }}
    QToolButton#RailButton {{
        border: none; border-radius: 8px; padding: 6px 2px; margin: 0px 6px;
        color: {c.muted};
    }}
    QToolButton#RailButton:hover {{ background: {c.border}; color: {c.text}; }}
    QToolButton#RailButton:checked {{ background: {c.accent_soft}; color: {c.text}; }}
    QLabel#RailBrand {{ padding: 16px 0px 8px 0px; }}
    QScrollArea#RailScroll {{ background: {c.rail}; border-right: 1px solid {c.border}; }}
    QLabel#PageTitle {{ font-size: 18pt; font-weight: 600; }}
    QLabel#PageSubtitle, QLabel#Muted {{ color: {c.muted}; }}
    QLabel#SectionTitle {{ font-size: 12pt; font-weight: 600; }}
    QLabel#FieldError {{ color: {c.error}; }}
    QLabel#Success {{ color: {c.ok}; }}
    QLabel#Warning {{ color: {c.warn}; }}
    QLabel#EmptyTitle {{ font-size: 15pt; font-weight: 600; }}
    QLabel#StatNumber {{ font-size: 22pt; font-weight: 600; color: {c.text}; }}
    QLabel#StatLabel {{ color: {c.muted}; }}
    QLabel#Chip {{ border-radius: 10px; padding: 2px 8px; background: {c.rail}; color: {c.muted}; }}
    QLabel#ChipOk {{ border-radius: 10px; padding: 2px 8px; background: {c.accent_soft}; color: {c.text}; }}
    QFrame#Card {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 10px; }}
    QListWidget#PageList {{
        background: transparent; border: none; outline: 0;
    }}
    QListWidget#PageList::item {{ padding: 0px 8px; border-radius: 6px; color: {c.text}; }}
    QListWidget#PageList::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}
    QListWidget#PageList::item:hover:!selected {{ background: {c.border}; }}
    QPushButton {{ padding: 6px 16px; border-radius: 6px; border: 1px solid {c.border}; background: {c.surface}; }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    QPushButton:disabled {{ color: {c.muted}; }}
    QPushButton#Primary {{
        background: {c.accent}; color: {c.accent_text}; border-color: {c.accent}; font-weight: 600;
    }}
    QPushButton#Primary:disabled {{ background: {c.border}; border-color: {c.border}; color: {c.muted}; }}
    QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QTextEdit {{
        padding: 4px 8px; border: 1px solid {c.border}; border-radius: 6px; background: {c.surface};
    }}
    QLineEdit:focus, QComboBox:focus, QDateEdit:focus {{ border-color: {c.accent}; }}
    QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: 24px; }}
    QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({arrow}); width: 16px; height: 16px; }}
    QCheckBox::indicator, QRadioButton::indicator {{
        width: 14px; height: 14px; border: 1px solid {c.muted}; background: {c.surface};
    }}
    QCheckBox::indicator {{ border-radius: 4px; }}
    QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent}; image: url({check}); }}
    QRadioButton::indicator {{ border-radius: 8px; }}
    QRadioButton::indicator:checked {{ border: 5px solid {c.accent}; width: 6px; height: 6px; }}
    QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border-color: {c.accent}; }}
    QLineEdit[invalid="true"] {{ border-color: {c.error}; }}
    QTableView {{ border: 1px solid {c.border}; border-radius: 8px; background: {c.surface};
                  selection-background-color: {c.accent_soft}; selection-color: {c.text}; }}
    QTableView::item {{ padding: 0px 8px; border: none; }}
    QHeaderView::section {{ background: {c.surface}; color: {c.muted}; border: none;
                            border-bottom: 1px solid {c.border}; padding: 6px 8px; font-weight: 600; }}
    QStatusBar {{ background: {c.rail}; border-top: 1px solid {c.border}; }}
    QStatusBar QLabel {{ color: {c.muted}; }}
    QStatusBar::item {{ border: none; }}
    QScrollArea {{ background: transparent; border: none; }}
    QScrollArea > QWidget > QWidget {{ background: transparent; }}
    QSplitter::handle {{ background: transparent; }}
    QScrollBar:vertical {{ background: transparent; width: 12px; margin: 0px; }}
    QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 0px; }}
    QScrollBar::handle {{ background: {c.border}; border-radius: 4px; margin: 2px; }}
    QScrollBar::handle:vertical {{ min-height: 32px; }}
    QScrollBar::handle:horizontal {{ min-width: 32px; }}
    QScrollBar::handle:hover {{ background: {c.muted}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
    QAbstractScrollArea::corner {{ background: transparent; border: none; }}
    """


def apply(app: QApplication, dark: bool | None = None) -> Colors:
    """Fusion + palette + style sheet; ``dark=None`` follows the OS setting."""
    global _current
    app.setStyle("Fusion")
    _current = DARK if (system_is_dark() if dark is None else dark) else LIGHT
    app.setPalette(palette(_current))
    app.setStyleSheet(style_sheet(_current))
    return _current


def follow_system(app: QApplication) -> None:
    """Re-apply the palette whenever the OS switches between light and dark."""
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))
