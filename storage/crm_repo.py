"""Contacts, leads, tasks and notes as the AI's tools and the router need them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from secretary.ai.context import ContactCard, CustomerContext, LeadInfo
from secretary.errors import InvalidInput, NotFound
from storage import calendar_repo, invoice_repo
from storage.models import Channel, Contact, ContactIdentity, Lead, Note, Pipeline, Stage, Task, Thread


def _card(contact: Contact) -> ContactCard:
    return ContactCard(id=contact.id, name=contact.name, email=contact.email, phone=contact.phone,
                       company=contact.company, language=contact.language)


def contact_card(session: Session, contact_id: int) -> ContactCard:
    """The contact ``contact_id`` or NotFound."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(f"contact {contact_id} does not exist")
    return _card(contact)


_CONTACT_OF_THREAD = (select(Thread.contact_id, ContactIdentity.contact_id)
                      .join(Channel, Channel.id == Thread.channel_id)
                      .outerjoin(ContactIdentity, (ContactIdentity.channel_type == Channel.type)
                                 & (ContactIdentity.external_id == Thread.external_chat_id))
                      .where(Thread.id == bindparam("thread")).limit(1))


def contact_for_thread(session: Session, thread_id: int) -> int | None:
    """The contact a conversation belongs to, via the thread or the channel identity (one prebuilt query)."""
    row = session.execute(_CONTACT_OF_THREAD, {"thread": thread_id}).first()
    if row is None:
        return None
    return row[0] if row[0] is not None else row[1]


def find_contacts(session: Session, query: str, limit: int = 5) -> list[ContactCard]:
    """Contacts whose name, e-mail, phone or company contains ``query`` (case-insensitive)."""
    needle = query.strip().lower()
    if len(needle) < 2:
        raise InvalidInput("search for at least two characters")
    pattern = f"%{needle}%"
    digits = "".join(ch for ch in needle if ch.isdigit())
    conditions = [func.lower(Contact.name).like(pattern), func.lower(Contact.email).like(pattern),
                  func.lower(Contact.company).like(pattern)]
    if len(digits) >= 6:
        conditions.append(func.replace(func.replace(Contact.phone, " ", ""), "+", "").like(f"%{digits[-9:]}%"))
    rows = session.scalars(select(Contact).where(or_(*conditions)).order_by(Contact.name).limit(limit))
    return [_card(c) for c in rows]


def known_names(session: Session, limit: int = 5000) -> list[str]:
    """Names of CRM contacts (so the supervisor can recognise them as personal data)."""
    return list(session.scalars(select(Contact.name).order_by(Contact.id.desc()).limit(limit)))


def customer_context(session: Session, contact_id: int | None, now: datetime) -> CustomerContext:
    """The contact with their open leads, upcoming bookings and invoices."""
    if contact_id is None or session.get(Contact, contact_id) is None:
        return CustomerContext()
    leads = session.execute(select(Lead, Stage.name).join(Stage, Stage.id == Lead.stage_id)
                            .where(Lead.contact_id == contact_id, Lead.status == "open").order_by(Lead.id))
    return CustomerContext(
        contact=contact_card(session, contact_id),
        leads=tuple(LeadInfo(id=lead.id, title=lead.title, stage=stage, status=lead.status,
                             value_minor=lead.value_minor, currency=lead.currency) for lead, stage in leads),
        bookings=tuple(calendar_repo.upcoming_bookings(session, contact_id, now)),
        invoices=tuple(invoice_repo.invoices_for_contact(session, contact_id)))


def upsert_contact(session: Session, *, contact_id: int | None = None, name: str | None = None,
                   email: str | None = None, phone: str | None = None, company: str | None = None,
                   language: str | None = None) -> tuple[int, bool]:
    """Update contact ``contact_id`` (or the one with this e-mail), else create one; ``(id, created)``."""
    contact = session.get(Contact, contact_id) if contact_id is not None else None
    if contact is None and email:
        contact = session.scalar(select(Contact).where(func.lower(Contact.email) == email.lower()))
    created = contact is None
    if contact is None:
        if not (name or email or phone):
            raise InvalidInput("a new contact needs a name, an e-mail address or a phone number")
        contact = Contact(name=name or email or phone or "", email=email, phone=phone, company=company,
                          language=language)
        session.add(contact)
    else:
        for attr, value in (("name", name), ("email", email), ("phone", phone), ("company", company),
                            ("language", language)):
            if value and getattr(contact, attr) != value:
                setattr(contact, attr, value)
    session.flush()
    return contact.id, created


