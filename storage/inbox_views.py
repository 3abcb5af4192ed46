"""Read models of the inbox: thread lists and conversation pages for the Inbox panel and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from storage.models import Attachment, Channel, Contact, InboxMessage, Thread, User


@dataclass(frozen=True)
class ThreadFilter:
    """Which threads to list (all None/False: every thread)."""

    status: str | None = None
    channel_type: str | None = None
    assignee_id: int | None = None
    label: str | None = None
    unread_only: bool = False
    search: str | None = None
    thread_id: int | None = None


@dataclass(frozen=True)
class ThreadRow:
    """One line of the thread list."""

    id: int
    channel_id: int
    channel_type: str
    channel_name: str
    title: str
    contact_id: int | None
    last_text: str
    last_at: datetime | None
    unread: int
    status: str
    ai_enabled: bool
    assignee_id: int | None
    assignee_name: str | None
    labels: tuple[str, ...]
    language: str | None


@dataclass(frozen=True)
class AttachmentRow:
    """A file attached to a message (path relative to the workspace)."""

    id: int
    filename: str
    mime_type: str
    size: int
    file_path: str


@dataclass(frozen=True)
class MessageRow:
    """One message of a conversation."""

    id: int
    direction: str  # in | out | int (internal note)
    author_kind: str  # customer | ai | staff | system
    sender: str | None
    text: str
    at: datetime
    status: str
    error: str | None
    language: str | None
    attachments: tuple[AttachmentRow, ...] = ()
    trace: dict[str, Any] | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def _conditions(f: ThreadFilter) -> list[Any]:
    conditions: list[Any] = []
    if f.thread_id is not None:
        conditions.append(Thread.id == f.thread_id)
    if f.status:
        conditions.append(Thread.status == f.status)
    if f.channel_type:
        conditions.append(Channel.type == f.channel_type)
    if f.assignee_id is not None:
        conditions.append(Thread.assignee_id == f.assignee_id)
    if f.label:
        conditions.append(func.json_extract(Thread.labels, "$").like(f'%"{f.label}"%'))
    if f.unread_only:
        conditions.append(select(InboxMessage.id).where(
            InboxMessage.thread_id == Thread.id, InboxMessage.direction == "in",
            InboxMessage.id > Thread.last_read_id).exists())
    if f.search:
        needle = f"%{f.search.strip().lower()}%"
        conditions.append(or_(func.lower(Contact.name).like(needle), func.lower(Thread.external_chat_id).like(needle),
                              select(InboxMessage.id).where(InboxMessage.thread_id == Thread.id,
                                                            func.lower(InboxMessage.content).like(needle)).exists()))
    return conditions


def count_threads(session: Session, f: ThreadFilter = ThreadFilter()) -> int:
    """How many threads match ``f``."""
    stmt = (select(func.count()).select_from(Thread).join(Channel, Channel.id == Thread.channel_id)
            .outerjoin(Contact, Contact.id == Thread.contact_id).where(and_(True, *_conditions(f))))
    return int(session.scalar(stmt) or 0)


def list_threads(session: Session, f: ThreadFilter = ThreadFilter(), offset: int = 0,
                 limit: int = 100) -> list[ThreadRow]:
    """A page of threads, most recent activity first."""
    last = aliased(InboxMessage)
    last_id = (select(func.max(InboxMessage.id)).where(InboxMessage.thread_id == Thread.id,
                                                      InboxMessage.direction != "int").scalar_subquery())
    unread = (select(func.count()).select_from(InboxMessage).where(
        InboxMessage.thread_id == Thread.id, InboxMessage.direction == "in",
        InboxMessage.id > Thread.last_read_id).scalar_subquery())
    first_sender = (select(InboxMessage.sender).where(InboxMessage.thread_id == Thread.id,
                                                      InboxMessage.direction == "in", InboxMessage.sender.is_not(None))
                    .order_by(InboxMessage.id).limit(1).scalar_subquery())
    stmt = (select(Thread, Channel.type, Channel.name, Contact.name, last.content, unread, User.name, first_sender)
            .join(Channel, Channel.id == Thread.channel_id)
            .outerjoin(Contact, Contact.id == Thread.contact_id)
            .outerjoin(last, last.id == last_id)
            .outerjoin(User, User.id == Thread.assignee_id)
            .where(and_(True, *_conditions(f)))
            .order_by(Thread.last_message_at.desc().nulls_last(), Thread.id.desc())
            .offset(offset).limit(limit))
    rows = []
    for thread, ctype, cname, contact, text, unread_count, assignee, sender in session.execute(stmt):
        rows.append(ThreadRow(
            id=thread.id, channel_id=thread.channel_id, channel_type=ctype, channel_name=cname,
            title=contact or sender or thread.subject or thread.external_chat_id, contact_id=thread.contact_id,
            last_text=(text or "")[:200], last_at=thread.last_message_at, unread=int(unread_count or 0),
            status=thread.status, ai_enabled=thread.ai_enabled, assignee_id=thread.assignee_id,
            assignee_name=assignee, labels=tuple(thread.labels or ()), language=thread.language))
    return rows


def count_messages(session: Session, thread_id: int) -> int:
    """Messages (and notes) in a thread."""
    return int(session.scalar(select(func.count()).select_from(InboxMessage)
                              .where(InboxMessage.thread_id == thread_id)) or 0)


def messages(session: Session, thread_id: int, offset: int = 0, limit: int = 200) -> list[MessageRow]:
    """A page of a conversation, oldest first (offset counts from the oldest message)."""
    rows = list(session.scalars(select(InboxMessage).where(InboxMessage.thread_id == thread_id)
                                .order_by(InboxMessage.id).offset(offset).limit(limit)))
    files: dict[int, list[AttachmentRow]] = {}
    if rows:
        for a in session.scalars(select(Attachment).where(Attachment.message_id.in_([m.id for m in rows]))):
            files.setdefault(a.message_id, []).append(AttachmentRow(a.id, a.filename, a.mime_type, a.size,
                                                                    a.file_path))
    return [MessageRow(id=m.id, direction=m.direction, author_kind=m.author_kind, sender=m.sender, text=m.content,
                       at=m.created_at, status=m.status, error=m.error, language=m.language,
                       attachments=tuple(files.get(m.id, ())),
                       trace=(m.message_metadata or {}).get("trace"), metadata=dict(m.message_metadata or {}))
            for m in rows]

