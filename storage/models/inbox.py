"""Channels, conversation threads, messages and their attachments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, Timestamped

THREAD_STATUSES = ("open", "waiting", "handed_off", "closed")
# received -> (processing) -> answered for inbound; pending -> sent | failed for outbound.
MESSAGE_STATUSES = ("received", "processing", "answered", "pending", "sent", "failed")


class Channel(Timestamped, Base):
    __tablename__ = "channels"
    __table_args__ = (UniqueConstraint("type", "name"),)
    __audit_exclude__ = ("state",)  # polling offsets change every few seconds

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(20))  # telegram | signal | widget
    name: Mapped[str] = mapped_column(String(120))
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)  # never secrets: those are in the store
    is_active: Mapped[bool] = mapped_column(default=True)
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)  # e.g. Telegram update offset


class Thread(Timestamped, Base):
    __tablename__ = "threads"
    __audit_exclude__ = ("memory", "last_read_id")  # memory quotes the conversation; reads are noise
    __audit_quiet__ = ("last_message_at", "language")  # moves with every message
    __table_args__ = (UniqueConstraint("channel_id", "external_chat_id"),
                      Index("ix_threads_status_last", "status", "last_message_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    external_chat_id: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="open")
    ai_enabled: Mapped[bool] = mapped_column(default=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    labels: Mapped[list[Any]] = mapped_column(default=list)
    language: Mapped[str | None] = mapped_column(String(8))
    last_message_at: Mapped[datetime | None]
    # the AI's memory of the conversation: rolling summary, open flow (e.g. slots offered), placeholders
    memory: Mapped[dict[str, Any]] = mapped_column(default=dict)
    last_read_id: Mapped[int] = mapped_column(default=0)  # staff have seen messages up to this id


class InboxMessage(Timestamped, Base):
    __tablename__ = "inbox_messages"
    __table_args__ = (UniqueConstraint("channel_id", "external_id"),
                      Index("ix_inbox_messages_thread_created", "thread_id", "created_at"),
                      Index("ix_inbox_messages_direction_status", "direction", "status"),
                      Index("ix_inbox_messages_thread_id_id", "thread_id", "id"))
    # customer text and the AI trace may hold PII; the audit row points to the message
    __audit_exclude__ = ("content", "message_metadata")
    # delivery progress is recorded on the row itself; a person's resend is audited explicitly
    __audit_quiet__ = ("status", "send_attempts", "error", "sent_at", "external_id")

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"))
    external_id: Mapped[str | None] = mapped_column(String(200))  # the channel's own message id
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    author_kind: Mapped[str] = mapped_column(String(20))  # customer | ai | staff | system
    sender: Mapped[str | None] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(20))
    reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("inbox_messages.id", ondelete="SET NULL"),
                                                    unique=True)  # at most one reply per inbound message
    send_attempts: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(Text)
    message_metadata: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    sent_at: Mapped[datetime | None]


class Attachment(Timestamped, Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("inbox_messages.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    file_path: Mapped[str] = mapped_column(String(1000))  # relative to the workspace
    mime_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))


class CannedResponse(Timestamped, Base):
    """A prepared answer staff insert into a reply with one click."""

    __tablename__ = "canned_responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
