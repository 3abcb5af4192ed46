"""Trying the knowledge base: a search box whose results look the way the AI would use them.

Each result is a card with the passage (matching words highlighted), the
citation (document, source, page, heading) and a button that opens the
original at that page. Document text is untrusted: it is HTML-escaped before
the highlight marks are turned into markup, and every other label is plain text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.errors import describe
from gui.icons import icon
from gui.operations import knowledge as knowledge_ops
from gui.theme import SPACE
from secretary.knowledge import SearchHit

if TYPE_CHECKING:
    from services.knowledge.service import KnowledgeService

translate = QCoreApplication.translate
Opener = Callable[[QUrl], bool]
MARK = re.compile("«(.*?)»", re.DOTALL)
MARKDOWN_HEADING = re.compile(r"(^|\s)#{1,6}(?=\s)")
RESULTS = 8


def readable(snippet: str) -> str:
    """The passage without Markdown's heading hashes and bold stars, on one line."""
    snippet = MARKDOWN_HEADING.sub(r"\1", snippet).replace("**", "")
    return " ".join(snippet.split())


def highlight_html(snippet: str, background: str, color: str) -> str:
    """``snippet`` as safe rich text: everything escaped, then «marked» words highlighted."""
    escaped = html.escape(readable(snippet), quote=True)
    style = f"background-color:{background}; color:{color}; font-weight:600;"
    return MARK.sub(lambda m: f'<span style="{style}">{m.group(1)}</span>', escaped)


def is_web(document: str) -> bool:
    return document.lower().startswith(("http://", "https://"))


def document_url(hit: SearchHit) -> QUrl:
    """Where the original lives; PDFs get ``#page=N``, which many viewers honour (best effort)."""
    if is_web(hit.document):
        return QUrl(hit.document)
    url = QUrl.fromLocalFile(hit.document)
    if hit.page and hit.document.lower().endswith(".pdf"):
        url.setFragment(f"page={hit.page}")
    return url


def citation_text(hit: SearchHit) -> str:
    """Source · page · heading, the way an answer cites it."""
    parts = [hit.source] if hit.source else []
    if hit.page:
        parts.append(translate("KnowledgeSearch", "page %1").replace("%1", QLocale().toString(hit.page)))
    if hit.heading:
        parts.append(hit.heading)
    return " · ".join(parts)


