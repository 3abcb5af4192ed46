"""Field-level differences between two snapshots of what a source said about a counterparty."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

# Fields that change on every check without saying anything about the counterparty.
VOLATILE = frozenset({"request_date", "checked_at", "consultation_number", "golden_copy_date", "last_update",
                      "lists", "screened_at"})
# Keys that identify an item of a list of records, so lists are compared item by item.
ITEM_KEYS = ("entity_id", "case_number", "lei", "key")


@dataclass(frozen=True)
class Change:
    """One changed field: ``path`` like ``legal_address.city`` or ``matches[ofac-sdn:123].score``."""

    path: str
    old: Any
    new: Any

    def as_dict(self) -> dict[str, Any]:
        """JSON-safe form (stored with the diff)."""
        return {"path": self.path, "old": self.old, "new": self.new}


def flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """``data`` as a flat ``{path: scalar}`` map; lists of records are keyed by their identifying field."""
    out: dict[str, Any] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            if key in VOLATILE:
                continue
            out.update(flatten(value, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(data, list) and data and all(isinstance(item, dict) for item in data):
        for index, item in enumerate(data):
            out.update(flatten(item, f"{prefix}[{_item_key(item, index)}]"))
    elif isinstance(data, list):
        out[prefix] = ", ".join(str(v) for v in data) if data else None
    else:
        out[prefix] = data
    return out


def _item_key(item: dict[str, Any], index: int) -> str:
    for key in ITEM_KEYS:
        if item.get(key):
            list_id = item.get("list")
            return f"{list_id}:{item[key]}" if list_id and key == "entity_id" else str(item[key])
    return str(index)


def diff(old: dict[str, Any] | None, new: dict[str, Any]) -> list[Change]:
    """Every field that differs between ``old`` and ``new`` (added, removed or changed), sorted by path."""
    before, after = flatten(old or {}), flatten(new)
    changes = [Change(path, before.get(path), after.get(path))
               for path in sorted(set(before) | set(after)) if before.get(path) != after.get(path)]
    return changes


def snapshot_hash(data: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of ``data`` without its volatile fields (equal answers hash equally)."""
    stable = {k: v for k, v in data.items() if k not in VOLATILE}
    canonical = json.dumps(stable, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
