"""Plain records that cross layers and threads (never live ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit log, as front ends show it."""

    id: int
    at: datetime
    actor: str
    action: str
    resource_type: str
    resource_id: str | None
    old_values: dict[str, Any] | None
    new_values: dict[str, Any] | None


@dataclass(frozen=True)
class AuditQuery:
    """Filters for listing the audit log; every field optional."""

    actor: str | None = None
    action: str | None = None
    resource_type: str | None = None
    text: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True)
class InboundMessage:
    """A customer's message that still needs a reply."""

    id: int
    thread_id: int
    content: str
    language: str | None
    contact_name: str | None


@dataclass(frozen=True)
class Reply:
    """What a responder wants sent back, before it is stored."""

    content: str
    language: str
    author_kind: str = "ai"
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LockInfo:
    """Who holds the workspace lock, as written in the lock file."""

    pid: int
    host: str
    mode: str
    started_at: str
    http_port: int | None = None


@dataclass(frozen=True)
class StatusReport:
    """What ``secretary status`` prints and /health summarises."""

    workspace: str
    database: str
    schema_version: str | None
    schema_head: str | None
    secret_store: str
    lock: LockInfo | None
    counts: dict[str, int]
    version: str
