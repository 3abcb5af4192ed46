"""Collects one list entry's facts while a parser reads them, then freezes them into a ListEntry.

The parsers differ in layout only; this is where names are cleaned and de-duplicated, scripts
detected, countries mapped to ISO codes and unreadable records turned into warnings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from secretary.errors import InvalidInput
from secretary.kyb.formats.common import clean, detect_script
from secretary.kyb.formats.countries import to_iso2
from secretary.kyb.records import LISTS, Identifier, ListEntry, ListName

# Past this many, further warnings are only counted (a broken file should not build a huge list).
MAX_WARNINGS = 500
# Exceptions a record's own content can raise; they skip the record instead of the whole file.
RECORD_ERRORS = (ValueError, KeyError, IndexError, TypeError, AttributeError)


# (pattern on the lower-cased label, kind); the first match wins, so specific ones come first.
_ID_KINDS = [(re.compile(p), k) for p, k in (
    (r"passport", "passport"), (r"\bimo\b", "imo"), (r"\bmmsi\b", "mmsi"), (r"swift|\bbic\b", "swift_bic"),
    (r"\bbik\b", "bik"), (r"legal entity number|\ble number\b|\blei\b", "lei"), (r"\bisin\b", "isin"),
    (r"\bv\.?a\.?t\b", "vat"), (r"d-u-n-s|\bduns\b", "duns"), (r"social security|\bssn\b", "ssn"),
    (r"\btax\b|fiscal|r\.?f\.?c\.?\b|\bnit\b|\bruc\b|\brif\b|c\.u\.i\.t|fein|c\.i\.f\.|\binn\b|n\.i\.f\.",
     "tax_id"),
    (r"national id|personal id|identity card|identification card|cedula|d\.n\.i\.|c\.u\.r\.p|tazkira"
     r"|\bid (?:no|number|card)|identification number|citizen.s card|numero de identidad", "national_id"),
    (r"driver", "drivers_license"),
    (r"registration|registry|register|company (?:no|number)|business number|incorporation|charity"
     r"|\bc\.r\.|commercial code|social credit code|enterprise number|chamber of comm", "registration"),
)]
_NOT_ID = re.compile(r"phone|fax|telephone|e-?mail|website|date|risk|sanction|gender|order|directive", re.I)
_GENERIC_ID = re.compile(r"\b(?:no|number|id|code|license|licence|identification|permit)\b|#", re.I)


def id_kind(label: str) -> str | None:
    """The kind of identifier a published label names ("National ID No." -> "national_id").

    Known families get a short kind (passport, national_id, tax_id, registration, vat, imo,
    mmsi, swift_bic, lei, isin, duns, ssn, bik, crypto_<coin>); other labels that look like a
    number or document give the label itself in snake case; anything else (phone, website,
    dates, programme notes) gives None.
    """
    low = clean(label).casefold()
    if m := re.match(r"digital currency address - (\w+)", low):
        return f"crypto_{m.group(1)}"
    for pattern, kind in _ID_KINDS:
        if pattern.search(low):
            return kind
    if _NOT_ID.search(low) or not _GENERIC_ID.search(low):
        return None
    # "Aircraft Manufacturer's Serial Number (MSN)" -> aircraft_manufacturer_s_serial_number
    return re.sub(r"[^0-9a-z]+", "_", re.sub(r"\([^)]*\)", " ", low)).strip("_") or None


class RecordError(ValueError):
    """A record cannot be turned into an entry (no id, no name...)."""


def natural_name(published: str) -> tuple[str, str, str]:
    """(full, first, last) for a person's "LAST, First" name; other names come back as they are."""
    name = clean(published)
    if name.count(",") == 1:
        last, first = (clean(p) for p in name.split(","))
        if last and first:
            return f"{first} {last}", first, last
    return name, "", ""


