"""The audit log as a lazily paged table model (Qt's canFetchMore/fetchMore).

Pages of 200 entries are read through the op helper, so scrolling never
blocks the UI; a page that arrives after the filters changed is dropped.
Cells are formatted for people: local time, who in words, what changed as
``field: old → new``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDateTime, QLocale, QModelIndex, QObject, Qt, Signal

from gui.operations import op
from secretary.errors import SecretaryError
from secretary.records import AuditEntry, AuditQuery
from secretary.settings import INTEGRATIONS, setting

translate = QCoreApplication.translate
PAGE_SIZE = 200
NOISE = {"updated_at", "created_at", "id", "password_hash"}
Index = QModelIndex | Any  # Qt passes QPersistentModelIndex too


def local_time(at: datetime) -> str:
    """``at`` (UTC, as stored) in the user's zone and locale, e.g. 22.11.26 14:05."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    stamp = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def actor_text(actor: str, owner_id: int | None = None, names: dict[int, str] | None = None) -> str:
    if actor == "system":
        return translate("AuditModel", "System")
    if actor.startswith("system:"):
        return translate("AuditModel", "System (%1)").replace("%1", actor.partition(":")[2])
    if actor == "ai":
        return translate("AuditModel", "AI assistant")
    kind, _, rest = actor.partition(":")
    if kind == "user":
        if names and rest.isdigit() and int(rest) in names:
            return names[int(rest)]
        if owner_id is not None and rest == str(owner_id):
            return translate("AuditModel", "Owner")
        return translate("AuditModel", "User %1").replace("%1", rest)
    if kind == "job":
        return translate("AuditModel", "Background job: %1").replace("%1", rest)
    return actor


def type_text(resource_type: str) -> str:
    names = {
        "settings": translate("AuditModel", "Setting"), "secret": translate("AuditModel", "Secret"),
        "users": translate("AuditModel", "User"), "roles": translate("AuditModel", "Role"),
        "contacts": translate("AuditModel", "Contact"), "leads": translate("AuditModel", "Lead"),
        "threads": translate("AuditModel", "Conversation"), "inbox_messages": translate("AuditModel", "Message"),
        "bookings": translate("AuditModel", "Booking"), "documents": translate("AuditModel", "Document"),
        "invoices": translate("AuditModel", "Invoice"), "counterparties": translate("AuditModel", "Business partner"),
        "alerts": translate("AuditModel", "KYB alert"), "channels": translate("AuditModel", "Channel"),
        "tasks": translate("AuditModel", "Task"), "notes": translate("AuditModel", "Note"),
        "pipelines": translate("AuditModel", "Pipeline"), "stages": translate("AuditModel", "Pipeline stage"),
        "events": translate("AuditModel", "Calendar event"), "calendars": translate("AuditModel", "Calendar"),
        "knowledge_sources": translate("AuditModel", "Knowledge source"),
        "chunks": translate("AuditModel", "Indexed passage"),
        "invoice_lines": translate("AuditModel", "Invoice line"), "payments": translate("AuditModel", "Payment"),
        "counterparty_snapshots": translate("AuditModel", "Register extract"),
        "counterparty_diffs": translate("AuditModel", "Register change"),
        "contact_identities": translate("AuditModel", "Contact address"),
        "attachments": translate("AuditModel", "Attachment"), "workspace": translate("AuditModel", "Workspace"),
        "plans": translate("AuditModel", "Plan"), "subscriptions": translate("AuditModel", "Subscription"),
        "entitlements": translate("AuditModel", "Entitlement"), "usage_events": translate("AuditModel", "Usage"),
    }
    return names.get(resource_type, resource_type.replace("_", " ").capitalize())


def action_text(action: str) -> str:
    verb = action.rsplit(".", 1)[-1]
    verbs = {"create": translate("AuditModel", "Created"), "update": translate("AuditModel", "Changed"),
             "delete": translate("AuditModel", "Deleted"), "set": translate("AuditModel", "Stored")}
    return verbs.get(verb, action)


def _setting_label(key: str) -> str:
    try:
        return QCoreApplication.translate("settings", setting(key).label)
    except SecretaryError:
        return key


