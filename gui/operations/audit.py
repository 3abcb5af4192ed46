"""One-line operations for reading the audit log."""

from __future__ import annotations

from PySide6.QtCore import QObject

from gui.operations import Op, op
from secretary.records import AuditQuery
from services.app import App


def list_entries(parent: QObject, app: App, query: AuditQuery) -> Op:
    """One page of entries, newest first."""
    return op(parent, lambda: app.audit.list(query))


def filter_values(parent: QObject, app: App) -> Op:
    """``(actors, resource types)`` present in the log."""
    return op(parent, app.audit.filter_values)
