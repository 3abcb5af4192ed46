"""Counterparties under KYB monitoring, their snapshots, diffs and alerts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, Timestamped, utcnow


class Counterparty(Timestamped, Base):
    __tablename__ = "counterparties"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(12), default="organisation")  # organisation | person
    vat_number: Mapped[str | None] = mapped_column(String(20))
    lei_code: Mapped[str | None] = mapped_column(String(20))
    registration_number: Mapped[str | None] = mapped_column(String(60))
    country: Mapped[str | None] = mapped_column(String(2))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    risk_score: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(12), default="active")  # active | paused | archived
    check_interval: Mapped[str] = mapped_column(String(8), default="weekly")  # daily | weekly
    last_checked_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CounterpartySnapshot(Timestamped, Base):
    __tablename__ = "counterparty_snapshots"
    __table_args__ = (Index("ix_snapshots_cp_source_created", "counterparty_id", "source", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    counterparty_id: Mapped[int] = mapped_column(ForeignKey("counterparties.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(20))  # vies | gleif | sanctions:eu | insolvency ...
    source_version: Mapped[str | None] = mapped_column(String(120))  # list version / date
    data_hash: Mapped[str] = mapped_column(String(64))
    raw_data: Mapped[dict[str, Any]]


class CounterpartyDiff(Timestamped, Base):
    __tablename__ = "counterparty_diffs"

    id: Mapped[int] = mapped_column(primary_key=True)
    counterparty_id: Mapped[int] = mapped_column(ForeignKey("counterparties.id", ondelete="CASCADE"), index=True)
    old_snapshot_id: Mapped[int | None] = mapped_column(
        ForeignKey("counterparty_snapshots.id", ondelete="SET NULL"))
    new_snapshot_id: Mapped[int] = mapped_column(ForeignKey("counterparty_snapshots.id", ondelete="CASCADE"))
    changes: Mapped[list[Any]]
    risk_impact: Mapped[int] = mapped_column(default=0)


class Alert(Timestamped, Base):
    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_status_created", "status", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    counterparty_id: Mapped[int | None] = mapped_column(ForeignKey("counterparties.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(10))  # low | medium | high | critical
    message: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(14), default="new")  # new | acknowledged | resolved
    is_read: Mapped[bool] = mapped_column(default=False)
    acted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
