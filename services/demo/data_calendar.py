"""Demo calendar: the office calendar with appointments this week and next."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from services.demo.timing import this_week

CALENDAR = {"name": "Weber & Partner – Termine", "provider": "local", "timezone": "Europe/Berlin",
            "is_default": True}

OFFICE = "Oranienburger Straße 27, 10117 Berlin"


def events(now: datetime) -> list[dict[str, Any]]:
    """Appointments of this week and next; ``booking`` links one to a contact and thread."""

    def span(weekday: int, hour: int, minute: int, minutes: int, weeks: int = 0) -> dict[str, datetime]:
        start = this_week(now, weekday, hour, minute, weeks)
        return {"start_at": start, "end_at": start + timedelta(minutes=minutes)}

    return [
        {"title": "Jour fixe", "description": "Weekly team meeting: open leads, deadlines, IT tickets.",
         "location": OFFICE, **span(0, 9, 30, 45)},
        {"title": "Videocall: GmbH formation – Dnipro Agro Export",
         "description": "Formation of the German subsidiary, bookkeeping and payroll for year one.",
         "location": "Video call", **span(3, 15, 0, 45),
         "booking": {"contact": "dmytro", "thread": "tg-dmytro", "meeting_type": "video_call",
                     "customer_name": "Дмитро Шевчук", "customer_email": "d.shevchuk@dnipro-agro.example"}},
        {"title": "Abgabe Umsatzsteuer-Voranmeldungen",
         "description": "Letzte Kontrolle und Übermittlung der USt-Voranmeldungen aller Mandate.",
         "location": OFFICE, **span(0, 8, 0, 60, weeks=1)},
        {"title": "Консультація: Оксана Коваль (українською)",
         "description": "Перша консультація: Freiberufler чи Gewerbe, Kleinunternehmerregelung, анкета ELSTER.",
         "location": OFFICE, **span(1, 10, 0, 60, weeks=1),
         "booking": {"contact": "oksana", "thread": "tg-oksana", "meeting_type": "consultation",
                     "customer_name": "Оксана Коваль", "customer_email": "oksana.koval.design@mail.example"}},
        {"title": "Onboarding Lohnbuchhaltung – Becker Architekten",
         "description": "Stammdaten der 12 Mitarbeitenden, Übernahme der Lohnkonten.",
         "location": OFFICE, **span(2, 14, 0, 90, weeks=1)},
        {"title": "Site visit: Thames Digital (IT-Care M)",
         "description": "Inventory of 8 laptops, network and Microsoft 365 tenant.",
         "location": "Thames Digital, Berlin-Kreuzberg", "status": "tentative", **span(4, 11, 0, 90, weeks=1),
         "booking": {"contact": "james", "thread": "web-james", "meeting_type": "site_visit", "status": "pending",
                     "customer_name": "James Whitfield", "customer_email": "james@thames-digital.example"}},
    ]
