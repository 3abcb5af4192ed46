"""What the router loads before an agent answers: the customer, the firm, the conversation so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class ContactCard:
    """A CRM contact as the agents see it."""

    id: int
    name: str
    email: str | None = None
    phone: str | None = None
    company: str | None = None
    language: str | None = None

    def as_json(self) -> dict[str, Any]:
        """JSON for tool results."""
        return {"id": self.id, "name": self.name, "email": self.email, "phone": self.phone,
                "company": self.company, "language": self.language}


@dataclass(frozen=True)
class LeadInfo:
    """An open sales opportunity."""

    id: int
    title: str
    stage: str
    status: str
    value_minor: int = 0
    currency: str = "EUR"


@dataclass(frozen=True)
class BookingInfo:
    """A meeting booked with the customer (times in UTC)."""

    id: int
    start: datetime
    end: datetime
    title: str
    status: str


@dataclass(frozen=True)
class InvoiceInfo:
    """An invoice of the customer, as far as the customer may be told about it."""

    id: int
    number: str | None
    status: str  # draft | open | paid | void
    total_minor: int
    paid_minor: int
    currency: str
    issue_date: date | None
    due_date: date | None

    def as_json(self) -> dict[str, Any]:
        """JSON for tool results (amounts in minor units and formatted)."""
        return {"id": self.id, "number": self.number, "status": self.status, "total_minor": self.total_minor,
                "paid_minor": self.paid_minor, "open_minor": max(self.total_minor - self.paid_minor, 0),
                "currency": self.currency,
                "issue_date": self.issue_date.isoformat() if self.issue_date else None,
                "due_date": self.due_date.isoformat() if self.due_date else None}


@dataclass(frozen=True)
class CustomerContext:
    """The customer behind a conversation, if the CRM knows them."""

    contact: ContactCard | None = None
    leads: tuple[LeadInfo, ...] = ()
    bookings: tuple[BookingInfo, ...] = ()
    invoices: tuple[InvoiceInfo, ...] = ()


@dataclass(frozen=True)
class Turn:
    """One earlier message of the conversation: who wrote it and what."""

    role: str  # customer | ai | staff
    text: str


@dataclass
class Memory:
    """Per-thread memory: the last turns, a rolling summary of older ones, and an open flow's state."""

    turns: list[Turn] = field(default_factory=list)
    summary: str = ""
    state: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FirmInfo:
    """The firm the secretary works for."""

    name: str
    email: str = ""
    phone: str = ""
    website: str = ""
    address: str = ""
    timezone: str = "Europe/Berlin"
    business_hours: str = "Mon-Fri 09:00-17:00"
    meeting_minutes: int = 30
