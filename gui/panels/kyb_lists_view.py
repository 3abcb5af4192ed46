"""How fresh the sanctions lists are: each list's version, publication, entries, when loaded and how old,
"Update now" (a download with progress that can be stopped, with each list's outcome) and "Import file…"."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.errors import describe
from gui.icons import icon
from gui.operations import kyb as kyb_ops
from gui.operations import run_quietly
from gui.panels.kyb_list_import_dialog import ListImportDialog
from gui.panels.kyb_texts import STALE_DAYS, age_days, age_text, firm_time, list_title, version_text
from gui.panels.kyb_widgets import EmptyState, wrapped
from gui.theme import SPACE

if TYPE_CHECKING:
    from services.app import App
    from services.kyb.lists import UpdateResult

translate = QCoreApplication.translate
Index = QModelIndex | Any


def stale(row: kyb_ops.ListRow, now: datetime | None = None) -> bool:
    """Missing, or loaded more than a week ago (the lists change several times a week)."""
    days = age_days(row.version.imported_at if row.version else None, now)
    return days is None or days > STALE_DAYS


def outcome_text(result: UpdateResult) -> str:
    """One list's download outcome as a line: a mark, the list, what happened and why."""
    title = list_title(result.list_id)
    entries = re.fullmatch(r"(\d+) entries", result.message or "")
    if result.outcome == "updated":
        detail = translate("KybLists", "%1 entries").replace("%1", QLocale().toString(int(entries.group(1)))) \
            if entries else result.message
        return f"✓ {title}: {translate('KybLists', 'updated')}" + (f" — {detail}" if detail else "")
    if result.outcome == "unchanged":
        return f"✓ {title}: {translate('KybLists', 'no change')}"
    if result.outcome == "skipped":
        detail = translate("KybLists", "it needs a download token: enter it in Settings → KYB") \
            if "token" in (result.message or "") else result.message
        return f"– {title}: {translate('KybLists', 'skipped')}" + (f" — {detail}" if detail else "")
    return f"⚠ {title}: {translate('KybLists', 'could not be downloaded')}" + (
        f" ({result.message})" if result.message else "")


