"""Knowledge sources as a table model, and the status chip with its progress bar.

A workspace holds tens of sources, not thousands, so the model keeps the whole
list; each poll replaces it. When the same sources come back (the usual case
while something is being indexed) only the cells change, so the selection and
the scroll position stay put.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui import theme
from gui.errors import describe
from gui.icons import icon
from gui.panels.audit_model import local_time
from secretary.errors import Conflict, SecretaryError

if TYPE_CHECKING:
    from storage.knowledge_repo import SourceInfo

translate = QCoreApplication.translate
Index = QModelIndex | Any  # Qt passes QPersistentModelIndex too
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # (tone, chip text, done, total) for the delegate
BUSY = ("queued", "processing")


def type_text(kind: str) -> str:
    names = {"file": translate("KnowledgeModel", "File"), "folder": translate("KnowledgeModel", "Folder"),
             "url": translate("KnowledgeModel", "Web page")}
    return names.get(kind, kind)


def type_icon(kind: str) -> str:
    return {"file": "file", "folder": "folder", "url": "web"}.get(kind, "file")


def is_busy(source: SourceInfo) -> bool:
    return source.status in BUSY


def status_text(source: SourceInfo) -> str:
    """The chip's word: Queued, Indexing, Ready (with problems) or Failed."""
    if source.status == "queued":
        return translate("KnowledgeModel", "Queued")
    if source.status == "processing":
        return translate("KnowledgeModel", "Indexing")
    if source.status == "failed":
        return translate("KnowledgeModel", "Failed")
    if source.status == "ready":
        if source.failed_items:
            return translate("KnowledgeModel", "Ready, %n problem(s)", "", len(source.failed_items))
        return translate("KnowledgeModel", "Ready")
    return source.status


def status_tone(source: SourceInfo) -> str:
    """A theme colour name for the chip."""
    if source.status == "failed":
        return "error"
    if source.status == "processing":
        return "accent"
    if source.status == "ready":
        return "warn" if source.failed_items else "ok"
    return "muted"


def progress_text(done: int, total: int) -> str:
    locale = QLocale()
    return translate("KnowledgeModel", "%1 of %2").replace("%1", locale.toString(done)).replace(
        "%2", locale.toString(total))


def last_indexed_text(source: SourceInfo) -> str:
    if source.last_ingested_at is None:
        return translate("KnowledgeModel", "Not yet")
    return local_time(source.last_ingested_at)


def sentence(text: str) -> str:
    """A service message as a sentence: capital first letter, full stop at the end."""
    text = " ".join(text.split())
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else f"{text}."


def problems_text(source: SourceInfo) -> str:
    """For a source that is ready but not complete: how many of its documents could not be read."""
    if not source.failed_items:
        return ""
    failed = len(source.failed_items)
    return translate("KnowledgeModel", "%1 of %2 documents could not be read.").replace(
        "%1", QLocale().toString(failed)).replace("%2", QLocale().toString(failed + source.documents))


def status_tooltip(source: SourceInfo) -> str:
    if source.status == "queued":
        return translate("KnowledgeModel", "Waiting for the background worker to index it.")
    if source.status == "processing":
        if source.progress_total:
            return translate("KnowledgeModel", "Indexing: %1 done.").replace(
                "%1", progress_text(source.progress_done, source.progress_total))
        return translate("KnowledgeModel", "Indexing now.")
    if source.status == "ready" and source.failed_items:
        return problems_text(source)
    if source.status_reason:
        return sentence(source.status_reason)
    if source.status == "ready":
        return translate("KnowledgeModel", "Indexed: the AI can answer from it.")
    return ""


def index_text(state: dict[str, Any]) -> str:
    """The search index in one line: model, dimensions, and a re-embedding in progress."""
    active, building = state.get("active"), state.get("building")
    if not active and not building:
        return translate("KnowledgePanel", "No search index yet: it is built when the first documents are indexed.")
    parts = []
    if isinstance(active, dict):
        text = translate("KnowledgePanel", "Search model: %1 (%2 dimensions)").replace(
            "%1", str(active.get("model", "?"))).replace("%2", str(active.get("dimensions", "?")))
        parts.append(text)
    if isinstance(building, dict):
        done = int(building.get("vectors") or 0)
        total = done + int(building.get("missing") or 0)
        text = translate("KnowledgePanel", "Re-embedding with %1: %2. Search uses the current model until it "
                                           "is done.").replace("%1", str(building.get("model", "?")))
        parts.append(text.replace("%2", progress_text(done, total) if total else
                                  translate("KnowledgePanel", "starting")))
    return " · ".join(parts)


