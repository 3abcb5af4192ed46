"""Ingestion end to end on a real workspace: formats, incremental re-ingest, deletion, bad files, resume."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from sqlalchemy import select, text

from secretary.errors import Conflict, InvalidInput, NotFound
from services.knowledge import ingest
from storage import vector_index
from storage.models import Chunk, Document
from tests.fakes.embedder import HashingEmbedder

FILLER = " We answer within one working day and confirm every order in writing." * 4
PRICES_EN = (f"# Prices\n\nBookkeeping costs 90 euros per hour.{FILLER}\n\n"
             f"## Payroll\n\nPayroll is 15 euros per employee.{FILLER}\n")
HOURS_DE = "# Öffnungszeiten\n\nWir sind Montag bis Freitag von 9 bis 17 Uhr erreichbar.\n"
PRIVACY_UK = "# Захист даних\n\nМи зберігаємо ваші дані лише в Німеччині та видаляємо їх через десять років.\n"


@pytest.fixture
def embedder(app):
    fake = HashingEmbedder()
    app.knowledge.embedders.override(fake)
    return fake


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    (root / "prices.md").write_text(PRICES_EN, "utf-8")
    (root / "hours.txt").write_text(HOURS_DE.replace("# ", ""), "utf-8")
    (root / "sub" / "privacy.html").write_text(
        f"<html><head><title>Privacy</title><script>alert('x')</script></head><body><article>"
        f"<h1>Захист даних</h1><p>{PRIVACY_UK.splitlines()[2]}</p></article></body></html>", "utf-8")
    docx = DocxDocument()
    docx.add_heading("Onboarding", level=1)
    docx.add_paragraph("Send us your tax number and last year's balance sheet before the first meeting.")
    docx.save(root / "onboarding.docx")
    (root / ".hidden.md").write_text("# secret\n\nnot indexed", "utf-8")
    return root


def _vectors(app) -> int:
    with app.db.reading() as session:
        index = vector_index.active_index(session) or vector_index.building_index(session)
        return vector_index.vector_count(session, index.id) if index else 0


def _chunks(app) -> int:
    with app.db.reading() as session:
        return session.scalar(select(text("count(*)")).select_from(Chunk))


def test_folder_of_every_format_is_indexed_and_searchable(app, embedder, folder):
    source_id = app.knowledge.add(str(folder), actor="test")
    info = app.knowledge.get(source_id)
    assert info.status == "ready" and info.documents == 4 and info.status_reason is None, info
    assert info.chunks == _chunks(app) == _vectors(app) > 0
    assert info.last_ingested_at is not None and info.watch  # folders are re-checked on a schedule
    hits = app.knowledge.search("payroll per employee", k=3)
    assert hits and hits[0].title and hits[0].document.endswith("prices.md") and hits[0].heading == "Prices > Payroll"
    with app.db.reading() as session:
        html = session.scalar(select(Document.content).where(Document.uri.like("%privacy.html")))
    assert "alert" not in html and "Німеччині" in html


def test_reingest_is_incremental_and_removes_deleted_files(app, embedder, folder):
    source_id = app.knowledge.add(str(folder), actor="test")
    with app.db.reading() as session:
        kept_ids = set(session.scalars(select(Chunk.id).join(Document).where(Document.uri.like("%hours.txt"))))
    before = embedder.embedded
    (folder / "prices.md").write_text(PRICES_EN + f"\n## Annual accounts\n\nFrom 1,200 euros.{FILLER}\n", "utf-8")
    (folder / "sub" / "privacy.html").unlink()
    (folder / "new.md").write_text("# Parking\n\nGuests park in the yard.\n", "utf-8")
    app.knowledge.reindex(source_id, actor="test")
    report = app.knowledge.ingest(source_id)  # again: nothing changed since
    assert (report.added, report.updated, report.removed, report.unchanged, report.embedded) == (0, 0, 0, 4, 0)
    info = app.knowledge.get(source_id)
    assert info.documents == 4 and info.chunks == _vectors(app)
    with app.db.reading() as session:
        uris = set(session.scalars(select(Document.uri)))
        still = set(session.scalars(select(Chunk.id).join(Document).where(Document.uri.like("%hours.txt"))))
    assert not any(u.endswith("privacy.html") for u in uris) and any(u.endswith("new.md") for u in uris)
    assert still == kept_ids  # the unchanged document kept its chunks and vectors
    assert embedder.embedded - before < info.chunks  # only new and changed chunks were embedded
    assert app.knowledge.search("annual accounts", k=1)[0].heading == "Prices > Annual accounts"


def test_bad_files_are_reported_and_the_rest_is_indexed(app, embedder, folder):
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage")
    (folder / "fake.docx").write_bytes(b"\x00\x01binary" * 100)
    source_id = app.knowledge.add(str(folder), actor="test")
    info = app.knowledge.get(source_id)
    assert info.status == "ready" and info.documents == 4
    assert info.status_reason == "2 of 6 documents could not be read"
    errors = {Path(item["uri"]).name: item["error"] for item in info.failed_items}
    assert "damaged" in errors["broken.pdf"] and "not a valid Word document" in errors["fake.docx"]


def test_a_source_where_nothing_can_be_read_fails_with_the_reason(app, embedder, tmp_path):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 truncated")
    source_id = app.knowledge.add(str(bad), actor="test")
    info = app.knowledge.get(source_id)
    assert info.status == "failed" and "damaged" in info.status_reason


def test_add_errors_and_removal(app, embedder, folder):
    with pytest.raises(InvalidInput, match="no such file"):
        app.knowledge.add(str(folder / "missing"), actor="test")
    with pytest.raises(InvalidInput, match="only http and https"):
        app.knowledge.add("ftp://example.org/file", actor="test")
    app.knowledge.add(str(folder), name="Docs", actor="test")
    with pytest.raises(Conflict, match="exists already"):
        app.knowledge.add(str(folder), name="Docs", actor="test")
    removed = app.knowledge.remove("Docs", actor="test")
    assert removed.documents == 4 and _chunks(app) == 0 and _vectors(app) == 0
    with app.db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM chunks_fts")).scalar_one() == 0
    with pytest.raises(NotFound):
        app.knowledge.get("Docs")


def test_cancelled_ingestion_resumes_where_it_stopped(app, embedder, folder, monkeypatch):
    cancel_after = {"batches": 0}
    original = ingest.embed_missing

    def stop_during_embedding(db, index_id, emb, *, progress=None, cancel=None):
        def tick(phase, done, total):
            cancel_after["batches"] += 1
            cancel.set()  # like a shutdown request arriving mid-way
            if progress:
                progress(phase, done, total)
        return original(db, index_id, emb, progress=tick, cancel=cancel)

    monkeypatch.setattr(ingest, "EMBED_BATCH", 2)
    monkeypatch.setattr(ingest, "embed_missing", stop_during_embedding)
    source_id = app.knowledge.add(str(folder), actor="test")
    info = app.knowledge.get(source_id)
    assert info.status == "queued" and 0 < _vectors(app) < info.chunks  # documents stored, vectors partly
    monkeypatch.setattr(ingest, "embed_missing", original)
    assert app.queue.recover() >= 1  # start-up recovery finds the unfinished source
    info = app.knowledge.get(source_id)
    assert info.status == "ready" and _vectors(app) == info.chunks


def test_model_switch_keeps_search_on_the_old_index_until_the_new_one_is_ready(app, embedder, folder):
    app.knowledge.add(str(folder), actor="test")
    with app.db.reading() as session:
        old = vector_index.active_index(session)
    bigger = HashingEmbedder(dimensions=128)
    app.knowledge.embedders.override(bigger)
    gate = threading.Event()
    app.queue.huey.immediate = False  # queue the re-embedding instead of running it now
    new_id = app.knowledge.switch_model(actor="test")
    state = app.knowledge.index_state()
    assert new_id is not None and state["building"]["model"] == bigger.name
    assert app.knowledge.search("payroll", k=1)  # served by the old index meanwhile
    with app.db.reading() as session:
        assert vector_index.active_index(session).id == old.id
    gate.set()
    app.knowledge.reembed()
    with app.db.reading() as session:
        active = vector_index.active_index(session)
        assert active.id == new_id and active.dimensions == 128 and vector_index.building_index(session) is None
        assert vector_index.vector_count(session, new_id) == _chunks(app)
    assert app.knowledge.search("payroll", k=1)[0].heading == "Prices > Payroll"


def test_stop_interrupts_a_running_ingestion_which_resumes_later(app, embedder, folder, monkeypatch):
    import time

    monkeypatch.setattr(ingest, "EMBED_BATCH", 1)
    started = threading.Event()
    slow = HashingEmbedder()
    original = slow.embed_passages

    def embed_slowly(texts):
        started.set()
        time.sleep(0.2)
        return original(texts)

    slow.embed_passages = embed_slowly
    app.knowledge.embedders.override(slow)
    app.queue.huey.immediate = False  # add() only queues; we run the task body ourselves
    source_id = app.knowledge.add(str(folder), actor="test")
    worker = threading.Thread(target=app.knowledge.ingest, args=(source_id,))
    worker.start()
    assert started.wait(10)
    assert app.knowledge.stop(source_id)
    worker.join(10)
    info = app.knowledge.get(source_id)
    assert info.status == "queued" and "stopped" in info.status_reason
    assert not app.knowledge.stop()  # nothing runs any more
    app.knowledge.embedders.override(embedder)
    app.knowledge.ingest(source_id)
    assert app.knowledge.get(source_id).status == "ready" and _vectors(app) == app.knowledge.get(source_id).chunks


def test_document_language_is_detected_and_filters_search(app, embedder, folder):
    from secretary.knowledge import SearchFilters

    app.knowledge.add(str(folder), actor="test")
    with app.db.reading() as session:
        languages = {Path(uri).name: lang for uri, lang in session.execute(select(Document.uri, Document.language))}
    assert languages == {"prices.md": "en", "hours.txt": "de", "privacy.html": "uk", "onboarding.docx": "en"}
    hits = app.knowledge.search("Montag Freitag payroll", k=5, filters=SearchFilters(languages=("de",)))
    assert hits and all(h.document.endswith("hours.txt") for h in hits)


def test_url_source_is_ingested_rechecked_on_schedule_and_updated(app, embedder):
    from datetime import UTC, datetime, timedelta

    from storage.models import KnowledgeSource
    from tests.fakes.web_server import Reply, WebServer

    page = ("<html><head><title>FAQ</title></head><body><article><h1>FAQ</h1><p>We answer e-mails "
            "within one working day. Our office is closed on public holidays in Berlin.</p></article></body></html>")
    routes = {"/faq": Reply(body=page.encode())}
    with WebServer(routes) as server:
        source_id = app.knowledge.add(server.url("/faq"), actor="test")
        info = app.knowledge.get(source_id)
        assert info.type == "url" and info.status == "ready" and info.documents == 1 and info.watch
        assert app.knowledge.recheck() == 0  # checked just now: not due
        routes["/faq"] = Reply(body=page.replace("one working day", "two hours").encode())
        with app.db.writing("test") as session:
            session.get(KnowledgeSource, source_id).last_ingested_at = datetime.now(UTC) - timedelta(hours=2)
        assert app.knowledge.recheck() == 1  # the periodic task's body; runs at once in immediate mode
    hits = app.knowledge.search("how fast do you answer e-mails", k=1)
    assert "two hours" in hits[0].text and hits[0].document.endswith("/faq")
    due = [t.name for t in app.queue.huey.read_periodic(datetime(2026, 11, 22, 10, 15))]
    assert any(name.endswith("kb_recheck") for name in due)


def test_a_huge_file_is_refused_by_size_without_being_read(app, embedder, folder, monkeypatch):
    huge = folder / "archive.txt"
    with open(huge, "wb") as handle:
        handle.truncate(2 * 2**30)  # sparse: 2 GB on paper, nothing on disk
    hashed = []
    monkeypatch.setattr(ingest, "_file_hash", lambda path: hashed.append(path) or "x")
    source_id = app.knowledge.add(str(folder), actor="test")
    info = app.knowledge.get(source_id)
    errors = {Path(i["uri"]).name: i["error"] for i in info.failed_items}
    assert "larger than the 50 MB limit" in errors["archive.txt"] and huge not in hashed
    assert info.status == "ready" and info.documents == 4
