"""Counterparties under KYB monitoring, their snapshots, diffs and alerts; the sanctions lists."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, Timestamped, utcnow


class Counterparty(Timestamped, Base):
    __tablename__ = "counterparties"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(12), default="company")  # person | company | organisation | vessel
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
    address: Mapped[str | None] = mapped_column(Text)
    birth_date: Mapped[str | None] = mapped_column(String(10))  # persons: ISO date, possibly partial
    notes: Mapped[str | None] = mapped_column(Text)
    identifiers: Mapped[list[Any]] = mapped_column(default=list)  # [{"kind": "IMO", "number": "9123456"}]
    risk_details: Mapped[dict[str, Any]] = mapped_column(default=dict)  # how the score was reached
    check_state: Mapped[dict[str, Any]] = mapped_column(default=dict)  # per source: last outcome of a check


class CounterpartySnapshot(Timestamped, Base):
    __tablename__ = "counterparty_snapshots"
    __table_args__ = (Index("ix_snapshots_cp_source_created", "counterparty_id", "source", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    counterparty_id: Mapped[int] = mapped_column(ForeignKey("counterparties.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(20))  # vies | gleif | sanctions:eu | insolvency ...
    source_version: Mapped[str | None] = mapped_column(String(120))  # list version / date
    data_hash: Mapped[str] = mapped_column(String(64))
    raw_data: Mapped[dict[str, Any]]
    checked_at: Mapped[datetime | None]  # the last check that found the same data (created_at: first)


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
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)  # evidence: the match, the change
    key: Mapped[str | None] = mapped_column(String(200), index=True)  # one open alert per finding


class MatchDecision(Timestamped, Base):
    """A person's verdict on one possible sanctions match of a counterparty; every one is kept (evidence)."""

    __tablename__ = "kyb_match_decisions"
    __table_args__ = (Index("ix_kyb_match_decisions_party", "counterparty_id", "list_id", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    counterparty_id: Mapped[int] = mapped_column(ForeignKey("counterparties.id", ondelete="CASCADE"))
    list_id: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(60))
    decision: Mapped[str] = mapped_column(String(16))  # false_positive | confirmed | withdrawn
    score: Mapped[float] = mapped_column(Float, default=0.0)  # the match's score when decided
    matched_name: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class SanctionsList(Base):
    """One imported or downloaded version of one sanctions list; the newest per list is current."""

    __tablename__ = "sanctions_lists"
    __table_args__ = (Index("ix_sanctions_lists_list_current", "list_id", "is_current"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[str] = mapped_column(String(20))  # ofac-sdn | ofac-cons | eu-fsf | uk-fcdo | un-sc
    version: Mapped[str] = mapped_column(String(120))
    published: Mapped[str | None] = mapped_column(String(40))
    format: Mapped[str] = mapped_column(String(12))
    origin: Mapped[str] = mapped_column(Text)  # the URL or file it came from
    sha256: Mapped[str] = mapped_column(String(64))
    entries: Mapped[int] = mapped_column(default=0)
    names: Mapped[int] = mapped_column(default=0)
    warnings: Mapped[list[Any]] = mapped_column(default=list)
    is_current: Mapped[bool] = mapped_column(default=False)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class SanctionsEntry(Base):
    """One listed person, company, organisation, vessel or aircraft of one list version."""

    __tablename__ = "sanctions_entries"
    __audit__ = False  # bulk rows, audited through their list version
    __table_args__ = (Index("ix_sanctions_entries_list_entity", "list_version_id", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_version_id: Mapped[int] = mapped_column(ForeignKey("sanctions_lists.id", ondelete="CASCADE"))
    entity_id: Mapped[str] = mapped_column(String(60))
    schema: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]]