def refusal_text(target: str, exc: BaseException) -> str:
    """Why one dropped or chosen item was not added, as a sentence."""
    if isinstance(exc, Conflict):
        return translate("KnowledgePanel", "%1: a source with this name exists already. Remove it first, or add "
                                           "the new one under another name.").replace("%1", target)
    if isinstance(exc, SecretaryError):
        return exc.message
    return f"{target}: {describe(exc)}"


class KnowledgeModel(QAbstractTableModel):
    """One row per knowledge source, sorted as the service lists them (by name)."""

    COLUMNS = ("name", "status", "documents", "chunks", "indexed")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SourceInfo] = []

    # data in ------------------------------------------------------------
    def set_sources(self, sources: list[SourceInfo]) -> None:
        if [s.id for s in sources] == [s.id for s in self._rows]:
            self._rows = list(sources)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = list(sources)
        self.endResetModel()

    @property
    def sources(self) -> list[SourceInfo]:
        return list(self._rows)

    @property
    def busy(self) -> bool:
        return any(is_busy(s) for s in self._rows)

    def source(self, row: int) -> SourceInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, source_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == source_id), -1)

    # Qt ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = (translate("KnowledgeModel", "Source"), translate("KnowledgeModel", "Status"),
                      translate("KnowledgeModel", "Documents"), translate("KnowledgeModel", "Passages"),
                      translate("KnowledgeModel", "Last indexed"))
            return titles[section] if 0 <= section < len(titles) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section] in ("documents", "chunks"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.source(index.row()) if index.isValid() else None
        if source is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return source
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(source, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "name":
                return f"{type_text(source.type)} · {source.uri or source.name}"
            if column == "status":
                return status_tooltip(source)
            return self._display(source, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "name":
            return icon(type_icon(source.type))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("documents", "chunks"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == STATUS_ROLE and column == "status":
            total = source.progress_total if is_busy(source) else 0  # a finished source keeps its last counts
            return status_tone(source), status_text(source), source.progress_done, total
        return None

    def _display(self, source: SourceInfo, column: str) -> str:
        if column == "name":
            return source.name
        if column == "status":
            text = status_text(source)
            if is_busy(source) and source.progress_total:
                text = f"{text} · {progress_text(source.progress_done, source.progress_total)}"
            return text
        if column == "documents":
            return QLocale().toString(source.documents)
        if column == "chunks":
            return QLocale().toString(source.chunks)
        return last_indexed_text(source)

    def retranslate(self) -> None:
        """Texts are computed per paint, so a language change only needs a repaint."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))


class StatusDelegate(QStyledItemDelegate):
    """Paints the status as a coloured chip, followed by a progress bar while a source is indexed.

    The count itself ("37 of 80") stays in the cell's text and tooltip, for screen readers and the details card.
    """

    CHIP_HEIGHT = 20
    BAR_WIDTH = 8 * theme.SPACE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        value = index.data(STATUS_ROLE)
        if not value:
            super().paint(painter, option, index)
            return
        tone, text, done, total = value
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        c = theme.colors()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = opt.fontMetrics
        rect = opt.rect.adjusted(theme.SPACE, 0, -theme.SPACE, 0)
        chip_width = metrics.horizontalAdvance(text) + 2 * theme.SPACE
        chip = QRect(rect.left(), rect.center().y() - self.CHIP_HEIGHT // 2 + 1, min(chip_width, rect.width()),
                     self.CHIP_HEIGHT)
        fg = QColor(c.muted if tone == "muted" else getattr(c, tone))
        bg = QColor(c.rail) if tone == "muted" else QColor(fg)
        if tone != "muted":
            bg.setAlpha(40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(chip, self.CHIP_HEIGHT / 2, self.CHIP_HEIGHT / 2)
        painter.setPen(fg)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, chip.width() - theme.SPACE))

        room = rect.right() - chip.right() - theme.SPACE
        if total and room > 2 * theme.SPACE:
            bar = QRect(chip.right() + theme.SPACE, rect.center().y() - 2, min(self.BAR_WIDTH, room), 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.border))
            painter.drawRoundedRect(bar, 3, 3)
            filled = QRect(bar)
            filled.setWidth(max(6, round(bar.width() * min(done, total) / total)))
            painter.setBrush(QColor(c.accent))
            painter.drawRoundedRect(filled, 3, 3)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]  # noqa: N802
        hint = super().sizeHint(option, index)
        value = index.data(STATUS_ROLE)
        if value:
            metrics = option.fontMetrics
            width = metrics.horizontalAdvance(value[1]) + 4 * theme.SPACE  # chip and cell padding
            if value[3]:
                width += theme.SPACE + self.BAR_WIDTH  # the exact count is in the tooltip and the details
            hint.setWidth(width)
        return hint
