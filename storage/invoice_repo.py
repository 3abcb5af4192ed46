"""Invoices as the billing agent may report them, and drafts it may prepare."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretary.ai.context import InvoiceInfo
from secretary.errors import InvalidInput, NotFound
from storage.models import Contact, Invoice, InvoiceLine, Payment


def _info(session: Session, invoice: Invoice) -> InvoiceInfo:
    paid = session.scalar(select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(
        Payment.invoice_id == invoice.id, Payment.status == "succeeded")) or 0
    return InvoiceInfo(id=invoice.id, number=invoice.number, status=invoice.status, total_minor=invoice.total_minor,
                       paid_minor=int(paid), currency=invoice.currency, issue_date=invoice.issue_date,
                       due_date=invoice.due_date)


def invoices_for_contact(session: Session, contact_id: int, limit: int = 10) -> list[InvoiceInfo]:
    """The contact's issued invoices (drafts are internal), newest first."""
    rows = session.scalars(select(Invoice).where(Invoice.contact_id == contact_id, Invoice.status != "draft")
                           .order_by(Invoice.issue_date.desc(), Invoice.id.desc()).limit(limit))
    return [_info(session, invoice) for invoice in rows]


def invoice_by_number(session: Session, number: str) -> tuple[InvoiceInfo, int | None] | None:
    """The issued invoice with this number and its contact id, or None."""
    invoice = session.scalar(select(Invoice).where(func.upper(Invoice.number) == number.strip().upper(),
                                                   Invoice.status != "draft"))
    return None if invoice is None else (_info(session, invoice), invoice.contact_id)


def create_draft(session: Session, contact_id: int, lines: Sequence[tuple[str, int, int, int]], *,
                 currency: str = "EUR", notes: str | None = None) -> InvoiceInfo:
    """A draft invoice: ``lines`` are (description, quantity in thousandths, unit price minor, tax basis points)."""
    if session.get(Contact, contact_id) is None:
        raise NotFound(f"contact {contact_id} does not exist")
    if not lines:
        raise InvalidInput("an invoice needs at least one line")
    invoice = Invoice(contact_id=contact_id, status="draft", currency=currency, notes=notes)
    session.add(invoice)
    session.flush()
    subtotal = tax = 0
    for position, (description, quantity_milli, unit_minor, tax_bp) in enumerate(lines, start=1):
        if quantity_milli <= 0 or unit_minor < 0 or not 0 <= tax_bp <= 10000 or not description.strip():
            raise InvalidInput(f"line {position}: needs a description, a positive quantity and a valid price")
        net = (quantity_milli * unit_minor + 500) // 1000
        subtotal += net
        tax += (net * tax_bp + 5000) // 10000
        session.add(InvoiceLine(invoice_id=invoice.id, position=position, description=description[:500],
                                quantity_milli=quantity_milli, unit_price_minor=unit_minor, tax_rate_bp=tax_bp,
                                line_total_minor=net))
    invoice.subtotal_minor, invoice.tax_minor, invoice.total_minor = subtotal, tax, subtotal + tax
    session.flush()
    return _info(session, invoice)
