"""The thread list as a lazily paged list model (Qt's canFetchMore/fetchMore).

The model never holds more than the pages the user has scrolled through: the
first page comes with the filter, later ones when the view reaches the end,
each read on the thread pool. A live refresh reads the loaded rows again (at
most :data:`REFRESH_CAP`) and swaps them in; the view keeps its selection by
thread id. A page or refresh that arrives after the filter changed is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal

from gui.operations import op, run_quietly
from storage.inbox_views import ThreadFilter, ThreadRow

PAGE_SIZE = 100
REFRESH_CAP = 500  # rows re-read by a live refresh; deeper pages refresh when scrolled to again
THREAD_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | Any
Fetch = Callable[[ThreadFilter, int, int], list[ThreadRow]]


class ThreadsModel(QAbstractListModel):
    """Threads matching one filter, most recent activity first."""

    loading_changed = Signal(bool)
    refreshed = Signal()
    failed = Signal(object)

    def __init__(self, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._filter = ThreadFilter()
        self._rows: list[ThreadRow] = []
        self._more = False
        self._loading = False
        self._refreshing = False
        self._generation = 0
        self.pages_loaded = 0
        self.loaded_once = False

    # --- the filter -------------------------------------------------------------------------------------------
    @property
    def filter(self) -> ThreadFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, f: ThreadFilter) -> None:
        """Start over with ``f``: drop the rows and load its first page."""
        self._generation += 1
        self.beginResetModel()
        self._filter = f
        self._rows = []
        self._more = True
        self._loading = False
        self._refreshing = False
        self.pages_loaded = 0
        self.loaded_once = False
        self.endResetModel()
        self._request()

    # --- rows -------------------------------------------------------------------------------------------------
    def thread(self, row: int) -> ThreadRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, thread_id: int | None) -> int:
        return next((i for i, t in enumerate(self._rows) if t.id == thread_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        thread = self.thread(index.row()) if index.isValid() else None
        if thread is None:
            return None
        if role == THREAD_ROLE:
            return thread
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{thread.title}: {thread.last_text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return thread.channel_name
        return None

    # --- paging -----------------------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt override
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        self._set_loading(True)
        generation, f, offset = self._generation, self._filter, len(self._rows)
        run_quietly(op(self, lambda: self._fetch(f, offset, PAGE_SIZE)).success(
            lambda page: self._append(generation, page)).failure(lambda exc: self._fail(generation, exc)))

    def _append(self, generation: int, page: list[ThreadRow]) -> None:
        if generation != self._generation:
            return
        known = {t.id for t in self._rows}
        page = [t for t in page if t.id not in known]  # a thread that moved up between two pages
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self._more = len(page) == PAGE_SIZE
        self.pages_loaded += 1
        self.loaded_once = True
        self._set_loading(False)

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._more = False
        self.loaded_once = True
        self._set_loading(False)
        self.failed.emit(exc)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.loading_changed.emit(loading)

    # --- live refresh -----------------------------------------------------------------------------------------
    def refresh(self) -> bool:
        """Read the loaded rows again in the background; False if a load is already under way."""
        if self._loading or self._refreshing:
            return False
        self._refreshing = True
        generation, f = self._generation, self._filter
        count = min(max(len(self._rows), PAGE_SIZE), REFRESH_CAP)
        run_quietly(op(self, lambda: self._fetch(f, 0, count)).success(
            lambda rows: self._replace(generation, count, rows)).failure(
            lambda exc: self._refresh_failed(generation, exc)))
        return True

    def _replace(self, generation: int, count: int, fresh: list[ThreadRow]) -> None:
        if generation != self._generation:
            return
        self._refreshing = False
        ids = {t.id for t in fresh}
        rows = fresh + [t for t in self._rows[count:] if t.id not in ids]
        if [t.id for t in rows] == [t.id for t in self._rows]:
            changed = [i for i, (a, b) in enumerate(zip(self._rows, rows, strict=True)) if a != b]
            self._rows = rows
            if changed:
                self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))
        else:
            self._resize_to(len(rows), rows)
            self.layoutAboutToBeChanged.emit()
            old_ids = [t.id for t in self._rows]
            new = {t.id: i for i, t in enumerate(rows)}
            self._rows = rows
            for index in self.persistentIndexList():  # the selection follows its thread to its new row
                target = new.get(old_ids[index.row()], -1) if 0 <= index.row() < len(old_ids) else -1
                self.changePersistentIndex(index, self.index(target) if target >= 0 else QModelIndex())
            self.layoutChanged.emit()
        if len(fresh) < count:
            self._more = False
        elif len(fresh) == count and count >= len(self._rows):
            self._more = True
        self.refreshed.emit()

    def _resize_to(self, size: int, rows: list[ThreadRow]) -> None:
        """Grow or shrink at the end first, so the layout change that follows keeps the row count."""
        if size > len(self._rows):
            self.beginInsertRows(QModelIndex(), len(self._rows), size - 1)
            self._rows = self._rows + rows[len(self._rows):]
            self.endInsertRows()
        elif size < len(self._rows):
            self.beginRemoveRows(QModelIndex(), size, len(self._rows) - 1)
            self._rows = self._rows[:size]
            self.endRemoveRows()

    def _refresh_failed(self, generation: int, _exc: BaseException) -> None:
        if generation == self._generation:
            self._refreshing = False  # the next change tries again; the old rows stay meanwhile