def plain_label(parent: QWidget, name: str = "") -> QLabel:
    """A label that never interprets its text as HTML (document titles may contain markup)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class ResultCard(QFrame):
    """One passage with its citation and an "Open" button."""

    open_requested = Signal(object)

    def __init__(self, hit: SearchHit, rank: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hit = hit
        self.setObjectName("Card")
        c = theme.colors()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * SPACE, 3 * SPACE // 2, 2 * SPACE, 3 * SPACE // 2)
        layout.setSpacing(SPACE)
        top = QHBoxLayout()
        top.setSpacing(SPACE)
        kind = QLabel(self)
        kind.setPixmap(icon("web" if is_web(hit.document) else
                            "pdf" if hit.document.lower().endswith(".pdf") else "file", "accent").pixmap(18, 18))
        self.title = plain_label(self, "SectionTitle")
        self.title.setText(hit.title or Path(hit.document).name or hit.document)
        self.score = QLabel(QLocale().toString(hit.score, "f", 2), self)
        self.score.setObjectName("Chip")
        self.score.setToolTip(translate("KnowledgeSearch", "Search score: the higher, the closer the match. "
                                                           "Result %1.").replace("%1", str(rank)))
        top.addWidget(kind, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        top.addWidget(self.score, 0, Qt.AlignmentFlag.AlignTop)
        self.citation = plain_label(self, "Muted")
        self.citation.setText(citation_text(hit))
        self.citation.setVisible(bool(self.citation.text()))
        self.snippet = QLabel(self)
        self.snippet.setTextFormat(Qt.TextFormat.RichText)
        self.snippet.setOpenExternalLinks(False)
        self.snippet.setWordWrap(True)
        self.snippet.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.snippet.setText(highlight_html(hit.snippet or hit.text[:600], c.accent_soft, c.text))
        self.snippet.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.open_button = QPushButton(icon("open"), "", self)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.hit))
        self.location = plain_label(self, "Muted")
        self.location.setWordWrap(False)
        self.location.setText(hit.document)
        self.location.setToolTip(hit.document)
        self.location.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bottom = QHBoxLayout()
        bottom.setSpacing(2 * SPACE)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.location, 1)
        layout.addLayout(top)
        layout.addWidget(self.citation)
        layout.addWidget(self.snippet)
        layout.addLayout(bottom)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.hit.page and not is_web(self.hit.document):
            text = translate("KnowledgeSearch", "Open at page %1").replace("%1", QLocale().toString(self.hit.page))
        elif is_web(self.hit.document):
            text = translate("KnowledgeSearch", "Open web page")
        else:
            text = translate("KnowledgeSearch", "Open document")
        self.open_button.setText(text)
        self.open_button.setAccessibleName(f"{text}: {self.title.text()}")


class KnowledgeSearch(QWidget):
    """Search box, source filter and result cards; ``opener`` is swapped out in tests."""

    def __init__(self, service: KnowledgeService, opener: Opener | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.opener: Opener = opener or QDesktopServices.openUrl
        self.hits: list[SearchHit] = []
        self.cards: list[ResultCard] = []
        self.searching = False
        self._generation = 0
        self._query = ""
        self._error: BaseException | None = None
        self._sources: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE)
        self.title = QLabel(self)
        self.title.setObjectName("SectionTitle")
        self.box = QLineEdit(self)
        self.box.setClearButtonEnabled(True)
        self.box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.box.returnPressed.connect(self.run_search)
        self.source_filter = QComboBox(self)
        self.source_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source_filter.setMaximumWidth(32 * SPACE)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.run_search)
        search_row = QHBoxLayout()
        search_row.setSpacing(SPACE)
        search_row.addWidget(self.box, 1)
        search_row.addWidget(self.source_filter)
        search_row.addWidget(self.button)
        self.status = QLabel(self)
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.results = QVBoxLayout(body)
        self.results.setContentsMargins(0, 0, SPACE, 0)
        self.results.setSpacing(SPACE)
        self.results.addStretch(1)
        self.scroll.setWidget(body)
        layout.addWidget(self.title)
        layout.addLayout(search_row)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        self.retranslate_ui()

    # texts ---------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(translate("KnowledgeSearch", "Try a question"))
        self.box.setPlaceholderText(translate("KnowledgeSearch", "Ask the way a customer would, e.g. "
                                                                 "“What does a tax return cost?”"))
        self.box.setAccessibleName(translate("KnowledgeSearch", "Search the documents"))
        self.source_filter.setAccessibleName(translate("KnowledgeSearch", "Search in"))
        self.source_filter.setToolTip(translate("KnowledgeSearch", "Search in"))
        self.button.setText(translate("KnowledgeSearch", "Search"))
        self.set_sources(self._sources, retranslating=True)
        for result in self.cards:
            result.retranslate_ui()
        self._show_status()

    def set_sources(self, names: list[str], retranslating: bool = False) -> None:
        """The choices of the source filter (keeps the current choice when it still exists)."""
        if names == self._sources and self.source_filter.count() == len(names) + 1 and not retranslating:
            return  # the poll brings the same names every second; an open drop-down must stay open
        self._sources = list(names)
        current = self.source_filter.currentData()
        self.source_filter.blockSignals(True)
        self.source_filter.clear()
        self.source_filter.addItem(translate("KnowledgeSearch", "All sources"), None)
        for name in names:
            self.source_filter.addItem(name, name)
        self.source_filter.setCurrentIndex(max(self.source_filter.findData(current), 0))
        self.source_filter.blockSignals(False)

    def _show_status(self) -> None:
        if self.searching:
            text = translate("KnowledgeSearch", "Searching… The first search loads the language model, which "
                                                "takes a moment.")
        elif self._error is not None:
            text = describe(self._error)
        elif not self._query:
            text = translate("KnowledgeSearch", "The passages the AI would answer from appear here, with the "
                                                "document and page they come from.")
        elif not self.hits:
            text = translate("KnowledgeSearch", "Nothing found for “%1”. Try other words, or check that the "
                                                "documents are ready.").replace("%1", self._query)
        else:
            text = translate("KnowledgeSearch", "%n passage(s) found, best first.", "", len(self.hits))
        self.status.setText(text)

    # searching -----------------------------------------------------------
    def run_search(self) -> None:
        query = self.box.text().strip()
        self._generation += 1
        self._query = query
        self._error = None
        if not query:
            self.searching = False
            self._show_hits([])
            return
        generation = self._generation
        source = self.source_filter.currentData()
        self.searching = True
        self._show_status()
        knowledge_ops.search(self, self.service, query, RESULTS, (source,) if source else ()).success(
            lambda hits: self._arrived(generation, hits)).failure(
            lambda exc: self._failed(generation, exc)).run()

    def _arrived(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        self.searching = False
        self._show_hits(list(hits))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.searching = False
        self._error = exc
        self._show_hits([])

    def _show_hits(self, hits: list[SearchHit]) -> None:
        for old in self.cards:
            old.setParent(None)
            old.deleteLater()
        self.cards = []
        self.hits = hits
        for rank, hit in enumerate(hits, start=1):
            result = ResultCard(hit, rank)
            result.open_requested.connect(self.open_hit)
            self.results.insertWidget(self.results.count() - 1, result)
            self.cards.append(result)
        self.scroll.verticalScrollBar().setValue(0)
        self._show_status()

    # opening -------------------------------------------------------------
    def open_hit(self, hit: SearchHit) -> bool:
        """Open the original (at its page where the viewer supports it); say so when it cannot be."""
        url = document_url(hit)
        if url.isLocalFile() and not Path(url.toLocalFile()).exists():
            self._cannot_open(hit, translate("KnowledgeSearch", "The file is no longer there. It may have been "
                                                                "moved or deleted; re-index its source."))
            return False
        opened = self.opener(url)
        if not opened and url.hasFragment():  # some viewers refuse a #page=N anchor: open at the start
            plain = QUrl(url)
            plain.setFragment(None)
            opened = self.opener(plain)
        if not opened:
            self._cannot_open(hit, translate("KnowledgeSearch", "No program to open it was found. Open it "
                                                                "yourself from the path shown."))
        return bool(opened)

    def _cannot_open(self, hit: SearchHit, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("KnowledgeSearch", "The document could not be opened"),
                          text, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(hit.document)
        box.setObjectName("OpenFailedBox")
        box.open()
