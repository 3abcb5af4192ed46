"""OFAC XML: the legacy SDN.XML (<sdnList>) and the Sanctions List Service ENHANCED_XML.

The root element decides which: <sdnList> is read here, <sanctionsData> (SDN_ENHANCED.XML,
CONS_ENHANCED.XML) by ofac_enhanced. Elements are matched by local name, so the old
tempuri.org namespace, the Sanctions List Service one or none at all read the same.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from secretary.errors import NotFound
from secretary.kyb.formats import ofac_enhanced
from secretary.kyb.formats.builder import RECORD_ERRORS, EntryBuilder, RecordError, Warnings, check_list_id
from secretary.kyb.formats.common import (
    Element,
    birth_dates,
    clean,
    find,
    findall,
    iso_date,
    iter_xml,
    read_head,
    sniff_root,
    text,
    texts,
)
from secretary.kyb.records import ListEntry, ListRelease

_TYPES = {"individual": "Person", "entity": "Organization", "vessel": "Vessel", "aircraft": "Aircraft"}


def parse(path: Path, list_id: str | None = None) -> ListRelease:
    """Read an OFAC XML file of either generation into a release."""
    if not path.is_file():
        raise NotFound(f"{path} does not exist or is not a file", file=str(path))
    if sniff_root(read_head(path)) == "sanctionsData":
        return ofac_enhanced.parse(path, list_id)
    return _parse_legacy(path, list_id)


def _parse_legacy(path: Path, list_id: str | None) -> ListRelease:
    # The legacy consolidated list (consolidated.xml) shares this schema and says nothing of
    # which list it is, so only the file name tells them apart.
    list_id = check_list_id(list_id or ("ofac-cons" if path.name.casefold().startswith("cons") else "ofac-sdn"))
    warnings = Warnings(path.name)
    version, published, count = "", None, ""
    entries: list[ListEntry] = []
    for name, elem in iter_xml(path, {"sdnList"}, {"publshInformation", "sdnEntry"}):
        if name == "publshInformation":
            version = text(elem, "Publish_Date")
            published = iso_date(version, month_first=True)  # "07/06/2021" is US month/day/year
            count = text(elem, "Record_Count")
        elif name == "sdnEntry":
            where = f"uid {text(elem, 'uid') or '?'}"
            try:
                entries.append(_entry(elem, list_id, warnings.at(where)))
            except RECORD_ERRORS as exc:
                warnings.add(where, f"skipped: {exc}", skipped=True)
    if count.isdigit() and int(count) != len(entries) + warnings.skipped:
        warnings.add("", f"Record_Count says {count} but the file holds {len(entries) + warnings.skipped} entries")
    return ListRelease(list_id=list_id, version=version, published=published, format="ofac-xml",
                       entries=tuple(entries), warnings=warnings.finish(len(entries)))


def _entry(elem: Element, list_id: str, warn: Callable[[str], None]) -> ListEntry:
    sdn_type = text(elem, "sdnType")
    schema = _TYPES.get(sdn_type.casefold())
    if schema is None:
        raise RecordError(f"unknown sdnType {sdn_type!r}")
    b = EntryBuilder(text(elem, "uid"), schema)
    person = schema == "Person"
    first, last = text(elem, "firstName"), text(elem, "lastName")
    # Entities put their whole name in lastName; only a person's parts are first/last names.
    b.name(clean(f"{first} {last}"), "primary", **_parts(person, first, last))
    b.note("title", text(elem, "title"))
    b.remarks = text(elem, "remarks")
    b.programmes.extend(texts(elem, "programList/program"))
    for aka in findall(elem, "akaList/aka"):
        first, last = text(aka, "firstName"), text(aka, "lastName")
        strength = "weak" if text(aka, "category").casefold() == "weak" else "strong"
        b.name(clean(f"{first} {last}"), "alias", strength, **_parts(person, first, last))
    for doc in findall(elem, "idList/id"):
        kind, number, country = text(doc, "idType"), text(doc, "idNumber"), text(doc, "idCountry")
        if kind.casefold() in ("nationality of registration", "vessel flag"):
            b.country(country or number)
        elif kind.casefold() == "gender":
            b.note("gender", number)
        else:
            b.ident(kind, number, country)
    for path in ("nationalityList/nationality/country", "citizenshipList/citizenship/country"):
        for country in texts(elem, path):
            b.country(country)
    for raw in texts(elem, "dateOfBirthList/dateOfBirthItem/dateOfBirth"):
        dates = birth_dates(raw)
        if not dates:
            warn(f"unreadable date of birth {raw!r}")
        b.birth_dates.extend(dates)
    for place in texts(elem, "placeOfBirthList/placeOfBirthItem/placeOfBirth"):
        b.note("place_of_birth", place)
    for addr in findall(elem, "addressList/address"):
        parts = [text(addr, f) for f in ("address1", "address2", "address3", "city", "stateOrProvince",
                                         "postalCode", "country")]
        b.address(*parts)
        if not person:  # a company's address country is the best published hint of where it is based
            b.country(parts[-1])
    vessel = find(elem, "vesselInfo")
    if vessel is not None:
        b.country(text(vessel, "vesselFlag"))
        for key, field in (("call_sign", "callSign"), ("vessel_type", "vesselType"), ("vessel_owner", "vesselOwner"),
                           ("tonnage", "tonnage"), ("gross_registered_tonnage", "grossRegisteredTonnage")):
            b.note(key, text(vessel, field))
    return b.build(list_id)


def _parts(person: bool, first: str, last: str) -> dict[str, str]:
    return {"first": first, "last": last} if person else {}
