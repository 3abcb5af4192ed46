"""The demo workspace: complete, consistent, atomic and created once."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from secretary.errors import Conflict
from services import conversation
from services.app import App, open_app
from services.demo import ACTOR, DemoSummary, create_demo
from services.demo.data import DOCUMENTS
from storage import demo_repo
from storage.models import (
    AuditLog,
    Chunk,
    Contact,
    Counterparty,
    Document,
    Event,
    InboxMessage,
    Invoice,
    InvoiceLine,
    Payment,
    User,
)
from storage.workspace import Workspace


@pytest.fixture
def fresh_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    monkeypatch.setenv("SECRETARY_SECRET_STORE", "file")
    app = open_app(Workspace(tmp_path / "ws"), immediate=True)
    yield app
    app.close()


@pytest.fixture
def demo_app(fresh_app: App) -> tuple[App, DemoSummary]:
    return fresh_app, create_demo(fresh_app)


def test_demo_fills_every_area(demo_app: tuple[App, DemoSummary]) -> None:
    app, summary = demo_app
    counts = app.status().counts
    for table in ("contacts", "leads", "documents", "chunks", "inbox_messages", "counterparties", "threads",
                  "events", "bookings", "invoices", "invoice_lines", "payments", "plans", "subscriptions",
                  "entitlements", "usage_events", "counterparty_snapshots", "counterparty_diffs", "alerts",
                  "tasks", "notes", "contact_identities", "stages", "knowledge_sources"):
        assert counts[table] > 0, table
    assert counts["contacts"] == summary.contacts == 12
    assert counts["documents"] == summary.documents == len(DOCUMENTS)
    assert counts["inbox_messages"] == summary.messages
    assert counts["users"] == 3
    assert app.settings.get("workspace.demo") is True
    assert app.settings.get("firm.languages") == ["en", "de", "uk"]
    with app.db.reading() as session:
        languages = set(session.scalars(select(Contact.language)))
        roles = {user.role.name for user in session.scalars(select(User))}
    assert languages == {"en", "de", "uk"}
    assert roles == {"owner", "admin", "agent"}


def test_chunks_point_back_into_their_documents(demo_app: tuple[App, DemoSummary]) -> None:
    app, _ = demo_app
    with app.db.reading() as session:
        documents = {doc.id: doc for doc in session.scalars(select(Document))}
        chunks = list(session.scalars(select(Chunk).order_by(Chunk.document_id, Chunk.position)))
        by_document: dict[int, list[Chunk]] = defaultdict(list)
        for chunk in chunks:
            doc = documents[chunk.document_id]
            assert doc.content[chunk.char_start:chunk.char_end] == chunk.content
            assert 0 < len(chunk.content) <= 800
            by_document[chunk.document_id].append(chunk)
        assert set(by_document) == set(documents)
        for doc_id, doc_chunks in by_document.items():
            assert [c.position for c in doc_chunks] == list(range(len(doc_chunks)))
            assert any(c.heading_path and " > " in c.heading_path for c in doc_chunks)
            doc = documents[doc_id]
            assert Path(doc.uri).read_bytes() == doc.content.encode("utf-8")
            assert doc.content_hash == hashlib.sha256(doc.content.encode("utf-8")).hexdigest()
            assert 300 <= len(doc.content.split()) <= 900
        assert Counter(doc.language for doc in documents.values()) == {"en": 2, "de": 2, "uk": 2}


def test_every_inbound_message_has_exactly_one_reply(demo_app: tuple[App, DemoSummary]) -> None:
    app, _ = demo_app
    with app.db.reading() as session:
        messages = list(session.scalars(select(InboxMessage)))
        inbound = [m for m in messages if m.direction == "in"]
        replies = Counter(m.reply_to_id for m in messages if m.direction == "out")
        assert inbound and all(replies[m.id] == 1 for m in inbound)
        assert sum(replies.values()) == len(inbound)
        assert all(m.status == "answered" and m.author_kind == "customer" for m in inbound)
        assert all(m.status == "sent" and m.sent_at is not None and m.author_kind in {"ai", "staff"}
                   for m in messages if m.direction == "out")
        assert {m.language for m in messages} == {"en", "de", "uk"}
    assert conversation.unanswered(app.db) == []  # nothing for the queue to answer at start-up


def _half_up(numerator: int, denominator: int) -> int:
    """Commercial rounding (0.5 cent up), not Python's round-half-to-even."""
    return (2 * numerator + denominator) // (2 * denominator)


