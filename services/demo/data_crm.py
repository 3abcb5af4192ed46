"""Demo CRM: contacts, their channel identities, the sales pipeline, leads, tasks and notes.

Rows refer to each other by key (``"oksana"``, ``"Proposal"``, ``"agent"``);
storage.demo_repo turns keys into ids while inserting.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from services.demo.timing import local

CONTACTS: list[dict[str, Any]] = [
    {"key": "anna", "name": "Anna Schmidt", "email": "anna@baeckerei-schmidt.example", "phone": "+493044871230",
     "company": "Bäckerei Schmidt", "language": "de",
     "metadata": {"city": "Berlin", "client_since": "2023", "tags": ["bookkeeping"]}},
    {"key": "markus", "name": "Markus Brandt", "email": "m.brandt@brandt-logistik.example", "phone": "+4915112345678",
     "company": "Brandt Logistik GmbH", "language": "de",
     "metadata": {"city": "Potsdam", "tags": ["annual-accounts"]}},
    {"key": "oksana", "name": "Оксана Коваль", "email": "oksana.koval.design@mail.example", "phone": "+491762345019",
     "company": None, "language": "uk",
     "metadata": {"city": "Berlin", "profession": "graphic designer", "tags": ["new-client"]}},
    {"key": "dmytro", "name": "Дмитро Шевчук", "email": "d.shevchuk@dnipro-agro.example", "phone": "+380671234567",
     "company": "ТОВ «Дніпро Агро Експорт»", "language": "uk",
     "metadata": {"city": "Дніпро", "tags": ["export", "gmbh-formation"]}},
    {"key": "james", "name": "James Whitfield", "email": "james@thames-digital.example", "phone": "+447700900123",
     "company": "Thames Digital Ltd", "language": "en",
     "metadata": {"city": "London", "office": "Berlin-Kreuzberg", "tags": ["it-services"]}},
    {"key": "sophie", "name": "Sophie Müller", "email": "sophie.mueller@mail.example", "phone": "+491629876543",
     "company": None, "language": "de", "metadata": {"city": "Berlin", "tags": ["private-client"]}},
    {"key": "iryna", "name": "Ірина Бондаренко", "email": "iryna.bondarenko@mail.example", "phone": "+4915209871234",
     "company": None, "language": "uk", "metadata": {"city": "Berlin", "tags": ["private-client"]}},
    {"key": "lukas", "name": "Lukas Hofer", "email": "l.hofer@alpenblick-software.example", "phone": "+436641234567",
     "company": "Alpenblick Software GmbH", "language": "de", "metadata": {"city": "Innsbruck", "tags": ["partner"]}},
    {"key": "katarzyna", "name": "Katarzyna Nowak", "email": "k.nowak@wisla-trade.example", "phone": "+48501234567",
     "company": "Wisła Trade Sp. z o.o.", "language": "en", "metadata": {"city": "Kraków", "tags": ["vat"]}},
    {"key": "emily", "name": "Emily Carter", "email": "emily@carter-studio.example", "phone": "+4917623456789",
     "company": "Carter Design Studio", "language": "en", "metadata": {"city": "Berlin", "tags": ["gdpr"]}},
    {"key": "taras", "name": "Taras Melnyk", "email": "taras@melnyk-it.example", "phone": "+4915901234321",
     "company": "Melnyk IT Solutions", "language": "uk",
     "metadata": {"city": "Berlin", "profession": "software developer", "tags": ["bookkeeping"]}},
    {"key": "julia", "name": "Julia Becker", "email": "julia.becker@becker-architekten.example",
     "phone": "+493061234560", "company": "Becker Architekten PartG mbB", "language": "de",
     "metadata": {"city": "Berlin", "employees": 12, "tags": ["payroll"]}},
]

# (contact key, channel type, the channel's own id for the person)
IDENTITIES: list[tuple[str, str, str]] = [
    ("oksana", "telegram", "5120387741"),
    ("dmytro", "telegram", "391827465"),
    ("taras", "telegram", "7003145529"),
    ("sophie", "signal", "+491629876543"),
    ("iryna", "signal", "+4915209871234"),
    ("james", "widget", "w-7f3c91d2a4"),
    ("emily", "widget", "w-0b55e8c612"),
    ("anna", "widget", "w-c41a7be903"),
]

PIPELINE = {"name": "Sales", "is_default": True}

# name, colour, probability %, is_won, is_closed
STAGES: list[tuple[str, str, int, bool, bool]] = [
    ("New", "#64748b", 10, False, False),
    ("Qualified", "#0ea5e9", 30, False, False),
    ("Proposal", "#6366f1", 50, False, False),
    ("Negotiation", "#f59e0b", 70, False, False),
    ("Won", "#16a34a", 100, True, True),
    ("Lost", "#dc2626", 0, False, True),
]

LEADS: list[dict[str, Any]] = [
    {"key": "oksana-start", "title": "Start package and EÜR bookkeeping – Oksana Koval", "contact": "oksana",
     "stage": "New", "value_minor": 173_000, "source": "telegram", "assigned_to": "admin", "thread": "tg-oksana"},
    {"key": "dnipro-gmbh", "title": "GmbH-Gründung Tochtergesellschaft – Dnipro Agro Export", "contact": "dmytro",
     "stage": "Negotiation", "value_minor": 850_000, "source": "telegram", "assigned_to": "owner",
     "thread": "tg-dmytro"},
    {"key": "thames-itcare", "title": "IT-Care M retainer, Berlin office – Thames Digital", "contact": "james",
     "stage": "Qualified", "value_minor": 720_000, "source": "widget", "assigned_to": "agent",
     "thread": "web-james"},
    {"key": "sophie-est", "title": "Einkommensteuererklärung mit Vermietung – Sophie Müller", "contact": "sophie",
     "stage": "Proposal", "value_minor": 65_000, "source": "signal", "assigned_to": "owner", "thread": "sig-sophie"},
    {"key": "melnyk-fibu", "title": "Finanzbuchhaltung 2026 – Melnyk IT Solutions", "contact": "taras",
     "stage": "Proposal", "value_minor": 216_000, "source": "telegram", "assigned_to": "admin"},
    {"key": "brandt-ja", "title": "Jahresabschluss und Steuererklärungen – Brandt Logistik", "contact": "markus",
     "stage": "Qualified", "value_minor": 540_000, "source": "referral", "assigned_to": "owner"},
    {"key": "becker-payroll", "title": "Lohnbuchhaltung 12 Mitarbeitende – Becker Architekten", "contact": "julia",
     "stage": "Won", "value_minor": 448_200, "source": "referral", "assigned_to": "admin", "status": "won"},
    {"key": "carter-gdpr", "title": "GDPR audit of web site – Carter Design Studio", "contact": "emily",
     "stage": "Lost", "value_minor": 190_000, "source": "widget", "assigned_to": "agent", "status": "lost"},
    {"key": "wisla-vat", "title": "German VAT registration for EU distance sales – Wisła Trade", "contact": "katarzyna",
     "stage": "New", "value_minor": 240_000, "source": "email", "assigned_to": "owner"},
]


def tasks(now: datetime) -> list[dict[str, Any]]:
    """Follow-ups around ``now``: some due soon, two overdue, one done."""
    return [
        {"title": "Send GmbH formation proposal to Dmytro Shevchuk", "lead": "dnipro-gmbh", "contact": "dmytro",
         "assigned_to": "owner", "due_at": local(now, -2, 12), "priority": "high",
         "description": "Include notary options in Berlin and the transparency register entry."},
        {"title": "Remind Sophie Müller of the missing rental receipts", "lead": "sophie-est", "contact": "sophie",
         "assigned_to": "agent", "due_at": local(now, -1, 10), "priority": "normal",
         "description": "Nebenkostenabrechnung 2025 and the loan interest statement are missing."},
        {"title": "Call Oksana about the Gewerbe documents", "lead": "oksana-start", "contact": "oksana",
         "assigned_to": "admin", "due_at": local(now, 1, 11), "priority": "normal",
         "description": "Дізнатися, чи вже є Steuer-ID; в разі потреби допомогти з Meldebescheinigung."},
        {"title": "Prepare IT-Care M offer for Thames Digital", "lead": "thames-itcare", "contact": "james",
         "assigned_to": "agent", "due_at": local(now, 3, 16), "priority": "normal"},
        {"title": "Clarify scope of the 2025 annual accounts with Brandt Logistik", "lead": "brandt-ja",
         "contact": "markus", "assigned_to": "owner", "due_at": local(now, 6, 9, 30), "priority": "low"},
        {"title": "Onboarding call Becker Architekten (payroll data import)", "lead": "becker-payroll",
         "contact": "julia", "assigned_to": "admin", "due_at": local(now, -3, 14), "priority": "normal",
         "status": "done", "completed_at": local(now, -3, 15, 10)},
    ]


NOTES: list[dict[str, Any]] = [
    {"lead": "dnipro-gmbh", "user": "owner", "is_private": True,
     "content": "Mutterunternehmen in Dnipro, Export von Sonnenblumenöl nach PL/DE. Sanktions- und "
                "LEI-Prüfung der Gesellschafter vor Angebotsversand abschließen (KYB läuft)."},
    {"lead": "oksana-start", "user": "admin",
     "content": "Фрилансерка, графічний дизайн, перші клієнти в Німеччині та Україні. Ймовірно Freiberuflerin, "
                "Kleinunternehmerregelung обговорити на консультації."},
    {"lead": "thames-itcare", "user": "agent",
     "content": "8 laptops, Microsoft 365 Business Standard, no backup concept yet. James wants a DPA "
                "(Art. 28 GDPR) before signing."},
    {"lead": "carter-gdpr", "user": "agent",
     "content": "Lost on price: Emily chose a fixed-price offer from her web agency. Follow up in Q3."},
    {"contact": "anna", "user": "admin",
     "content": "Belege kommen immer erst Mitte des Monats; USt-Voranmeldung mit Dauerfristverlängerung."},
]