def link_thread(session: Session, thread_id: int, contact_id: int) -> None:
    """Attach a conversation (and its channel identity) to a contact."""
    thread = session.get(Thread, thread_id)
    if thread is None or thread.contact_id == contact_id:
        return
    thread.contact_id = contact_id
    channel = session.get(Channel, thread.channel_id)
    if channel is not None and session.scalar(select(ContactIdentity.id).where(
            ContactIdentity.channel_type == channel.type,
            ContactIdentity.external_id == thread.external_chat_id)) is None:
        session.add(ContactIdentity(contact_id=contact_id, channel_type=channel.type,
                                    external_id=thread.external_chat_id))
    session.flush()


def _stage(session: Session, name: str | None) -> Stage:
    pipeline_id = session.scalar(select(Pipeline.id).order_by(Pipeline.is_default.desc(), Pipeline.id))
    if pipeline_id is None:
        pipeline = Pipeline(name="Sales", is_default=True)
        session.add(pipeline)
        session.flush()
        stage = Stage(pipeline_id=pipeline.id, name="New", position=0)
        session.add(stage)
        session.flush()
        return stage
    stages = list(session.scalars(select(Stage).where(Stage.pipeline_id == pipeline_id).order_by(Stage.position)))
    if name is None:
        return stages[0]
    for stage in stages:
        if stage.name.lower() == name.lower():
            return stage
    raise InvalidInput(f"no stage called {name!r}; stages: {', '.join(s.name for s in stages)}")


def create_or_update_lead(session: Session, contact_id: int, title: str, *, thread_id: int | None = None,
                          value_minor: int | None = None, source: str | None = None) -> tuple[int, bool]:
    """The contact's open lead updated, or a new one in the first stage; ``(lead id, created)``."""
    if session.get(Contact, contact_id) is None:
        raise NotFound(f"contact {contact_id} does not exist")
    lead = session.scalar(select(Lead).where(Lead.contact_id == contact_id, Lead.status == "open")
                          .order_by(Lead.id.desc()))
    created = lead is None
    if lead is None:
        stage = _stage(session, None)
        lead = Lead(title=title[:300], contact_id=contact_id, pipeline_id=stage.pipeline_id, stage_id=stage.id,
                    value_minor=value_minor or 0, source=source, thread_id=thread_id, probability=stage.probability)
        session.add(lead)
    else:
        if value_minor is not None:
            lead.value_minor = value_minor
        if thread_id is not None and lead.thread_id is None:
            lead.thread_id = thread_id
    session.flush()
    return lead.id, created


def move_lead_stage(session: Session, lead_id: int, stage_name: str) -> str:
    """Move a lead to the stage called ``stage_name`` in its pipeline; returns the stage's name."""
    lead = session.get(Lead, lead_id)
    if lead is None:
        raise NotFound(f"lead {lead_id} does not exist")
    stage = _stage(session, stage_name)
    lead.stage_id = stage.id
    lead.probability = stage.probability
    if stage.is_closed:
        lead.status = "won" if stage.is_won else "lost"
    session.flush()
    return stage.name


def add_task(session: Session, title: str, *, description: str | None = None, contact_id: int | None = None,
             lead_id: int | None = None, due_at: datetime | None = None, priority: str = "normal") -> int:
    """A to-do for the firm's staff."""
    if priority not in ("low", "normal", "high"):
        raise InvalidInput("priority must be low, normal or high")
    task = Task(title=title[:300], description=description, contact_id=contact_id, lead_id=lead_id,
                due_at=due_at, priority=priority)
    session.add(task)
    session.flush()
    return task.id


def add_note(session: Session, content: str, *, contact_id: int | None = None, lead_id: int | None = None) -> int:
    """A note on a contact or lead."""
    if not content.strip():
        raise InvalidInput("a note needs text")
    note = Note(content=content[:10000], contact_id=contact_id, lead_id=lead_id)
    session.add(note)
    session.flush()
    return note.id
