"""Calendars, events and the bookings customers make."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, Timestamped


class Calendar(Timestamped, Base):
    __tablename__ = "calendars"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    provider: Mapped[str] = mapped_column(String(20), default="local")  # local | google
    external_id: Mapped[str | None] = mapped_column(String(300))  # Google calendar id; tokens live in the store
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Berlin")
    is_default: Mapped[bool] = mapped_column(default=False)
    sync_token: Mapped[str | None] = mapped_column(Text)


class Event(Timestamped, Base):
    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("calendar_id", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    calendar_id: Mapped[int] = mapped_column(ForeignKey("calendars.id", ondelete="CASCADE"))
    external_id: Mapped[str | None] = mapped_column(String(300))  # Google event id
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(300))
    start_at: Mapped[datetime] = mapped_column(index=True)
    end_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(12), default="confirmed")  # tentative | confirmed | cancelled


class Booking(Timestamped, Base):
    __tablename__ = "bookings"
    __audit_pii__ = ("customer_name", "customer_email")

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="SET NULL"))
    meeting_type: Mapped[str] = mapped_column(String(80), default="consultation")
    customer_name: Mapped[str | None] = mapped_column(String(200))
    customer_email: Mapped[str | None] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(12), default="confirmed")  # pending | confirmed | cancelled
