"""The outbox: every stored reply is handed to its channel exactly once, or fails visibly.

A reply moves ``pending → sending → sent``. ``sending`` is written (and
committed) before the channel is called, so after a crash at any point:

- ``pending``: nothing was sent; it is sent now.
- ``sending``: the channel may or may not have taken it. Channels that
  deduplicate (the web widget, by the message's idempotency key) get it again;
  for the others it becomes ``uncertain`` — shown in the Inbox with a Resend
  button — because sending twice is worse than asking a person to check.
- ``sent``: done; never sent again.

Temporary failures (network, 429, 5xx) go back to ``pending`` and are retried
with exponential backoff (5 s … 5 min) up to :data:`MAX_ATTEMPTS`, then ``failed``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from secretary.audit import job_actor
from secretary.channels import Button, Connector, OutgoingMessage
from secretary.errors import AuthFailed, InvalidInput, RateLimited, RemoteUnavailable
from storage import inbox_repo
from storage.db import Database
from storage.models import InboxMessage, Thread, utcnow

log = logging.getLogger(__name__)
ACTOR = job_actor("outbox")
MAX_ATTEMPTS = 8
IDEMPOTENT_CHANNELS = frozenset({"widget"})
DONE = ("sent", "failed", "uncertain")
Claimed = tuple[int, OutgoingMessage, int]  # channel id, what to send, attempt number


class Outbox:
    """Sends stored outgoing messages through the running connectors."""

    def __init__(self, db: Database, connectors: Callable[[int], Connector | None],
                 channel_type: Callable[[int], str | None]) -> None:
        self._db = db
        self._connectors = connectors
        self._channel_type = channel_type
        self.retry: Callable[[int, float], None] = lambda _id, _delay: None  # set by the queue wiring

    def send(self, message_id: int) -> str:
        """Try to send ``message_id`` once; returns its status afterwards."""
        claimed = self._claim(message_id)
        if isinstance(claimed, str):
            return claimed
        return self.deliver_claimed(message_id, claimed)

    def claim_in(self, session: Any, message_id: int) -> Claimed | None:
        """Claim a just-stored reply inside its own transaction, if this process runs its channel.

        Saves the separate claiming transaction; the caller passes the result to
        :meth:`deliver_claimed` after the commit.
        """
        message = session.get(InboxMessage, message_id)
        if message is None or message.status != "pending" or self._connectors(message.channel_id) is None:
            return None
        claimed = self._mark_sending(session, message)
        return claimed

    def deliver_claimed(self, message_id: int, claimed: Claimed) -> str:
        """Hand a claimed message to its channel and record the outcome."""
        channel_id, outgoing, attempts = claimed
        connector = self._connectors(channel_id)
        if connector is None:  # this process does not run the channel (e.g. the GUI as a client)
            return self._release(message_id, "the channel is not running", attempts, retry=True)
        try:
            sent = connector.send(outgoing)
        except (RemoteUnavailable, RateLimited) as exc:
            delay = exc.retry_after if isinstance(exc, RateLimited) and exc.retry_after else None
            return self._release(message_id, str(exc), attempts, retry=True, delay=delay)
        except (InvalidInput, AuthFailed) as exc:
            return self._finish(message_id, "failed", error=str(exc))
        return self._finish(message_id, "sent", external_id=sent.external_id)

    def _claim(self, message_id: int) -> Claimed | str:
        with self._db.writing(ACTOR) as session:
            message = session.get(InboxMessage, message_id)
            if message is None or message.direction != "out":
                return "gone"
            if message.status in DONE:
                return message.status
            if message.status == "sending" and self._channel_type(message.channel_id) not in IDEMPOTENT_CHANNELS:
                message.status = "uncertain"
                message.error = "the app stopped while this was being sent: check the chat, then resend if needed"
                return "uncertain"
            return self._mark_sending(session, message)

    @staticmethod
    def _mark_sending(session: Any, message: InboxMessage) -> Claimed:
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
        return message.channel_id, outgoing, message.send_attempts

    def _release(self, message_id: int, error: str, attempts: int, *, retry: bool,
                 delay: float | None = None) -> str:
        if attempts >= MAX_ATTEMPTS:
            return self._finish(message_id, "failed", error=f"gave up after {attempts} attempts: {error}")
        with self._db.writing(ACTOR) as session:
            message = session.get(InboxMessage, message_id)
            if message is not None and message.status == "sending":
                message.status = "pending"
                message.error = error
        if retry:
            self.retry(message_id, delay if delay is not None else min(5.0 * 2 ** (attempts - 1), 300.0))
        return "pending"

    def _finish(self, message_id: int, status: str, *, error: str | None = None, external_id: str | None = None) -> str:
        with self._db.writing(ACTOR) as session:
            message = session.get(InboxMessage, message_id)
            if message is None:
                return "gone"
            message.status = status
            message.error = error
            if status == "sent":
                message.sent_at = utcnow()
                message.external_id = external_id
        if status == "failed":
            log.warning("message %s could not be sent: %s", message_id, error)
        return status

    def resend(self, message_id: int, actor: str) -> None:
        """Put a failed or uncertain message back in the outbox (a person decided to send it again)."""
        with self._db.writing(actor) as session:
            message = session.get(InboxMessage, message_id)
            if message is None or message.direction != "out":
                raise InvalidInput(f"message {message_id} is not an outgoing message")
            if message.status not in ("failed", "uncertain"):
                raise InvalidInput(f"message {message_id} is {message.status}, not failed")
            message.status, message.error, message.send_attempts = "pending", None, 0

    def unsent(self) -> list[int]:
        """Messages still to send (start-up recovery)."""
        with self._db.reading() as session:
            return inbox_repo.unsent_ids(session)


