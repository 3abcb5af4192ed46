"""UK Sanctions List (FCDO) XML: <Designations> of <Designation>.

Name1..Name5 are given names and Name6 the surname, or an entity's or ship's whole name.
NameType is "Primary Name", "Primary Name Variation" or "Alias"; AliasStrength "Low quality"
marks a weak alias. Dates are dd/mm/yyyy, with "dd"/"mm" for unknown parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from secretary.errors import NotFound
from secretary.kyb.formats.builder import RECORD_ERRORS, EntryBuilder, Warnings, check_list_id
from secretary.kyb.formats.common import Element, birth_dates, clean, findall, iso_date, iter_xml, text, texts
from secretary.kyb.formats.countries import country_prefix
from secretary.kyb.records import ListEntry, ListRelease

_TYPES = {"individual": "Person", "entity": "Organization", "ship": "Vessel"}
_KINDS = {"primary name": "primary", "primary name variation": "variation", "alias": "alias"}


def parse(path: Path, list_id: str | None = None) -> ListRelease:
    """Read the FCDO UK Sanctions List XML into a release."""
    if not path.is_file():
        raise NotFound(f"{path} does not exist or is not a file", file=str(path))
    list_id = check_list_id(list_id or "uk-fcdo")
    warnings = Warnings(path.name)
    version, published = "", None
    entries: list[ListEntry] = []
    for name, elem in iter_xml(path, {"Designations"}, {"DateGenerated", "Designation"}):
        if name == "DateGenerated":
            version = clean(elem.text)
            published = iso_date(version)
        elif name == "Designation":
            where = f"UniqueID {text(elem, 'UniqueID') or '?'}"
            try:
                entries.append(_entry(elem, list_id, warnings.at(where)))
            except RECORD_ERRORS as exc:
                warnings.add(where, f"skipped: {exc}", skipped=True)
    return ListRelease(list_id=list_id, version=version, published=published, format="uk-xml",
                       entries=tuple(entries), warnings=warnings.finish(len(entries)))


def _entry(elem: Element, list_id: str, warn: Callable[[str], None]) -> ListEntry:
    kind = text(elem, "IndividualEntityShip")
    schema = _TYPES.get(kind.casefold())
    if schema is None:
        warn(f"unknown IndividualEntityShip {kind!r}, read as LegalEntity")  # keep it screenable
        schema = "LegalEntity"
    b = EntryBuilder(text(elem, "UniqueID"), schema)
    b.listed_on = iso_date(text(elem, "DateDesignated"))
    for key, name in (("ofsi_group_id", "OFSIGroupID"), ("un_reference", "UNReferenceNumber"),
                      ("last_updated", "LastUpdated"), ("designation_source", "DesignationSource"),
                      ("sanctions_imposed", "SanctionsImposed")):
        b.note(key, text(elem, name))
    b.remarks = text(elem, "OtherInformation")
    b.programmes.extend(texts(elem, "RegimeName"))
    for name in findall(elem, "Names/Name"):
        _name(b, name)
    for original in texts(elem, "NonLatinNames/NonLatinName/NameNonLatinScript"):
        b.name(original, "original")
    for title in texts(elem, "Titles/Title"):
        b.note("title", title)
    for addr in findall(elem, "Addresses/Address"):
        lines = [text(addr, f"AddressLine{i}") for i in range(1, 7)]
        b.address(*lines, text(addr, "AddressPostalCode"), text(addr, "AddressCountry"))
        if schema != "Person":  # a company's address country is the best published hint of its base
            b.country(text(addr, "AddressCountry"))
    for person in findall(elem, "IndividualDetails/Individual"):
        _individual(b, person, warn)
    for entity in findall(elem, "EntityDetails/Entity"):
        for number in texts(entity, "BusinessRegistrationNumbers/BusinessRegistrationNumber"):
            _registration(b, number)
        for key, path in (("entity_type", "TypeOfEntities/TypeOfEntity"), ("parent", "ParentCompanies/ParentCompany"),
                          ("subsidiary", "Subsidiaries/Subsidiary")):
            for value in texts(entity, path):
                b.note(key, value)
    for ship in findall(elem, "ShipDetails/Ship"):
        for imo in texts(ship, "IMONumbers/IMONumber"):
            b.ident("IMO", re.sub(r"^IMO\s*", "", imo, flags=re.I))
        for flag in texts(ship, "CurrentBelievedFlagOfShips/CurrentBelievedFlagOfShip"):
            b.country(flag)
        for key, path in (("vessel_type", "TypeOfShipDetails/TypeOfShip"),
                          ("vessel_owner", "CurrentOwnerOperators/CurrentOwnerOperator"),
                          ("former_flag", "PreviousFlags/PreviousFlag")):
            for value in texts(ship, path):
                b.note(key, value)
    return b.build(list_id)


def _name(b: EntryBuilder, name: Element) -> None:
    parts = [text(name, f"Name{i}") for i in range(1, 7)]
    full = clean(" ".join(parts))
    kind = _KINDS.get(text(name, "NameType").casefold(), "alias")
    strength = "weak" if "low" in text(name, "AliasStrength").casefold() else "strong"
    if b.schema == "Person":
        b.name(full, kind, strength, first=clean(" ".join(parts[:5])), last=parts[5])
    else:
        b.name(full, kind, strength)


def _individual(b: EntryBuilder, person: Element, warn: Callable[[str], None]) -> None:
    for raw in texts(person, "DOBs/DOB"):
        dates = birth_dates(raw)
        if not dates:
            warn(f"unreadable date of birth {raw!r}")
        b.birth_dates.extend(dates)
    for country in texts(person, "Nationalities/Nationality"):
        b.country(country)
    for gender in texts(person, "Genders/Gender"):
        b.note("gender", gender)
    for position in texts(person, "Positions/Position"):
        b.note("position", position)
    for passport in findall(person, "PassportDetails/Passport"):
        info = text(passport, "PassportAdditionalInformation")
        # "Afghanistan passport number P04581926, issued in Kandahar": the issuer leads the note.
        b.ident("passport", text(passport, "PassportNumber"), country_prefix(info))
    for national in findall(person, "NationalIdentifierDetails/NationalIdentifier"):
        info = text(national, "NationalIdentifierAdditionalInformation")
        b.ident("national id", text(national, "NationalIdentifierNumber"), country_prefix(info))
    for place in findall(person, "BirthDetails/Location"):
        b.note("place_of_birth", ", ".join(p for p in (text(place, "TownOfBirth"), text(place, "CountryOfBirth")) if p))


def _registration(b: EntryBuilder, value: str) -> None:
    """ "UK Company no. 06527449" -> registration 06527449 (GB); a bare number is kept whole."""
    m = re.match(r"^(?P<label>.*?\D)\s*(?P<number>[A-Z]{0,3}\d[\w\-/.]*)$", value)
    if m:
        b.ident("registration", m.group("number"), country_prefix(m.group("label")))
    else:
        b.ident("registration", value)
