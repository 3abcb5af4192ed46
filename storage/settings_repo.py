"""Reading and writing domain settings (the ``settings`` table)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import SettingRow


def load_all(session: Session) -> dict[str, Any]:
    """Every stored setting, key to value (defaults are the caller's business)."""
    return {row.key: row.value for row in session.scalars(select(SettingRow))}


def load(session: Session, key: str) -> tuple[bool, Any]:
    """``(True, value)`` if ``key`` is stored, else ``(False, None)``."""
    row = session.get(SettingRow, key)
    return (True, row.value) if row is not None else (False, None)


def store(session: Session, key: str, value: Any) -> None:
    """Insert or update ``key`` (audited through the session)."""
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    elif row.value != value:
        row.value = value
    session.flush()


def remove(session: Session, key: str) -> bool:
    """Delete ``key`` (back to its default); True if it was stored."""
    row = session.get(SettingRow, key)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True
