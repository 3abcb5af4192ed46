"""UN Security Council consolidated list XML: <CONSOLIDATED_LIST> of INDIVIDUALS and ENTITIES.

An individual's name is FIRST_NAME..FOURTH_NAME in order; an entity's whole name sits in
FIRST_NAME. NAME_ORIGINAL_SCRIPT is the name in its own script. Alias QUALITY "Low" marks a
weak alias ("Good", "a.k.a.", "f.k.a." are strong). Dates of birth come as DATE, YEAR or
FROM_YEAR/TO_YEAR.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from secretary.errors import NotFound
from secretary.kyb.formats.builder import RECORD_ERRORS, EntryBuilder, Warnings, check_list_id
from secretary.kyb.formats.common import Element, attr, clean, findall, iso_date, iter_xml, text, texts, year_range
from secretary.kyb.records import ListEntry, ListRelease


def parse(path: Path, list_id: str | None = None) -> ListRelease:
    """Read the UN consolidated list XML into a release."""
    if not path.is_file():
        raise NotFound(f"{path} does not exist or is not a file", file=str(path))
    list_id = check_list_id(list_id or "un-sc")
    warnings = Warnings(path.name)
    version, published = "", None
    entries: list[ListEntry] = []
    for name, elem in iter_xml(path, {"CONSOLIDATED_LIST"}, {"INDIVIDUAL", "ENTITY"}):
        if name == "":
            version = attr(elem, "dateGenerated")
            published = version or None
            continue
        where = f"DATAID {text(elem, 'DATAID') or '?'}"
        try:
            entries.append(_entry(elem, name == "INDIVIDUAL", list_id, warnings.at(where)))
        except RECORD_ERRORS as exc:
            warnings.add(where, f"skipped: {exc}", skipped=True)
    return ListRelease(list_id=list_id, version=version, published=published, format="un-xml",
                       entries=tuple(entries), warnings=warnings.finish(len(entries)))


def _entry(elem: Element, person: bool, list_id: str, warn: Callable[[str], None]) -> ListEntry:
    b = EntryBuilder(text(elem, "DATAID"), "Person" if person else "Organization")
    parts = [text(elem, f) for f in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
    full = clean(" ".join(parts))
    if person:
        b.name(full, "primary", first=parts[0], last=clean(" ".join(parts[1:])))
    else:
        b.name(full, "primary")
        if " ; " in full:  # "COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)"
            for part in full.split(" ; "):
                b.name(part, "variation")
    b.name(text(elem, "NAME_ORIGINAL_SCRIPT"), "original")
    b.programmes.extend(texts(elem, "UN_LIST_TYPE"))
    b.listed_on = iso_date(text(elem, "LISTED_ON"))
    b.remarks = text(elem, "COMMENTS1")
    b.note("un_reference", text(elem, "REFERENCE_NUMBER"))
    b.note("gender", text(elem, "GENDER"))
    for key, path in (("title", "TITLE/VALUE"), ("designation", "DESIGNATION/VALUE")):
        for value in texts(elem, path):
            b.note(key, value)
    for alias in findall(elem, "INDIVIDUAL_ALIAS") + findall(elem, "ENTITY_ALIAS"):
        strength = "weak" if text(alias, "QUALITY").casefold() == "low" else "strong"
        b.name(text(alias, "ALIAS_NAME"), "alias", strength)
    for country in texts(elem, "NATIONALITY/VALUE"):
        b.country(country)
    for birth in findall(elem, "INDIVIDUAL_DATE_OF_BIRTH"):
        b.birth_dates.extend(_birth(birth, warn))
    for place in findall(elem, "INDIVIDUAL_PLACE_OF_BIRTH"):
        b.note("place_of_birth", ", ".join(texts(place, "*")))
    for addr in findall(elem, "INDIVIDUAL_ADDRESS") + findall(elem, "ENTITY_ADDRESS"):
        b.address(*(text(addr, f) for f in ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")))
        if not person:  # a company's address country is the best published hint of its base
            b.country(text(addr, "COUNTRY"))
    for doc in findall(elem, "INDIVIDUAL_DOCUMENT"):
        label = text(doc, "TYPE_OF_DOCUMENT") or text(doc, "TYPE_OF_DOCUMENT2")
        country = text(doc, "ISSUING_COUNTRY") or text(doc, "COUNTRY_OF_ISSUE")
        b.ident(label, text(doc, "NUMBER"), country, fallback="other")
    return b.build(list_id)


def _birth(birth: Element, warn: Callable[[str], None]) -> list[str]:
    date, year = text(birth, "DATE"), text(birth, "YEAR")
    start, end = text(birth, "FROM_YEAR"), text(birth, "TO_YEAR")
    if date or year:
        single = iso_date(date or year)
        if not single:
            warn(f"unreadable date of birth {date or year!r}")
        return [single] if single else []
    if start and end:
        a, z = iso_date(start), iso_date(end)
        if a and z:
            return year_range(a, z)
        warn(f"unreadable birth years {start!r} to {end!r}")
    return []
