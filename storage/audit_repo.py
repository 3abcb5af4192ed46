"""Querying the audit log."""

from __future__ import annotations

from sqlalchemy import Select, String, cast, func, or_, select
from sqlalchemy.orm import Session

from secretary.records import AuditEntry, AuditQuery
from storage.models import AuditLog


def _filtered(query: AuditQuery) -> Select[AuditLog]:
    stmt = select(AuditLog)
    if query.actor:
        stmt = stmt.where(AuditLog.actor == query.actor)
    if query.action:
        stmt = stmt.where(AuditLog.action.like(f"{query.action}%"))
    if query.resource_type:
        stmt = stmt.where(AuditLog.resource_type == query.resource_type)
    if query.since:
        stmt = stmt.where(AuditLog.at >= query.since)
    if query.until:
        stmt = stmt.where(AuditLog.at < query.until)
    if query.text:
        pattern = f"%{query.text}%"
        stmt = stmt.where(or_(AuditLog.action.like(pattern), AuditLog.resource_id.like(pattern),
                              cast(AuditLog.new_values, String).like(pattern),
                              cast(AuditLog.old_values, String).like(pattern)))
    return stmt


def _entry(row: AuditLog) -> AuditEntry:
    return AuditEntry(id=row.id, at=row.at, actor=row.actor, action=row.action, resource_type=row.resource_type,
                      resource_id=row.resource_id, old_values=row.old_values, new_values=row.new_values)


def list_entries(session: Session, query: AuditQuery) -> list[AuditEntry]:
    """Matching entries, newest first, one page (``offset``/``limit``)."""
    stmt = _filtered(query).order_by(AuditLog.id.desc()).offset(query.offset).limit(query.limit)
    return [_entry(row) for row in session.scalars(stmt)]


def count_entries(session: Session, query: AuditQuery) -> int:
    """How many entries match (ignores paging)."""
    return session.scalar(select(func.count()).select_from(_filtered(query).subquery())) or 0


def distinct_values(session: Session) -> tuple[list[str], list[str]]:
    """The actors and resource types that occur, for filter drop-downs."""
    actors = list(session.scalars(select(AuditLog.actor).distinct().order_by(AuditLog.actor)))
    types = list(session.scalars(select(AuditLog.resource_type).distinct().order_by(AuditLog.resource_type)))
    return actors, types
