"""Counterparties and what the KYB engine keeps about them, as plain records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from secretary.errors import InvalidInput

KINDS = ("company", "person", "organisation", "vessel")
SCHEMA_OF_KIND = {"company": "Company", "person": "Person", "organisation": "Organization", "vessel": "Vessel"}
INTERVALS = ("daily", "weekly")
SOURCES = ("sanctions", "vies", "gleif", "insolvency")
ALERT_STATUSES = ("new", "acknowledged", "resolved")


@dataclass(frozen=True)
class CounterpartyInput:
    """What a person enters (GUI form, CSV row, CLI) before it is validated and stored."""

    name: str
    kind: str = "company"
    country: str | None = None
    vat_number: str | None = None
    lei_code: str | None = None
    address: str | None = None
    registration_number: str | None = None
    birth_date: str | None = None
    notes: str | None = None
    check_interval: str = "weekly"
    contact_id: int | None = None
    identifiers: tuple[tuple[str, str], ...] = ()  # (kind, number), e.g. ("IMO", "9123456")


@dataclass(frozen=True)
class Counterparty:
    """A stored counterparty with its current risk."""

    id: int
    name: str
    kind: str
    country: str | None
    vat_number: str | None
    lei_code: str | None
    address: str | None
    registration_number: str | None
    birth_date: str | None
    notes: str | None
    check_interval: str
    status: str
    contact_id: int | None
    risk_score: int
    risk_details: dict[str, Any]
    check_state: dict[str, Any]
    last_checked_at: datetime | None
    created_at: datetime
    identifiers: tuple[tuple[str, str], ...] = ()
    open_alerts: int = 0

    @property
    def schema(self) -> str:
        """The screening schema (FollowTheMoney name) of this kind."""
        return SCHEMA_OF_KIND.get(self.kind, "LegalEntity")

    @property
    def risk_level(self) -> str:
        """critical | high | medium | low | none."""
        return str(self.risk_details.get("level", "none"))


@dataclass(frozen=True)
class Snapshot:
    """What one source said, first seen at ``created_at`` and last confirmed at ``checked_at``."""

    id: int
    counterparty_id: int
    source: str
    source_version: str | None
    data_hash: str
    data: dict[str, Any]
    created_at: datetime
    checked_at: datetime | None


@dataclass(frozen=True)
class Diff:
    """Field-level changes between two snapshots of one source."""

    id: int
    counterparty_id: int
    source: str
    old_snapshot_id: int | None
    new_snapshot_id: int
    changes: list[dict[str, Any]]
    risk_impact: int
    created_at: datetime


@dataclass(frozen=True)
class Alert:
    """An alert and who acted on it, when and why."""

    id: int
    counterparty_id: int | None
    counterparty_name: str | None
    type: str
    severity: str
    message: str
    status: str
    reason: str | None
    acted_by: str | None
    details: dict[str, Any]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ListVersion:
    """One stored version of a sanctions list."""

    id: int
    list_id: str
    version: str
    published: str | None
    format: str
    origin: str
    sha256: str
    entries: int
    names: int
    warnings: list[Any]
    is_current: bool
    imported_at: datetime


@dataclass(frozen=True)
class ImportReport:
    """The outcome of a CSV import: what was added and every rejected row with its reason."""

    added: list[int] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (row number, reason)


# Type words people write in sheets (en/de/uk/ru), to the kinds above.
KIND_WORDS = {
    "organization": "organisation", "legalentity": "company", "entity": "company", "individual": "person",
    "ship": "vessel", "firma": "company", "unternehmen": "company", "gesellschaft": "company",
    "verein": "organisation", "behörde": "organisation", "schiff": "vessel",
    "natürliche person": "person", "privatperson": "person", "компанія": "company", "підприємство": "company",
    "організація": "organisation", "особа": "person", "фізична особа": "person", "фоп": "person",
    "судно": "vessel", "компания": "company", "организация": "organisation", "лицо": "person",
}
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def clean(data: CounterpartyInput) -> CounterpartyInput:
    """``data`` trimmed and validated: kind, interval, country code, birth date shape; VAT id and LEI
    by their check digits (python-stdnum). Raises InvalidInput naming the field."""
    from secretary.kyb.sources import validate_lei, validate_vat

    name = " ".join((data.name or "").split())
    if not name:
        raise InvalidInput("a counterparty needs a name", field="name")
    if len(name) > 300:
        raise InvalidInput("the name is longer than 300 characters", field="name")
    kind = (data.kind or "company").strip().lower()
    kind = KIND_WORDS.get(kind, kind)
    if kind not in KINDS:
        raise InvalidInput(f"unknown type {data.kind!r}; use one of {', '.join(KINDS)}", field="kind")
    if data.check_interval not in INTERVALS:
        raise InvalidInput(f"check interval must be daily or weekly, not {data.check_interval!r}",
                           field="check_interval")
    country = (data.country or "").strip().upper() or None
    if country is not None and not re.fullmatch(r"[A-Z]{2}", country):
        raise InvalidInput(f"country must be a two-letter ISO code, not {data.country!r}", field="country")
    vat = lei = None
    if data.vat_number and data.vat_number.strip():
        try:
            cc, number = validate_vat(data.vat_number)
        except InvalidInput as exc:
            raise InvalidInput(exc.message, field="vat_number") from None
        vat = f"{cc}{number}"
        country = country or ("GR" if cc == "EL" else cc)
    if data.lei_code and data.lei_code.strip():
        try:
            lei = validate_lei(data.lei_code)
        except InvalidInput as exc:
            raise InvalidInput(exc.message, field="lei_code") from None
    birth = (data.birth_date or "").strip() or None
    if birth is not None:
        if kind != "person":
            raise InvalidInput("only a person has a date of birth", field="birth_date")
        if not _DATE.fullmatch(birth):
            raise InvalidInput(f"date of birth must be YYYY, YYYY-MM or YYYY-MM-DD, not {birth!r}",
                               field="birth_date")
        if len(birth) == 10:
            try:
                if date.fromisoformat(birth) > date.today():
                    raise InvalidInput("the date of birth is in the future", field="birth_date")
            except ValueError:
                raise InvalidInput(f"{birth} is not a date", field="birth_date") from None
    return CounterpartyInput(name=name, kind=kind, country=country, vat_number=vat, lei_code=lei,
                             address=_opt(data.address), registration_number=_opt(data.registration_number),
                             birth_date=birth, notes=_opt(data.notes), check_interval=data.check_interval,
                             contact_id=data.contact_id,
                             identifiers=tuple((k.strip().upper(), n.strip()) for k, n in data.identifiers
                                               if k.strip() and n.strip()))


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
