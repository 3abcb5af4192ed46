"""OFAC Sanctions List Service ENHANCED_XML (<sanctionsData>: SDN_ENHANCED.XML, CONS_ENHANCED.XML).

referenceValues come before the entities and give each COUNTRY value its ISO code, which
features, documents and addresses then refer to by refId. Every translation of every name
(Latin, Cyrillic, Chinese...) becomes its own ListName. Which list a file is (SDN or the
consolidated non-SDN lists) is read from publicationInfo's filter, else from the entities'
own sanctionsLists.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from secretary.kyb.formats.builder import RECORD_ERRORS, EntryBuilder, RecordError, Warnings, check_list_id
from secretary.kyb.formats.common import (
    Element,
    birth_dates,
    find,
    findall,
    iso_date,
    iter_xml,
    script_name,
    text,
    texts,
    year_range,
)
from secretary.kyb.records import ListEntry, ListRelease

_TYPES = {"individual": "Person", "entity": "Organization", "vessel": "Vessel", "aircraft": "Aircraft"}
# "Target Type" values that make an entity a company rather than some other organisation.
_COMPANY_TARGETS = {"private company", "public company", "financial institution", "state-owned enterprise"}
_COUNTRY_FEATURES = {"nationality country", "citizenship country", "nationality of registration", "vessel flag"}
_NOTE_FEATURES = {"place of birth": "place_of_birth", "gender": "gender", "vessel type": "vessel_type",
                  "vessel call sign": "call_sign", "vessel owner": "vessel_owner"}
_SDN = "sdn list"


def parse(path: Path, list_id: str | None = None) -> ListRelease:
    """Read an ENHANCED_XML file into a release."""
    warnings = Warnings(path.name)
    countries: dict[str, str] = {}  # referenceValue refId -> ISO code
    version, published, filters = "", None, []
    provisional = check_list_id(list_id or "ofac-sdn")
    entries: list[ListEntry] = []
    all_sdn = True  # every entity is on the SDN List (decides the list when no filter says)
    for name, elem in iter_xml(path, {"sanctionsData"}, {"publicationInfo", "referenceValue", "entity"}):
        if name == "publicationInfo":
            version = text(elem, "dataAsOf")
            published = version or None
            filters = [f.casefold() for f in texts(elem, "filters/sanctionsLists/sanctionsList")]
            if list_id is None and filters:
                provisional = "ofac-sdn" if filters == [_SDN] else "ofac-cons"
        elif name == "referenceValue":
            if text(elem, "type") == "COUNTRY" and text(elem, "isoCode"):
                countries[elem.get("refId", "")] = text(elem, "isoCode")
        elif name == "entity":
            where = f"entity {elem.get('id') or '?'}"
            all_sdn = all_sdn and _SDN in (s.casefold() for s in texts(elem, "sanctionsLists/sanctionsList"))
            try:
                entries.append(_entry(elem, provisional, countries, warnings.at(where)))
            except RECORD_ERRORS as exc:
                warnings.add(where, f"skipped: {exc}", skipped=True)
    final = list_id or (provisional if filters else ("ofac-sdn" if all_sdn and entries else "ofac-cons"))
    if final != provisional:
        entries = [dataclasses.replace(e, list_id=final) for e in entries]
    return ListRelease(list_id=final, version=version, published=published, format="ofac-xml",
                       entries=tuple(entries), warnings=warnings.finish(len(entries)))


def _entry(elem: Element, list_id: str, countries: dict[str, str], warn: Callable[[str], None]) -> ListEntry:
    entity_type = text(elem, "generalInfo/entityType")
    schema = _TYPES.get(entity_type.casefold())
    if schema is None:
        raise RecordError(f"unknown entityType {entity_type!r}")
    b = EntryBuilder(elem.get("id", ""), schema)
    b.remarks = text(elem, "generalInfo/remarks")
    listed = sorted(d for d in (iso_date(s.get("datePublished")) for s in findall(elem, "sanctionsLists/sanctionsList"))
                    if d)
    b.listed_on = listed[0] if listed else None
    b.note("lists", " | ".join(texts(elem, "sanctionsLists/sanctionsList")))
    b.programmes.extend(texts(elem, "sanctionsPrograms/sanctionsProgram"))
    for name in findall(elem, "names/name"):
        _names(b, name)
    for feature in findall(elem, "features/feature"):
        _feature(b, feature, countries, warn)
    for doc in findall(elem, "identityDocuments/identityDocument"):
        b.ident(text(doc, "type"), text(doc, "documentNumber"), _country(doc, "issuingCountry", countries),
                fallback="other")
    for addr in findall(elem, "addresses/address"):
        translations = findall(addr, "translations/translation")
        primary = next((t for t in translations if text(t, "isPrimary") == "true"), None)
        chosen = primary if primary is not None else (translations[0] if translations else None)
        parts = texts(chosen, "addressParts/addressPart/value") if chosen is not None else []
        b.address(*parts, text(addr, "country"))
        if schema != "Person":  # a company's address country is the best published hint of its base
            b.country(_country(addr, "country", countries))
    for rel in findall(elem, "relationships/relationship"):
        b.note("linked_to", f"{text(rel, 'type')}: {text(rel, 'relatedEntity')}")
    return b.build(list_id)


def _names(b: EntryBuilder, name: Element) -> None:
    """One ListName per translation of a published name."""
    primary = text(name, "isPrimary") == "true"
    strength = "weak" if text(name, "isLowQuality") == "true" else "strong"
    for tr in findall(name, "translations/translation"):
        script = script_name(text(tr, "script"))
        first, last = text(tr, "formattedFirstName"), text(tr, "formattedLastName")
        latin = script in (None, "Latin")
        # Latin "LAST, First" reads better and matches better as "First LAST"; other scripts
        # keep the publisher's order (Chinese puts the family name first anyway).
        full = f"{first} {last}" if latin and first and last else text(tr, "formattedFullName") or last
        kind = "primary" if primary and latin and text(tr, "isPrimary") == "true" else "alias"
        if b.schema != "Person":  # an entity's name comes as formattedLastName: not a surname
            first = last = ""
        b.name(full, kind, strength, first=first, last=last, script=script)


def _feature(b: EntryBuilder, feature: Element, countries: dict[str, str], warn: Callable[[str], None]) -> None:
    kind = text(feature, "type")
    low = kind.casefold()
    value = text(feature, "value")
    if low == "birthdate":
        dates = birth_dates(value) or _value_dates(feature)
        if not dates:
            warn(f"unreadable birth date {value!r}")
        b.birth_dates.extend(dates)
    elif low in _COUNTRY_FEATURES:
        b.country(countries.get(text(feature, "valueRefId")) or value)
    elif low in _NOTE_FEATURES:
        b.note(_NOTE_FEATURES[low], value)
    elif low == "target type":
        b.note("target_type", value)
        if b.schema == "Organization" and value.casefold() in _COMPANY_TARGETS:
            b.schema = "Company"
    else:  # SWIFT/BIC, BIK, ISIN, MMSI, digital currency addresses...; ident() ignores the rest
        b.ident(kind, value)


def _value_dates(feature: Element) -> list[str]:
    """Dates from a feature's structured valueDate when its text is not a readable date."""
    period = find(feature, "valueDate")
    if period is None:
        return []
    start, end = iso_date(text(period, "fromDateBegin")), iso_date(text(period, "toDateEnd"))
    if start and end and start != end:
        return year_range(start, end)
    return [start] if start else []


def _country(elem: Element, child: str, countries: dict[str, str]) -> str | None:
    """The ISO code of a country reference (by refId), else its text."""
    node = find(elem, child)
    if node is None:
        return None
    return countries.get(node.get("refId", "")) or text(elem, child) or None