def test_invoice_totals_add_up(demo_app: tuple[App, DemoSummary]) -> None:
    app, _ = demo_app
    with app.db.reading() as session:
        invoices = list(session.scalars(select(Invoice)))
        lines = list(session.scalars(select(InvoiceLine)))
        payments = list(session.scalars(select(Payment)))
        assert {i.status for i in invoices} == {"draft", "open", "paid"}
        for invoice in invoices:
            own = [line for line in lines if line.invoice_id == invoice.id]
            assert own
            net_by_rate: dict[int, int] = defaultdict(int)
            for line in own:
                assert line.tax_rate_bp in (1900, 700)
                assert line.line_total_minor == _half_up(line.quantity_milli * line.unit_price_minor, 1000)
                net_by_rate[line.tax_rate_bp] += line.line_total_minor
            assert invoice.subtotal_minor == sum(line.line_total_minor for line in own)
            assert invoice.tax_minor == sum(_half_up(net * rate, 10_000) for rate, net in net_by_rate.items())
            assert invoice.total_minor == invoice.subtotal_minor + invoice.tax_minor
            assert (invoice.number is None) == (invoice.status == "draft")
            paid = sum(p.amount_minor for p in payments if p.invoice_id == invoice.id)
            assert paid == (invoice.total_minor if invoice.status == "paid" else 0)


def test_second_demo_is_refused_and_changes_nothing(demo_app: tuple[App, DemoSummary]) -> None:
    app, _ = demo_app
    before = app.status().counts
    with pytest.raises(Conflict, match="demo"):
        create_demo(app)
    assert app.status().counts == before


def test_demo_refused_when_workspace_has_contacts(fresh_app: App) -> None:
    with fresh_app.db.writing("system:test") as session:
        session.add(Contact(name="Real Customer"))
    with pytest.raises(Conflict, match="contacts"):
        create_demo(fresh_app)
    assert fresh_app.settings.get("workspace.demo") is False
    assert not list(fresh_app.workspace.documents.iterdir())
    assert fresh_app.status().counts["users"] == 0


def test_failure_leaves_nothing_half_made(fresh_app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo_repo, "_kyb", broken)
    with pytest.raises(RuntimeError):
        create_demo(fresh_app)
    counts = fresh_app.status().counts
    assert counts["contacts"] == counts["documents"] == counts["inbox_messages"] == 0
    assert fresh_app.settings.get("workspace.demo") is False
    assert not list(fresh_app.workspace.documents.iterdir())
    monkeypatch.undo()
    assert create_demo(fresh_app).contacts == 12  # and it can be tried again


def test_demo_inserts_are_audited(demo_app: tuple[App, DemoSummary]) -> None:
    app, _ = demo_app
    with app.db.reading() as session:
        actions = Counter(session.scalars(select(AuditLog.action).where(AuditLog.actor == ACTOR)))
        message_audits = [row.new_values for row in
                          session.scalars(select(AuditLog).where(AuditLog.action == "inbox_messages.create"))]
    assert actions["contacts.create"] == 12
    assert actions["demo.create"] == 1
    assert actions["settings.create"] >= 14
    assert actions["chunks.create"] == 0  # chunks are audited through their document
    assert message_audits and all("content" not in (values or {}) for values in message_audits)  # no PII


def test_full_text_search_finds_demo_chunks(demo_app: tuple[App, DemoSummary]) -> None:
    app, _ = demo_app
    with app.db.reading() as session:
        rows = session.execute(text("SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH 'Datenschutz'")).all()
        hits = list(session.scalars(select(Chunk.content).where(Chunk.id.in_([r[0] for r in rows]))))
        ukrainian = demo_repo.fts_chunk_ids(session, "консультації")
    assert hits and any("Datenschutz" in content for content in hits)
    assert ukrainian


def test_dates_and_identifiers(demo_app: tuple[App, DemoSummary]) -> None:
    app, _ = demo_app
    with app.db.reading() as session:
        events = [(e.start_at, e.end_at) for e in session.scalars(select(Event))]
        parties = [(p.last_checked_at, p.lei_code) for p in session.scalars(select(Counterparty))]
    assert all(start.tzinfo is not None and end > start for start, end in events)
    assert all(checked is not None for checked, _ in parties)
    for lei in filter(None, (lei for _, lei in parties)):  # ISO 17442 check digits
        assert int("".join(str(int(ch, 36)) for ch in lei)) % 97 == 1


def test_demo_counts_match_status(demo_app: tuple[App, DemoSummary]) -> None:
    app, summary = demo_app
    with app.db.reading() as session:
        chunks = session.scalar(select(func.count()).select_from(Chunk))
    assert summary.chunks == chunks

