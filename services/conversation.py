"""Answering a stored customer message: the body of the ``answer_message`` task."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from secretary.audit import ACTOR_AI
from secretary.ports import Responder
from services.ai.effects import apply_effects
from storage import inbox_repo
from storage.db import Database

log = logging.getLogger(__name__)


def answer_message(db: Database, responder: Responder, message_id: int,
                   on_store: Callable[[Any, int], None] | None = None) -> int | None:
    """Store the reply to inbound message ``message_id`` exactly once.

    Safe to run any number of times (re-delivery, recovery after a crash): the
    responder runs outside the write transaction, and the reply is stored only
    if none exists yet. Returns the reply's id, or None if there is nothing to do.
    """
    with db.reading() as session:
        message = inbox_repo.load_inbound(session, message_id)
    if message is None:
        log.info("message %s is gone, answered, or not the AI's; nothing to answer", message_id)
        return None
    reply = responder.respond(message)
    effects = reply.metadata.get("effects")
    if effects is not None:  # what the AI changed about the conversation: stored with the reply, exactly once
        reply = dataclasses.replace(reply, metadata={k: v for k, v in reply.metadata.items() if k != "effects"})
    with db.writing(ACTOR_AI) as session:
        reply_id, created = inbox_repo.store_reply(session, message_id, reply)
        if created and effects is not None:
            apply_effects(session, message.thread_id, effects)
        if created and on_store is not None:  # e.g. the outbox claims the reply in this same transaction
            on_store(session, reply_id)
    if created:
        log.info("stored reply %s to message %s", reply_id, message_id)
    return reply_id


def unanswered(db: Database) -> list[int]:
    """Ids of inbound messages still waiting for a reply (the queue's source of truth)."""
    with db.reading() as session:
        return inbox_repo.unanswered_ids(session)