@dataclass
class EntryBuilder:
    """The facts read so far for one entry."""

    entity_id: str
    schema: str
    names: list[ListName] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    listed_on: str | None = None
    remarks: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def name(self, full: str, kind: str = "primary", strength: str = "strong", first: str = "",
             last: str = "", script: str | None = None) -> None:
        """Add a name; a non-Latin spelling of anything but the primary name counts as "original"."""
        full = clean(full)
        if not full:
            return
        script = script or detect_script(full)
        if script not in (None, "Latin") and kind != "primary":
            kind = "original"
        self.names.append(ListName(full=full, kind=kind, strength=strength, script=script,
                                   first=clean(first), last=clean(last)))

    def country(self, value: str | None) -> None:
        """Add a country given by name or ISO code; unknown names are kept in extra, not guessed."""
        value = clean(value)
        if not value or value in ("00", "-0-"):
            return
        code = to_iso2(value)
        if code:
            self.countries.append(code)
        else:
            self.note("unmapped_countries", value)

    def ident(self, label: str, number: str, country: str | None = None, fallback: str | None = None) -> None:
        """Add an identifier from its published label, number and issuing country (name or code).

        Labels that name no identifier (phone, website...) are ignored unless a fallback kind is
        given, for fields that are documents whatever their label says.
        """
        number = clean(number)
        kind = id_kind(label) or fallback
        if m := re.fullmatch(r"IMO\s*(\d{7})", number, re.I):  # "Vessel Registration Identification"
            kind, number = "imo", m.group(1)
        if not number or not kind:
            return
        self.identifiers.append(Identifier(kind=kind, number=number, country=to_iso2(country or "")))

    def note(self, key: str, value: str | None) -> None:
        """Add a free-text fact to extra; repeated keys are joined with " | "."""
        value = clean(value)
        if value:
            old = self.extra.get(key)
            if old is None:
                self.extra[key] = value
            elif value not in old.split(" | "):
                self.extra[key] = f"{old} | {value}"

    def address(self, *parts: str | None) -> None:
        """Add an address from its parts (empty and "-0-" parts are left out)."""
        text = ", ".join(p for p in (clean(x) for x in parts) if p and p != "-0-")
        if text:
            self.addresses.append(text)

    def build(self, list_id: str) -> ListEntry:
        """The finished entry; RecordError when it has no id or no name."""
        if not clean(self.entity_id):
            raise RecordError("no id")
        names = _unique_names(self.names)
        if not names:
            raise RecordError("no name")
        return ListEntry(list_id=list_id, entity_id=clean(self.entity_id), schema=self.schema, names=names,
                         birth_dates=_unique(self.birth_dates), countries=_unique(self.countries),
                         identifiers=_unique(self.identifiers), programmes=_unique(self.programmes),
                         addresses=_unique(self.addresses), listed_on=self.listed_on,
                         remarks=clean(self.remarks), extra=self.extra)


_T = TypeVar("_T")


def _unique(items: list[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(items))


def _unique_names(names: list[ListName]) -> tuple[ListName, ...]:
    """One ListName per spelling (case-insensitive), the first kept; strong wins over weak."""
    kept: dict[str, ListName] = {}
    for n in names:
        key = n.full.casefold()
        if key not in kept:
            kept[key] = n
        elif n.strength == "strong" and kept[key].strength != "strong":
            old = kept[key]
            kept[key] = ListName(old.full, old.kind, "strong", old.script, old.first, old.last)
    return tuple(kept.values())


class Warnings:
    """Records skipped or repaired while parsing, capped at MAX_WARNINGS messages."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.messages: list[str] = []
        self.dropped = 0
        self.skipped = 0

    def add(self, where: str, reason: str, skipped: bool = False) -> None:
        """Note a problem at where (a record id or line); skipped=True when the record was dropped."""
        self.skipped += skipped
        if len(self.messages) < MAX_WARNINGS:
            self.messages.append(f"{self.source} {where}: {reason}" if where else f"{self.source}: {reason}")
        else:
            self.dropped += 1

    def at(self, where: str) -> Callable[[str], None]:
        """A callback that adds a (non-skipping) warning about where."""
        return lambda reason: self.add(where, reason)

    def finish(self, parsed: int) -> tuple[str, ...]:
        """The warnings; InvalidInput when no entry could be read at all.

        No official list is ever empty, so an empty result means a wrong or damaged file, and
        importing it as a release would wipe the list.
        """
        if parsed == 0 and self.skipped:
            first = self.messages[0] if self.messages else ""
            raise InvalidInput(f"{self.source}: none of its {self.skipped} records could be read ({first})",
                               file=self.source)
        if parsed == 0:
            raise InvalidInput(f"{self.source}: no entries found", file=self.source)
        extra = [f"{self.source}: {self.dropped} more warnings not listed"] if self.dropped else []
        return (*self.messages, *extra)


def check_list_id(list_id: str) -> str:
    """list_id itself when it names a known list, else InvalidInput."""
    if list_id not in LISTS:
        raise InvalidInput(f"unknown list id {list_id!r}; expected one of {', '.join(LISTS)}")
    return list_id


def display_name(path: Path) -> str:
    """How warnings and errors name a file (its name; the full path is in the error's details)."""
    return path.name
