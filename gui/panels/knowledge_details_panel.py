"""The selected knowledge source: where it comes from, how indexing went, which files could not be read."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.panels.knowledge_model import last_indexed_text, problems_text, progress_text, sentence, type_text
from gui.theme import SPACE

if TYPE_CHECKING:
    from storage.knowledge_repo import SourceInfo

translate = QCoreApplication.translate


def failed_item_text(item: dict[str, str]) -> str:
    """``price-list.pdf: The PDF is encrypted.`` for one document that could not be read."""
    uri = str(item.get("uri") or "")
    name = uri if uri.lower().startswith(("http://", "https://")) else (Path(uri).name or uri)
    error = str(item.get("error") or "")
    for prefix in (f"{uri}:", f"{name}:"):  # the service often names the file already
        if error.startswith(prefix):
            error = error[len(prefix):]
    error = sentence(error) or translate("KnowledgeDetails", "No reason was given.")
    return translate("KnowledgeDetails", "%1: %2").replace("%1", name).replace("%2", error)


def state_text(source: SourceInfo) -> str:
    """One or two sentences on where indexing stands."""
    if source.status == "queued":
        return translate("KnowledgeDetails", "Waiting to be indexed. This starts as soon as the background "
                                             "worker is free.")
    if source.status == "processing":
        if source.progress_total:
            return translate("KnowledgeDetails", "Indexing now: %1 done.").replace(
                "%1", progress_text(source.progress_done, source.progress_total))
        return translate("KnowledgeDetails", "Indexing now.")
    if source.status == "failed":
        reason = sentence(source.status_reason or "") or translate("KnowledgeDetails", "No reason was given.")
        return translate("KnowledgeDetails", "Indexing failed: %1 Fix the problem, then choose Re-index.").replace(
            "%1", reason)
    documents = translate("KnowledgeDetails", "%n document(s)", "", source.documents)
    passages = translate("KnowledgeDetails", "%n passage(s)", "", source.chunks)
    return translate("KnowledgeDetails", "The AI can answer from %1 in %2. Last indexed: %3.").replace(
        "%1", documents).replace("%2", passages).replace("%3", last_indexed_text(source))


def action_texts(source: SourceInfo | None) -> dict[str, tuple[str, str]]:
    """Label and tooltip of the buttons acting on the selected source."""
    kind = source.type if source else "file"
    open_tip = (translate("KnowledgeDetails", "Open the web page") if kind == "url" else
                translate("KnowledgeDetails", "Open the folder") if kind == "folder" else
                translate("KnowledgeDetails", "Open the file"))
    return {
        "open": (translate("KnowledgeDetails", "Open"), open_tip),
        "reindex": (translate("KnowledgeDetails", "Re-index"),
                    translate("KnowledgeDetails", "Read the source again: new and changed documents are indexed, "
                                                  "removed ones dropped.")),
        "remove": (translate("KnowledgeDetails", "Remove"),
                   translate("KnowledgeDetails", "Remove it from the knowledge base (the original files stay where "
                                                 "they are).")),
    }


class SourceDetails(QFrame):
    """A card on the right of the sources table; its text scrolls when there is much to say."""

    MAX_FAILED = 200  # beyond this the list would be unreadable anyway; the count says how many

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.source: SourceInfo | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 2 * SPACE)  # the scroll area ends 16 px above the border
        outer.setSpacing(SPACE)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(2 * SPACE, 2 * SPACE, 2 * SPACE, 0)
        layout.setSpacing(SPACE)
        self.title = self._label("SectionTitle")
        self.where = self._label("Muted")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = self._label()
        self.problem = self._label("Warning")
        self.patterns = self._label("Muted")
        self.watch = self._label("Muted")
        self.failed_title = self._label()
        self.failed_title.setStyleSheet("font-weight: 600;")
        self.failed = QWidget(self.body)
        self.failed_layout = QVBoxLayout(self.failed)
        self.failed_layout.setContentsMargins(0, 0, 0, 0)
        self.failed_layout.setSpacing(SPACE // 2)
        self.failed_rows: list[QLabel] = []
        for widget in (self.title, self.where, self.state, self.problem, self.patterns, self.watch,
                       self.failed_title, self.failed):
            layout.addWidget(widget)
        layout.addStretch(1)

        outer.addWidget(scroll, 1)
        self.show_source(None)

    def _label(self, name: str = "") -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names, paths and errors come from outside
        label.setWordWrap(True)
        if name:
            label.setObjectName(name)
        return label

    def show_source(self, source: SourceInfo | None) -> None:
        """Fill the card; each label's visibility is set once, so a poll every second does not flicker."""
        self.source = source
        if source is None:
            self.title.setText(translate("KnowledgeDetails", "Select a source"))
            self.where.setText(translate("KnowledgeDetails", "Its state and any files that could not be read "
                                                             "appear here."))
            for widget in (self.state, self.problem, self.patterns, self.watch):
                widget.setVisible(False)
            self._fill_failed([])
            return
        self.title.setText(source.name)
        self.where.setText(f"{type_text(source.type)} · {source.uri or ''}")
        failed = "FieldError" if source.status == "failed" else ""
        if self.state.objectName() != failed:
            self.state.setObjectName(failed)
            self.state.style().polish(self.state)
        self.state.setText(state_text(source))
        self.state.setVisible(True)
        problem = ""
        if source.status == "ready":
            problem = problems_text(source) or sentence(source.status_reason or "")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        patterns = []
        if source.include_patterns:
            patterns.append(translate("KnowledgeDetails", "Only files like: %1").replace(
                "%1", ", ".join(source.include_patterns)))
        if source.exclude_patterns:
            patterns.append(translate("KnowledgeDetails", "Skipping: %1").replace(
                "%1", ", ".join(source.exclude_patterns)))
        self.patterns.setText("\n".join(patterns))
        self.patterns.setVisible(bool(patterns))
        if source.type == "folder":
            watch = translate("KnowledgeDetails", "New and changed files are picked up automatically.")
        else:
            watch = translate("KnowledgeDetails", "Checked for changes automatically.")
        self.watch.setText(watch)
        self.watch.setVisible(source.watch)
        self._fill_failed(source.failed_items)

    def _fill_failed(self, items: list[dict[str, str]]) -> None:
        texts = [failed_item_text(item) for item in items[: self.MAX_FAILED]]
        self.failed_title.setVisible(bool(items))
        self.failed.setVisible(bool(items))
        if items:
            self.failed_title.setText(translate("KnowledgeDetails", "%n document(s) could not be read:", "",
                                                len(items)))
        if texts == self.failed_texts():
            return  # unchanged since the last poll
        for row in self.failed_rows:
            row.deleteLater()
        self.failed_rows = []
        for item, text in zip(items, texts, strict=False):
            row = self._label()
            row.setText(f"• {text}")
            row.setToolTip(str(item.get("uri") or ""))
            row.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row.setParent(self.failed)
            self.failed_layout.addWidget(row)
            self.failed_rows.append(row)

    def failed_texts(self) -> list[str]:
        return [row.text().removeprefix("• ") for row in self.failed_rows]

    def retranslate_ui(self) -> None:
        self.show_source(self.source)

