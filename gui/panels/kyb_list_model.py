"""Counterparties as a lazily paged table model, and the risk badge that paints the level.

The model holds the pages the user has scrolled through: the first comes
with the filter, the next when the view reaches the end (Qt's
canFetchMore/fetchMore), each read on the thread pool. A refresh reads the
loaded rows again and swaps them in; a page that arrives after the filter
changed is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui import theme
from gui.icons import icon
from gui.operations import op, run_quietly
from gui.operations.kyb import PAGE_SIZE, CounterpartyFilter
from gui.panels.kyb_texts import badge_text, firm_time, kind_text, level_colors, level_text
from secretary.kyb.counterparty import Counterparty

translate = QCoreApplication.translate
Index = QModelIndex | Any  # Qt passes QPersistentModelIndex too
RISK_ROLE = Qt.ItemDataRole.UserRole + 1  # (level, score, checked) for the badge
REFRESH_CAP = 500
Fetch = Callable[[CounterpartyFilter, int, int], list[Counterparty]]


def paint_chip(painter: QPainter, rect: QRect, font: QFont, text: str, fg: str, bg: str, solid: bool) -> QRect:
    """A rounded chip at the left of ``rect``, vertically centred; returns where it went."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    painter.setFont(bold)
    metrics = painter.fontMetrics()
    height = metrics.height() + 6
    chip = QRect(rect.left(), rect.center().y() - height // 2 + 1,
                 min(metrics.horizontalAdvance(text) + 2 * theme.SPACE, rect.width()), height)
    fill = QColor(bg)
    if not solid:
        fill.setAlpha(45)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(chip, height / 2, height / 2)
    painter.setPen(QColor(fg))
    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter,
                     metrics.elidedText(text, Qt.TextElideMode.ElideRight, chip.width() - theme.SPACE))
    painter.restore()
    return chip


def chip_width(font: QFont, text: str) -> int:
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    return QFontMetrics(bold).horizontalAdvance(text) + 2 * theme.SPACE


def paint_badge(painter: QPainter, rect: QRect, font: QFont, level: str, score: int, checked: bool) -> QRect:
    """The risk badge: level and score, coloured by level."""
    fg, bg, solid = level_colors(level, checked)
    return paint_chip(painter, rect, font, badge_text(level, score, checked), fg, bg, solid)


