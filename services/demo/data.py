"""The demo firm: Weber & Partner, a small German-Ukrainian tax, bookkeeping and IT-services firm in Berlin.

Plain data only. The firm's settings, people and knowledge documents are here;
CRM, inbox, calendar, billing and KYB rows live in the ``data_*`` modules.
:func:`build` puts everything together with dates relative to ``now``.
"""

from __future__ import annotations

from datetime import datetime
from importlib import resources
from typing import Any

from services.demo import data_billing, data_calendar, data_crm, data_inbox, data_kyb
from services.demo.timing import ago

ACTOR = "system:demo"

FIRM_SETTINGS: dict[str, Any] = {
    "firm.name": "Weber & Partner Steuerberatung und IT-Service",
    "firm.legal_form": "GmbH",
    "firm.street": "Oranienburger Straße 27",
    "firm.postcode": "10117",
    "firm.city": "Berlin",
    "firm.country": "DE",
    "firm.vat_id": "DE314752602",  # check digit valid (ISO 7064 MOD 11,10), number invented
    "firm.email": "kontakt@weber-partner.example",
    "firm.phone": "+493023456780",
    "firm.website": "https://weber-partner.example",
    "firm.currency": "EUR",
    "firm.timezone": "Europe/Berlin",
    "firm.languages": ["en", "de", "uk"],
    "workspace.demo": True,
}

OWNER = {"email": "katharina.weber@weber-partner.example", "name": "Katharina Weber", "language": "de"}

# key (how demo rows refer to the user), role, e-mail, name, interface language
STAFF: list[dict[str, str]] = [
    {"key": "admin", "role": "admin", "email": "olena.marchenko@weber-partner.example", "name": "Olena Marchenko",
     "language": "uk"},
    {"key": "agent", "role": "agent", "email": "jonas.richter@weber-partner.example", "name": "Jonas Richter",
     "language": "en"},
]

KNOWLEDGE_SOURCE_NAME = "Firm documents"

# file name in services/demo/documents -> language
DOCUMENTS: dict[str, str] = {
    "services-and-prices.en.md": "en",
    "faq.en.md": "en",
    "oeffnungszeiten-kontakt.de.md": "de",
    "datenschutz.de.md": "de",
    "onboarding-checklist.uk.md": "uk",
    "biznes-u-nimechchyni.uk.md": "uk",
}


def document_texts() -> dict[str, str]:
    """File name to markdown text of every demo document (shipped as package data)."""
    folder = resources.files("services.demo.documents")
    return {name: (folder / name).read_text(encoding="utf-8") for name in DOCUMENTS}


def title_of(text: str, fallback: str) -> str:
    """The first level-one heading of a markdown text, else ``fallback``."""
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return fallback


def _usage(now: datetime, threads: list[dict[str, Any]], snapshots: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Metered events of the trial: one per AI reply, registry check and ingested document."""
    events = [{"event_type": "ai_reply", "quantity": 1, "occurred_at": message["created_at"],
               "metadata": {"thread": thread["key"], "language": thread["language"]}}
              for thread in threads for message in thread["messages"] if message["author_kind"] == "ai"]
    events += [{"event_type": "kyb_check", "quantity": 1, "occurred_at": snap["created_at"],
                "metadata": {"source": snap["source"], "counterparty": snap["counterparty"]}} for snap in snapshots]
    events.append({"event_type": "document_ingested", "quantity": len(DOCUMENTS), "occurred_at": ago(now, days=10),
                   "metadata": {"source": KNOWLEDGE_SOURCE_NAME}})
    return events


def _entitlements(now: datetime, subscription: dict[str, Any], usage: list[dict[str, Any]]) -> list[dict[str, Any]]:
    plan = next(p for p in data_billing.PLANS if p["code"] == subscription["plan"])
    used = {"users": 1 + len(STAFF), "channels": len(data_inbox.CHANNELS), "documents": len(DOCUMENTS),
            "kyb_counterparties": len(data_kyb.COUNTERPARTIES),
            "ai_replies_per_month": sum(e["quantity"] for e in usage if e["event_type"] == "ai_reply")}
    return [{"feature": feature, "limit_value": limit, "used_value": used.get(feature, 0),
             "reset_at": subscription["current_period_end"] if feature.endswith("_per_month") else None}
            for feature, limit in plan["limits"].items()]


def build(now: datetime) -> dict[str, Any]:
    """Every demo row as plain data, with dates relative to ``now`` (aware UTC)."""
    threads = [{**thread, "messages": data_inbox.messages(thread, now)} for thread in data_inbox.THREADS]
    for thread in threads:
        thread["last_message_at"] = max(m["created_at"] for m in thread["messages"])
    snapshots = data_kyb.snapshots(now)
    subscription = data_billing.subscription(now)
    usage = _usage(now, threads, snapshots)
    return {
        "staff": STAFF,
        "contacts": data_crm.CONTACTS, "identities": data_crm.IDENTITIES,
        "pipeline": data_crm.PIPELINE, "stages": data_crm.STAGES, "leads": data_crm.LEADS,
        "tasks": data_crm.tasks(now), "notes": data_crm.NOTES,
        "channels": data_inbox.CHANNELS, "threads": threads,
        "calendar": data_calendar.CALENDAR, "events": data_calendar.events(now),
        "plans": data_billing.PLANS, "subscription": subscription,
        "entitlements": _entitlements(now, subscription, usage), "usage": usage,
        "invoices": data_billing.invoices(now),
        "counterparties": data_kyb.COUNTERPARTIES, "snapshots": snapshots, "diffs": data_kyb.DIFFS,
        "alerts": data_kyb.ALERTS, "risk": data_kyb.RISK,
    }
