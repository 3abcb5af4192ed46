"""What the registry look-ups of KYB return: VAT checks (VIES), LEI records (GLEIF), insolvency notices.

Plain, frozen records that the adapters in ``services/kyb_sources`` fill from the
remote answers, plus the local checks done before anything is sent: a VAT id or an
LEI that cannot be right is refused here, so no request is wasted on a typo and a
remote "invalid" always means the registry said so. Each record's ``to_dict()`` is
the JSON snapshot stored as evidence of what the registry answered and when.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from stdnum import lei as stdnum_lei
from stdnum.eu import vat as stdnum_vat
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.util import clean

from secretary.errors import InvalidInput

# The country prefixes VIES answers for: the EU member states plus XI (Northern Ireland,
# for goods). Greece is EL in VIES although its ISO code is GR.
VIES_COUNTRIES = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI",
})

# VIES answers a match code per trader field of checkVatApprox: 1, 2 or 3.
MATCH_CODES = {"1": "valid", "2": "invalid", "3": "not_processed"}


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):  # datetime is a date: both become ISO 8601
        return value.isoformat()
    if isinstance(value, Address):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    return value


class _Snapshot:
    """``to_dict()`` in field order, so stored snapshots of the same answer compare byte for byte."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict of the record, keys in declaration order, dates as ISO 8601 strings."""
        return {f.name: _jsonable(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


@dataclass(frozen=True)
class VatCheck(_Snapshot):
    """One answer of VIES for one VAT id.

    ``name``/``address`` are None when the member state does not disclose them (VIES
    sends ``---``). The ``trader_*`` fields and their ``*_match`` codes ("valid",
    "invalid", "not_processed") are filled only when checkVatApprox was used;
    ``consultation_number`` is the requestIdentifier VIES issues when a requester VAT
    id was given — the proof, for the tax office, that this check was made.
    """

    country: str
    number: str
    valid: bool
    name: str | None
    address: str | None
    request_date: date
    checked_at: datetime
    consultation_number: str | None = None
    approximate: bool = False  # True when the answer came from checkVatApprox
    trader_name: str | None = None
    trader_company_type: str | None = None
    trader_street: str | None = None
    trader_postcode: str | None = None
    trader_city: str | None = None
    trader_name_match: str | None = None
    trader_company_type_match: str | None = None
    trader_street_match: str | None = None
    trader_postcode_match: str | None = None
    trader_city_match: str | None = None

    @property
    def vat_id(self) -> str:
        """The VAT id as one string, country prefix first (``DE136695976``)."""
        return f"{self.country}{self.number}"


@dataclass(frozen=True)
class Address:
    """A postal address as GLEIF publishes it (lines, then city, region, postcode, country)."""

    lines: tuple[str, ...]
    city: str | None
    region: str | None  # ISO 3166-2, e.g. "IN-HR"
    postal_code: str | None
    country: str | None  # ISO 3166-1 alpha-2

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict of the address, keys in declaration order."""
        return {"lines": list(self.lines), "city": self.city, "region": self.region,
                "postal_code": self.postal_code, "country": self.country}


@dataclass(frozen=True)
class LeiRecord(_Snapshot):
    """A Legal Entity Identifier record from the GLEIF API.

    ``registration_status`` is ISSUED, LAPSED (renewal overdue), RETIRED, MERGED,
    ANNULLED, DUPLICATE, TRANSFERRED, PENDING_* …; ``entity_status`` ACTIVE or INACTIVE.
    ``direct_parent_lei``/``ultimate_parent_lei`` are None when no parent is reported;
    they were only looked up when ``parents_resolved`` is True (search results skip it).
    """

    lei: str
    legal_name: str
    other_names: tuple[str, ...]
    entity_status: str | None
    registration_status: str | None
    next_renewal: date | None
    last_update: datetime | None
    initial_registration: datetime | None
    legal_address: Address | None
    headquarters_address: Address | None
    jurisdiction: str | None
    legal_form: str | None  # ELF code; "8888" means "other", see legal_form_other
    legal_form_other: str | None
    registered_at: str | None  # the registration authority's RA code
    registered_as: str | None  # the number in that register
    category: str | None  # GENERAL, FUND, BRANCH, SOLE_PROPRIETOR, …
    managing_lou: str | None
    direct_parent_lei: str | None
    ultimate_parent_lei: str | None
    parents_resolved: bool
    golden_copy_date: datetime | None


@dataclass(frozen=True)
class InsolvencyNotice(_Snapshot):
    """One row of the result list of insolvenzbekanntmachungen.de.

    ``kind`` is the subject of the notice (e.g. "Eröffnungen") when the page shows it.
    ``url`` is the link of the row if it has one; the portal's notice links are bound
    to a session, so it is a hint for a human, not a permanent address.
    """

    published: date
    case_number: str  # Aktenzeichen, e.g. "91 IN 123/26"
    court: str
    name: str
    seat: str | None
    register: str | None  # e.g. "Amtsgericht Köln HRB 12345"
    kind: str | None = None
    url: str | None = None


def split_vat(text: str) -> tuple[str, str]:
    """Split a VAT id into its VIES country code and number, spaces and punctuation removed.

    ``GR`` is accepted for Greece and given back as ``EL``, the code VIES uses. Only the
    shape is checked here (a known prefix and 2–12 characters); :func:`validate_vat`
    also checks the number's check digits.
    """
    # stdnum's own compact() already fails on unknown prefixes; plain cleaning lets us name the problem.
    compact = clean(text or "", " -./,:").strip().upper()
    if len(compact) < 3 or not compact[:2].isalpha():
        raise InvalidInput(f"{text!r} is not a VAT id: it must start with the two-letter country code, "
                           "e.g. DE136695976", value=text)
    country, number = compact[:2].upper(), compact[2:]
    if country == "GR":
        country = "EL"
    if country not in VIES_COUNTRIES:
        raise InvalidInput(f"{country} is not a country VIES checks VAT ids for (EU member states and XI)",
                           value=text)
    # The pattern VIES itself enforces on vatNumber (see the WSDL's usage notes).
    if not 2 <= len(number) <= 12 or not all(c.isalnum() or c in "+*." for c in number):
        raise InvalidInput(f"{text!r} is not a VAT id: the number after {country} must be 2 to 12 letters or "
                           "digits", value=text)
    return country, number


_REASONS: tuple[tuple[type[ValidationError], str], ...] = (
    (InvalidChecksum, "its check digit does not match"),
    (InvalidLength, "it has the wrong number of characters"),
    (InvalidFormat, "it contains characters that do not belong there"),
    (InvalidComponent, "a part of it is not valid for that country"),
)


def _reason(exc: ValidationError) -> str:
    for kind, reason in _REASONS:
        if isinstance(exc, kind):
            return reason
    return str(exc) or "it is malformed"


def validate_vat(text: str) -> tuple[str, str]:
    """Check a VAT id's format and check digits locally; give back ``(country, number)`` for VIES.

    Raises :class:`InvalidInput` naming the reason (unknown country, wrong length, bad
    check digit). A VAT id that passes can still be unknown to its member state: only
    VIES can tell that.
    """
    country, number = split_vat(text)
    try:
        # stdnum knows Greece as EL as well, so the VIES form can be given to it unchanged.
        stdnum_vat.validate(country + number)
    except ValidationError as exc:
        raise InvalidInput(f"{country}{number} is not a valid VAT id: {_reason(exc)}", value=text) from exc
    return country, number


def validate_lei(text: str) -> str:
    """Check an LEI's format and ISO 17442 check digits locally; give back its 20-character form."""
    compact = stdnum_lei.compact(text or "")
    try:
        # stdnum only checks the mod-97 digits; ISO 17442 also fixes the length and the shape.
        if len(compact) != 20:
            raise InvalidLength()
        if not compact.isalnum() or not compact.isascii() or not compact[-2:].isdigit():
            raise InvalidFormat()
        return stdnum_lei.validate(compact)
    except ValidationError as exc:
        raise InvalidInput(f"{text!r} is not a valid LEI: {_reason(exc)} (an LEI has 20 letters and digits "
                           "ending in two check digits)", value=text) from exc
