"""Row counts for status reports and /metrics."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import Base


def row_counts(session: Session) -> dict[str, int]:
    """Rows per table of the schema, by table name."""
    return {name: session.scalar(select(func.count()).select_from(table)) or 0
            for name, table in sorted(Base.metadata.tables.items())}
