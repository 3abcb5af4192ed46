"""Invoices, their lines and the payments against them (money in minor units)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, Timestamped


class Invoice(Timestamped, Base):
    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)  # given when issued, not as draft
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="draft")  # draft | open | paid | void
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    issue_date: Mapped[date | None]
    due_date: Mapped[date | None]
    subtotal_minor: Mapped[int] = mapped_column(default=0)
    tax_minor: Mapped[int] = mapped_column(default=0)
    total_minor: Mapped[int] = mapped_column(default=0)
    stripe_invoice_id: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"
    __table_args__ = (UniqueConstraint("invoice_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"))
    position: Mapped[int]
    description: Mapped[str] = mapped_column(String(500))
    quantity_milli: Mapped[int] = mapped_column(default=1000)  # thousandths, so 1.5 h is 1500
    unit_price_minor: Mapped[int]
    tax_rate_bp: Mapped[int] = mapped_column(default=1900)  # basis points: 19 % is 1900
    line_total_minor: Mapped[int]


class Payment(Timestamped, Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"), index=True)
    stripe_payment_id: Mapped[str | None] = mapped_column(String(120), unique=True)
    amount_minor: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    method: Mapped[str] = mapped_column(String(20), default="bank_transfer")
    status: Mapped[str] = mapped_column(String(12), default="succeeded")
    paid_at: Mapped[datetime | None]
