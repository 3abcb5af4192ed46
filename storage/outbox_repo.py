"""The outbox's state changes on outgoing messages: claim, release, finish, resend."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session, aliased

from secretary.channels import Button, OutgoingMessage
from secretary.errors import InvalidInput
from storage import audit
from storage.models import InboxMessage, Thread, utcnow

_MESSAGES = cast(Table, InboxMessage.__table__)  # the plain table, for statements without the ORM

DONE = ("sent", "failed", "uncertain")
_REPLIED_TO = aliased(InboxMessage)
_CLAIMABLE = (select(InboxMessage.status, InboxMessage.channel_id, InboxMessage.send_attempts, InboxMessage.content,
                     InboxMessage.message_metadata, Thread.external_chat_id, _REPLIED_TO.external_id)
              .join(Thread, Thread.id == InboxMessage.thread_id)
              .outerjoin(_REPLIED_TO, _REPLIED_TO.id == InboxMessage.reply_to_id)
              .where(InboxMessage.id == bindparam("message"), InboxMessage.direction == "out"))
_FINISH = (update(_MESSAGES).where(_MESSAGES.c.id == bindparam("message"))
           .values(status=bindparam("status"), error=bindparam("error"), external_id=bindparam("external"),
                   sent_at=bindparam("sent")))
_SENDING = (update(_MESSAGES).where(_MESSAGES.c.id == bindparam("message"))
            .values(status="sending", send_attempts=bindparam("attempts")))
UNCERTAIN = "the app stopped while this was being sent: check the chat, then resend if needed"


@dataclass(frozen=True)
class Claimed:
    """A message marked ``sending``: what to hand to which channel, and the attempt number."""

    channel_id: int
    outgoing: OutgoingMessage
    attempts: int


@dataclass(frozen=True)
class Finished:
    """The outcome of one send, to be recorded."""

    message_id: int
    status: str  # sent | failed
    error: str | None = None
    external_id: str | None = None


def claim(session: Session, message_id: int, resend_cut_off: bool) -> Claimed | str:
    """Mark ``message_id`` as being sent; or say why not (``gone``, its final status, ``uncertain``).

    A message found ``sending`` was cut off by a crash: it is claimed again only if its channel
    deduplicates (``resend_cut_off``), else it becomes ``uncertain`` for a person to check.
    """
    message = session.get(InboxMessage, message_id)
    if message is None or message.direction != "out":
        return "gone"
    if message.status in DONE:
        return message.status
    if message.status == "sending" and not resend_cut_off:
        message.status, message.error = "uncertain", UNCERTAIN
        return "uncertain"
    return _mark_sending(session, message)


def claim_pending(session: Session, message_id: int, runs: Callable[[int], bool]) -> Claimed | None:
    """Claim a just-stored ``pending`` reply inside the transaction that stored it, if ``runs(channel id)``.

    Plain statements (one query, one update): this runs once per customer message.
    """
    row = session.execute(_CLAIMABLE, {"message": message_id}).first()
    if row is None:
        return None
    status, channel_id, attempts, content, metadata, chat_id, replied_external = row
    if status != "pending" or not runs(channel_id):
        return None
    session.execute(_SENDING, {"message": message_id, "attempts": attempts + 1})  # delivery state: not audited
    return Claimed(channel_id, _outgoing(message_id, chat_id, content, metadata, replied_external), attempts + 1)


def channel_of(session: Session, message_id: int) -> int | None:
    """The channel a message belongs to."""
    return session.scalar(select(InboxMessage.channel_id).where(InboxMessage.id == message_id))


def _mark_sending(session: Session, message: InboxMessage) -> Claimed:
    thread = session.get(Thread, message.thread_id)
    assert thread is not None
    message.status = "sending"
    message.send_attempts += 1
    replied_to = session.get(InboxMessage, message.reply_to_id) if message.reply_to_id else None
    outgoing = _outgoing(message.id, thread.external_chat_id, message.content, message.message_metadata,
                         replied_to.external_id if replied_to else None)
    return Claimed(message.channel_id, outgoing, message.send_attempts)


def _outgoing(message_id: int, chat_id: str, content: str, metadata: dict[str, Any] | None,
              replied_external: str | None) -> OutgoingMessage:
    buttons = tuple(tuple(Button(str(b["text"]), str(b["data"])) for b in row)
                    for row in (metadata or {}).get("buttons", []))
    return OutgoingMessage(chat_id=chat_id, text=content, buttons=buttons, reply_to_external_id=replied_external,
                           idempotency_key=f"msg-{message_id}")


def release(session: Session, message_id: int, error: str) -> None:
    """A send that failed for now goes back to ``pending`` (to be retried)."""
    message = session.get(InboxMessage, message_id)
    if message is not None and message.status == "sending":
        message.status, message.error = "pending", error


def finish(session: Session, outcomes: Iterable[Finished]) -> None:
    """Record final outcomes, many in one statement (delivery state is not audited: the row holds it)."""
    rows = list(outcomes)
    if not rows:
        return
    now = utcnow()
    session.execute(_FINISH, [  # one executemany of a plain statement
        {"message": r.message_id, "status": r.status, "error": r.error, "external": r.external_id,
         "sent": now if r.status == "sent" else None} for r in rows])


def resend(session: Session, message_id: int) -> None:
    """Put a failed or uncertain message back in the outbox (a person decided to send it again)."""
    message = session.get(InboxMessage, message_id)
    if message is None or message.direction != "out":
        raise InvalidInput(f"message {message_id} is not an outgoing message")
    if message.status not in ("failed", "uncertain"):
        raise InvalidInput(f"message {message_id} is {message.status}, not failed")
    before = message.status
    message.status, message.error, message.send_attempts = "pending", None, 0
    audit.record(session, "inbox_messages.resend", "inbox_messages", str(message_id),
                 {"status": before}, {"status": "pending"})