class ListsModel(QAbstractTableModel):
    COLUMNS = ("list", "version", "published", "entries", "loaded", "age")

    def __init__(self, timezone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self.rows: list[kyb_ops.ListRow] = []

    def set_rows(self, rows: list[kyb_ops.ListRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (translate("KybLists", "List"), translate("KybLists", "Version"),
                  translate("KybLists", "Published"), translate("KybLists", "Entries"),
                  translate("KybLists", "Loaded"), translate("KybLists", "Age"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.COLUMNS[index.column()]
        version = row.version
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "list":
                return list_title(row.list_id)
            if version is None:
                return age_text(None) if column == "age" else "—"
            values = {"version": version_text(version.version), "published": version.published or "—",
                      "entries": QLocale().toString(version.entries),
                      "loaded": firm_time(version.imported_at, self.timezone),
                      "age": age_text(age_days(version.imported_at))}
            return values[column]
        if role == Qt.ItemDataRole.DecorationRole and column == "age":
            return icon("warn", "warn") if stale(row) else icon("ok", "ok")
        if role == Qt.ItemDataRole.ForegroundRole and column == "age" and stale(row):
            return QColor(theme.colors().warn)
        if role == Qt.ItemDataRole.ForegroundRole and not row.chosen:
            return QColor(theme.colors().muted)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not row.chosen:
                return translate("KybLists", "Not screened against: switch it on in Settings → KYB.")
            if column == "age" and stale(row):
                return translate("KybLists", "Older than %n day(s) or missing: update it.", "", STALE_DAYS)
            if version is not None and column == "version":
                return version.origin
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "entries":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def retranslate(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class ListsView(QWidget):
    """Emits ``changed`` after a list was updated or imported, ``loaded(any list loaded)`` after each read."""

    changed = Signal()
    loaded = Signal(bool)

    def __init__(self, app: App, actor: str, timezone: str, qsettings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.actor, self.qsettings = app, actor, qsettings
        self.model = ListsModel(timezone, self)
        self.progress: kyb_ops.Progress | None = None
        self.import_dialog: ListImportDialog | None = None
        self.results: list[UpdateResult] = []
        self.loaded_once = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE)
        self.intro = wrapped("", self, "Muted")
        layout.addWidget(self.intro)
        self.warning = wrapped("", self, "Warning")
        layout.addWidget(self.warning)
        bar = QHBoxLayout()
        bar.setSpacing(SPACE)
        self.update_button = QPushButton(icon("mdi6.cloud-download-outline", "accent_text"), "", self)
        self.update_button.setObjectName("Primary")
        self.import_button = QPushButton(icon("add_file"), "", self)
        self.cancel_button = QPushButton(icon("stop"), "", self)
        self.cancel_button.hide()
        for button in (self.update_button, self.import_button, self.cancel_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(SPACE)
        self.bar.hide()
        self.step = wrapped("", self, "Muted")
        self.step.hide()
        layout.addWidget(self.bar)
        layout.addWidget(self.step)
        self.stack = QStackedWidget(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(5 * SPACE)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = EmptyState("mdi6.format-list-checks", self)
        self.empty.first_button.setIcon(icon("mdi6.cloud-download-outline", "accent_text"))
        self.empty.second_button.setIcon(icon("add_file"))
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack)
        self.outcome = wrapped("", self)
        self.outcome.hide()
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self._tail = layout.count() - 1
        for signal in (self.update_button.clicked, self.empty.first):
            signal.connect(self.update_now)
        for signal in (self.import_button.clicked, self.empty.second):
            signal.connect(self.choose_file)
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(translate("KybLists", "Screening runs on this computer against these official lists, so "
                                                 "no partner's name leaves the firm. The lists change several times "
                                                 "a week: keep them fresh."))
        self.update_button.setText(translate("KybLists", "Update now"))
        self.update_button.setToolTip(translate("KybLists", "Download the lists chosen in Settings → KYB from their "
                                                            "official addresses."))
        self.import_button.setText(translate("KybLists", "Import file…"))
        self.cancel_button.setText(translate("KybLists", "Stop"))
        self.empty.set_texts(translate("KybLists", "No sanctions list loaded yet"),
                             translate("KybLists", "Download the official lists (OFAC, EU, UK, UN) now, or import "
                                                   "files you downloaded elsewhere. Business partners can be "
                                                   "screened as soon as one list is loaded."),
                             translate("KybLists", "Update now"), translate("KybLists", "Import file…"))
        self.table.setAccessibleName(translate("KybLists", "Sanctions lists"))
        self.model.retranslate()
        self._show_state()

    # loading -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        run_quietly(kyb_ops.load_lists(self, self.app).success(self._loaded))

    def _loaded(self, rows: list[kyb_ops.ListRow]) -> None:
        self.loaded_once = True
        self.model.set_rows(rows)
        self._show_state()
        self.loaded.emit(any(r.version is not None for r in rows))

    def _show_state(self) -> None:
        rows = self.model.rows
        any_loaded = any(r.version is not None for r in rows)
        self.stack.setCurrentWidget(self.table if any_loaded or not self.loaded_once else self.empty)
        # the table as tall as its rows (a handful), the empty state as tall as the room
        table_height = self.table.horizontalHeader().sizeHint().height() + 5 * SPACE * max(1, len(rows)) + 4
        self.stack.setMaximumHeight(table_height if self.stack.currentWidget() is self.table else 16_777_215)
        showing_table = self.stack.currentWidget() is self.table
        self.layout().setStretchFactor(self.stack, 0 if showing_table else 1)
        self.layout().setStretch(self._tail, 1 if showing_table else 0)  # type: ignore[attr-defined]
        for widget in (self.update_button, self.import_button):
            widget.setVisible(any_loaded)
        old = [r for r in rows if r.chosen and stale(r, datetime.now(UTC))]
        if any_loaded and old:
            self.warning.setText(translate("KybLists", "%n list(s) older than a week or not loaded: press Update "
                                                       "now, or import the files.", "", len(old)))
        self.warning.setVisible(any_loaded and bool(old))

    # updating ------------------------------------------------------------------------------------------------
    def update_now(self) -> None:
        if self.progress is not None:
            return
        self.progress = kyb_ops.Progress(self)
        self.progress.changed.connect(self._progressed)
        self._set_running(True)
        kyb_ops.update_lists(self, self.app, self.actor, self.progress).success(self._updated).failure(
            self._update_failed).run()

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.step.setText(translate("KybLists", "Stopping after the current list…"))

    def _progressed(self, fraction: float, list_id: str) -> None:
        self.bar.setValue(round(100 * fraction))
        if list_id:
            self.step.setText(translate("KybLists", "Downloading %1…").replace("%1", list_title(list_id)))

    def _set_running(self, running: bool) -> None:
        self.update_button.setEnabled(not running)
        self.import_button.setEnabled(not running)
        self.empty.first_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.bar.setVisible(running)
        self.step.setVisible(running)
        if running:
            self.bar.setValue(0)
            self.step.setText(translate("KybLists", "Starting the download…"))
            self.outcome.hide()

    def _updated(self, results: list[UpdateResult]) -> None:
        self.progress = None
        self._set_running(False)
        self.results = list(results)
        lines = [outcome_text(r) for r in results]
        self.outcome.setText(translate("KybLists", "Last update:") + "\n" + "\n".join(lines))
        self.outcome.setVisible(bool(lines))
        self.refresh()
        self.changed.emit()

    def _update_failed(self, exc: BaseException) -> None:
        self.progress = None
        self._set_running(False)
        stopped = isinstance(exc, kyb_ops.Cancelled)
        self.outcome.setText(translate("KybLists", "Stopped. The lists downloaded so far are kept.") if stopped
                             else describe(exc))
        self.outcome.show()
        self.refresh()
        self.changed.emit()

    # importing -----------------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.qsettings.value("kyb/list_dir", str(Path.home())))
        self.import_dialog = ListImportDialog(start, self)
        self.import_dialog.accepted.connect(lambda: self.import_file(*self.import_dialog.values())  # type: ignore[union-attr]
                                            if self.import_dialog else None)
        self.import_dialog.open()

    def import_file(self, fmt: str, path: str, list_id: str | None = None) -> None:
        self.qsettings.setValue("kyb/list_dir", str(Path(path).parent))
        self.import_button.setEnabled(False)
        kyb_ops.import_list(self, self.app.kyb, fmt, path, list_id, self.actor).success(self._imported).failure(
            self._import_failed).run()

    def _imported(self, result: tuple[Any, bool]) -> None:
        version, new = result
        self.import_button.setEnabled(True)
        text = translate("KybLists", "%1: version %2 with %3 entries imported.") if new else translate(
            "KybLists", "%1: this version (%2) is loaded already.")
        self.outcome.setText(text.replace("%1", list_title(version.list_id)).replace("%2", version.version)
                             .replace("%3", QLocale().toString(version.entries)))
        self.outcome.show()
        self.refresh()
        self.changed.emit()

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.outcome.setText(translate("KybLists", "The file could not be imported.") + "\n" + describe(exc))
        self.outcome.show()
