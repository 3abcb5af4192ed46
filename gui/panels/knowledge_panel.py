"""Knowledge: the firm's documents the AI answers from, like AnythingLLM's document manager.

Sources (files, folders, web pages) with their status and progress, a details
card for the selected one, and a search box to try what the AI would find.
Ingestion runs in the background worker; while anything is queued or being
indexed the panel polls the service once a second (through the op helper) and
shows the progress in place and in the status bar's tasks indicator.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.add_source_dialog import AddSourceDialog
from gui.errors import describe
from gui.icons import icon
from gui.operations import knowledge as knowledge_ops
from gui.operations import tracker
from gui.panels.base_panel import PageHeader, Panel, page_layout
from gui.panels.knowledge_details_panel import SourceDetails, action_texts
from gui.panels.knowledge_empty_panel import EmptyKnowledge, add_texts
from gui.panels.knowledge_model import KnowledgeModel, StatusDelegate, index_text, progress_text, refusal_text
from gui.panels.knowledge_search_panel import KnowledgeSearch, Opener
from gui.session import Session
from gui.theme import SPACE

if TYPE_CHECKING:
    from services.knowledge.service import KnowledgeService
    from storage.knowledge_repo import SourceInfo

translate = QCoreApplication.translate
POLL_MS = 1000
FILE_FILTER = "*.pdf *.docx *.md *.markdown *.txt *.html *.htm"


class KnowledgePanel(Panel):
    key = "knowledge"

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 service: KnowledgeService | None = None, opener: Opener | None = None) -> None:
        super().__init__(session, parent)
        self.service: KnowledgeService = service if service is not None else session.app.knowledge
        self.model = KnowledgeModel(self)
        self.index_state: dict[str, Any] = {}
        self.loaded = False
        self._loading = False
        self._again = False
        self._select_id: int | None = None
        self._busy_label = ""
        self._task_key = -(id(self) % 1_000_000_007) - 1  # never clashes with the op helper's positive keys
        self.setAcceptDrops(True)
        layout = page_layout(self)
        self.header = PageHeader(self)
        layout.addWidget(self.header)

        self.add_files_button = QPushButton(icon("add_file", "accent_text"), "", self)
        self.add_files_button.setObjectName("Primary")
        self.add_folder_button = QPushButton(icon("add_folder"), "", self)
        self.add_url_button = QPushButton(icon("add_web"), "", self)
        self.reindex_all_button = QPushButton(icon("reindex"), "", self)
        self.toolbar = QWidget(self)
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(SPACE)
        for button in (self.add_files_button, self.add_folder_button, self.add_url_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.reindex_all_button)
        layout.addWidget(self.toolbar)
        self.index_line = QLabel(self)
        self.index_line.setObjectName("Muted")
        self.index_line.setWordWrap(True)
        self.index_line.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.index_line)

        self.stack = QStackedWidget(self)
        self.empty = EmptyKnowledge(self)
        self.empty.add_files.connect(self.choose_files)
        self.empty.add_folder.connect(self.choose_folder)
        self.empty.add_url.connect(self.choose_url)
        self.table = QTableView(self)
        self._setup_table()
        self.details = SourceDetails(self)
        self.details.setMinimumWidth(30 * SPACE)
        self.search = KnowledgeSearch(self.service, opener, self)
        self.open_button = QPushButton(icon("open"), "", self)
        self.reindex_button = QPushButton(icon("reindex"), "", self)
        self.remove_button = QPushButton(icon("remove"), "", self)
        self.stop_button = QPushButton(icon("stop"), "", self)
        self.stop_note = QLabel(self)
        self.stop_note.setObjectName("Muted")
        self.stop_note.setWordWrap(True)
        self.stop_note.hide()
        sources = QWidget(self)
        sources_layout = QVBoxLayout(sources)
        sources_layout.setContentsMargins(0, 0, 0, 0)
        sources_layout.setSpacing(SPACE)
        sources_layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.setSpacing(SPACE)
        for button in (self.open_button, self.reindex_button, self.stop_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        sources_layout.addLayout(actions)
        sources_layout.addWidget(self.stop_note)
        self.top = top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(sources)
        top.addWidget(self.details)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        top.setHandleWidth(2 * SPACE)
        top.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.search)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._split_done = False
        self.splitter.setHandleWidth(2 * SPACE)
        self.splitter.setChildrenCollapsible(False)
        self.loading_label = QLabel(self)
        self.loading_label.setObjectName("Muted")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setWordWrap(True)
        for page in (self.loading_label, self.empty, self.splitter):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)

        self.poll = QTimer(self, interval=POLL_MS)
        self.poll.timeout.connect(self.refresh)
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.add_url_button.clicked.connect(self.choose_url)
        self.reindex_all_button.clicked.connect(lambda: self.reindex(None))
        self.open_button.clicked.connect(lambda: self._with_selected(self.open_source))
        self.reindex_button.clicked.connect(lambda: self._with_selected(lambda s: self.reindex(s.id)))
        self.remove_button.clicked.connect(lambda: self._with_selected(self.remove))
        self.stop_button.clicked.connect(lambda: self._with_selected(self.stop))
        self.remove_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self.remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_shortcut.activated.connect(lambda: self._with_selected(self.remove))
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.search.box.setFocus)
        chain = (self.add_files_button, self.add_folder_button, self.add_url_button, self.reindex_all_button,
                 self.table, self.open_button, self.reindex_button, self.stop_button, self.remove_button,
                 self.search.box,
                 self.search.source_filter, self.search.button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        session.queue_event.connect(self._on_queue_event)
        key = self._task_key
        self.destroyed.connect(lambda *_: tracker().remove(key))
        self.retranslate_ui()
        self._update_page()

    # building ------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setItemDelegateForColumn(KnowledgeModel.COLUMNS.index("status"), StatusDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setMinimumWidth(50 * SPACE)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(5 * SPACE)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._on_selection)

    # texts ---------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.header.set_texts(translate("KnowledgePanel", "Knowledge"),
                              translate("KnowledgePanel", "The firm's own documents the AI answers from: price "
                                                          "lists, terms, FAQs, manuals. Drop files or folders here "
                                                          "to add them."))
        for button, text in zip((self.add_files_button, self.add_folder_button, self.add_url_button), add_texts(),
                                strict=True):
            button.setText(text)
        self.reindex_all_button.setText(translate("KnowledgePanel", "Re-index all"))
        self.reindex_all_button.setToolTip(translate("KnowledgePanel", "Read every source again: new and changed "
                                                                       "documents are indexed, removed ones "
                                                                       "dropped."))
        self.empty.retranslate_ui()
        self.table.setAccessibleName(translate("KnowledgePanel", "Knowledge sources"))
        self.loading_label.setText(translate("KnowledgePanel", "Loading the knowledge sources…"))
        self.index_line.setText(index_text(self.index_state) if self.loaded else "")
        self.model.retranslate()
        self.details.retranslate_ui()
        self._on_selection()
        self.search.retranslate_ui()
        self._update_task()

    # loading and polling -------------------------------------------------
    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the sources again (the poll, and after every action)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        operation = knowledge_ops.load(self, self.service).success(self._loaded).failure(self._load_failed)
        if self._busy_label:  # a poll that waits for the busy database says what it waits for, not "Working…"
            operation.with_progress(self._busy_label)
        operation.run()

    def _loaded(self, snapshot: knowledge_ops.Snapshot) -> None:
        self._loading = False
        self.loaded = True
        keep = self._select_id if self._select_id is not None else self._selected_id()
        self._select_id = None
        self.model.set_sources(snapshot.sources)
        self.index_state = snapshot.index
        self.index_line.setText(index_text(snapshot.index))
        self.search.set_sources([s.name for s in snapshot.sources])
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0 and row != self._selected_row():
            self.table.selectionModel().select(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect |
                QItemSelectionModel.SelectionFlag.Rows)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._on_selection()
        self._update_page()
        building = isinstance(snapshot.index.get("building"), dict)
        if self.model.busy or building:
            if not self.poll.isActive():
                self.poll.start()
        else:
            self.poll.stop()
        self._update_task()
        if self._again:
            self._again = False
            self.refresh()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        if self.loaded:  # e.g. the database busy for a moment: keep the list, say so, and let the poll retry
            self.index_line.setText(describe(exc).splitlines()[0])
            return
        self.poll.stop()
        self.loading_label.setText(describe(exc))
        self.stack.setCurrentWidget(self.loading_label)

    def _on_queue_event(self, _signal: str, task: str) -> None:
        if "kb_" in task:  # ingestion started, progressed or ended in the worker
            self.refresh()

    def _update_page(self) -> None:
        if not self.loaded:
            self.stack.setCurrentWidget(self.loading_label)
            self.toolbar.setVisible(False)
            return
        has_sources = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.splitter if has_sources else self.empty)
        if has_sources and not self._split_done and self.splitter.height() > 100:
            self._split_done = True  # half sources, half search; the user's own split is kept after that
            half = self.splitter.height() // 2
            self.splitter.setSizes([half, self.splitter.height() - half])
            width = self.top.width()
            self.top.setSizes([width * 2 // 3, width - width * 2 // 3])
        self.toolbar.setVisible(has_sources)
        self.index_line.setVisible(has_sources)

    def _update_task(self) -> None:
        """Indexing shows in the status bar's tasks indicator as long as it lasts."""
        busy = [s for s in self.model.sources if s.status in ("queued", "processing")]
        if not busy:
            self._busy_label = ""
            tracker().remove(self._task_key)
            return
        done = sum(s.progress_done for s in busy if s.status == "processing")
        total = sum(s.progress_total for s in busy if s.status == "processing")
        label = translate("KnowledgePanel", "Indexing %n source(s)", "", len(busy))
        if total:
            label = f"{label}: {progress_text(done, total)}"
        self._busy_label = label
        tracker().add(self._task_key, label)

    # selection -----------------------------------------------------------
    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selected_id(self) -> int | None:
        source = self.selected()
        return source.id if source else None

    def selected(self) -> SourceInfo | None:
        return self.model.source(self._selected_row())

    def _with_selected(self, action: Callable[[SourceInfo], object]) -> None:
        source = self.selected()
        if source is not None:
            action(source)

    def _on_selection(self, *_args: object) -> None:
        source = self.selected()
        self.details.show_source(source)
        for key, button in (("open", self.open_button), ("reindex", self.reindex_button),
                            ("remove", self.remove_button)):
            text, tip = action_texts(source)[key]
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(f"{text}: {source.name}" if source else text)
            button.setEnabled(source is not None)
        indexing = source is not None and source.status in ("queued", "processing")
        if indexing:
            self.reindex_button.setEnabled(False)  # it is being indexed already
        stop_text = translate("KnowledgePanel", "Stop")
        self.stop_button.setText(stop_text)
        self.stop_button.setToolTip(translate("KnowledgePanel", "Stop indexing after the current document; what is "
                                                                "indexed stays, the rest follows with the next "
                                                                "re-index."))
        self.stop_button.setAccessibleName(f"{stop_text}: {source.name}" if source else stop_text)
        self.stop_button.setEnabled(indexing)
        if not indexing:
            self.stop_note.hide()

    # adding --------------------------------------------------------------
    def _start_dir(self) -> str:
        return str(self.session.qsettings.value("knowledge/last_dir", str(Path.home())))

    def _remember_dir(self, path: str) -> None:
        self.session.qsettings.setValue("knowledge/last_dir", path)

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, translate("KnowledgePanel", "Add files"), self._start_dir(),
            translate("KnowledgePanel", "Documents (%1);;All files (*)").replace("%1", FILE_FILTER))
        if paths:
            self._remember_dir(str(Path(paths[0]).parent))
            self.add_targets(paths)

    def choose_folder(self) -> None:
        dialog = AddSourceDialog("folder", self, self._start_dir())
        if dialog.exec() == AddSourceDialog.DialogCode.Accepted:
            values = dialog.values()
            self._remember_dir(str(values["target"]))
            self.add_folder(**values)  # type: ignore[arg-type]

    def choose_url(self) -> None:
        dialog = AddSourceDialog("url", self)
        if dialog.exec() == AddSourceDialog.DialogCode.Accepted:
            values = dialog.values()
            self.add_targets([str(values["target"])], name=values["name"], watch=bool(values["watch"]))

    def add_folder(self, target: str, name: str | None = None, include: list[str] | tuple[str, ...] = (),
                   exclude: list[str] | tuple[str, ...] = (), watch: bool | None = None) -> None:
        """What the folder dialog does on "Add"."""
        self.add_targets([target], name=name, include=include, exclude=exclude, watch=watch)

    def add_targets(self, targets: list[str], **options: Any) -> None:
        """Add files, folders or URLs; ingestion is queued, and the list follows its progress."""
        if not targets:
            return
        knowledge_ops.add(self, self.service, targets, self.session.actor, **options).success(
            self._added).run()

    def _added(self, outcome: knowledge_ops.AddOutcome) -> None:
        if outcome.added:
            self._select_id = outcome.added[0]
        if outcome.refused:
            lines = [refusal_text(target, exc) for target, exc in outcome.refused]
            box = QMessageBox(QMessageBox.Icon.Warning, translate("KnowledgePanel", "Not everything was added"),
                              translate("KnowledgePanel", "%n item(s) could not be added:", "", len(lines)),
                              QMessageBox.StandardButton.Ok, self)
            box.setInformativeText("\n".join(lines))
            box.setObjectName("AddRefusedBox")
            box.open()
        self.refresh()

    # drag and drop -------------------------------------------------------
    @staticmethod
    def _dropped(urls: list[QUrl]) -> list[str]:
        targets = []
        for url in urls:
            if url.isLocalFile():
                targets.append(url.toLocalFile())
            elif url.scheme() in ("http", "https"):
                targets.append(url.toString())
        return targets

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._dropped(event.mimeData().urls()):
            event.acceptProposedAction()
            self.empty.set_active(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self.empty.set_active(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self.empty.set_active(False)
        targets = self._dropped(event.mimeData().urls())
        if targets:
            event.acceptProposedAction()
            self.add_targets(targets)

    # other actions -------------------------------------------------------
    def reindex(self, source_id: int | None) -> None:
        """Re-index one source, or every one with ``None``."""
        knowledge_ops.reindex(self, self.service, source_id, self.session.actor).success(
            lambda _ids: self.refresh()).run()

    def stop(self, source: SourceInfo) -> None:
        """Ask the indexing of ``source`` to stop after the current document (only if it runs in this process)."""
        self.stop_button.setEnabled(False)
        knowledge_ops.stop(self, self.service, source.id).success(self._stopped).run()

    def _stopped(self, stopped: bool) -> None:
        self.stop_note.setText(
            translate("KnowledgePanel", "Stopping after the current document.") if stopped else
            translate("KnowledgePanel", "Indexing runs in another process (secretary serve); it can be stopped "
                                        "there."))
        self.stop_note.show()
        self.refresh()

    def remove(self, source: SourceInfo) -> None:
        """Ask, then remove the source with its documents and passages (never the original files)."""
        text = translate("KnowledgePanel", "Remove “%1” from the knowledge base?").replace("%1", source.name)
        detail = translate("KnowledgePanel", "The AI stops answering from its %n document(s). The original files "
                                             "stay where they are.", "", source.documents)
        answer = QMessageBox.question(self, translate("KnowledgePanel", "Remove source"), f"{text}\n\n{detail}",
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        knowledge_ops.remove(self, self.service, source.id, self.session.actor).success(
            lambda _info: self.refresh()).run()

    def open_source(self, source: SourceInfo) -> None:
        uri = source.uri or ""
        url = QUrl(uri) if uri.lower().startswith(("http://", "https://")) else QUrl.fromLocalFile(uri)
        if not self.search.opener(url):
            QMessageBox.warning(self, translate("KnowledgePanel", "Could not open it"),
                                translate("KnowledgePanel", "No program to open it was found: %1").replace("%1", uri))
