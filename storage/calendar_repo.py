"""Busy times and bookings in the firm's local calendar."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretary.ai.context import BookingInfo
from secretary.errors import Conflict
from storage.models import Booking, Calendar, Event


def busy(session: Session, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """Intervals (UTC) taken by events that are not cancelled, overlapping ``[start, end)``."""
    rows = session.execute(select(Event.start_at, Event.end_at).where(
        Event.status != "cancelled", Event.start_at < end, Event.end_at > start).order_by(Event.start_at))
    return [(a, b) for a, b in rows]


def default_calendar(session: Session, timezone: str) -> int:
    """The default local calendar, created if there is none."""
    calendar_id = session.scalar(select(Calendar.id).order_by(Calendar.is_default.desc(), Calendar.id))
    if calendar_id is None:
        calendar = Calendar(name="Office", provider="local", timezone=timezone, is_default=True)
        session.add(calendar)
        session.flush()
        calendar_id = calendar.id
    return calendar_id


def book(session: Session, start: datetime, end: datetime, title: str, *, timezone: str,
         contact_id: int | None = None, thread_id: int | None = None, customer_name: str | None = None,
         customer_email: str | None = None, meeting_type: str = "consultation") -> int:
    """Create the event and its booking; Conflict if the time was taken meanwhile."""
    if busy(session, start, end):
        raise Conflict("that time is no longer free")
    event = Event(calendar_id=default_calendar(session, timezone), title=title[:300], start_at=start, end_at=end,
                  status="confirmed")
    session.add(event)
    session.flush()
    booking = Booking(event_id=event.id, contact_id=contact_id, thread_id=thread_id, meeting_type=meeting_type,
                      customer_name=customer_name, customer_email=customer_email, status="confirmed")
    session.add(booking)
    session.flush()
    return booking.id


def upcoming_bookings(session: Session, contact_id: int, now: datetime) -> list[BookingInfo]:
    """The contact's bookings that have not ended yet, soonest first."""
    rows = session.execute(select(Booking, Event).join(Event, Event.id == Booking.event_id).where(
        Booking.contact_id == contact_id, Booking.status != "cancelled", Event.end_at > now)
        .order_by(Event.start_at))
    return [BookingInfo(id=b.id, start=e.start_at, end=e.end_at, title=e.title, status=b.status) for b, e in rows]
