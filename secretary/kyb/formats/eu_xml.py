"""EU Financial Sanctions Files, full list format 1.1 (<export> of <sanctionEntity>).

Every value is an attribute. The format has no primary-name flag, so the first Latin-script
nameAlias is taken as the primary name and the others as aliases; strong="false" marks a weak
alias. countryIso2Code "00" means unknown. Non-Gregorian birth dates are used only through
the Gregorian "birthdate" the file gives alongside them (their year is in the other calendar).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from secretary.errors import NotFound
from secretary.kyb.formats.builder import RECORD_ERRORS, EntryBuilder, Warnings, check_list_id
from secretary.kyb.formats.common import (
    Element,
    attr,
    clean,
    detect_script,
    find,
    findall,
    iso_date,
    iter_xml,
    texts,
    year_range,
)
from secretary.kyb.records import ListEntry, ListRelease

_TYPES = {"person": "Person", "enterprise": "Organization"}
# identificationTypeCode -> a label id_kind() reads the right way
_ID_LABELS = {"passport": "passport", "id": "national id", "regnumber": "registration", "fiscalcode": "tax id",
              "swiftbic": "swift", "imo": "imo"}


def parse(path: Path, list_id: str | None = None) -> ListRelease:
    """Read an FSF 1.1 XML export into a release."""
    if not path.is_file():
        raise NotFound(f"{path} does not exist or is not a file", file=str(path))
    list_id = check_list_id(list_id or "eu-fsf")
    warnings = Warnings(path.name)
    version, published = "", None
    entries: list[ListEntry] = []
    for name, elem in iter_xml(path, {"export"}, {"sanctionEntity"}):
        if name == "":
            published = attr(elem, "generationDate") or None
            version = attr(elem, "globalFileId") or attr(elem, "generationDate")
            continue
        where = f"logicalId {elem.get('logicalId') or '?'}"
        try:
            entries.append(_entry(elem, list_id, warnings.at(where)))
        except RECORD_ERRORS as exc:
            warnings.add(where, f"skipped: {exc}", skipped=True)
    return ListRelease(list_id=list_id, version=version, published=published, format="eu-xml",
                       entries=tuple(entries), warnings=warnings.finish(len(entries)))


def _entry(elem: Element, list_id: str, warn: Callable[[str], None]) -> ListEntry:
    subject = find(elem, "subjectType")
    code = attr(subject, "code") if subject is not None else ""
    schema = _TYPES.get(code.casefold())
    if schema is None:
        # Keep the party rather than drop it: a sanctioned name must stay screenable.
        warn(f"unknown subjectType {code!r}, read as LegalEntity")
        schema = "LegalEntity"
    b = EntryBuilder(attr(elem, "logicalId"), schema)
    b.listed_on = iso_date(attr(elem, "designationDate"))
    for key, name in (("eu_reference", "euReferenceNumber"), ("un_reference", "unitedNationId"),
                      ("designation_details", "designationDetails")):
        b.note(key, attr(elem, name))
    b.remarks = " ".join(texts(elem, "remark"))
    b.programmes.extend(p for p in (attr(r, "programme") for r in findall(elem, "regulation")) if p)
    _names(b, findall(elem, "nameAlias"))
    for citizenship in findall(elem, "citizenship"):
        b.country(_country(citizenship))
    for birth in findall(elem, "birthdate"):
        b.birth_dates.extend(_birth(birth))
        b.note("place_of_birth", ", ".join(p for p in (attr(birth, "city").strip("-"), attr(birth, "place"),
                                                     attr(birth, "region"), _country_text(birth)) if p))
    for addr in findall(elem, "address"):
        b.address(attr(addr, "street"), attr(addr, "poBox"), attr(addr, "city"), attr(addr, "zipCode"),
                  attr(addr, "region"), attr(addr, "place"), _country_text(addr))
        if schema != "Person":  # a company's address country is the best published hint of its base
            b.country(_country(addr))
    for doc in findall(elem, "identification"):
        label = _ID_LABELS.get(attr(doc, "identificationTypeCode").casefold(),
                               attr(doc, "identificationTypeDescription"))
        b.ident(label, attr(doc, "number") or attr(doc, "latinNumber"), _country(doc), fallback="other")
    return b.build(list_id)


def _names(b: EntryBuilder, aliases: list[Element]) -> None:
    """All nameAliases; the first Latin-script one (else the first) is the primary name."""
    wholes = [attr(a, "wholeName") or clean(" ".join(attr(a, k) for k in ("firstName", "middleName", "lastName")))
              for a in aliases]
    primary = next((i for i, w in enumerate(wholes) if w and detect_script(w) in ("Latin", None)), 0)
    for i, (alias, whole) in enumerate(zip(aliases, wholes, strict=True)):
        parts: dict[str, str] = {}
        if b.schema == "Person":
            parts = {"first": clean(f"{attr(alias, 'firstName')} {attr(alias, 'middleName')}"),
                     "last": attr(alias, "lastName")}
        strength = "weak" if attr(alias, "strong").casefold() == "false" else "strong"
        b.name(whole, "primary" if i == primary else "alias", strength, **parts)
        b.note("gender", attr(alias, "gender"))
        b.note("title", attr(alias, "title"))
        b.note("function", attr(alias, "function"))


def _birth(birth: Element) -> list[str]:
    full = iso_date(attr(birth, "birthdate"))
    if full:
        return [full]
    if attr(birth, "calendarType").upper() not in ("", "GREGORIAN"):
        return []  # a Hijri (or other) year without its Gregorian date cannot be used
    start, end = iso_date(attr(birth, "yearRangeFrom")), iso_date(attr(birth, "yearRangeTo"))
    if start and end:
        return year_range(start, end)
    year, month = attr(birth, "year"), attr(birth, "monthOfYear")
    single = iso_date(f"{year}-{int(month):02d}" if month.isdigit() else year) if year else None
    return [single] if single else []


def _country(elem: Element) -> str | None:
    code = attr(elem, "countryIso2Code")
    return code if code and code != "00" else None


def _country_text(elem: Element) -> str:
    description = attr(elem, "countryDescription")
    return "" if description.upper() == "UNKNOWN" else description
