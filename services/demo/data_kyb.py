"""Demo KYB: business partners under monitoring, what the registries said, and two alerts.

The identifiers are invented but pass their check digits (VAT numbers, LEIs,
EDRPOU), so validators accept them; the snapshots follow the shapes of the VIES
``checkVat`` answer and the GLEIF ``lei-records`` API.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from services.demo.timing import ago

COUNTERPARTIES: list[dict[str, Any]] = [
    {"key": "brandt", "name": "Brandt Logistik GmbH", "vat_number": "DE281935743",
     "lei_code": "5299004KQ7BRANDT1L96", "registration_number": "HRB 31847 P", "country": "DE",
     "contact": "markus", "risk_score": 15, "check_interval": "weekly"},
    {"key": "alpenblick", "name": "Alpenblick Software GmbH", "vat_number": "ATU72543189",
     "lei_code": "529900ALPENBLICKR224", "registration_number": "FN 498213 k", "country": "AT",
     "contact": "lukas", "risk_score": 0, "check_interval": "weekly"},
    {"key": "wisla", "name": "Wisła Trade Sp. z o.o.", "vat_number": "PL5252381464",
     "lei_code": "3912006WISLAPL88X449", "registration_number": "KRS 0000781234", "country": "PL",
     "contact": "katarzyna", "risk_score": 10, "check_interval": "weekly"},
    {"key": "dnipro", "name": "Dnipro Agro Export LLC", "vat_number": None, "lei_code": "254900DNIPROAGRO3196",
     "registration_number": "EDRPOU 43815271", "country": "UA", "contact": "dmytro", "risk_score": 35,
     "check_interval": "daily"},
    {"key": "thames", "name": "Thames Digital Ltd", "vat_number": "GB384612932", "lei_code": "2138006THAMESDIG7K52",
     "registration_number": "Companies House 12873456", "country": "GB", "contact": "james", "risk_score": 40,
     "check_interval": "weekly"},
    {"key": "shevchuk", "name": "Dmytro Shevchuk", "kind": "person", "vat_number": None, "lei_code": None,
     "registration_number": None, "country": "UA", "contact": "dmytro", "risk_score": 0, "check_interval": "daily"},
]


def data_hash(raw: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of ``raw`` (sorted keys), so equal answers hash equally."""
    canonical = json.dumps(raw, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _vies(country: str, number: str, name: str, address: str, at: datetime) -> dict[str, Any]:
    return {"countryCode": country, "vatNumber": number, "requestDate": at.date().isoformat(), "valid": True,
            "name": name, "address": address}


def _gleif(lei: str, name: str, address: dict[str, Any], jurisdiction: str, legal_form: str, status: str,
           next_renewal: str, updated: str) -> dict[str, Any]:
    return {"data": {"type": "lei-records", "id": lei, "attributes": {
        "lei": lei,
        "entity": {"legalName": {"name": name, "language": "de" if jurisdiction == "DE" else "en"},
                   "legalAddress": {"language": "en", **address, "country": jurisdiction},
                   "jurisdiction": jurisdiction, "legalForm": {"id": legal_form, "other": None},
                   "category": "GENERAL", "status": "ACTIVE"},
        "registration": {"initialRegistrationDate": "2021-03-15T00:00:00Z", "lastUpdateDate": updated,
                         "status": status, "nextRenewalDate": next_renewal,
                         "managingLou": "5299000J2N45DDNE4Y28", "corroborationLevel": "FULLY_CORROBORATED"}}}}


_BRANDT_OLD = {"addressLines": ["Zeppelinstraße 14"], "city": "Potsdam", "region": "DE-BB", "postalCode": "14471"}
_BRANDT_NEW = {"addressLines": ["Industriestraße 3"], "city": "Ludwigsfelde", "region": "DE-BB",
               "postalCode": "14974"}


def snapshots(now: datetime) -> list[dict[str, Any]]:
    """Registry answers (oldest first); ``key`` lets diffs and alerts point at them."""
    week_ago, yesterday = ago(now, days=8), ago(now, days=1)
    rows: list[dict[str, Any]] = [
        {"key": "brandt-gleif-1", "counterparty": "brandt", "source": "gleif", "created_at": week_ago,
         "source_version": _iso(ago(now, days=9)),
         "raw_data": _gleif("5299004KQ7BRANDT1L96", "Brandt Logistik GmbH", _BRANDT_OLD, "DE", "2HBR",
                            "ISSUED", _iso(ago(now, days=-200)), _iso(ago(now, days=160)))},
        {"key": "brandt-gleif-2", "counterparty": "brandt", "source": "gleif", "created_at": yesterday,
         "source_version": _iso(ago(now, days=2)),
         "raw_data": _gleif("5299004KQ7BRANDT1L96", "Brandt Logistik GmbH", _BRANDT_NEW, "DE", "2HBR",
                            "ISSUED", _iso(ago(now, days=-200)), _iso(ago(now, days=3)))},
        {"key": "brandt-vies", "counterparty": "brandt", "source": "vies", "created_at": yesterday,
         "source_version": None, "raw_data": _vies("DE", "281935743", "---", "---", yesterday)},
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
         "raw_data": _gleif("254900DNIPROAGRO3196", "DNIPRO AGRO EXPORT LLC",
                            {"addressLines": ["vul. Naberezhna Peremohy 32"], "city": "Dnipro", "region": "UA-12",
                             "postalCode": "49094"}, "UA", "8888", "ISSUED", _iso(ago(now, days=-90)),
                            _iso(ago(now, days=275)))},
        {"key": "thames-gleif", "counterparty": "thames", "source": "gleif", "created_at": yesterday,
         "source_version": _iso(ago(now, days=2)),
         "raw_data": _gleif("2138006THAMESDIG7K52", "THAMES DIGITAL LTD",
                            {"addressLines": ["71 Wharf Road"], "city": "London", "region": "GB-LND",
                             "postalCode": "N1 7GR"}, "GB", "H0PO", "LAPSED", _iso(ago(now, days=12)),
                            _iso(ago(now, days=11)))},
        {"key": "shevchuk-sanctions", "counterparty": "shevchuk", "source": "sanctions:eu", "created_at": yesterday,
         "source_version": ago(now, days=2).date().isoformat(),
         "raw_data": {"query": {"name": "Dmytro Shevchuk", "country": "UA", "kind": "person"},
                      "list": "EU financial sanctions (FSF)", "matches": []}},
    ]
    for row in rows:
        row["data_hash"] = data_hash(row["raw_data"])
    return rows


DIFFS: list[dict[str, Any]] = [
    {"counterparty": "brandt", "old": "brandt-gleif-1", "new": "brandt-gleif-2", "risk_impact": 5,
     "changes": [{"path": "entity.legalAddress",
                  "old": "Zeppelinstraße 14, 14471 Potsdam", "new": "Industriestraße 3, 14974 Ludwigsfelde"}]},
]


ALERTS: list[dict[str, Any]] = [
    {"counterparty": "thames", "type": "lei_lapsed", "severity": "medium", "status": "new",
     "message": "The LEI 2138006THAMESDIG7K52 of Thames Digital Ltd has lapsed: its registration was not "
                "renewed at GLEIF. Ask the customer to renew it before the next invoice."},
    {"counterparty": "brandt", "type": "address_changed", "severity": "low", "status": "acknowledged",
     "is_read": True, "acted_by": "owner",
     "reason": "Umzug nach Ludwigsfelde telefonisch mit Herrn Brandt bestätigt; Stammdaten angepasst.",
     "message": "The registered address of Brandt Logistik GmbH changed at GLEIF: Zeppelinstraße 14, "
                "14471 Potsdam → Industriestraße 3, 14974 Ludwigsfelde."},
]
