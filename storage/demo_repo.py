"""Inserting the demo workspace's rows (``secretary init --demo``).

The caller hands in plain data (dicts and lists, rows referring to each other
by key) and an open write session; everything is added in that one transaction,
so a failure leaves nothing behind. The ORM audit listener records each row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from secretary.kyb.risk import level
from storage import audit
from storage.models import (
    Alert,
    Booking,
    Calendar,
    Channel,
    Chunk,
    Contact,
    ContactIdentity,
    Counterparty,
    CounterpartyDiff,
    CounterpartySnapshot,
    Document,
    Entitlement,
    Event,
    InboxMessage,
    Invoice,
    InvoiceLine,
    KnowledgeSource,
    Lead,
    Note,
    Payment,
    Pipeline,
    Plan,
    Role,
    SettingRow,
    Stage,
    Subscription,
    Task,
    Thread,
    UsageEvent,
    User,
)

Data = Mapping[str, Any]


def existing_data(session: Session, source_name: str) -> str | None:
    """Why a demo cannot be added here (demo flag, contacts, the demo source), or None if it can."""
    flag = session.get(SettingRow, "workspace.demo")
    if flag is not None and flag.value is True:
        return "this workspace already holds the demo data"
    contacts = session.scalar(select(func.count()).select_from(Contact)) or 0
    if contacts:
        return f"this workspace already has {contacts} contacts; the demo needs an empty workspace"
    if session.scalar(select(KnowledgeSource.id).where(KnowledgeSource.name == source_name)) is not None:
        return f"a knowledge source named {source_name!r} exists already"
    return None


def _users(session: Session, owner_id: int, staff: Sequence[Data]) -> dict[str, int]:
    roles = {role.name: role.id for role in session.scalars(select(Role))}
    ids = {"owner": owner_id}
    for person in staff:
        existing = session.scalar(select(User.id).where(User.email == person["email"]))
        if existing is None:
            user = User(email=person["email"], name=person["name"], role_id=roles[person["role"]],
                        language=person["language"])
            session.add(user)
            session.flush()
            existing = user.id
        ids[person["key"]] = existing
    return ids


def _knowledge(session: Session, source: Data, documents: Sequence[Data]) -> tuple[int, int]:
    # "queued": the worker's start-up recovery ingests it, finds every document unchanged, and adds vectors.
    ks = KnowledgeSource(name=source["name"], type="folder", uri=source["uri"], status="queued",
                         include_patterns=["*.md"])
    session.add(ks)
    session.flush()
    chunks = 0
    for doc in documents:
        row = Document(source_id=ks.id, uri=doc["uri"], title=doc["title"], mime_type="text/markdown",
                       language=doc["language"], content_hash=doc["content_hash"], content=doc["content"],
                       document_metadata={"demo": True, "words": len(doc["content"].split())})
        session.add(row)
        session.flush()
        session.add_all(Chunk(document_id=row.id, position=c["position"], content=c["content"],
                              heading_path=c["heading_path"], char_start=c["char_start"], char_end=c["char_end"])
                        for c in doc["chunks"])
        chunks += len(doc["chunks"])
    session.flush()
    return len(documents), chunks


def _contacts(session: Session, data: Data) -> dict[str, int]:
    contacts: dict[str, int] = {}
    for spec in data["contacts"]:
        contact = Contact(name=spec["name"], email=spec["email"], phone=spec["phone"], company=spec["company"],
                          language=spec["language"], contact_metadata=dict(spec["metadata"]))
        session.add(contact)
        session.flush()
        contacts[spec["key"]] = contact.id
    session.add_all(ContactIdentity(contact_id=contacts[key], channel_type=kind, external_id=ext)
                    for key, kind, ext in data["identities"])
    session.flush()
    return contacts


def _pipeline(session: Session, data: Data) -> tuple[int, dict[str, Stage]]:
    pipeline = Pipeline(name=data["pipeline"]["name"], is_default=data["pipeline"]["is_default"])
    session.add(pipeline)
    session.flush()
    stages: dict[str, Stage] = {}
    for position, (name, color, probability, is_won, is_closed) in enumerate(data["stages"]):
        stages[name] = Stage(pipeline_id=pipeline.id, name=name, position=position, color=color,
                             probability=probability, is_won=is_won, is_closed=is_closed)
    session.add_all(stages.values())
    session.flush()
    return pipeline.id, stages


def _leads(session: Session, data: Data, refs: dict[str, Any]) -> dict[str, int]:
    leads: dict[str, int] = {}
    for spec in data["leads"]:
        stage: Stage = refs["stages"][spec["stage"]]
        lead = Lead(title=spec["title"], contact_id=refs["contacts"][spec["contact"]], pipeline_id=refs["pipeline"],
                    stage_id=stage.id, value_minor=spec["value_minor"], currency="EUR",
                    probability=stage.probability, status=spec.get("status", "open"), source=spec["source"],
                    assigned_to_id=refs["users"].get(spec["assigned_to"]),
                    thread_id=refs["threads"].get(spec.get("thread", "")))
        session.add(lead)
        session.flush()
        leads[spec["key"]] = lead.id
    for spec in data["tasks"]:
        session.add(Task(title=spec["title"], description=spec.get("description"), lead_id=leads[spec["lead"]],
                         contact_id=refs["contacts"][spec["contact"]],
                         assigned_to_id=refs["users"].get(spec["assigned_to"]), due_at=spec["due_at"],
                         status=spec.get("status", "open"), priority=spec["priority"],
                         completed_at=spec.get("completed_at")))
    for spec in data["notes"]:
        session.add(Note(content=spec["content"], lead_id=leads.get(spec.get("lead", "")),
                         contact_id=refs["contacts"].get(spec.get("contact", "")),
                         user_id=refs["users"].get(spec["user"]), is_private=spec.get("is_private", False)))
    session.flush()
    return leads


def _inbox(session: Session, data: Data, contacts: dict[str, int], users: dict[str, int]) -> tuple[dict[str, int], int]:
    channels: dict[str, Channel] = {}
    for spec in data["channels"]:
        channels[spec["key"]] = Channel(type=spec["type"], name=spec["name"], config=dict(spec["config"]),
                                        is_active=spec.get("active", True))
    session.add_all(channels.values())
    session.flush()
    counters = {key: 1000 for key in channels}
    threads: dict[str, int] = {}
    messages = 0
    for spec in data["threads"]:
        channel = channels[spec["channel"]]
        prefix = next(c["prefix"] for c in data["channels"] if c["key"] == spec["channel"])
        thread = Thread(channel_id=channel.id, contact_id=contacts[spec["contact"]], external_chat_id=spec["chat_id"],
                        subject=spec["subject"], status=spec["status"], ai_enabled=spec["ai_enabled"],
                        assignee_id=users.get(spec.get("assignee", "")), labels=list(spec["labels"]),
                        language=spec["language"], last_message_at=spec["last_message_at"],
                        created_at=spec["messages"][0]["created_at"])
        session.add(thread)
        session.flush()
        threads[spec["key"]] = thread.id
        stored: list[InboxMessage] = []
        for msg in spec["messages"]:
            counters[spec["channel"]] += 1
            reply_to = stored[msg["reply_to"]].id if msg["reply_to"] is not None else None
            staff = users.get(msg.get("user") or "")
            metadata = {k: v for k, v in msg["metadata"].items() if k != "user"}
            if staff is not None:
                metadata["user_id"] = staff
            row = InboxMessage(thread_id=thread.id, channel_id=channel.id,
                               external_id=f"{prefix}-{counters[spec['channel']]}", direction=msg["direction"],
                               author_kind=msg["author_kind"], sender=msg.get("sender"), content=msg["content"],
                               language=spec["language"], status=msg["status"], reply_to_id=reply_to,
                               message_metadata=metadata, sent_at=msg.get("sent_at"), created_at=msg["created_at"])
            session.add(row)
            session.flush()
            stored.append(row)
        messages += len(stored)
    return threads, messages


def _calendar(session: Session, data: Data, contacts: dict[str, int], threads: dict[str, int]) -> tuple[int, int]:
    spec = data["calendar"]
    calendar = Calendar(name=spec["name"], provider=spec["provider"], timezone=spec["timezone"],
                        is_default=spec["is_default"])
    session.add(calendar)
    session.flush()
    bookings = 0
    for ev in data["events"]:
        event = Event(calendar_id=calendar.id, title=ev["title"], description=ev["description"],
                      location=ev["location"], start_at=ev["start_at"], end_at=ev["end_at"],
                      status=ev.get("status", "confirmed"))
        session.add(event)
        session.flush()
        booking = ev.get("booking")
        if booking:
            session.add(Booking(event_id=event.id, contact_id=contacts[booking["contact"]],
                                thread_id=threads.get(booking["thread"] or ""), meeting_type=booking["meeting_type"],
                                customer_name=booking["customer_name"], customer_email=booking["customer_email"],
                                status=booking.get("status", "confirmed")))
            bookings += 1
    session.flush()
    return len(data["events"]), bookings


def _billing(session: Session, data: Data) -> int:
    plans: dict[str, int] = {}
    for spec in data["plans"]:
        plan = Plan(code=spec["code"], name=spec["name"], price_minor=spec["price_minor"], currency="EUR",
                    billing_interval="month", features=list(spec["features"]), limits=dict(spec["limits"]))
        session.add(plan)
        session.flush()
        plans[spec["code"]] = plan.id
    sub_spec = data["subscription"]
    subscription = Subscription(plan_id=plans[sub_spec["plan"]], status=sub_spec["status"],
                                current_period_start=sub_spec["current_period_start"],
                                current_period_end=sub_spec["current_period_end"])
    session.add(subscription)
    session.flush()
    session.add_all(Entitlement(subscription_id=subscription.id, **spec) for spec in data["entitlements"])
    session.add_all(UsageEvent(subscription_id=subscription.id, event_type=spec["event_type"],
                               quantity=spec["quantity"], usage_metadata=dict(spec["metadata"]),
                               occurred_at=spec["occurred_at"]) for spec in data["usage"])
    session.flush()
    return len(plans)


def _invoices(session: Session, data: Data, contacts: dict[str, int]) -> int:
    for spec in data["invoices"]:
        invoice = Invoice(number=spec["number"], contact_id=contacts[spec["contact"]], status=spec["status"],
                          currency="EUR", issue_date=spec["issue_date"], due_date=spec["due_date"],
                          subtotal_minor=spec["subtotal_minor"], tax_minor=spec["tax_minor"],
                          total_minor=spec["total_minor"], notes=spec["notes"])
        session.add(invoice)
        session.flush()
        session.add_all(InvoiceLine(invoice_id=invoice.id, position=position, **line)
                        for position, line in enumerate(spec["lines"], start=1))
        payment = spec.get("payment")
        if payment:
            session.add(Payment(invoice_id=invoice.id, amount_minor=payment["amount_minor"], currency="EUR",
                                method=payment["method"], status="succeeded", paid_at=payment["paid_at"]))
    session.flush()
    return len(data["invoices"])


def _kyb(session: Session, data: Data, contacts: dict[str, int], users: dict[str, int]) -> tuple[int, int]:
    checked: dict[str, Any] = {}
    for snap_spec in data["snapshots"]:
        key = snap_spec["counterparty"]
        checked[key] = max(checked.get(key, snap_spec["created_at"]), snap_spec["created_at"])
    parties: dict[str, int] = {}
    for spec in data["counterparties"]:
        sources = {snap["source"]: {"status": "ok", "at": snap["created_at"].isoformat(), "message": ""}
                   for snap in data["snapshots"] if snap["counterparty"] == spec["key"]}
        reasons = data["risk"].get(spec["key"], [])
        party = Counterparty(name=spec["name"], kind=spec.get("kind", "company"), vat_number=spec["vat_number"],
                             lei_code=spec["lei_code"], registration_number=spec["registration_number"],
                             country=spec["country"], contact_id=contacts.get(spec["contact"]),
                             risk_score=spec["risk_score"], check_interval=spec["check_interval"],
                             last_checked_at=checked.get(spec["key"]), check_state=sources,
                             risk_details={"score": spec["risk_score"], "level": level(spec["risk_score"]),
                                           "reasons": reasons})
        session.add(party)
        session.flush()
        parties[spec["key"]] = party.id
    snapshots: dict[str, int] = {}
    for spec in data["snapshots"]:
        snap = CounterpartySnapshot(counterparty_id=parties[spec["counterparty"]], source=spec["source"],
                                    source_version=spec["source_version"], data_hash=spec["data_hash"],
                                    raw_data=spec["raw_data"], created_at=spec["created_at"])
        session.add(snap)
        session.flush()
        snapshots[spec["key"]] = snap.id
    session.add_all(CounterpartyDiff(counterparty_id=parties[spec["counterparty"]],
                                     old_snapshot_id=snapshots[spec["old"]], new_snapshot_id=snapshots[spec["new"]],
                                     changes=list(spec["changes"]), risk_impact=spec["risk_impact"])
                    for spec in data["diffs"])
    session.add_all(Alert(counterparty_id=parties[spec["counterparty"]], type=spec["type"], severity=spec["severity"],
                          message=spec["message"], status=spec["status"], is_read=spec.get("is_read", False),
                          acted_by_id=users.get(spec.get("acted_by", "")), reason=spec.get("reason"),
                          key=spec.get("key"))
                    for spec in data["alerts"])
    session.flush()
    return len(parties), len(data["alerts"])


def insert_demo(session: Session, data: Data, source: Data, documents: Sequence[Data], owner_id: int) -> dict[str, int]:
    """Add every demo row in ``session``'s transaction; returns rows added per kind.

    ``source`` describes the knowledge folder (name, uri, ingested_at) and
    ``documents`` its files with their chunks already cut.
    """
    users = _users(session, owner_id, data["staff"])
    n_documents, n_chunks = _knowledge(session, source, documents)
    contacts = _contacts(session, data)
    threads, n_messages = _inbox(session, data, contacts, users)
    pipeline_id, stages = _pipeline(session, data)
    leads = _leads(session, data, {"contacts": contacts, "pipeline": pipeline_id, "stages": stages,
                                   "users": users, "threads": threads})
    n_events, n_bookings = _calendar(session, data, contacts, threads)
    n_plans = _billing(session, data)
    n_invoices = _invoices(session, data, contacts)
    n_parties, n_alerts = _kyb(session, data, contacts, users)
    counts = {"users": len(users), "documents": n_documents, "chunks": n_chunks, "contacts": len(contacts),
              "leads": len(leads), "tasks": len(data["tasks"]), "notes": len(data["notes"]),
              "channels": len(data["channels"]), "threads": len(threads), "messages": n_messages,
              "events": n_events, "bookings": n_bookings, "plans": n_plans, "invoices": n_invoices,
              "counterparties": n_parties, "alerts": n_alerts}
    audit.record(session, "demo.create", "workspace", None, new_values=counts)
    return counts


def fts_chunk_ids(session: Session, query: str) -> list[int]:
    """Ids of chunks whose text or headings match the FTS5 ``query`` (demo checks and tests)."""
    return list(session.scalars(text("SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH :q ORDER BY rank"),
                                {"q": query}))
