"""OFAC's legacy CSV set: sdn.csv plus the optional add.csv, alt.csv and sdn_comments.csv.

The files have no header row; "-0-" means empty; Program holds several programmes as "A] [B";
Remarks carries most facts as "; "-separated phrases and overflows into sdn_comments.csv
(continued mid-word, so the two are joined without a separator). Aliases in alt.csv are OFAC's
strong a.k.a.s; the "a.k.a. '...'" phrases left in Remarks are its weak ones. The legacy
consolidated (non-SDN) set, cons_prim.csv with cons_add/cons_alt/cons_comments, has the same
layout and is read the same way as list "ofac-cons". The CSV set carries no publication date,
so the release version is a digest of the files.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

from secretary.errors import InvalidInput, NotFound
from secretary.kyb.formats.builder import (
    RECORD_ERRORS,
    EntryBuilder,
    RecordError,
    Warnings,
    check_list_id,
    natural_name,
)
from secretary.kyb.formats.common import clean
from secretary.kyb.formats.ofac_remarks import read_remarks
from secretary.kyb.records import ListEntry, ListRelease

# (main file, addresses, aliases, remarks overflow, default list), names compared case-insensitively.
_SETS = (
    ("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv", "ofac-sdn"),
    ("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv", "ofac-cons"),
)
_TYPES = {"individual": "Person", "vessel": "Vessel", "aircraft": "Aircraft", "": "Organization"}
_SDN_FIELDS = 12


def parse(path: Path, list_id: str | None = None) -> ListRelease:
    """Read the CSV set at path (its directory or its sdn.csv) into a release."""
    main, siblings, default_list = _locate(path)
    list_id = check_list_id(list_id or default_list)
    warnings = Warnings(main.name)
    comments = _comments(siblings[2], warnings)
    aliases = _grouped(siblings[1], 5, warnings)
    addresses = _grouped(siblings[0], 6, warnings)
    entries: list[ListEntry] = []
    seen: set[str] = set()
    for line, row in _rows(main):
        where = f"line {line}" + (f" (ent_num {clean(row[0])})" if row and clean(row[0]) else "")
        try:
            entry = _entry(row, comments, aliases, addresses, list_id, warnings.at(where))
        except RECORD_ERRORS as exc:
            warnings.add(where, f"skipped: {exc}", skipped=True)
            continue
        if entry.entity_id in seen:
            warnings.add(where, "skipped: duplicate ent_num", skipped=True)
            continue
        seen.add(entry.entity_id)
        entries.append(entry)
    for name, groups in ((siblings[1], aliases), (siblings[0], addresses)):
        orphans = sum(len(rows) for ent, rows in groups.items() if ent not in seen)
        if name is not None and orphans:
            warnings.add("", f"{orphans} rows of {name.name} name an ent_num missing from {main.name}")
    return ListRelease(list_id=list_id, version=_digest([main, *siblings]), published=None, format="ofac-csv",
                       entries=tuple(entries), warnings=warnings.finish(len(entries)))


def is_sdn_csv(head: str) -> bool:
    """Whether head (the start of a file) looks like sdn.csv / cons_prim.csv: 12 fields, numeric id."""
    try:
        row = next(csv.reader(head.splitlines()[:1]), [])
    except csv.Error:
        return False
    return len(row) == _SDN_FIELDS and clean(row[0]).isdigit() and "-0-" in head


def _locate(path: Path) -> tuple[Path, list[Path | None], str]:
    """The main file, its (addresses, aliases, comments) siblings when present, and the default list."""
    if not path.exists():
        raise NotFound(f"{path} does not exist", file=str(path))
    folder = path if path.is_dir() else path.parent
    present = {p.name.casefold(): p for p in folder.iterdir() if p.is_file()}
    if path.is_dir():
        spec = next((s for s in _SETS if s[0] in present), None)
        if spec is None:
            raise InvalidInput(f"{path.name}: no sdn.csv or cons_prim.csv in this folder", file=str(path))
        main = present[spec[0]]
    else:
        # A renamed export is read as sdn.csv, with sdn.csv's siblings.
        spec = next((s for s in _SETS if s[0] == path.name.casefold()), _SETS[0])
        main = path
    return main, [present.get(spec[1]), present.get(spec[2]), present.get(spec[3])], spec[4]


def _entry(row: list[str], comments: dict[str, str], aliases: dict[str, list[list[str]]],
           addresses: dict[str, list[list[str]]], list_id: str, warn: Callable[[str], None]) -> ListEntry:
    if len(row) != _SDN_FIELDS:
        raise RecordError(f"expected {_SDN_FIELDS} fields, found {len(row)}")
    ent_num, name, sdn_type, programs, title, call_sign, vess_type, tonnage, grt, flag, owner, remarks = (
        _value(v) for v in row)
    if not ent_num.isdigit():
        raise RecordError(f"ent_num {ent_num!r} is not a number")
    schema = _TYPES.get(sdn_type.casefold())
    if schema is None:
        raise RecordError(f"unknown SDN_Type {sdn_type!r}")
    b = EntryBuilder(ent_num, schema)
    person = schema == "Person"
    full, first, last = natural_name(name) if person else (name, "", "")
    b.name(full, "primary", first=first, last=last)
    b.programmes.extend(p for p in (clean(x.strip("[]")) for x in programs.split("] [")) if p)
    b.note("title", title)
    for key, value in (("call_sign", call_sign), ("vessel_type", vess_type), ("tonnage", tonnage),
                       ("gross_registered_tonnage", grt), ("vessel_owner", owner)):
        b.note(key, value)
    b.country(flag)
    b.remarks = remarks + comments.get(ent_num, "")
    read_remarks(b, b.remarks, warn)
    for alias in aliases.get(ent_num, []):
        alt_name = _value(alias[3])  # alias[2] is aka/fka/nka: all are names to screen against
        full, first, last = natural_name(alt_name) if person else (alt_name, "", "")
        b.name(full, "alias", "strong", first=first, last=last)
    for addr in addresses.get(ent_num, []):
        parts = [_value(v) for v in addr[2:5]]
        b.address(*parts)
        if not person:  # a company's address country is the best published hint of where it is based
            b.country(parts[2])
    return b.build(list_id)


def _value(raw: str) -> str:
    value = clean(raw)
    return "" if value == "-0-" else value


def _comments(path: Path | None, warnings: Warnings) -> dict[str, str]:
    """ent_num -> the Remarks overflow from sdn_comments.csv (kept raw: it continues mid-word)."""
    out: dict[str, str] = {}
    if path is None:
        return out
    for line, row in _rows(path):
        if len(row) < 2 or not clean(row[0]).isdigit():
            warnings.add(f"({path.name} line {line})", "unreadable comment row ignored")
            continue
        out[clean(row[0])] = out.get(clean(row[0]), "") + row[1].rstrip()
    return out


def _grouped(path: Path | None, fields: int, warnings: Warnings) -> dict[str, list[list[str]]]:
    """ent_num -> rows of add.csv or alt.csv."""
    out: dict[str, list[list[str]]] = {}
    if path is None:
        return out
    for line, row in _rows(path):
        if len(row) != fields or not clean(row[0]).isdigit():
            warnings.add(f"({path.name} line {line})", f"expected {fields} fields starting with an ent_num, "
                         "row ignored")
            continue
        out.setdefault(clean(row[0]), []).append(row)
    return out


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of each data row; the DOS end-of-file mark and blank lines are skipped."""
    try:
        with path.open(encoding=_encoding(path), newline="") as fh:
            reader = csv.reader(fh, strict=True)
            for row in reader:
                if row and any(v.strip(" \x1a") for v in row):
                    yield reader.line_num, row
    except csv.Error as exc:
        raise InvalidInput(f"{path.name}: malformed CSV at line {reader.line_num}: {exc}", file=str(path),
                           line=reader.line_num) from exc
    except OSError as exc:
        raise InvalidInput(f"{path.name}: cannot be read: {exc}", file=str(path)) from exc


def _encoding(path: Path) -> str:
    """utf-8 when the whole file decodes as such, else Windows-1252 (older OFAC exports)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as fh:
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def _digest(paths: list[Path | None]) -> str:
    """A short digest of the set's files: the CSVs publish no version or date of their own."""
    h = hashlib.sha256()
    for p in paths:
        if p is not None:
            with p.open("rb") as fh:
                while chunk := fh.read(1 << 20):
                    h.update(chunk)
    return f"sha256:{h.hexdigest()[:16]}"
