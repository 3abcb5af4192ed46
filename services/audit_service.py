"""Reading the audit log (writing it is automatic: see storage.audit)."""

from __future__ import annotations

from secretary.records import AuditEntry, AuditQuery
from storage import audit_repo
from storage.db import Database


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, query: AuditQuery) -> list[AuditEntry]:
        """One page of matching entries, newest first."""
        with self._db.reading() as session:
            return audit_repo.list_entries(session, query)

    def count(self, query: AuditQuery) -> int:
        with self._db.reading() as session:
            return audit_repo.count_entries(session, query)

    def filter_values(self) -> tuple[list[str], list[str]]:
        """Actors and resource types present, for the GUI's filter boxes."""
        with self._db.reading() as session:
            return audit_repo.distinct_values(session)
