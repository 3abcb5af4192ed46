"""Demo money: the licence plans and trial subscription, and the firm's own invoices.

Amounts are integer cents; quantities are thousandths (1.5 h is 1500); tax
rates are basis points (19 % is 1900).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from services.demo.timing import ago, berlin_date, local

_BASE_FEATURES = ["inbox", "crm", "knowledge_base", "telegram", "widget"]
_BUSINESS_FEATURES = [*_BASE_FEATURES, "signal", "calendar", "invoices", "kyb_monitoring"]

PLANS: list[dict[str, Any]] = [
    {"code": "starter", "name": "Starter", "price_minor": 2_900, "features": _BASE_FEATURES,
     "limits": {"users": 2, "channels": 1, "ai_replies_per_month": 500, "documents": 50, "kyb_counterparties": 0}},
    {"code": "business", "name": "Business", "price_minor": 7_900, "features": _BUSINESS_FEATURES,
     "limits": {"users": 5, "channels": 3, "ai_replies_per_month": 2_000, "documents": 200,
                "kyb_counterparties": 25}},
    {"code": "pro", "name": "Pro", "price_minor": 14_900,
     "features": [*_BUSINESS_FEATURES, "google_calendar", "stripe_billing", "sanctions_daily", "priority_support"],
     "limits": {"users": 30, "channels": 10, "ai_replies_per_month": None, "documents": 2_000,
                "kyb_counterparties": 250}},
]

SUBSCRIBED_PLAN = "business"


def subscription(now: datetime) -> dict[str, Any]:
    """A 14-day trial of the Business plan that started ten days ago."""
    return {"plan": SUBSCRIBED_PLAN, "status": "trialing", "current_period_start": ago(now, days=10),
            "current_period_end": ago(now, days=-4)}


def line_total(quantity_milli: int, unit_price_minor: int) -> int:
    """Net amount of a line, rounded half up to the cent."""
    return (quantity_milli * unit_price_minor + 500) // 1000


def totals(lines: list[dict[str, Any]]) -> tuple[int, int, int]:
    """``(subtotal, tax, total)``; tax is computed once per rate on the rate's net sum."""
    by_rate: dict[int, int] = defaultdict(int)
    for line in lines:
        by_rate[line["tax_rate_bp"]] += line_total(line["quantity_milli"], line["unit_price_minor"])
    subtotal = sum(by_rate.values())
    tax = sum((net * rate + 5_000) // 10_000 for rate, net in by_rate.items())
    return subtotal, tax, subtotal + tax


def _line(description: str, quantity_milli: int, unit_price_minor: int, tax_rate_bp: int = 1900) -> dict[str, Any]:
    return {"description": description, "quantity_milli": quantity_milli, "unit_price_minor": unit_price_minor,
            "tax_rate_bp": tax_rate_bp, "line_total_minor": line_total(quantity_milli, unit_price_minor)}


def invoices(now: datetime) -> list[dict[str, Any]]:
    """One paid, one open, one overdue and one draft invoice, with consistent totals."""
    last_month = berlin_date(now, -berlin_date(now).day)  # last day of the previous month
    month_name = last_month.strftime("%m/%Y")
    rows: list[dict[str, Any]] = [
        {"contact": "anna", "status": "paid", "issue": -24, "due": -10, "number_seq": 41,
         "notes": "Vielen Dank für Ihren Auftrag. Der Betrag wird per SEPA-Lastschrift eingezogen.",
         "lines": [_line(f"Finanzbuchhaltung {month_name} (bis 100 Buchungen)", 1_000, 18_000),
                   _line("Belegerfassung Zusatzaufwand (Stunden)", 1_500, 8_500)],
         "payment": {"method": "sepa_debit", "paid_at": local(now, -12, 9, 15)}},
        {"contact": "iryna", "status": "open", "issue": -35, "due": -21, "number_seq": 38,
         "notes": "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
         "lines": [_line("Einkommensteuererklärung 2025", 1_000, 39_000),
                   _line("Zusätzliche Einkunftsquelle: ausländische Einkünfte (FOP, Ukraine)", 1_000, 26_000)]},
        {"contact": "julia", "status": "open", "issue": -3, "due": 11, "number_seq": 44,
         "notes": "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
         "lines": [_line("Einrichtung Lohnbuchhaltung", 1_000, 45_000),
                   _line("Lohnabrechnung laufender Monat (je Mitarbeiter/in)", 12_000, 2_800)]},
        {"contact": "oksana", "status": "draft", "issue": None, "due": None, "number_seq": None,
         "notes": "Entwurf: nach der Erstberatung versenden.",
         "lines": [_line("Startpaket Freiberufler (Beratung, Fragebogen zur steuerlichen Erfassung)", 1_000, 29_000),
                   _line("Ratgeber „Steuern in Deutschland“ (Buch, DE/UK)", 1_000, 1_990, 700)]},
    ]
    for row in rows:
        row["issue_date"] = berlin_date(now, row["issue"]) if row["issue"] is not None else None
        row["due_date"] = berlin_date(now, row["due"]) if row["due"] is not None else None
        row["number"] = (f"RE-{row['issue_date'].year}-{row['number_seq']:04d}"
                         if row["number_seq"] is not None else None)
        row["subtotal_minor"], row["tax_minor"], row["total_minor"] = totals(row["lines"])
        if "payment" in row:
            row["payment"]["amount_minor"] = row["total_minor"]
    return rows
