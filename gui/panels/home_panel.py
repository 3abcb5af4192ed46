"""Home: today at a glance, from the workspace's row counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.icons import icon
from gui.operations import op
from gui.panels.base_panel import PageHeader, Panel, card, page_layout
from gui.session import Session
from gui.theme import SPACE
from secretary.records import StatusReport

translate = QCoreApplication.translate

# (card key, table counted, panel it opens)
STATS: tuple[tuple[str, str, str], ...] = (
    ("threads", "threads", "inbox"),
    ("contacts", "contacts", "crm"),
    ("leads", "leads", "crm"),
    ("bookings", "bookings", "calendar"),
    ("documents", "documents", "knowledge"),
    ("counterparties", "counterparties", "kyb"),
    ("alerts", "alerts", "kyb"),
    ("invoices", "invoices", "invoices"),
)


def stat_label(key: str) -> str:
    labels = {
        "threads": translate("HomePanel", "Conversations"),
        "contacts": translate("HomePanel", "Contacts"),
        "leads": translate("HomePanel", "Leads"),
        "bookings": translate("HomePanel", "Meetings booked"),
        "documents": translate("HomePanel", "Documents"),
        "counterparties": translate("HomePanel", "Business partners watched"),
        "alerts": translate("HomePanel", "KYB alerts"),
        "invoices": translate("HomePanel", "Invoices"),
    }
    return labels[key]


class StatCard(QFrame):
    """A number, what it counts, and a click that opens the panel where those rows live."""

    clicked = Signal(str)

    def __init__(self, key: str, icon_key: str, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.target = key, target
        self.setObjectName("Card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(22 * SPACE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * SPACE, 2 * SPACE, 2 * SPACE, 2 * SPACE)
        layout.setSpacing(SPACE // 2)
        top = QHBoxLayout()
        self.icon = QLabel(self)
        self.icon.setPixmap(icon(icon_key, "accent").pixmap(20, 20))
        self.number = QLabel("–", self)
        self.number.setObjectName("StatNumber")
        top.addWidget(self.number)
        top.addStretch(1)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setObjectName("StatLabel")
        self.label.setWordWrap(True)
        layout.addLayout(top)
        layout.addWidget(self.label)

    def set_count(self, count: int | None) -> None:
        self.number.setText("–" if count is None else QLocale().toString(count))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.target)
        super().mouseReleaseEvent(event)


class HomePanel(Panel):
    key = "home"
    navigate = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.report: StatusReport | None = None
        self.firm_name = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = page_layout(body)
        self.header = PageHeader(body)
        layout.addWidget(self.header)

        self.grid = QGridLayout()
        self.grid.setSpacing(2 * SPACE)
        self.columns = 0
        self.cards: dict[str, StatCard] = {}
        icons = {"threads": "inbox", "contacts": "crm", "leads": "crm", "bookings": "calendar",
                 "documents": "knowledge", "counterparties": "kyb", "alerts": "warn", "invoices": "invoices"}
        for key, _table, target in STATS:
            stat = StatCard(key, icons[key], target, body)
            stat.clicked.connect(self.navigate)
            self.cards[key] = stat
        self._arrange(4)
        layout.addLayout(self.grid)

        self.empty_card, empty_layout = card(body)
        self.empty_title = QLabel(self.empty_card)
        self.empty_title.setObjectName("SectionTitle")
        self.empty_text = QLabel(self.empty_card)
        self.empty_text.setWordWrap(True)
        self.empty_text.setObjectName("Muted")
        self.settings_button = QPushButton(icon("settings", "accent_text"), "", self.empty_card)
        self.settings_button.setObjectName("Primary")
        self.settings_button.clicked.connect(lambda: self.navigate.emit("settings"))
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        empty_layout.addLayout(buttons)
        layout.addWidget(self.empty_card)

        self.next_card, next_layout = card(body)
        self.next_title = QLabel(self.next_card)
        self.next_title.setObjectName("SectionTitle")
        self.next_text = QLabel(self.next_card)
        self.next_text.setWordWrap(True)
        self.next_text.setObjectName("Muted")
        next_layout.addWidget(self.next_title)
        next_layout.addWidget(self.next_text)
        layout.addWidget(self.next_card)
        layout.addStretch(1)

        self._refresh_timer = QTimer(self, singleShot=True, interval=1000, timeout=self.refresh)
        session.queue_event.connect(self._on_queue_event)
        session.settings_saved.connect(lambda _values: self.refresh())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        date = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        subtitle = f"{self.firm_name} · {date}" if self.firm_name else date
        self.header.set_texts(translate("HomePanel", "Today at a glance"), subtitle)
        for key, stat in self.cards.items():
            stat.label.setText(stat_label(key))
            stat.setToolTip(translate("HomePanel", "Click to open"))
        self.empty_title.setText(translate("HomePanel", "Nothing here yet"))
        self.empty_text.setText(translate(
            "HomePanel", "Connect a channel such as Telegram in Settings → Integrations, and conversations, "
                         "contacts and leads will start to appear here."))
        self.settings_button.setText(translate("HomePanel", "Open Settings"))
        self.next_title.setText(translate("HomePanel", "Coming next"))
        self.next_text.setText(translate(
            "HomePanel", "Hand-offs waiting for a person, tasks due, today's meetings and small charts per "
                         "channel arrive here with the Inbox, CRM, Calendar and KYB features."))

    def _arrange(self, columns: int) -> None:
        """Four cards a row on a wide window, two on a narrow one."""
        if columns == self.columns:
            return
        self.columns = columns
        for stat in self.cards.values():
            self.grid.removeWidget(stat)
        for index, stat in enumerate(self.cards.values()):
            self.grid.addWidget(stat, index // columns, index % columns)
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._arrange(4 if event.size().width() >= 4 * 24 * SPACE else 2)
        super().resizeEvent(event)

    def activated(self) -> None:
        self.refresh()

    def _on_queue_event(self, signal: str, _task: str) -> None:
        if signal == "complete" and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self) -> None:
        app = self.session.app
        op(self, lambda: (app.status(), str(app.settings.get("firm.name")))).success(self._show).run()

    def _show(self, result: tuple[StatusReport, str]) -> None:
        self.report, self.firm_name = result
        counts = self.report.counts
        for key, table, _target in STATS:
            self.cards[key].set_count(counts.get(table, 0))
        self.empty_card.setVisible(not any(counts.get(table, 0) for _key, table, _t in STATS))
        self.retranslate_ui()
