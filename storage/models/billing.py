"""The install's licence: plans, subscription, entitlements, metered usage."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, Timestamped, utcnow


class Plan(Timestamped, Base):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    price_minor: Mapped[int] = mapped_column(default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    billing_interval: Mapped[str] = mapped_column(String(10), default="month")
    features: Mapped[list[Any]] = mapped_column(default=list)
    limits: Mapped[dict[str, Any]] = mapped_column(default=dict)
    stripe_price_id: Mapped[str | None] = mapped_column(String(120))
    is_active: Mapped[bool] = mapped_column(default=True)


class Subscription(Timestamped, Base):
    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="RESTRICT"))
    stripe_subscription_id: Mapped[str | None] = mapped_column(String(120), unique=True)
    stripe_customer_id: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20), default="trialing")
    current_period_start: Mapped[datetime | None]
    current_period_end: Mapped[datetime | None]


class Entitlement(Base):
    __tablename__ = "entitlements"
    __table_args__ = (UniqueConstraint("subscription_id", "feature"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"))
    feature: Mapped[str] = mapped_column(String(80))
    limit_value: Mapped[int | None]  # None = unlimited
    used_value: Mapped[int] = mapped_column(default=0)
    reset_at: Mapped[datetime | None]


class UsageEvent(Base):
    __tablename__ = "usage_events"
    __audit__ = False  # metering, one row per billable event: the ledger is its own record

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscriptions.id", ondelete="SET NULL"))
    event_type: Mapped[str] = mapped_column(String(80), index=True)
    quantity: Mapped[int] = mapped_column(default=1)
    usage_metadata: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    synced_at: Mapped[datetime | None]