class CounterpartyModel(QAbstractTableModel):
    """Counterparties matching one filter, riskiest first."""

    COLUMNS = ("name", "kind", "country", "risk", "alerts", "checked")
    loading_changed = Signal(bool)
    loaded = Signal()
    failed = Signal(object)

    def __init__(self, fetch: Fetch, timezone: str = "UTC", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.timezone = timezone
        self._filter = CounterpartyFilter()
        self._rows: list[Counterparty] = []
        self._more = False
        self._loading = False
        self._again = False  # a refresh was asked for while a read was under way
        self._generation = 0
        self.pages_loaded = 0
        self.loaded_once = False

    # the filter --------------------------------------------------------------------------------------------
    @property
    def filter(self) -> CounterpartyFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, f: CounterpartyFilter) -> None:
        """Start over with ``f``: drop the rows and load its first page."""
        self._generation += 1
        self.beginResetModel()
        self._filter, self._rows, self._more, self.pages_loaded = f, [], True, 0
        self._loading = self._again = self.loaded_once = False
        self.endResetModel()
        self._request()

    # rows ----------------------------------------------------------------------------------------------------
    def counterparty(self, row: int) -> Counterparty | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, counterparty_id: int | None) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == counterparty_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        alerts = self.COLUMNS[section] == "alerts"  # a bell, not a word: the column stays narrow in every language
        if role == Qt.ItemDataRole.DecorationRole and alerts:
            return icon("mdi6.bell-outline")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and alerts:
            return translate("KybModel", "Open alerts")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (translate("KybModel", "Name"), translate("KybModel", "Type"), translate("KybModel", "Country"),
                  translate("KybModel", "Risk"), "", translate("KybModel", "Last check"))
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        party = self.counterparty(index.row()) if index.isValid() else None
        if party is None:
            return None
        column = self.COLUMNS[index.column()]
        checked = party.last_checked_at is not None
        if role == Qt.ItemDataRole.UserRole:
            return party
        if role == RISK_ROLE and column == "risk":
            return party.risk_level, party.risk_score, checked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(party, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "checked":  # the list shows the day only
            return firm_time(party.last_checked_at, self.timezone) or translate("KybModel", "Never")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "risk":
                return level_text(party.risk_level) if checked else translate(
                    "KybModel", "Not checked yet: select it and press Check now.")
            return self._display(party, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "alerts":
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and column == "alerts" and party.open_alerts:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == "alerts" and party.open_alerts:
            return QColor(theme.colors().error)
        if role == Qt.ItemDataRole.ForegroundRole and party.status != "active":
            return QColor(theme.colors().muted)
        return None

    def _display(self, party: Counterparty, column: str) -> str:
        if column == "name":
            return party.name
        if column == "kind":
            return kind_text(party.kind)
        if column == "country":
            return party.country or "—"
        if column == "risk":
            return badge_text(party.risk_level, party.risk_score, party.last_checked_at is not None)
        if column == "alerts":
            return QLocale().toString(party.open_alerts) if party.open_alerts else "—"
        return firm_time(party.last_checked_at, self.timezone, date_only=True) or translate("KybModel", "Never")

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    # paging --------------------------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt override
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        self._set_loading(True)
        generation, f, offset = self._generation, self._filter, len(self._rows)
        run_quietly(op(self, lambda: self._fetch(f, offset, PAGE_SIZE)).success(
            lambda rows: self._append(generation, rows)).failure(lambda exc: self._fail(generation, exc)))

    def _append(self, generation: int, rows: list[Counterparty]) -> None:
        if generation != self._generation:
            return
        known = {p.id for p in self._rows}
        fresh = [p for p in rows if p.id not in known]
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self._more = len(rows) == PAGE_SIZE
        self.pages_loaded += 1
        self.loaded_once = True
        self._set_loading(False)
        self.loaded.emit()

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
        if not loading and self._again:
            self._again = False
            self.refresh()

    # live refresh --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the loaded rows again (a check changed a score, an alert was resolved)."""
        if self._loading:
            self._again = True
            return
        self._set_loading(True)
        generation, f = self._generation, self._filter
        count = min(max(len(self._rows), PAGE_SIZE), REFRESH_CAP)
        run_quietly(op(self, lambda: self._fetch(f, 0, count)).success(
            lambda rows: self._replace(generation, count, rows)).failure(lambda exc: self._fail(generation, exc)))

    def _replace(self, generation: int, count: int, rows: list[Counterparty]) -> None:
        if generation != self._generation:
            return
        if [p.id for p in rows] == [p.id for p in self._rows[:len(rows)]] and len(rows) == len(self._rows):
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.COLUMNS) - 1))
        else:
            self.beginResetModel()  # the view keeps its selection by id (see the list widget)
            self._rows = rows
            self.endResetModel()
        self._more = len(rows) == count
        self.loaded_once = True
        self._set_loading(False)
        self.loaded.emit()


class RiskDelegate(QStyledItemDelegate):
    """Paints the risk column as a badge coloured by level, with the score."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        value = index.data(RISK_ROLE)
        if not value:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        level, score, checked = value
        paint_badge(painter, opt.rect.adjusted(theme.SPACE, 0, -theme.SPACE, 0), opt.font, level, score, checked)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]  # noqa: N802
        hint = super().sizeHint(option, index)
        value = index.data(RISK_ROLE)
        if value:
            hint.setWidth(max(hint.width(), chip_width(option.font, badge_text(*value)) + 2 * theme.SPACE))
        return hint
