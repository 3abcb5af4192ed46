"""List entries to and from plain JSON-safe dicts (how they are stored)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from secretary.kyb.records import Identifier, ListEntry, ListName


def entry_to_dict(entry: ListEntry) -> dict[str, Any]:
    """A JSON-safe dict of ``entry`` (tuples become lists)."""
    return asdict(entry)


def entry_from_dict(data: dict[str, Any]) -> ListEntry:
    """The entry stored by :func:`entry_to_dict`; unknown keys (from a newer version) are ignored."""
    names = tuple(ListName(**{k: v for k, v in n.items() if k in _NAME_FIELDS}) for n in data.get("names", ()))
    ids = tuple(Identifier(**{k: v for k, v in i.items() if k in _ID_FIELDS}) for i in data.get("identifiers", ()))
    plain: dict[str, Any] = {k: (tuple(v) if isinstance(v, list) else v) for k, v in data.items()
             if k in _ENTRY_FIELDS and k not in ("names", "identifiers")}
    return ListEntry(names=names, identifiers=ids, **plain)


_NAME_FIELDS = frozenset(ListName.__dataclass_fields__)
_ID_FIELDS = frozenset(Identifier.__dataclass_fields__)
_ENTRY_FIELDS = frozenset(ListEntry.__dataclass_fields__)