def resource_text(entry: AuditEntry) -> str:
    """'Setting · Firm name', 'User · Anna Muster': a readable name rather than a row id."""
    values = entry.new_values or entry.old_values or {}
    if entry.resource_type in ("settings", "secret"):
        ident = entry.resource_id or values.get("key")
        label = _setting_label if entry.resource_type == "settings" else _secret_label
        ident = label(str(ident)) if ident else None
    else:
        fields = ("name", "title", "number", "subject", "email", "code", "description", "content", "message")
        found = next((values[f] for f in fields if isinstance(values.get(f), str) and values[f].strip()), None)
        ident = value_text(found) if found is not None else None
        if ident is None and (entry.resource_id or "id" in values):
            ident = f"#{entry.resource_id or values['id']}"
    kind = type_text(entry.resource_type)
    return f"{kind} · {ident}" if ident else kind


def _secret_label(name: str) -> str:
    for integration in INTEGRATIONS:
        for spec in integration.secrets:
            if spec.name == name:
                return (f"{QCoreApplication.translate('settings', integration.label)} "
                        f"{QCoreApplication.translate('settings', spec.label)}")
    return name


def value_text(value: Any, limit: int = 40) -> str:
    if value is None or value == "" or value == []:
        return "∅"
    if isinstance(value, bool):
        return translate("AuditModel", "yes") if value else translate("AuditModel", "no")
    if isinstance(value, list):
        text = ", ".join(map(str, value))
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False, default=str)
    else:
        text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def changes_text(entry: AuditEntry) -> str:
    """Compact ``field: old → new`` list; settings show only ``old → new``."""
    old, new = entry.old_values or {}, entry.new_values or {}
    if entry.resource_type == "secret":
        if not new.get("set", True):
            return translate("AuditModel", "value removed")
        return translate("AuditModel", "value replaced") if old.get("set") else translate("AuditModel", "value stored")
    fields = [f for f in dict.fromkeys([*old, *new]) if f not in NOISE]
    if entry.resource_type == "settings":
        fields = [f for f in fields if f != "key"]
    parts = []
    for name in fields:
        before, after = old.get(name), new.get(name)
        if name in old and name in new:
            if before == after:
                continue
            change = f"{value_text(before)} → {value_text(after)}"
        elif name in new:
            change = value_text(after)
        else:
            change = f"{value_text(before)} → ∅"
        parts.append(change if fields == ["value"] else f"{name}: {change}")
    return "; ".join(parts)


def pretty_json(values: dict[str, Any] | None) -> str:
    return "" if values is None else json.dumps(values, indent=2, ensure_ascii=False, sort_keys=True, default=str)


class AuditModel(QAbstractTableModel):
    """Rows of the audit log for one query, newest first, fetched a page at a time."""

    COLUMNS = ("time", "who", "action", "resource", "changes")
    loading_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, fetch: Callable[[AuditQuery], list[AuditEntry]], owner_id: int | None = None,
                 parent: QObject | None = None, names: dict[int, str] | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.owner_id = owner_id
        self.names = names or {}
        self._query = AuditQuery(limit=PAGE_SIZE)
        self._rows: list[AuditEntry] = []
        self._more = False
        self._loading = False
        self._generation = 0
        self.pages_loaded = 0

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def query(self) -> AuditQuery:
        return self._query

    def set_query(self, query: AuditQuery) -> None:
        """Start over with ``query``: drop the rows and load its first page."""
        self._generation += 1
        self.beginResetModel()
        self._query = replace(query, offset=0, limit=PAGE_SIZE)
        self._rows = []
        self._more = True
        self._loading = False
        self.pages_loaded = 0
        self.endResetModel()
        self._request()

    def entry(self, row: int) -> AuditEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt override
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        self._set_loading(True)
        generation = self._generation
        query = replace(self._query, offset=len(self._rows))
        op(self, lambda: self._fetch(query)).success(
            lambda page: self._append(generation, page)).failure(
            lambda exc: self._fail(generation, exc)).run()

    def _append(self, generation: int, page: list[AuditEntry]) -> None:
        if generation != self._generation:
            return  # the filters changed while this page was on its way
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self._more = len(page) == PAGE_SIZE
        self.pages_loaded += 1
        self._set_loading(False)

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._more = False
        self._set_loading(False)
        self.failed.emit(exc)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.loading_changed.emit(loading)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (translate("AuditModel", "Time"), translate("AuditModel", "Who"), translate("AuditModel", "Action"),
                  translate("AuditModel", "Record"), translate("AuditModel", "Changes"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "time":
                return local_time(entry.at)
            if column == "who":
                return actor_text(entry.actor, self.owner_id, self.names)
            if column == "action":
                return action_text(entry.action)
            if column == "resource":
                return resource_text(entry)
            return changes_text(entry)
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None

    def retranslate(self) -> None:
        """Texts are computed per paint, so a language change only needs a repaint."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
