"""The outbox: every stored reply is handed to its channel exactly once, or fails visibly.

A reply moves ``pending → sending → sent``. ``sending`` is written (and
committed) before the channel is called, so after a crash at any point:

- ``pending``: nothing was sent; it is sent now.
- ``sending``: the channel may or may not have taken it. Channels that
  deduplicate (the web widget, by the message's idempotency key) get it again;
  for the others it becomes ``uncertain`` — shown in the Inbox with a Resend
  button — because sending twice is worse than asking a person to check.
- ``sent``: done; never sent again.

Finished sends are recorded in groups: a worker that hands a reply over adds its
outcome to a shared list, and whichever worker is not already writing commits
everything listed in one transaction (group commit). A crash before that commit
leaves the message ``sending``, the same as a crash during the send itself.

Temporary failures (network, 429, 5xx) go back to ``pending`` and are retried
with exponential backoff (5 s … 5 min) up to :data:`MAX_ATTEMPTS`, then ``failed``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from secretary.audit import job_actor
from secretary.channels import Connector
from secretary.errors import AuthFailed, InvalidInput, RateLimited, RemoteUnavailable
from storage import inbox_repo, outbox_repo
from storage.db import Database
from storage.outbox_repo import Claimed, Finished

log = logging.getLogger(__name__)
ACTOR = job_actor("outbox")
MAX_ATTEMPTS = 8
IDEMPOTENT_CHANNELS = frozenset({"widget"})


class Outbox:
    """Sends stored outgoing messages through the running connectors."""

    def __init__(self, db: Database, connectors: Callable[[int], Connector | None],
                 channel_type: Callable[[int], str | None]) -> None:
        self._db = db
        self._connectors = connectors
        self._channel_type = channel_type
        self.retry: Callable[[int, float], None] = lambda _id, _delay: None  # set by the queue wiring
        self._finished: list[Finished] = []
        self._finishing = False
        self._lock = threading.Lock()

    def send(self, message_id: int) -> str:
        """Try to send ``message_id`` once; returns its status afterwards."""
        with self._db.writing(ACTOR) as session:
            channel_id = outbox_repo.channel_of(session, message_id)
            idempotent = channel_id is not None and self._channel_type(channel_id) in IDEMPOTENT_CHANNELS
            claimed = outbox_repo.claim(session, message_id, resend_cut_off=idempotent)
        if isinstance(claimed, str):
            return claimed
        return self.deliver_claimed(message_id, claimed)

    def claim_in(self, session: Any, message_id: int) -> Claimed | None:
        """Claim a just-stored reply inside its own transaction, if this process runs its channel.

        Saves the separate claiming transaction; the caller passes the result to
        :meth:`deliver_claimed` after the commit.
        """
        return outbox_repo.claim_pending(session, message_id, lambda channel: self._connectors(channel) is not None)

    def deliver_claimed(self, message_id: int, claimed: Claimed) -> str:
        """Hand a claimed message to its channel and record the outcome."""
        connector = self._connectors(claimed.channel_id)
        if connector is None:  # this process does not run the channel (e.g. the GUI as a client)
            return self._release(message_id, "the channel is not running", claimed.attempts, retry=True)
        try:
            sent = connector.send(claimed.outgoing)
        except (RemoteUnavailable, RateLimited) as exc:
            delay = exc.retry_after if isinstance(exc, RateLimited) and exc.retry_after else None
            return self._release(message_id, str(exc), claimed.attempts, retry=True, delay=delay)
        except (InvalidInput, AuthFailed) as exc:
            return self._finish(Finished(message_id, "failed", error=str(exc)))
        return self._finish(Finished(message_id, "sent", external_id=sent.external_id))

    def _release(self, message_id: int, error: str, attempts: int, *, retry: bool,
                 delay: float | None = None) -> str:
        if attempts >= MAX_ATTEMPTS:
            return self._finish(Finished(message_id, "failed", error=f"gave up after {attempts} attempts: {error}"))
        with self._db.writing(ACTOR) as session:
            outbox_repo.release(session, message_id, error)
        if retry:
            self.retry(message_id, delay if delay is not None else min(5.0 * 2 ** (attempts - 1), 300.0))
        return "pending"

    def _finish(self, outcome: Finished) -> str:
        with self._lock:
            self._finished.append(outcome)
            if self._finishing:  # the worker writing now commits this one too
                return outcome.status
            self._finishing = True
        while True:
            with self._lock:
                batch, self._finished = self._finished, []
                if not batch:
                    self._finishing = False
                    break
            try:
                with self._db.writing(ACTOR) as session:
                    outbox_repo.finish(session, batch)
            except BaseException:
                with self._lock:  # keep them for the next writer; the caller's task is retried
                    self._finished[:0] = batch
                    self._finishing = False
                raise
            for failed in (f for f in batch if f.status == "failed"):
                log.warning("message %s could not be sent: %s", failed.message_id, failed.error)
        return outcome.status

    def resend(self, message_id: int, actor: str) -> None:
        """Put a failed or uncertain message back in the outbox (a person decided to send it again)."""
        with self._db.writing(actor) as session:
            outbox_repo.resend(session, message_id)

    def unsent(self) -> list[int]:
        """Messages still to send (start-up recovery)."""
        with self._db.reading() as session:
            return inbox_repo.unsent_ids(session)


