"""The left pane of the Inbox: search, filters and the lazily paged list of conversations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.icons import icon
from gui.panels.inbox_texts import CHANNEL_TYPES, STATUSES, channel_icon, channel_name, status_name
from gui.panels.inbox_thread_delegate import ThreadDelegate
from gui.panels.inbox_threads_model import Fetch, ThreadsModel
from gui.theme import SPACE
from storage.inbox_views import ThreadFilter, ThreadRow

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 300


class ThreadList(QWidget):
    """Emits ``selected`` with the thread the user picked (None when the selection goes away)."""

    selected = Signal(object)

    def __init__(self, fetch: Fetch, me: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.me = me
        self.current_id: int | None = None
        self.model = ThreadsModel(fetch, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE)

        self.search = QLineEdit(self)
        self.search.setObjectName("InboxSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        layout.addWidget(self.search)
        self.status = QComboBox(self)
        self.channel = QComboBox(self)
        self.channel.addItem("", None)
        for kind in CHANNEL_TYPES:
            self.channel.addItem(icon(channel_icon(kind)), channel_name(kind), kind)
        self.status.addItem("", None)
        for status in STATUSES:
            self.status.addItem("", status)
        self.mine = QPushButton(self)
        self.unread = QPushButton(self)
        for toggle in (self.mine, self.unread):
            toggle.setCheckable(True)
            toggle.setObjectName("FilterToggle")
        self.mine.setVisible(me is not None)
        filters = QHBoxLayout()
        filters.setSpacing(SPACE)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.channel, 1)
        layout.addLayout(filters)
        toggles = QHBoxLayout()
        toggles.setSpacing(SPACE)
        toggles.addWidget(self.mine)
        toggles.addWidget(self.unread)
        toggles.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("Muted")
        toggles.addWidget(self.count_label)
        layout.addLayout(toggles)

        self.view = QListView(self)
        self.view.setObjectName("ThreadList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ThreadDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setMouseTracking(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.empty = QLabel(self)
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        self.debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self.debounce.start())
        for combo in (self.status, self.channel):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for toggle in (self.mine, self.unread):
            toggle.toggled.connect(lambda _on: self.apply_filter())
        self.model.loading_changed.connect(lambda _busy: self._update_empty())
        self.model.rowsInserted.connect(lambda *_: self._after_rows())
        self.model.layoutChanged.connect(lambda *_: self._after_rows())
        self.model.refreshed.connect(self._after_rows)
        self.retranslate_ui()

    # --- texts ------------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(translate("Inbox", "Search names and messages (Ctrl+F)"))
        self.search.setAccessibleName(translate("Inbox", "Search conversations"))
        self.status.setItemText(0, translate("Inbox", "All statuses"))
        for i, status in enumerate(STATUSES, start=1):
            self.status.setItemText(i, status_name(status))
        self.status.setAccessibleName(translate("Inbox", "Status filter"))
        self.channel.setItemText(0, translate("Inbox", "All channels"))
        for i, kind in enumerate(CHANNEL_TYPES, start=1):
            self.channel.setItemText(i, channel_name(kind))
        self.channel.setAccessibleName(translate("Inbox", "Channel filter"))
        self.mine.setText(translate("Inbox", "Mine"))
        self.mine.setToolTip(translate("Inbox", "Only conversations assigned to you"))
        self.unread.setText(translate("Inbox", "Unread"))
        self.unread.setToolTip(translate("Inbox", "Only conversations with messages you have not read"))
        self.view.setAccessibleName(translate("Inbox", "Conversations"))
        self._update_empty()

    # --- filter -----------------------------------------------------------------------------------------------
    def current_filter(self) -> ThreadFilter:
        return ThreadFilter(status=self.status.currentData(), channel_type=self.channel.currentData(),
                            assignee_id=self.me if self.mine.isChecked() else None,
                            unread_only=self.unread.isChecked(), search=self.search.text().strip() or None)

    def apply_filter(self) -> None:
        self.debounce.stop()
        f = self.current_filter()
        if f != self.model.filter or not self.model.loaded_once:
            self.model.set_filter(f)

    def filtered(self) -> bool:
        return self.current_filter() != ThreadFilter()

    # --- selection --------------------------------------------------------------------------------------------
    def _on_current(self, *_args: object) -> None:
        thread = self.model.thread(self.view.currentIndex().row())
        thread_id = thread.id if thread else None
        if thread_id != self.current_id:
            self.current_id = thread_id
            self.selected.emit(thread)

    def select_id(self, thread_id: int | None) -> bool:
        row = self.model.row_of(thread_id)
        if row < 0:
            return False
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        return True

    def thread(self, thread_id: int | None) -> ThreadRow | None:
        return self.model.thread(self.model.row_of(thread_id))

    def _after_rows(self) -> None:
        self._update_empty()
        if self.current_id is not None and self.view.currentIndex().row() < 0:
            self.select_id(self.current_id)  # the refresh brought the selected thread back

    def _update_empty(self) -> None:
        rows = self.model.rowCount()
        if rows or (self.model.loading and not self.model.loaded_once):
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.setText(translate("Inbox", "No conversation matches these filters.") if self.filtered()
                               else translate("Inbox", "No conversations yet. They appear here as soon as a "
                                                       "customer writes on one of your channels."))
            self.stack.setCurrentWidget(self.empty)
        more = "+" if self.model.canFetchMore(QModelIndex()) else ""
        self.count_label.setText(translate("Inbox", "%1 shown").replace("%1", f"{rows}{more}") if rows else "")
