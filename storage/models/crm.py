"""Contacts and their channel identities, pipelines, stages, leads, tasks, notes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, Timestamped, utcnow


class Contact(Timestamped, Base):
    __tablename__ = "contacts"
    __audit_pii__ = ("name", "email", "phone")

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    company: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(8))
    contact_metadata: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ContactIdentity(Base):
    """How a contact is known on a channel (Telegram user id, Signal number, widget visitor)."""

    __tablename__ = "contact_identities"
    __audit_pii__ = ("external_id",)
    __table_args__ = (UniqueConstraint("channel_type", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    channel_type: Mapped[str] = mapped_column(String(20))
    external_id: Mapped[str] = mapped_column(String(200))


class Pipeline(Timestamped, Base):
    __tablename__ = "pipelines"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    is_default: Mapped[bool] = mapped_column(default=False)


class Stage(Timestamped, Base):
    __tablename__ = "stages"
    __table_args__ = (UniqueConstraint("pipeline_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int]
    color: Mapped[str] = mapped_column(String(9), default="#6b7280")
    probability: Mapped[int] = mapped_column(default=0)  # percent
    is_won: Mapped[bool] = mapped_column(default=False)
    is_closed: Mapped[bool] = mapped_column(default=False)


class Lead(Timestamped, Base):
    __tablename__ = "leads"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id", ondelete="RESTRICT"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="RESTRICT"), index=True)
    value_minor: Mapped[int] = mapped_column(default=0)  # money in minor units (cents)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    probability: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | won | lost
    source: Mapped[str | None] = mapped_column(String(40))
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Task(Timestamped, Base):
    __tablename__ = "tasks"
    __audit_exclude__ = ("description",)  # may quote the customer

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    due_at: Mapped[datetime | None] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | done | cancelled
    priority: Mapped[str] = mapped_column(String(8), default="normal")  # low | normal | high
    completed_at: Mapped[datetime | None]


class Note(Timestamped, Base):
    __tablename__ = "notes"
    __audit_exclude__ = ("content",)  # free text about a person

    id: Mapped[int] = mapped_column(primary_key=True)
    content: Mapped[str] = mapped_column(Text)
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    is_private: Mapped[bool] = mapped_column(default=False)
