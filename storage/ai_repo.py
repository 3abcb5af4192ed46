"""The AI's per-thread memory, thread flags and hand-offs, and metering of AI replies."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from secretary.ai.context import Memory, Turn
from storage.models import InboxMessage, Thread, UsageEvent, utcnow

_THREADS = cast(Table, Thread.__table__)  # the plain table, for statements without the ORM
_USAGE_EVENTS = cast(Table, UsageEvent.__table__)  # the plain table, for statements without the ORM

_ROLES = {"customer": "customer", "ai": "ai", "staff": "staff"}
SUMMARY_CHARS = 2000


_TURNS_BEFORE = (select(InboxMessage.id, InboxMessage.author_kind, InboxMessage.content)
                 .where(InboxMessage.thread_id == bindparam("thread"), InboxMessage.author_kind.in_(tuple(_ROLES)),
                        InboxMessage.id < bindparam("before"))
                 .order_by(InboxMessage.id.desc()).limit(bindparam("turns")))


_MEMORY = select(Thread.memory).where(Thread.id == bindparam("thread"))
_SAVE_MEMORY = (update(_THREADS).where(_THREADS.c.id == bindparam("thread"))
                .values(memory=bindparam("memory")))
_USAGE = insert(_USAGE_EVENTS)


def memory(session: Session, thread_id: int, before_id: int | None = None, turns: int = 8) -> tuple[Memory, int]:
    """The thread's memory before message ``before_id`` and the id the rolling summary now reaches.

    The last ``turns`` messages come verbatim; older ones not yet summarised are
    appended to the stored summary as short lines (the caller stores the new
    summary together with the reply, so it is written exactly once).
    """
    thread = session.get(Thread, thread_id)
    rows = list(session.execute(_TURNS_BEFORE, {"thread": thread_id, "turns": turns,
                                                "before": before_id if before_id is not None else 2**62}))
    stored: dict[str, Any] = dict(thread.memory or {}) if thread is not None else {}
    summary, upto = str(stored.get("summary", "")), int(stored.get("summarized_upto", 0))
    if rows and len(rows) == turns:
        oldest_recent = rows[-1][0]
        older = older_turns(session, thread_id, upto, oldest_recent, limit=200)
        if older:
            lines = [f"{t.role}: {' '.join(t.text.split())[:160]}" for t in older]
            summary = "\n".join([summary, *lines]).strip()[-SUMMARY_CHARS:]
            upto = oldest_recent - 1
    recent = [Turn(_ROLES[kind], text) for _id, kind, text in reversed(rows)]
    return Memory(turns=recent, summary=summary, state=dict(stored.get("state", {}))), upto


def older_turns(session: Session, thread_id: int, after_id: int, before_id: int, limit: int = 50) -> list[Turn]:
    """Messages between two ids (exclusive), oldest first: what the rolling summary has not covered yet."""
    rows = session.execute(select(InboxMessage.author_kind, InboxMessage.content).where(
        InboxMessage.thread_id == thread_id, InboxMessage.id > after_id, InboxMessage.id < before_id,
        InboxMessage.author_kind.in_(tuple(_ROLES))).order_by(InboxMessage.id).limit(limit))
    return [Turn(_ROLES[kind], text) for kind, text in rows]


def save_memory(session: Session, thread_id: int, *, summary: str | None = None, state: dict[str, Any] | None = None,
                summarized_upto: int | None = None, placeholders: dict[str, str] | None = None) -> None:
    """Store the rolling summary, the open flow's state and the conversation's PII placeholders."""
    found = session.execute(_MEMORY, {"thread": thread_id}).first()  # plain statements: once per reply
    if found is None:
        return
    stored = dict(found[0] or {})
    for key, value in (("summary", summary), ("state", state), ("summarized_upto", summarized_upto),
                       ("placeholders", placeholders)):
        if value is not None:
            stored[key] = value
    session.execute(_SAVE_MEMORY, {"thread": thread_id, "memory": stored})  # memory is never audited


def placeholders(session: Session, thread_id: int) -> dict[str, str]:
    """The conversation's placeholder → value map, so masking stays stable across turns."""
    thread = session.get(Thread, thread_id)
    return dict((thread.memory or {}).get("placeholders", {})) if thread is not None else {}


def flag_thread(session: Session, thread_id: int, labels: list[str], *, handoff: bool = False,
                ai_off: bool = False) -> None:
    """Add labels (e.g. ``flag:abusive``), hand the thread to a person, or switch the AI off for it."""
    thread = session.get(Thread, thread_id)
    if thread is None:
        return
    merged = list(thread.labels or [])
    merged.extend(label for label in labels if label not in merged)
    if merged != list(thread.labels or []):
        thread.labels = merged
    if handoff and thread.status != "handed_off":
        thread.status = "handed_off"
    if ai_off and thread.ai_enabled:
        thread.ai_enabled = False
    session.flush()


def record_usage(session: Session, event_type: str, quantity: int, metadata: dict[str, Any]) -> None:
    """One metering row (``ai.reply`` messages, ``ai.tokens``) for the licence."""
    session.execute(_USAGE, {"event_type": event_type, "quantity": quantity, "metadata": metadata,
                             "occurred_at": utcnow()})  # a plain insert: metering is not audited
