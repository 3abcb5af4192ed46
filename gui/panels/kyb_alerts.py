"""The alerts inbox: new / acknowledged / resolved, severity chips, and who did what when.

Alerts are few (the service returns the newest 500), so the model keeps the
list the filter asked for and the severity chips filter it in place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.icons import icon
from gui.panels.kyb_list_model import chip_width, paint_chip
from gui.panels.kyb_texts import (
    SEVERITIES,
    acted_text,
    alert_status_text,
    alert_text,
    alert_type_text,
    firm_time,
    on_color,
    severity_text,
)
from gui.panels.kyb_widgets import SEVERITY_TONE, chip_style, pill, toggle_style, wrapped
from gui.theme import SPACE
from secretary.kyb.counterparty import Alert

translate = QCoreApplication.translate
Index = QModelIndex | Any
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1
STATUSES = ("new", "acknowledged", "resolved", None)  # None: every alert


class AlertsModel(QAbstractTableModel):
    COLUMNS = ("severity", "partner", "alert", "raised", "state")

    def __init__(self, timezone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self._all: list[Alert] = []
        self._rows: list[Alert] = []
        self.severities: set[str] = set(SEVERITIES)

    def set_alerts(self, alerts: list[Alert]) -> None:
        self._all = list(alerts)
        self._apply()

    def set_severities(self, severities: set[str]) -> None:
        self.severities = set(severities)
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = [a for a in self._all if a.severity in self.severities]
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._all)

    def alert(self, row: int) -> Alert | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, alert_id: int | None) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == alert_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (translate("KybAlerts", "Severity"), translate("KybAlerts", "Business partner"),
                  translate("KybAlerts", "Alert"), translate("KybAlerts", "Raised"),
                  translate("KybAlerts", "Status"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        alert = self.alert(index.row()) if index.isValid() else None
        if alert is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return alert
        if role == SEVERITY_ROLE and column == "severity":
            return alert.severity
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(alert, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "alert":
                return alert_text(alert)
            if column == "state":
                return acted_text(alert, self.timezone) or alert_status_text(alert.status)
            return self._display(alert, column)
        if role == Qt.ItemDataRole.FontRole and alert.status == "new" and column in ("partner", "alert"):
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None

    def _display(self, alert: Alert, column: str) -> str:
        if column == "severity":
            return severity_text(alert.severity)
        if column == "partner":
            return alert.counterparty_name or "—"
        if column == "alert":
            return alert_text(alert)
        if column == "raised":
            return firm_time(alert.created_at, self.timezone)
        if alert.status == "new":
            return alert_status_text("new")
        who = alert.acted_by or ""
        return f"{alert_status_text(alert.status)} · {who} · {firm_time(alert.updated_at, self.timezone)}".replace(
            " ·  ·", " ·")

    def retranslate(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class SeverityDelegate(QStyledItemDelegate):
    def paint(self, painter: Any, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        severity = index.data(SEVERITY_ROLE)
        if not severity:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        tone = getattr(theme.colors(), SEVERITY_TONE.get(severity, "muted"))
        solid = severity == "critical"
        paint_chip(painter, opt.rect.adjusted(theme.SPACE, 0, -theme.SPACE, 0), opt.font, severity_text(severity),
                   on_color(tone) if solid else tone, tone, solid)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]  # noqa: N802
        hint = super().sizeHint(option, index)
        severity = index.data(SEVERITY_ROLE)
        if severity:
            hint.setWidth(max(hint.width(), chip_width(option.font, severity_text(severity)) + 2 * theme.SPACE))
        return hint


class AlertsView(QWidget):
    """Emits what the user wants done; the panel runs it and calls :meth:`set_alerts` again."""

    status_changed = Signal(object)  # the status filter (None = all)
    acknowledge = Signal(int)
    resolve = Signal(int)
    open_partner = Signal(int)

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AlertsModel(timezone, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE)
        filters = QHBoxLayout()
        filters.setSpacing(SPACE)
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[str | None, QPushButton] = {}
        for n, status in enumerate(STATUSES):
            button = pill(self)
            self.status_group.addButton(button, n)
            self.status_buttons[status] = button
            filters.addWidget(button)
        self.status_buttons["new"].setChecked(True)
        self.status_group.idClicked.connect(lambda n: self.status_changed.emit(STATUSES[n]))
        filters.addSpacing(2 * SPACE)
        self.severity_label = QLabel(self)
        self.severity_label.setObjectName("Muted")
        filters.addWidget(self.severity_label)
        self.severity_buttons: dict[str, QPushButton] = {}
        for severity in SEVERITIES:
            button = pill(self)
            button.setChecked(True)
            button.toggled.connect(self._severities_changed)
            self.severity_buttons[severity] = button
            filters.addWidget(button)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.setStyleSheet(toggle_style())

        self.stack = QStackedWidget(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(0, SeverityDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(5 * SPACE)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self._with_selected(
            lambda a: a.counterparty_id and self.open_partner.emit(a.counterparty_id)))
        self.empty = QLabel(self)
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        self.card = QFrame(self)
        self.card.setObjectName("Card")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(2 * SPACE, 2 * SPACE, 2 * SPACE, 2 * SPACE)
        card.setSpacing(SPACE)
        top = QHBoxLayout()
        top.setSpacing(SPACE)
        self.chip = QLabel(self.card)
        self.partner = QLabel(self.card)
        self.partner.setObjectName("SectionTitle")
        top.addWidget(self.chip)
        top.addWidget(self.partner, 1)
        card.addLayout(top)
        self.full_text = wrapped("", self.card)
        self.meta = wrapped("", self.card, "Muted")
        card.addWidget(self.full_text)
        card.addWidget(self.meta)
        actions = QHBoxLayout()
        actions.setSpacing(SPACE)
        self.open_button = QPushButton(icon("open"), "", self.card)
        self.ack_button = QPushButton(icon("mdi6.check"), "", self.card)
        self.resolve_button = QPushButton(icon("mdi6.check-all", "accent_text"), "", self.card)
        self.resolve_button.setObjectName("Primary")
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.ack_button)
        actions.addWidget(self.resolve_button)
        card.addLayout(actions)
        layout.addWidget(self.card)
        self.open_button.clicked.connect(lambda: self._with_selected(
            lambda a: a.counterparty_id and self.open_partner.emit(a.counterparty_id)))
        self.ack_button.clicked.connect(lambda: self._with_selected(lambda a: self.acknowledge.emit(a.id)))
        self.resolve_button.clicked.connect(lambda: self._with_selected(lambda a: self.resolve.emit(a.id)))
        self.retranslate_ui()
        self._update_buttons()

    @property
    def status(self) -> str | None:
        return STATUSES[max(0, self.status_group.checkedId())]

    def retranslate_ui(self) -> None:
        names = {"new": translate("KybAlerts", "New"), "acknowledged": translate("KybAlerts", "Acknowledged"),
                 "resolved": translate("KybAlerts", "Resolved"), None: translate("KybAlerts", "All")}
        for status, button in self.status_buttons.items():
            button.setText(names[status])
        self.severity_label.setText(translate("KybAlerts", "Severity:"))
        for severity, button in self.severity_buttons.items():
            button.setText(severity_text(severity))
            button.setToolTip(translate("KybAlerts", "Show or hide alerts of this severity"))
        self.open_button.setText(translate("KybAlerts", "Open business partner"))
        self.ack_button.setText(translate("KybAlerts", "Acknowledge"))
        self.ack_button.setToolTip(translate("KybAlerts", "Mark it as seen: someone is looking into it."))
        self.resolve_button.setText(translate("KybAlerts", "Resolve…"))
        self.resolve_button.setToolTip(translate("KybAlerts", "Close the alert with the reason why (required)."))
        self.table.setAccessibleName(translate("KybAlerts", "KYB alerts"))
        self.model.retranslate()
        self._update_empty()
        self._update_buttons()

    def set_alerts(self, alerts: list[Alert]) -> None:
        keep = self.selected()
        self.model.set_alerts(alerts)
        if not self.select_id(keep.id if keep else None) and self.model.rowCount():
            self.table.selectRow(0)
        self._update_empty()
        self._update_buttons()

    def select_id(self, alert_id: int | None) -> bool:
        row = self.model.row_of(alert_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _severities_changed(self) -> None:
        self.model.set_severities({s for s, b in self.severity_buttons.items() if b.isChecked()})
        self._update_empty()
        self._update_buttons()

    def _update_empty(self) -> None:
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.table)
            return
        if self.model.total:
            text = translate("KybAlerts", "No alerts of the chosen severities. Switch more severities on above.")
        elif self.status == "new":
            text = translate("KybAlerts", "No new alerts. An alert appears when a check finds a possible sanctions "
                                          "match, an insolvency notice, an invalid VAT id or a change in a register.")
        else:
            text = translate("KybAlerts", "No alerts here.")
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def selected(self) -> Alert | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.alert(rows[0].row()) if rows else None

    def _with_selected(self, action: Any) -> None:
        alert = self.selected()
        if alert is not None:
            action(alert)

    def _update_buttons(self, *_args: object) -> None:
        alert = self.selected()
        self.open_button.setEnabled(alert is not None and alert.counterparty_id is not None)
        self.ack_button.setEnabled(alert is not None and alert.status == "new")
        self.resolve_button.setEnabled(alert is not None and alert.status != "resolved")
        self.chip.setVisible(alert is not None)
        self.card.setVisible(self.model.rowCount() > 0)
        if alert is None:
            self.partner.setText("")
            self.full_text.setText(translate("KybAlerts", "Choose an alert above to read it in full and act on it."))
            self.meta.setText("")
            return
        self.chip.setText(severity_text(alert.severity))
        self.chip.setStyleSheet(chip_style(SEVERITY_TONE.get(alert.severity, "muted"), alert.severity == "critical"))
        self.partner.setText(alert.counterparty_name or "")
        self.full_text.setText(alert_text(alert))
        self.full_text.setToolTip(alert.message)
        raised = translate("KybAlerts", "%1, raised %2").replace("%1", alert_type_text(alert.type)).replace(
            "%2", firm_time(alert.created_at, self.model.timezone))
        acted = acted_text(alert, self.model.timezone)
        self.meta.setText(f"{raised}\n{acted}" if acted else raised)
