"""The outbox's state changes on outgoing messages: claim, release, finish, resend."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from secretary.channels import Button, OutgoingMessage
from secretary.errors import InvalidInput
from storage import audit
from storage.models import InboxMessage, Thread, utcnow

DONE = ("sent", "failed", "uncertain")
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
    """Claim a just-stored ``pending`` reply inside the transaction that stored it, if ``runs(channel id)``."""
    message = session.get(InboxMessage, message_id)
    if message is None or message.status != "pending" or not runs(message.channel_id):
        return None
    return _mark_sending(session, message)


def channel_of(session: Session, message_id: int) -> int | None:
    """The channel a message belongs to."""
    return session.scalar(select(InboxMessage.channel_id).where(InboxMessage.id == message_id))


def _mark_sending(session: Session, message: InboxMessage) -> Claimed:
    thread = session.get(Thread, message.thread_id)
    assert thread is not None
    message.status = "sending"
    message.send_attempts += 1
    buttons = tuple(tuple(Button(str(b["text"]), str(b["data"])) for b in row)
                    for row in (message.message_metadata or {}).get("buttons", []))
    replied_to = session.get(InboxMessage, message.reply_to_id) if message.reply_to_id else None
    outgoing = OutgoingMessage(chat_id=thread.external_chat_id, text=message.content, buttons=buttons,
                               reply_to_external_id=replied_to.external_id if replied_to else None,
                               idempotency_key=f"msg-{message.id}")
    return Claimed(message.channel_id, outgoing, message.send_attempts)


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
    session.execute(update(InboxMessage), [  # ORM bulk update by primary key: one executemany
        {"id": r.message_id, "status": r.status, "error": r.error, "external_id": r.external_id,
         "sent_at": now if r.status == "sent" else None} for r in rows])


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
