"""Records shared by the sanctions-list parsers, the name matcher and the KYB services.

A list release is what one download or import of one official list yields: its entries
(one per listed person, company, organisation, vessel or aircraft) with every published
name, and the list's own version/date. Everything here is plain data; nothing is stored
or fetched by this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The schemas a screening query or a list entry can have (FollowTheMoney's names).
SCHEMAS = ("Person", "Company", "Organization", "LegalEntity", "Vessel", "Aircraft")

# The lists this product reads, by id.
LISTS = {
    "ofac-sdn": "OFAC Specially Designated Nationals (SDN)",
    "ofac-cons": "OFAC Consolidated (non-SDN) lists",
    "eu-fsf": "EU consolidated financial sanctions (FSF)",
    "uk-fcdo": "UK Sanctions List (FCDO)",
    "un-sc": "UN Security Council consolidated list",
}

# Import formats (the CLI's --format values) and the list each yields by default.
FORMATS = ("ofac-xml", "ofac-csv", "eu-xml", "uk-xml", "un-xml")


@dataclass(frozen=True)
class ListName:
    """One published name of an entry.

    kind: "primary", "variation" (a spelling of the primary name), "alias" (a.k.a./f.k.a.),
    or "original" (the name in its original, non-Latin script).
    strength: "strong" or "weak" (low-quality aliases; OFAC "weak", UN "Low", UK "Low quality").
    script: the writing system when known ("Latin", "Cyrillic", "Arabic", "Han", ...).
    """

    full: str
    kind: str = "primary"
    strength: str = "strong"
    script: str | None = None
    first: str = ""
    last: str = ""


@dataclass(frozen=True)
class Identifier:
    """A document or register number: passport, national id, IMO, LEI, VAT, SWIFT/BIC, ..."""

    kind: str
    number: str
    country: str | None = None  # ISO 3166-1 alpha-2, upper case


@dataclass(frozen=True)
class ListEntry:
    """One listed person, company, organisation, vessel or aircraft."""

    list_id: str  # a key of LISTS
    entity_id: str  # the list's own id (OFAC ent_num/uid, EU logicalId, UK UniqueID, UN DATAID)
    schema: str  # one of SCHEMAS
    names: tuple[ListName, ...]
    birth_dates: tuple[str, ...] = ()  # ISO 8601, possibly partial: "1962-05-17", "1962-05", "1962"
    countries: tuple[str, ...] = ()  # nationality / citizenship / registration, ISO2 upper case
    identifiers: tuple[Identifier, ...] = ()
    programmes: tuple[str, ...] = ()  # sanctions programmes / regimes
    addresses: tuple[str, ...] = ()
    listed_on: str | None = None  # ISO date of designation when published
    remarks: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def name(self) -> str:
        """The entry's primary name (the first primary, else the first name)."""
        for n in self.names:
            if n.kind == "primary":
                return n.full
        return self.names[0].full if self.names else ""


@dataclass(frozen=True)
class ListRelease:
    """One version of one list as downloaded or imported."""

    list_id: str
    version: str  # the publisher's version / file id / generation date, as published
    published: str | None  # ISO date (or datetime) the publisher gives, None when absent
    format: str  # one of FORMATS
    entries: tuple[ListEntry, ...]
    warnings: tuple[str, ...] = ()  # records skipped or repaired while parsing, with the reason
