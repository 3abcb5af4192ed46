"""The agents' tools, bound to one conversation, calling the storage layer inside audited transactions.

Every change is written with the ``ai`` actor, so the audit log shows what the AI
did. A dry run (the playground) reads for real and reports what it would change.
Tools act only for the conversation's own contact: an e-mail address typed into
the chat never unlocks another customer's data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from secretary.ai import schedule
from secretary.ai.context import FirmInfo
from secretary.ai.injection import looks_like_injection
from secretary.audit import ACTOR_AI
from secretary.errors import Conflict, InvalidInput, NotReady
from secretary.knowledge import SearchFilters
from services.knowledge.service import KnowledgeService
from storage import ai_repo, calendar_repo, crm_repo, invoice_repo
from storage.db import Database


@dataclass
class Binding:
    """Which conversation the tools act for."""

    thread_id: int | None
    contact_id: int | None
    language: str = "en"


class ConversationTools:
    """The ToolBox of one conversation."""

    def __init__(self, db: Database, knowledge: KnowledgeService, firm: FirmInfo, binding: Binding, now: datetime,
                 dry_run: bool = False) -> None:
        self.db, self.knowledge, self.firm, self.binding = db, knowledge, firm, binding
        self.now, self.dry_run = now, dry_run
        self.hours = schedule.parse_hours(firm.business_hours)

    def call(self, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        """Run tool ``name`` (arguments already validated against its schema)."""
        handler = getattr(self, f"_{name}", None)
        if handler is None:
            raise InvalidInput(f"unknown tool {name!r}")
        result: dict[str, Any] = handler(**arguments)
        return result

    # -- reading ------------------------------------------------------------------------------------------------

    def _search_knowledge(self, query: str, language: str | None = None, k: int = 3) -> dict[str, Any]:
        del language  # documents in every language are searched; the agent answers in the customer's
        try:
            hits = self.knowledge.search(query, k=min(max(k, 1), 5), filters=SearchFilters())
        except NotReady:
            hits = []
        return {"passages": [{"title": h.title, "source": h.source, "document": h.document, "page": h.page,
                              "heading": h.heading, "text": h.text[:1500], "language": h.language,
                              "score": round(h.score, 4),
                              "similarity": None if h.similarity is None else round(h.similarity, 4),
                              "suspicious": looks_like_injection(h.text)} for h in hits]}

    def _find_contact(self, email: str | None = None, phone: str | None = None) -> dict[str, Any]:
        if not (email or phone):
            raise InvalidInput("find_contact needs an e-mail address or a phone number")
        with self.db.reading() as session:
            matches = crm_repo.find_contacts(session, email or phone or "", limit=2)
        exact = [c for c in matches if (email and (c.email or "").lower() == email.lower())
                 or (phone and _digits(c.phone) and _digits(c.phone)[-9:] == _digits(phone)[-9:])]
        if not exact:
            return {"found": False}
        same = exact[0].id == self.binding.contact_id
        return {"found": True, "is_this_customer": same, "first_name": exact[0].name.split()[0]}

    def _invoice_status(self, number: str | None = None) -> dict[str, Any]:
        if self.binding.contact_id is None:
            return {"invoices": [], "note": "the customer is not identified; invoices cannot be shown"}
        with self.db.reading() as session:
            invoices = invoice_repo.invoices_for_contact(session, self.binding.contact_id)
        if number:
            invoices = [i for i in invoices if (i.number or "").upper() == number.strip().upper()]
        return {"invoices": [i.as_json() for i in invoices]}

    def _find_free_slots(self, days_ahead: int = 14, after: str | None = None) -> dict[str, Any]:
        start = self.now
        if after:
            try:
                start = max(start, datetime.fromisoformat(after).astimezone(self.now.tzinfo))
            except ValueError as exc:
                raise InvalidInput("after must be an ISO date") from exc
        with self.db.reading() as session:
            busy = calendar_repo.busy(session, start, start + timedelta(days=days_ahead + 1))
        slots = schedule.free_slots(self.now, self.firm.timezone, self.hours, busy, self.firm.meeting_minutes,
                                    count=3, days_ahead=days_ahead, after=start)
        zone = ZoneInfo(self.firm.timezone)
        return {"slots": [{"start": s.isoformat(), "local": s.astimezone(zone).strftime("%A %Y-%m-%d %H:%M"),
                           "minutes": self.firm.meeting_minutes} for s in slots],
                "timezone": self.firm.timezone}

    # -- acting -------------------------------------------------------------------------------------------------

    def _create_or_update_lead(self, interest: str, name: str | None = None, email: str | None = None,
                               phone: str | None = None, company: str | None = None,
                               value_eur: float | None = None) -> dict[str, Any]:
        value = None if value_eur is None else round(value_eur * 100)
        if self.dry_run:
            return {"dry_run": True, "would": "create or update the lead", "interest": interest}
        with self.db.writing(ACTOR_AI) as session:
            contact_id = self.binding.contact_id
            if contact_id is None:
                existing = crm_repo.find_contacts(session, email, limit=1) if email else []
                if existing and (existing[0].email or "").lower() == (email or "").lower():
                    contact_id = existing[0].id  # known address from an unverified chat: no link, no changes
                else:
                    contact_id, _ = crm_repo.upsert_contact(session, name=name, email=email, phone=phone,
                                                            company=company, language=self.binding.language)
                    if self.binding.thread_id is not None:
                        crm_repo.link_thread(session, self.binding.thread_id, contact_id)
                    self.binding.contact_id = contact_id
            lead_id, created = crm_repo.create_or_update_lead(
                session, contact_id, f"Chat enquiry: {interest[:120]}", thread_id=self.binding.thread_id,
                value_minor=value, source="ai-chat")
        return {"lead_id": lead_id, "created": created, "contact_id": contact_id}

    def _move_lead_stage(self, stage: str) -> dict[str, Any]:
        lead_id = self._open_lead()
        if self.dry_run:
            return {"dry_run": True, "would": f"move lead {lead_id} to {stage}"}
        with self.db.writing(ACTOR_AI) as session:
            return {"lead_id": lead_id, "stage": crm_repo.move_lead_stage(session, lead_id, stage)}

    def _open_lead(self) -> int:
        if self.binding.contact_id is None:
            raise InvalidInput("the customer has no lead yet")
        with self.db.reading() as session:
            context = crm_repo.customer_context(session, self.binding.contact_id, self.now)
        if not context.leads:
            raise InvalidInput("the customer has no open lead")
        return context.leads[-1].id

    def _add_task(self, title: str, description: str | None = None, due_in_days: int | None = None,
                  priority: str = "normal") -> dict[str, Any]:
        due = self.now + timedelta(days=due_in_days if due_in_days is not None else 1)
        if self.dry_run:
            return {"dry_run": True, "would": f"add the task {title!r}"}
        with self.db.writing(ACTOR_AI) as session:
            task_id = crm_repo.add_task(session, title, description=description, contact_id=self.binding.contact_id,
                                        due_at=due, priority=priority)
        return {"task_id": task_id, "due_at": due.isoformat()}

    def _add_note(self, text: str) -> dict[str, Any]:
        if self.binding.contact_id is None:
            raise InvalidInput("notes need a known customer")
        if self.dry_run:
            return {"dry_run": True, "would": "add a note"}
        with self.db.writing(ACTOR_AI) as session:
            return {"note_id": crm_repo.add_note(session, text, contact_id=self.binding.contact_id)}

    def _book_meeting(self, start: str, name: str | None = None, email: str | None = None,
                      topic: str | None = None) -> dict[str, Any]:
        try:
            begin = datetime.fromisoformat(start)
        except ValueError as exc:
            raise InvalidInput("start must be an ISO date and time") from exc
        if begin.tzinfo is None:
            raise InvalidInput("start needs a time zone (use a time from find_free_slots)")
        end = begin + timedelta(minutes=self.firm.meeting_minutes)
        if begin < self.now or not (schedule.is_open(begin, self.firm.timezone, self.hours)
                                    and schedule.is_open(end - timedelta(minutes=1), self.firm.timezone, self.hours)):
            raise InvalidInput("that time is outside business hours or in the past")
        if self.dry_run:
            return {"dry_run": True, "would": f"book {begin.isoformat()}"}
        title = f"Consultation ({topic[:80]})" if topic else "Consultation"
        with self.db.writing(ACTOR_AI) as session:
            contact = crm_repo.contact_card(session, self.binding.contact_id) if self.binding.contact_id else None
            try:
                booking_id = calendar_repo.book(
                    session, begin, end, title, timezone=self.firm.timezone, contact_id=self.binding.contact_id,
                    thread_id=self.binding.thread_id, customer_name=name or (contact.name if contact else None),
                    customer_email=email or (contact.email if contact else None))
            except Conflict as exc:
                raise InvalidInput(str(exc)) from exc
        return {"booking_id": booking_id, "start": begin.isoformat(), "end": end.isoformat()}

    def _create_invoice_draft(self, lines: list[dict[str, Any]], notes: str | None = None) -> dict[str, Any]:
        if self.binding.contact_id is None:
            raise InvalidInput("an invoice needs a known customer")
        parsed = []
        for line in lines:
            if not isinstance(line, dict) or not {"description", "quantity", "unit_price_eur"} <= set(line):
                raise InvalidInput("each line needs description, quantity and unit_price_eur")
            parsed.append((str(line["description"]), round(float(line["quantity"]) * 1000),
                           round(float(line["unit_price_eur"]) * 100),
                           round(float(line.get("tax_rate_percent", 19)) * 100)))
        if self.dry_run:
            return {"dry_run": True, "would": f"draft an invoice with {len(parsed)} lines"}
        with self.db.writing(ACTOR_AI) as session:
            info = invoice_repo.create_draft(session, self.binding.contact_id, parsed, notes=notes)
        return {"invoice": info.as_json()}

    def _handoff_to_human(self, reason: str) -> dict[str, Any]:
        if self.dry_run or self.binding.thread_id is None:
            return {"dry_run": True, "would": "hand the conversation to a person"} if self.dry_run else {
                "handed_off": False, "note": "no conversation to hand off"}
        with self.db.writing(ACTOR_AI) as session:
            ai_repo.flag_thread(session, self.binding.thread_id, ["handoff"], handoff=True)
            task_id = crm_repo.add_task(session, "Take over a chat conversation", description=reason[:1000],
                                        contact_id=self.binding.contact_id, due_at=self.now, priority="high")
        return {"handed_off": True, "task_id": task_id}


def _digits(value: str | None) -> str:
    return "".join(ch for ch in value or "" if ch.isdigit())
