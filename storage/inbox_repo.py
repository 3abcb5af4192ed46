"""Storing customer messages and replies, idempotently.

The database is the source of truth for the queue: an inbound message stays
``received`` until its reply row exists, so start-up recovery can find every
message that still needs work. ``reply_to_id`` is unique, so two workers racing
on the same message can never store two replies.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from secretary.records import InboundMessage, Reply
from storage.models import Channel, Contact, InboxMessage, Thread, utcnow


@dataclass(frozen=True)
class Received:
    """Result of storing an inbound message."""

    message_id: int
    thread_id: int
    created: bool  # False when the channel re-delivered a message we already had


def ensure_channel(session: Session, type_: str, name: str) -> int:
    """Id of the channel ``(type_, name)``, created if missing."""
    channel = session.scalar(select(Channel).where(Channel.type == type_, Channel.name == name))
    if channel is None:
        channel = Channel(type=type_, name=name)
        session.add(channel)
        session.flush()
    return channel.id


def _thread(session: Session, channel_id: int, chat_id: str, contact_id: int | None) -> Thread:
    thread = session.scalar(select(Thread).where(Thread.channel_id == channel_id,
                                                 Thread.external_chat_id == chat_id))
    if thread is None:
        thread = Thread(channel_id=channel_id, external_chat_id=chat_id, contact_id=contact_id)
        session.add(thread)
        session.flush()
    return thread


def receive(session: Session, channel_id: int, chat_id: str, external_id: str, content: str, *,
            sender: str | None = None, contact_id: int | None = None, language: str | None = None) -> Received:
    """Store an inbound message once per ``(channel, external_id)``."""
    existing = session.scalar(select(InboxMessage).where(InboxMessage.channel_id == channel_id,
                                                         InboxMessage.external_id == external_id))
    if existing is not None:
        return Received(existing.id, existing.thread_id, False)
    thread = _thread(session, channel_id, chat_id, contact_id)
    message = InboxMessage(thread_id=thread.id, channel_id=channel_id, external_id=external_id, direction="in",
                           author_kind="customer", sender=sender, content=content, language=language,
                           status="received")
    session.add(message)
    thread.last_message_at = utcnow()
    if thread.status == "closed":
        thread.status = "open"
    session.flush()
    return Received(message.id, thread.id, True)


def unanswered_ids(session: Session) -> list[int]:
    """Inbound messages with no reply yet, in threads the AI still handles, oldest first."""
    reply = aliased(InboxMessage)
    stmt = (select(InboxMessage.id)
            .join(Thread, Thread.id == InboxMessage.thread_id)
            .outerjoin(reply, reply.reply_to_id == InboxMessage.id)
            .where(InboxMessage.direction == "in", InboxMessage.status.in_(("received", "processing")),
                   Thread.ai_enabled.is_(True), reply.id.is_(None))
            .order_by(InboxMessage.id))
    return list(session.scalars(stmt))


def load_inbound(session: Session, message_id: int) -> InboundMessage | None:
    """The inbound message as a plain record, or None if it is gone or not inbound."""
    row = session.execute(
        select(InboxMessage, Contact.name)
        .join(Thread, Thread.id == InboxMessage.thread_id)
        .outerjoin(Contact, Contact.id == Thread.contact_id)
        .where(InboxMessage.id == message_id, InboxMessage.direction == "in")).first()
    if row is None:
        return None
    message, contact_name = row
    return InboundMessage(id=message.id, thread_id=message.thread_id, content=message.content,
                          language=message.language, contact_name=contact_name)


def reply_id(session: Session, inbound_id: int) -> int | None:
    """Id of the stored reply to ``inbound_id``, if any."""
    return session.scalar(select(InboxMessage.id).where(InboxMessage.reply_to_id == inbound_id))


def store_reply(session: Session, inbound_id: int, reply: Reply) -> tuple[int, bool]:
    """Store the reply to ``inbound_id`` once; returns ``(reply id, created)``."""
    existing = reply_id(session, inbound_id)
    if existing is not None:
        return existing, False
    inbound = session.get(InboxMessage, inbound_id)
    if inbound is None:
        raise LookupError(f"message {inbound_id} does not exist")
    out = InboxMessage(thread_id=inbound.thread_id, channel_id=inbound.channel_id, direction="out",
                       author_kind=reply.author_kind, content=reply.content, language=reply.language,
                       status="pending", reply_to_id=inbound_id, message_metadata=dict(reply.metadata))
    try:
        with session.begin_nested():
            session.add(out)
            session.flush()
    except IntegrityError:  # another worker stored it first
        existing = reply_id(session, inbound_id)
        assert existing is not None
        return existing, False
    inbound.status = "answered"
    thread = session.get(Thread, inbound.thread_id)
    if thread is not None:
        thread.last_message_at = utcnow()
        thread.language = thread.language or reply.language
    session.flush()
    return out.id, True
