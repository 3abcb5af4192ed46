"""The audit trail, written once for every ORM change in a write session.

``Database.writing(actor)`` sessions carry the actor; after each flush this
listener inserts one ``audit_logs`` row per created, changed or deleted object
with its old and new column values (secrets redacted). Models opt out with
``__audit__ = False`` (bulk rows such as chunks, audited by their owner) and
name in ``__audit_exclude__`` the columns that are noisy or hold customer text (PII
stays out of the audit log; the row id points to it). Columns named in
``__audit_pii__`` (names, e-mail addresses, phone numbers) are recorded as a short
digest: the log shows that and when they changed, never the value. An update that
changes only columns named in ``__audit_quiet__`` (operational state such as a
message's delivery status, which the row itself records) writes no audit row.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from secretary.audit import redact
from storage.models import AuditLog, utcnow


def _pseudonym(value: Any) -> Any:
    """A personal value as a short keyed-free digest: equal values compare equal, the value is not shown."""
    if value is None or value == "":
        return value
    return "pii:" + hashlib.sha256(str(value).encode()).hexdigest()[:10]


def _pii(obj: Any) -> set[str]:
    return set(getattr(obj, "__audit_pii__", ()))


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _excluded(obj: Any) -> set[str]:
    return set(getattr(obj, "__audit_exclude__", ()))


def _columns(obj: Any) -> dict[str, Any]:
    excluded, pii = _excluded(obj), _pii(obj)
    mapper = inspect(obj).mapper
    return {attr.key: _pseudonym(getattr(obj, attr.key)) if attr.key in pii else _plain(getattr(obj, attr.key))
            for attr in mapper.column_attrs if attr.key not in excluded}


def _changes(obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    excluded, pii = _excluded(obj), _pii(obj)
    clean = _pseudonym if pii else _plain
    state = inspect(obj)
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in excluded:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            convert = clean if attr.key in pii else _plain
            old[attr.key] = convert(history.deleted[0]) if history.deleted else None
            new[attr.key] = convert(history.added[0]) if history.added else None
    return old, new


def _identity(obj: Any) -> str | None:
    # The primary key is on the instance once its INSERT ran; ``identity`` is set only later.
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    if any(part is None for part in key):
        return None
    return ",".join(str(part) for part in key)


def _quiet(obj: Any, changed: dict[str, Any]) -> bool:
    return set(changed) <= set(getattr(obj, "__audit_quiet__", ()))


def _audited(obj: Any) -> bool:
    return not isinstance(obj, AuditLog) and getattr(obj, "__audit__", True)


_INSERT = insert(AuditLog)  # built once: it runs after every flush


def _after_flush(session: Session, _context: Any) -> None:
    actor = session.info.get("actor")
    if actor is None:
        raise RuntimeError("write session without an actor: use Database.writing(actor)")
    rows: list[dict[str, Any]] = []
    now = utcnow()
    for obj in session.new:
        if _audited(obj):
            rows.append(_row(now, actor, "create", obj, None, _columns(obj)))
    for obj in session.dirty:
        if _audited(obj) and session.is_modified(obj, include_collections=False):
            old, new = _changes(obj)
            if new and not _quiet(obj, new):
                rows.append(_row(now, actor, "update", obj, old, new))
    for obj in session.deleted:
        if _audited(obj):
            rows.append(_row(now, actor, "delete", obj, _columns(obj), None))
    if rows:
        session.connection().execute(_INSERT, rows)


def _row(now: datetime, actor: str, verb: str, obj: Any, old: dict[str, Any] | None,
         new: dict[str, Any] | None) -> dict[str, Any]:
    table = obj.__tablename__
    return {"at": now, "actor": actor, "user_id": _user_id(actor), "action": f"{table}.{verb}",
            "resource_type": table, "resource_id": _identity(obj),
            "old_values": redact(old), "new_values": redact(new)}


def _user_id(actor: str) -> int | None:
    kind, _, ident = actor.partition(":")
    return int(ident) if kind == "user" and ident.isdigit() else None


def created(session: Session, obj: Any) -> None:
    """Audit a row inserted with a plain statement (not through a flush), as a flush would have."""
    if _audited(obj):
        session.execute(_INSERT, [_row(utcnow(), session.info.get("actor", "system"), "create", obj, None,
                                       _columns(obj))])


def record(session: Session, action: str, resource_type: str, resource_id: str | None = None,
           old_values: dict[str, Any] | None = None, new_values: dict[str, Any] | None = None) -> None:
    """Audit an action that is not an ORM change (a secret stored, a backup taken, an export)."""
    actor = session.info.get("actor", "system")
    session.execute(_INSERT, [{
        "at": utcnow(), "actor": actor, "user_id": _user_id(actor), "action": action,
        "resource_type": resource_type, "resource_id": resource_id,
        "old_values": redact(old_values), "new_values": redact(new_values)}])


def install(factory: sessionmaker[Session]) -> None:
    """Audit every flush of sessions made by ``factory``."""
    event.listen(factory, "after_flush", _after_flush)
