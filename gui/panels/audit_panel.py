"""Audit: every change, who made it and what it was before; filters and a details pane."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.errors import describe
from gui.icons import icon
from gui.operations import audit as audit_ops
from gui.panels.audit_model import (
    AuditModel,
    action_text,
    actor_text,
    local_time,
    pretty_json,
    resource_text,
    type_text,
)
from gui.panels.base_panel import PageHeader, Panel, card, page_layout
from gui.session import Session
from gui.theme import SPACE
from secretary.records import AuditQuery

translate = QCoreApplication.translate
NO_DATE = QDate(2000, 1, 1)  # the minimum of the date boxes, shown as "Any date"


def _local_midnight(date: QDate) -> datetime:
    return datetime(date.year(), date.month(), date.day()).astimezone()


class AuditPanel(Panel):
    key = "audit"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = AuditModel(session.app.audit.list, session.owner_id, self, names=session.user_names)
        layout = page_layout(self)
        self.header = PageHeader(self)
        layout.addWidget(self.header)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(24 * SPACE)
        self.actor = QComboBox(self)
        self.resource = QComboBox(self)
        for combo in (self.actor, self.resource):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.since_label, self.until_label = QLabel(self), QLabel(self)
        self.since, self.until = QDateEdit(self), QDateEdit(self)
        for box in (self.since, self.until):
            box.setCalendarPopup(True)
            box.setMinimumDate(NO_DATE)
            box.setDate(NO_DATE)
            box.setDisplayFormat("dd.MM.yyyy")
        self.clear_button = QPushButton(self)
        # one row on a wide window; the dates move to a second row on a narrow one
        self.filter_rows = (QHBoxLayout(), QHBoxLayout())
        filters = QVBoxLayout()
        filters.setSpacing(SPACE)
        for filter_row in self.filter_rows:
            filter_row.setSpacing(SPACE)
            filter_row.addStretch(1)
            filters.addLayout(filter_row)
        for widget in (self.search, self.actor, self.resource):
            self.filter_rows[0].insertWidget(self.filter_rows[0].count() - 1, widget)
        self.date_widgets = (self.since_label, self.since, self.until_label, self.until, self.clear_button)
        self.wide_filters: bool | None = None
        self._arrange_filters(True)
        layout.addLayout(filters)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(4 * SPACE)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((17, 17, 12, 26)):
            header.resizeSection(column, width * SPACE)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("Muted")
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.details, details_layout = card(self)
        self.details.setMinimumWidth(32 * SPACE)
        self.details_title = QLabel(self.details)
        self.details_title.setObjectName("SectionTitle")
        self.details_title.setWordWrap(True)
        self.details_meta = QLabel(self.details)
        self.details_meta.setObjectName("Muted")
        self.details_meta.setWordWrap(True)
        self.before_label, self.after_label = QLabel(self.details), QLabel(self.details)
        self.before, self.after = QPlainTextEdit(self.details), QPlainTextEdit(self.details)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for label, text in ((self.before_label, self.before), (self.after_label, self.after)):
            text.setReadOnly(True)
            text.setFont(mono)
            text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            details_layout.addWidget(label)
            details_layout.addWidget(text, 1)
        details_layout.insertWidget(0, self.details_meta)
        details_layout.insertWidget(0, self.details_title)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setHandleWidth(2 * SPACE)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=300, timeout=self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.actor, self.resource):
            combo.currentIndexChanged.connect(self.apply_filters)
        for box in (self.since, self.until):
            box.dateChanged.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)
        self.model.loading_changed.connect(lambda _loading: self._update_empty())
        self.model.failed.connect(lambda exc: self.empty.setText(describe(exc)))
        self._actors: list[str] = []
        self._types: list[str] = []
        self._stale = True
        session.settings_saved.connect(self._mark_stale)
        self.retranslate_ui()
        self._show_entry(None)

    def _arrange_filters(self, wide: bool) -> None:
        if wide == self.wide_filters:
            return
        self.wide_filters = wide
        target = self.filter_rows[0 if wide else 1]
        for widget in self.date_widgets:
            target.insertWidget(target.count() - 1, widget)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._arrange_filters(event.size().width() >= 125 * SPACE)
        super().resizeEvent(event)

    # texts ---------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.header.set_texts(translate("AuditPanel", "Audit log"),
                              translate("AuditPanel", "Every change made in this workspace: who made it, when, and "
                                                      "what it was before."))
        self.search.setPlaceholderText(translate("AuditPanel", "Search changes…"))
        self.search.setAccessibleName(translate("AuditPanel", "Search changes"))
        self.actor.setAccessibleName(translate("AuditPanel", "Who"))
        self.resource.setAccessibleName(translate("AuditPanel", "Record type"))
        self.since_label.setText(translate("AuditPanel", "From"))
        self.until_label.setText(translate("AuditPanel", "To"))
        any_date = translate("AuditPanel", "Any date")
        for box in (self.since, self.until):
            box.setSpecialValueText(any_date)
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance(any_date) + 6 * SPACE)
        self.clear_button.setText(translate("AuditPanel", "Clear filters"))
        self.before_label.setText(translate("AuditPanel", "Before"))
        self.after_label.setText(translate("AuditPanel", "After"))
        self._fill_combos()
        self.model.retranslate()
        self._update_empty()
        self._on_selection()

    def _fill_combos(self) -> None:
        for combo, everyone, values, text in (
                (self.actor, translate("AuditPanel", "Everyone"), self._actors,
                 lambda v: actor_text(v, self.session.owner_id, self.session.user_names)),
                (self.resource, translate("AuditPanel", "All records"), self._types, type_text)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value in values:
                combo.addItem(text(value), value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    # data ----------------------------------------------------------------
    def activated(self) -> None:
        if self._stale:
            self.reload()

    def _mark_stale(self, _values: object = None) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Refresh the filter choices and the rows (after changes elsewhere)."""
        self._stale = False
        audit_ops.filter_values(self, self.session.app).success(self._set_filter_values).run()
        self.apply_filters()

    def _set_filter_values(self, values: tuple[list[str], list[str]]) -> None:
        self._actors, self._types = values
        self._fill_combos()

    def current_query(self) -> AuditQuery:
        since = until = None
        if self.since.date() != NO_DATE:
            since = _local_midnight(self.since.date())
        if self.until.date() != NO_DATE:
            until = _local_midnight(self.until.date()) + timedelta(days=1)
        return AuditQuery(actor=self.actor.currentData(), resource_type=self.resource.currentData(),
                          text=self.search.text().strip() or None, since=since, until=until)

    def apply_filters(self) -> None:
        self._show_entry(None)
        self.model.set_query(self.current_query())

    def clear_filters(self) -> None:
        for widget in (self.search, self.actor, self.resource, self.since, self.until):
            widget.blockSignals(True)
        self.search.clear()
        self.actor.setCurrentIndex(0)
        self.resource.setCurrentIndex(0)
        self.since.setDate(NO_DATE)
        self.until.setDate(NO_DATE)
        for widget in (self.search, self.actor, self.resource, self.since, self.until):
            widget.blockSignals(False)
        self.apply_filters()

    def _update_empty(self) -> None:
        if self.model.rowCount() or self.model.loading:
            self.list_stack.setCurrentWidget(self.table)
            return
        filtered = self.current_query() != AuditQuery()
        self.empty.setText(translate("AuditPanel", "No changes match these filters. Clear the search or widen "
                                                   "the dates.") if filtered else
                           translate("AuditPanel", "No changes recorded yet. Every change to settings, contacts "
                                                   "or invoices will be listed here."))
        self.list_stack.setCurrentWidget(self.empty)

    # details -------------------------------------------------------------
    def _on_selection(self, *_args: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_entry(rows[0].row() if rows else None)

    def _show_entry(self, row: int | None) -> None:
        entry = self.model.entry(row) if row is not None else None
        if entry is None:
            self.details_title.setText(translate("AuditPanel", "Select a change"))
            self.details_meta.setText(translate("AuditPanel", "Its values before and after appear here."))
            self.before.clear()
            self.after.clear()
            return
        self.details_title.setText(f"{action_text(entry.action)}: {resource_text(entry)}")
        who = actor_text(entry.actor, self.session.owner_id, self.session.user_names)
        self.details_meta.setText(f"{local_time(entry.at)} · {who}")
        nothing = translate("AuditPanel", "(nothing)")
        self.before.setPlainText(pretty_json(entry.old_values) or nothing)
        self.after.setPlainText(pretty_json(entry.new_values) or nothing)

