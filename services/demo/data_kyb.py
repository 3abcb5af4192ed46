"""Demo KYB: business partners under monitoring, what the registries said, and two alerts.

The identifiers are invented but pass their check digits (VAT numbers, LEIs,
EDRPOU), so validators accept them; the snapshots follow the shapes of the VIES
``checkVat`` answer and the GLEIF ``lei-records`` API.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from secretary.kyb.diff import snapshot_hash
from secretary.kyb.sources import Address, LeiRecord, VatCheck
from services.demo.timing import ago

COUNTERPARTIES: list[dict[str, Any]] = [
    {"key": "brandt", "name": "Brandt Logistik GmbH", "vat_number": "DE281935743",
     "lei_code": "5299004KQ7BRANDT1L96", "registration_number": "HRB 31847 P", "country": "DE",
     "contact": "markus", "risk_score": 20, "check_interval": "weekly"},
    {"key": "alpenblick", "name": "Alpenblick Software GmbH", "vat_number": "ATU72543189",
     "lei_code": "529900ALPENBLICKR224", "registration_number": "FN 498213 k", "country": "AT",
     "contact": "lukas", "risk_score": 0, "check_interval": "weekly"},
    {"key": "wisla", "name": "Wisła Trade Sp. z o.o.", "vat_number": "PL5252381464",
     "lei_code": "3912006WISLAPL88X449", "registration_number": "KRS 0000781234", "country": "PL",
     "contact": "katarzyna", "risk_score": 0, "check_interval": "weekly"},
    {"key": "dnipro", "name": "Dnipro Agro Export LLC", "vat_number": None, "lei_code": "254900DNIPROAGRO3196",
     "registration_number": "EDRPOU 43815271", "country": "UA", "contact": "dmytro", "risk_score": 0,
     "check_interval": "daily"},
    {"key": "thames", "name": "Thames Digital Ltd", "vat_number": "GB384612932", "lei_code": "2138006THAMESDIG7K52",
     "registration_number": "Companies House 12873456", "country": "GB", "contact": "james", "risk_score": 50,
     "check_interval": "weekly"},
    {"key": "shevchuk", "name": "Dmytro Shevchuk", "kind": "person", "vat_number": None, "lei_code": None,
     "registration_number": None, "country": "UA", "contact": "dmytro", "risk_score": 0, "check_interval": "daily"},
]


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _vies(country: str, number: str, name: str | None, address: str | None, at: datetime) -> dict[str, Any]:
    return VatCheck(country=country, number=number, valid=True, name=name, address=address,
                    request_date=at.date(), checked_at=at).to_dict()


def _gleif(lei: str, name: str, address: Address, jurisdiction: str, legal_form: str, status: str,
           next_renewal: datetime, updated: datetime) -> dict[str, Any]:
    return LeiRecord(lei=lei, legal_name=name, other_names=(), entity_status="ACTIVE", registration_status=status,
                     next_renewal=next_renewal.date(), last_update=updated,
                     initial_registration=datetime(2021, 3, 15, tzinfo=UTC), legal_address=address,
                     headquarters_address=address, jurisdiction=jurisdiction, legal_form=legal_form,
                     legal_form_other=None, registered_at=None, registered_as=None, category="GENERAL",
                     managing_lou="5299000J2N45DDNE4Y28", direct_parent_lei=None, ultimate_parent_lei=None,
                     parents_resolved=True, golden_copy_date=updated).to_dict()


_BRANDT_OLD = Address(("Zeppelinstraße 14",), "Potsdam", "DE-BB", "14471", "DE")
_BRANDT_NEW = Address(("Industriestraße 3",), "Ludwigsfelde", "DE-BB", "14974", "DE")
_DNIPRO = Address(("vul. Naberezhna Peremohy 32",), "Dnipro", "UA-12", "49094", "UA")
_THAMES = Address(("71 Wharf Road",), "London", "GB-LND", "N1 7GR", "GB")
DEMO_LISTS = "ofac-sdn:demo excerpt; un-sc:demo excerpt"


def _screened(name: str, schema: str, country: str | None) -> dict[str, Any]:
    return {"query": {"name": name, "schema": schema, "country": country, "birth_date": None},
            "threshold": 0.85, "matches": []}


def snapshots(now: datetime) -> list[dict[str, Any]]:
    """Registry answers (oldest first); ``key`` lets diffs and alerts point at them."""
    week_ago, yesterday = ago(now, days=8), ago(now, days=1)
    rows: list[dict[str, Any]] = [
        {"key": "brandt-gleif-1", "counterparty": "brandt", "source": "gleif", "created_at": week_ago,
         "source_version": _iso(ago(now, days=9)),
         "raw_data": _gleif("5299004KQ7BRANDT1L96", "Brandt Logistik GmbH", _BRANDT_OLD, "DE", "2HBR",
                            "ISSUED", ago(now, days=-200), ago(now, days=160))},
        {"key": "brandt-gleif-2", "counterparty": "brandt", "source": "gleif", "created_at": yesterday,
         "source_version": _iso(ago(now, days=2)),
         "raw_data": _gleif("5299004KQ7BRANDT1L96", "Brandt Logistik GmbH", _BRANDT_NEW, "DE", "2HBR",
                            "ISSUED", ago(now, days=-200), ago(now, days=3))},
        {"key": "brandt-vies", "counterparty": "brandt", "source": "vies", "created_at": yesterday,
         "source_version": None, "raw_data": _vies("DE", "281935743", None, None, yesterday)},
        {"key": "alpenblick-vies", "counterparty": "alpenblick", "source": "vies", "created_at": yesterday,
         "source_version": None,
         "raw_data": _vies("AT", "U72543189", "Alpenblick Software GmbH", "Museumstraße 12\nAT-6020 Innsbruck",
                           yesterday)},
        {"key": "wisla-vies", "counterparty": "wisla", "source": "vies", "created_at": yesterday,
         "source_version": None,
         "raw_data": _vies("PL", "5252381464", "WISŁA TRADE SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ",
                           "UL. KRÓLEWSKA 57\n30-081 KRAKÓW", yesterday)},
        {"key": "dnipro-gleif", "counterparty": "dnipro", "source": "gleif", "created_at": yesterday,
         "source_version": _iso(ago(now, days=2)),
         "raw_data": _gleif("254900DNIPROAGRO3196", "DNIPRO AGRO EXPORT LLC", _DNIPRO, "UA", "8888", "ISSUED",
                            ago(now, days=-90), ago(now, days=275))},
        {"key": "thames-gleif", "counterparty": "thames", "source": "gleif", "created_at": yesterday,
         "source_version": _iso(ago(now, days=2)),
         "raw_data": _gleif("2138006THAMESDIG7K52", "THAMES DIGITAL LTD", _THAMES, "GB", "H0PO", "LAPSED",
                            ago(now, days=12), ago(now, days=11))},
        {"key": "shevchuk-sanctions", "counterparty": "shevchuk", "source": "sanctions", "created_at": yesterday,
         "source_version": DEMO_LISTS, "raw_data": _screened("Dmytro Shevchuk", "Person", "UA")},
    ]
    for row in rows:
        row["data_hash"] = snapshot_hash(row["raw_data"])
    return rows


# How each demo risk score was reached (the KYB rules: see secretary/kyb/risk.py).
RISK = {
    "brandt": [{"source": "changes", "points": 20, "text": "1 recent change(s): legal_address.city, "
                                                         "legal_address.lines, legal_address.postal_code"}],
    "thames": [{"source": "gleif", "points": 50, "text": "LEI 2138006THAMESDIG7K52 has lapsed (not renewed)"}],
}


DIFFS: list[dict[str, Any]] = [
    {"counterparty": "brandt", "old": "brandt-gleif-1", "new": "brandt-gleif-2", "risk_impact": 5,
     "changes": [{"path": "legal_address.city", "old": "Potsdam", "new": "Ludwigsfelde"},
                 {"path": "legal_address.lines", "old": "Zeppelinstraße 14", "new": "Industriestraße 3"},
                 {"path": "legal_address.postal_code", "old": "14471", "new": "14974"}]},
]


ALERTS: list[dict[str, Any]] = [
    {"counterparty": "thames", "type": "lei_lapsed", "severity": "medium", "status": "new", "key": "gleif:LAPSED",
     "message": "The LEI 2138006THAMESDIG7K52 of Thames Digital Ltd has lapsed: its registration was not "
                "renewed at GLEIF. Ask the customer to renew it before the next invoice."},
    {"counterparty": "brandt", "type": "changed", "severity": "low", "status": "acknowledged",
     "key": "gleif:change:legal_address.city:Ludwigsfelde",
     "is_read": True, "acted_by": "owner",
     "reason": "Umzug nach Ludwigsfelde telefonisch mit Herrn Brandt bestätigt; Stammdaten angepasst.",
     "message": "The registered address of Brandt Logistik GmbH changed at GLEIF: Zeppelinstraße 14, "
                "14471 Potsdam → Industriestraße 3, 14974 Ludwigsfelde."},
]
