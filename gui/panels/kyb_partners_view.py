"""The business partners tab: search and filters, the paged list with risk badges, the selected one's detail.

Before anything is stored it is an empty state with "Add" and "Import CSV…";
while no sanctions list is loaded a banner says so and offers to load them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.icons import icon
from gui.operations import kyb as kyb_ops
from gui.operations import op
from gui.panels.kyb_detail import DetailView
from gui.panels.kyb_list_model import CounterpartyModel, RiskDelegate, chip_width
from gui.panels.kyb_texts import badge_text, firm_time, kind_text, status_text
from gui.panels.kyb_widgets import EmptyState, wrapped
from gui.theme import SPACE
from secretary.kyb.counterparty import KINDS, Counterparty

if TYPE_CHECKING:
    from services.kyb.service import KybService

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 300
MIN_SCORES = (0, 20, 40, 70, 90)
DEFAULT = kyb_ops.CounterpartyFilter()


class PartnersView(QWidget):
    """Emits ``selected(id or None)``; the buttons' intents go to the panel."""

    selected = Signal(object)
    add = Signal()
    import_csv = Signal()
    export_all = Signal()
    load_lists = Signal()

    def __init__(self, service: KybService, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.current_id: int | None = None
        self.has_any: bool | None = None  # any counterparty in any status
        self.model = CounterpartyModel(lambda f, offset, limit: kyb_ops.page(service, f, offset, limit), timezone,
                                       self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE)

        self.banner = QFrame(self)
        self.banner.setObjectName("Card")
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(2 * SPACE, SPACE, 2 * SPACE, SPACE)
        banner_row.setSpacing(SPACE)
        warn = QLabel(self.banner)
        warn.setPixmap(icon("warn", "warn").pixmap(20, 20))
        self.banner_text = wrapped("", self.banner)
        self.banner_button = QPushButton(self.banner)
        self.banner_button.clicked.connect(self.load_lists)
        banner_row.addWidget(warn)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.banner_button)
        self.banner.hide()
        layout.addWidget(self.banner)

        bar = QHBoxLayout()
        bar.setSpacing(SPACE)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(30 * SPACE)
        self.status = QComboBox(self)
        for status in ("active", "paused", "archived", None):
            self.status.addItem("", status)
        self.min_score = QComboBox(self)
        for score in MIN_SCORES:
            self.min_score.addItem("", score)
        self.add_button = QPushButton(icon("mdi6.plus", "accent_text"), "", self)
        self.add_button.setObjectName("Primary")
        self.import_button = QPushButton(icon("mdi6.file-delimited-outline"), "", self)
        self.export_button = QPushButton(icon("mdi6.folder-download-outline"), "", self)
        for widget in (self.search, self.status, self.min_score):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.add_button, self.import_button):
            bar.addWidget(widget)
        self.export_button.setFlat(True)  # under the list, beside the count: the top bar stays narrow
        self.filters = QWidget(self)
        self.filters.setLayout(bar)
        layout.addWidget(self.filters)

        self.stack = QStackedWidget(self)
        self.loading = QLabel(self)
        self.loading.setObjectName("Muted")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty = EmptyState("kyb", self)
        self.empty.first_button.setIcon(icon("mdi6.plus", "accent_text"))
        self.empty.second_button.setIcon(icon("mdi6.file-delimited-outline"))
        self.table = QTableView(self)
        self._setup_table()
        self.count = QLabel(self)
        self.count.setObjectName("Muted")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(SPACE)
        left_layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch(1)
        footer.addWidget(self.export_button)
        left_layout.addLayout(footer)
        self.right = QStackedWidget(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("Muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.detail = DetailView(timezone, self)
        self.right.addWidget(self.hint)
        self.right.addWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 5)  # the list needs room for names; the detail scrolls
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setHandleWidth(2 * SPACE)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1100, 900])  # list and detail share the width 55:45, whatever it turns out to be
        for page in (self.loading, self.empty, self.splitter):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)

        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.min_score.currentIndexChanged.connect(self.apply_filter)
        self.add_button.clicked.connect(self.add)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_all)
        self.empty.first.connect(self.add)
        self.empty.second.connect(self.import_csv)
        self.model.loaded.connect(self._on_loaded)
        self.model.modelReset.connect(self._restore_selection)
        self.retranslate_ui()
        self.stack.setCurrentWidget(self.loading)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setItemDelegateForColumn(CounterpartyModel.COLUMNS.index("risk"), RiskDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(5 * SPACE)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(6 * SPACE)
        table.selectionModel().selectionChanged.connect(self._on_selection)

    def _size_columns(self) -> None:
        """Widths from the texts the columns can hold (not from every row: the model is paged)."""
        metrics = self.table.fontMetrics()
        pad = 3 * SPACE

        def widest(*texts: str) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + pad
        model, header = self.model, self.table.horizontalHeader()
        title = [str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())]
        now = firm_time(datetime(2026, 12, 28, 22, 58, tzinfo=UTC), model.timezone, date_only=True)
        widths = {"kind": widest(title[1], *(kind_text(k) for k in KINDS)), "country": widest(title[2]),
                  "risk": max(widest(title[3]), chip_width(self.table.font(), badge_text("critical", 100)) + pad,
                              chip_width(self.table.font(), badge_text("none", 0, False)) + pad),
                  "alerts": widest("888") + SPACE, "checked": widest(title[5], now)}
        for column, width in widths.items():
            header.resizeSection(CounterpartyModel.COLUMNS.index(column), width)

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(translate("KybPartners", "Search name, VAT id or LEI"))
        self.search.setMinimumWidth(min(34 * SPACE, self.search.fontMetrics().horizontalAdvance(
            self.search.placeholderText()) + 7 * SPACE))  # the hint stays readable without crowding the bar
        self.search.setAccessibleName(translate("KybPartners", "Search business partners"))
        for i in range(self.status.count()):
            status = self.status.itemData(i)
            self.status.setItemText(i, status_text(status) if status else translate("KybPartners", "Any status"))
        texts = (translate("KybPartners", "Any risk"), translate("KybPartners", "Low risk and above"),
                 translate("KybPartners", "Medium risk and above"), translate("KybPartners", "High risk and above"),
                 translate("KybPartners", "Critical only"))
        for i, text in enumerate(texts):
            self.min_score.setItemText(i, text)
        self.add_button.setText(translate("KybPartners", "Add…"))
        self.import_button.setText(translate("KybPartners", "Import CSV…"))
        self.export_button.setText(translate("KybPartners", "Export all reports…"))
        self.export_button.setToolTip(translate("KybPartners", "A PDF and a JSON report of every monitored business "
                                                               "partner into one folder."))
        self.banner_text.setText(translate("KybPartners", "No sanctions list is loaded yet, so nobody can be "
                                                          "screened against sanctions."))
        self.banner_button.setText(translate("KybPartners", "Load the lists…"))
        self.empty.set_texts(translate("KybPartners", "No business partners yet"),
                             translate("KybPartners", "Add the companies and people you do business with. Each one "
                                                      "is screened against the sanctions lists and checked in the "
                                                      "VAT, LEI and insolvency registers, and you get an alert "
                                                      "when something changes."),
                             translate("KybPartners", "Add a business partner"),
                             translate("KybPartners", "Import CSV…"))
        self.loading.setText(translate("KybPartners", "Loading the business partners…"))
        self.hint.setText(translate("KybPartners", "Choose a business partner on the left to see its risk, what "
                                                   "each source said and its alerts."))
        self.table.setAccessibleName(translate("KybPartners", "Business partners"))
        self.model.retranslate()
        self._size_columns()
        self.detail.retranslate_ui()
        self._update_count()

    # filter and loading --------------------------------------------------------------------------------------
    def current_filter(self) -> kyb_ops.CounterpartyFilter:
        return kyb_ops.CounterpartyFilter(self.search.text().strip(), self.status.currentData(),
                                          int(self.min_score.currentData() or 0))

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        if not self.model.loaded_once:
            self.apply_filter()
        else:
            self.model.refresh()

    def _on_loaded(self) -> None:
        self._update_count()
        self._restore_selection()
        if self.model.rowCount() or self.model.filter != DEFAULT:
            self._show(self.splitter)
            return
        service = self.service  # nothing active: is there anything at all (paused, archived)?
        kyb_ops.run_quietly(op(self, lambda: bool(kyb_ops.page(service, kyb_ops.CounterpartyFilter(
            status=None), 0, 1))).success(self._any_known))

    def _any_known(self, known: bool) -> None:
        self.has_any = known
        if not self.model.rowCount() and self.model.filter == DEFAULT:
            self._show(self.splitter if known else self.empty)

    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self.filters.setVisible(page is self.splitter)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        more = self.model.canFetchMore(self.model.index(0, 0).parent())
        text = translate("KybPartners", "%n business partner(s)", "", n)
        if not n and self.model.loaded_once and self.model.filter != DEFAULT:
            text = translate("KybPartners", "Nobody matches the search or filters.")
        self.count.setText(text + ("+" if more and n else ""))

    def set_lists_loaded(self, loaded: bool) -> None:
        self.banner.setVisible(not loaded)

    # selection -----------------------------------------------------------------------------------------------
    def selected_party(self) -> Counterparty | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.counterparty(rows[0].row()) if rows else None

    def select_id(self, counterparty_id: int | None) -> bool:
        row = self.model.row_of(counterparty_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect |
                                           QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def reveal(self, party: Counterparty) -> None:
        """Select ``party`` in the list; if the search or filters hide it, clear them."""
        if self.select_id(party.id):
            return
        f = self.model.filter
        hidden = bool(f.search) or party.risk_score < f.min_score or (f.status is not None and f.status != party.status)
        if hidden and self.model.loaded_once:
            for widget in (self.search, self.status, self.min_score):
                widget.blockSignals(True)
            self.search.clear()
            if f.status is not None and f.status != party.status:
                self.status.setCurrentIndex(self.status.findData(party.status))
            self.min_score.setCurrentIndex(0)
            for widget in (self.search, self.status, self.min_score):
                widget.blockSignals(False)
            self.apply_filter()  # the selection follows when the page arrives

    def _restore_selection(self) -> None:
        if self.current_id is not None:
            self.select_id(self.current_id)

    def _on_selection(self, *_args: object) -> None:
        party = self.selected_party()
        if party is None:
            if self.model.rowCount() == 0 or self.current_id is None:
                self.current_id = None
                self.right.setCurrentWidget(self.hint)
                self.selected.emit(None)
            return
        if party.id != self.current_id:
            self.current_id = party.id
            self.selected.emit(party.id)
