"""The main window: a navigation rail on the left, the panels, and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.icons import icon
from gui.operations import tracker
from gui.panels.audit_panel import AuditPanel
from gui.panels.base_panel import Panel
from gui.panels.home_panel import HomePanel
from gui.panels.inbox_panel import InboxPanel
from gui.panels.knowledge_panel import KnowledgePanel
from gui.panels.kyb_panel import KybPanel
from gui.panels.placeholder_panel import PLACEHOLDERS, PlaceholderPanel
from gui.panels.settings_panel import SettingsPanel
from gui.session import Session
from gui.status_panel import StatusItem, TasksIndicator, ai_text, secrets_text, worker_text
from gui.theme import SPACE, colors

translate = QCoreApplication.translate
PANELS = ("home", "inbox", "crm", "calendar", "knowledge", "invoices", "kyb", "audit", "settings")
GEOMETRY_KEY = "main_window/geometry"
PANEL_KEY = "main_window/panel"


def rail_label(key: str) -> str:
    labels = {
        "home": translate("MainWindow", "Home"), "inbox": translate("MainWindow", "Inbox"),
        "crm": translate("MainWindow", "CRM"), "calendar": translate("MainWindow", "Calendar"),
        "knowledge": translate("MainWindow", "Knowledge"), "invoices": translate("MainWindow", "Invoices"),
        "kyb": translate("MainWindow", "KYB"), "audit": translate("MainWindow", "Audit"),
        "settings": translate("MainWindow", "Settings"),
    }
    return labels[key]


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("MainWindow")
        self.setMinimumSize(QSize(90 * SPACE, 60 * SPACE))

        central = QWidget(self)
        self.setCentralWidget(central)
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.rail = QWidget()
        self.rail.setObjectName("Rail")
        rail_layout = QVBoxLayout(self.rail)
        rail_layout.setContentsMargins(0, 0, 0, 2 * SPACE)
        rail_layout.setSpacing(SPACE // 4)
        brand = QLabel(self.rail)
        brand.setObjectName("RailBrand")
        brand.setPixmap(icon("brand", "accent").pixmap(4 * SPACE, 4 * SPACE))
        brand.setToolTip("AI Secretary")
        brand.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        rail_layout.addWidget(brand)
        self.buttons: dict[str, QToolButton] = {}
        self.badges: dict[str, QLabel] = {}
        self.badge_counts: dict[str, int] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for index, key in enumerate(PANELS):
            button = QToolButton(self.rail)
            button.setObjectName("RailButton")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIcon(icon(key))
            button.setIconSize(QSize(3 * SPACE, 3 * SPACE))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _checked=False, k=key: self.show_panel(k))
            self.group.addButton(button, index)
            self.buttons[key] = button
            if key == "settings":
                rail_layout.addStretch(1)
            rail_layout.addWidget(button)
        # on a very short screen the rail scrolls instead of squeezing its labels
        rail_scroll = QScrollArea(central)
        rail_scroll.setObjectName("RailScroll")
        rail_scroll.setWidget(self.rail)
        rail_scroll.setWidgetResizable(True)
        rail_scroll.setFixedWidth(15 * SPACE)
        rail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(rail_scroll)

        self.stack = QStackedWidget(central)
        outer.addWidget(self.stack, 1)
        self.panels: dict[str, Panel] = {}
        home = HomePanel(session)
        home.navigate.connect(self.navigate)
        self._add(home)
        self.inbox = InboxPanel(session)
        self.inbox.navigate.connect(self.navigate)
        self.inbox.unread_changed.connect(lambda n: self.set_badge("inbox", n))
        self._add(self.inbox)
        self._add(KnowledgePanel(session))
        self.kyb = KybPanel(session)
        self.kyb.navigate.connect(self.navigate)
        self.kyb.alerts_changed.connect(lambda n: self.set_badge("kyb", n))
        self._add(self.kyb)
        for placeholder in PLACEHOLDERS:  # features still to come: each says what will be there
            if placeholder.key in self.panels:
                continue
            panel = PlaceholderPanel(session, placeholder)
            panel.navigate.connect(self.navigate)
            self._add(panel)
        self._add(AuditPanel(session))
        self.settings_panel = SettingsPanel(session)
        self._add(self.settings_panel)

        self.shortcuts: list[QShortcut] = []
        for index, key in enumerate(PANELS, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index}"), self)
            shortcut.activated.connect(lambda k=key: self.show_panel(k))
            self.shortcuts.append(shortcut)

        self.worker_status = StatusItem(self)
        self.worker_status.setObjectName("WorkerStatus")
        self.ai_status = StatusItem(self)
        self.ai_status.setObjectName("AiStatus")
        self.secrets_status = StatusItem(self)
        self.secrets_status.setObjectName("SecretsStatus")
        self.tasks = TasksIndicator(tracker(), self)
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.worker_status)
        bar.addWidget(self.ai_status)
        bar.addWidget(self.secrets_status)
        bar.addPermanentWidget(self.tasks)
        self.ai_backend = str(session.app.settings.get("ai.backend"))
        session.settings_saved.connect(self._on_settings_saved)

        self.retranslate_ui()
        self.restore_state()

    def _add(self, panel: Panel) -> None:
        self.panels[panel.key] = panel
        self.stack.addWidget(panel)

    # navigation ----------------------------------------------------------
    @property
    def current_panel(self) -> str:
        widget = self.stack.currentWidget()
        return widget.key if isinstance(widget, Panel) else "home"

    def show_panel(self, key: str) -> None:
        panel = self.panels[key]
        self.buttons[key].setChecked(True)
        if self.stack.currentWidget() is not panel:
            self.stack.setCurrentWidget(panel)
        panel.activated()

    def navigate(self, target: str) -> None:
        """Open ``target``: a panel key, or ``settings:<page>``."""
        key, _, page = target.partition(":")
        self.show_panel(key)
        if key == "settings" and page:
            self.settings_panel.show_page(page)

    def set_badge(self, key: str, count: int) -> None:
        """A small count on a rail button (unread conversations, new alerts); 0 hides it."""
        button = self.buttons[key]
        badge = self.badges.get(key)
        if badge is None:
            badge = QLabel(button)
            badge.setObjectName("RailBadge")
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.badges[key] = badge
        self.badge_counts[key] = count
        c = colors()
        badge.setStyleSheet(f"QLabel#RailBadge {{ background: {c.accent}; color: {c.accent_text}; "
                            f"border-radius: {SPACE + 1}px; padding: 0px 5px; font-size: 8pt; font-weight: 600; }}")
        badge.setText(str(count) if count < 100 else "99+")
        badge.setVisible(count > 0)
        badge.adjustSize()
        badge.resize(max(badge.width(), 2 * SPACE + 2), 2 * SPACE + 2)
        badge.move(button.width() // 2 + SPACE // 2, SPACE // 2)
        label = rail_label(key)
        button.setAccessibleName(f"{label} ({count})" if count else label)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        for key, badge in self.badges.items():  # the rail buttons' width follows the rail
            badge.move(self.buttons[key].width() // 2 + SPACE // 2, SPACE // 2)

    # texts and status ----------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("MainWindow", "AI Secretary"))
        for index, key in enumerate(PANELS, start=1):
            button = self.buttons[key]
            label = rail_label(key)
            button.setText(label)
            count = self.badge_counts.get(key, 0)
            button.setAccessibleName(f"{label} ({count})" if count else label)
            button.setToolTip(f"{label} (Ctrl+{index})")
        tone, text, tooltip = worker_text(self.session.runtime)
        self.worker_status.set("dot", tone, text, tooltip)
        self.ai_status.set("ai", "muted", ai_text(self.ai_backend),
                           translate("MainWindow", "Change it in Settings → AI."))
        description = self.session.app.secrets.store_description
        self.secrets_status.set("lock", "muted", secrets_text(description), description)
        self.tasks.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_settings_saved(self, values: dict[str, object]) -> None:
        if "ai.backend" in values:
            self.ai_backend = str(values["ai.backend"])
            self.ai_status.set("ai", "muted", ai_text(self.ai_backend),
                               translate("MainWindow", "Change it in Settings → AI."))

    def refresh_icons(self) -> None:
        """After a light/dark switch, repaint the rail icons in the new colours."""
        for key, button in self.buttons.items():
            button.setIcon(icon(key))
        for key, count in self.badge_counts.items():
            self.set_badge(key, count)
        self.retranslate_ui()

    # window state --------------------------------------------------------
    def restore_state(self) -> None:
        settings = self.session.qsettings
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:  # first start: 1200×800, or 90 % of a smaller screen
            screen = self.screen().availableGeometry() if self.screen() else None
            width, height = 150 * SPACE, 100 * SPACE
            if screen is not None:
                width, height = min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.9))
            self.resize(width, height)
        panel = settings.value(PANEL_KEY, "home")
        self.show_panel(panel if panel in self.panels else "home")

    def save_state(self) -> None:
        settings = self.session.qsettings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(PANEL_KEY, self.current_panel)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        super().closeEvent(event)
