"""Counterparties from a CSV file: a column mapping (guessed from the header, adjustable), every row
validated, rejected rows reported with their number and reason; nothing half-imported."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from secretary.errors import InvalidInput, SecretaryError
from secretary.kyb.counterparty import CounterpartyInput, ImportReport, clean

FIELDS = ("name", "kind", "country", "vat_number", "lei_code", "address", "registration_number", "birth_date",
          "notes", "check_interval")
MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
# Header spellings (lower case) recognised for each field, in en/de/uk.
GUESSES: dict[str, tuple[str, ...]] = {
    "name": ("name", "company", "company name", "firma", "firmenname", "unternehmen", "partner", "назва",
             "найменування", "legal name", "counterparty"),
    "kind": ("type", "kind", "typ", "art", "тип"),
    "country": ("country", "land", "country code", "ländercode", "країна"),
    "vat_number": ("vat", "vat id", "vat number", "vat_number", "ust-idnr", "ust-id", "ustid", "ust-idnr.",
                   "umsatzsteuer-id", "пдв", "ідентифікатор пдв"),
    "lei_code": ("lei", "lei code", "lei_code"),
    "address": ("address", "adresse", "anschrift", "адреса"),
    "registration_number": ("registration", "registration number", "registration_number", "register",
                            "handelsregister", "hrb", "registernummer", "єдрпоу", "edrpou", "company number"),
    "birth_date": ("birth date", "date of birth", "birth_date", "dob", "geburtsdatum", "дата народження"),
    "notes": ("notes", "note", "notiz", "notizen", "bemerkung", "примітки"),
    "check_interval": ("interval", "check interval", "check_interval", "prüfintervall"),
}


@dataclass(frozen=True)
class CsvTable:
    """The header and rows of a CSV file, as read."""

    header: list[str]
    rows: list[list[str]]
    delimiter: str


def read(path: Path | str) -> CsvTable:
    """Read a CSV file (UTF-8 with or without BOM, else Windows-1252; comma, semicolon or tab)."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"{path} is not a file")
    if path.stat().st_size > MAX_BYTES:
        raise InvalidInput(f"{path.name} is larger than {MAX_BYTES >> 20} MB")
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise InvalidInput(f"{path.name} is not a text file (save the sheet as CSV first)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    try:
        rows = [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if any(c.strip() for c in row)]
    except csv.Error as exc:
        raise InvalidInput(f"{path.name}: not a readable CSV file ({exc})") from None
    if not rows:
        raise InvalidInput(f"{path.name} is empty")
    if len(rows) > MAX_ROWS + 1:
        raise InvalidInput(f"{path.name} has more than {MAX_ROWS} rows; split it")
    return CsvTable([h.strip() for h in rows[0]], rows[1:], delimiter)


def guess_mapping(header: list[str]) -> dict[str, str]:
    """``{field: column}`` for the columns whose header names a field."""
    mapping: dict[str, str] = {}
    for column in header:
        key = column.strip().lower()
        for field, spellings in GUESSES.items():
            if field not in mapping and key in spellings:
                mapping[field] = column
    return mapping


def to_inputs(table: CsvTable, mapping: dict[str, str], default_interval: str = "weekly") \
        -> tuple[list[tuple[int, CounterpartyInput]], list[tuple[int, str]]]:
    """Rows as validated inputs (with their row number, 2 = first data row) and rejected rows."""
    unknown = set(mapping) - set(FIELDS)
    if unknown:
        raise InvalidInput(f"unknown field(s) {', '.join(sorted(unknown))}")
    if "name" not in mapping:
        raise InvalidInput("choose the column that holds the name")
    missing = [c for c in mapping.values() if c not in table.header]
    if missing:
        raise InvalidInput(f"no column {missing[0]!r} in the file")
    position = {field: table.header.index(column) for field, column in mapping.items()}
    good: list[tuple[int, CounterpartyInput]] = []
    bad: list[tuple[int, str]] = []
    for number, row in enumerate(table.rows, start=2):
        values = {field: (row[i].strip() if i < len(row) else "") for field, i in position.items()}
        try:
            data = clean(CounterpartyInput(
                name=values.get("name", ""), kind=values.get("kind") or "company",
                country=values.get("country") or None, vat_number=values.get("vat_number") or None,
                lei_code=values.get("lei_code") or None, address=values.get("address") or None,
                registration_number=values.get("registration_number") or None,
                birth_date=values.get("birth_date") or None, notes=values.get("notes") or None,
                check_interval=(values.get("check_interval") or default_interval).lower()))
        except SecretaryError as exc:
            bad.append((number, exc.message))
            continue
        good.append((number, data))
    return good, bad


def import_rows(good: list[tuple[int, CounterpartyInput]], bad: list[tuple[int, str]],
                existing: Callable[[CounterpartyInput], int | None],
                add: Callable[[CounterpartyInput], int]) -> ImportReport:
    """Add the valid rows that are not monitored yet; duplicates are reported, not added twice."""
    report = ImportReport(rejected=list(bad))
    for number, data in good:
        already = existing(data)
        if already is not None:
            report.rejected.append((number, f"already monitored as counterparty {already}"))
            continue
        report.added.append(add(data))
    report.rejected.sort()
    return report
