"""Context of a screening match: birth dates, countries and identifiers raise or lower the name score."""

from __future__ import annotations

import re

from secretary.kyb.records import Identifier, ListEntry

_STRONG_IDS = {"imo", "lei", "vat", "swift_bic", "bic", "mmsi", "tax_id", "inn", "ogrn", "registration", "duns"}
_ID_CHARS = re.compile(r"[^0-9A-Z]")
MAX_BONUS = 0.07  # the most birth date and country together add to a name score


def normalize_identifier(number: str) -> str:
    """An identifier's number for comparison: upper case, letters and digits only, no "IMO" prefix."""
    value = _ID_CHARS.sub("", number.upper())
    return value[3:] if value.startswith("IMO") and value[3:].isdigit() else value


def context(country: str | None, birth_date: str | None, identifiers: tuple[Identifier | str, ...],
            entry: ListEntry, features: dict[str, object]) -> tuple[float, list[str]]:
    """Score adjustment from the query's birth date, country and identifiers against a listed entry.

    Returns (adjustment, notes for the explanation) and records verdicts in ``features``:
    a birth date matching at the precision both have +0.03 (+0.05 for a full date), a year
    one apart or a different day -0.10, further apart -0.20; the country among the entry's
    +0.02, not among them -0.05; an identifier number in common sets features["identifier"]
    to "match" (the caller raises the score to 0.98), a strong identifier of a kind both
    have but with other numbers -0.15.
    """
    adjust = 0.0
    notes: list[str] = []
    if birth_date and entry.birth_dates:
        delta, note, verdict = _birth(birth_date, entry.birth_dates)
        adjust += delta
        notes.append(note)
        features["birth_date"] = verdict
    if country and entry.countries:
        country = country.upper()
        if country in entry.countries:
            adjust += 0.02
            notes.append(f"country {country} matches +0.02")
            features["country"] = "match"
        else:
            adjust -= 0.05
            notes.append(f"country {country} not in {'/'.join(entry.countries)} -0.05")
            features["country"] = "differs"
    if identifiers and entry.identifiers:
        listed = {normalize_identifier(i.number): i.kind for i in entry.identifiers}
        hit = None
        kinds_differ = []
        for wanted in identifiers:
            number = normalize_identifier(wanted if isinstance(wanted, str) else wanted.number)
            if number in listed and len(number) >= 5:
                hit = f"{listed[number].upper()} {number}"
                break
            if isinstance(wanted, Identifier) and wanted.kind.lower() in _STRONG_IDS \
                    and wanted.kind.lower() in set(listed.values()):
                kinds_differ.append(wanted.kind.upper())
        if hit:
            notes.append(f"identifier {hit} matches")
            features["identifier"] = "match"
        elif kinds_differ:
            adjust -= 0.15
            notes.append(f"{kinds_differ[0]} differs -0.15")
            features["identifier"] = "differs"
    return adjust, notes


def _birth(wanted: str, listed: tuple[str, ...]) -> tuple[float, str, str]:
    """Compare a birth date with the listed ones (ISO, possibly partial): (adjustment, note, verdict)."""
    parts = wanted.split("-")
    best_gap = None
    for date in listed:
        other = date.split("-")
        common = min(len(parts), len(other))
        if parts[:common] == other[:common]:
            if common >= 3:
                return 0.05, f"birth date {wanted} matches +0.05", "match"
            return 0.03, f"birth date {'-'.join(parts[:common])} matches +0.03", "match"
        try:
            gap = abs(int(parts[0]) - int(other[0]))
        except ValueError:
            continue
        best_gap = gap if best_gap is None else min(best_gap, gap)
    if best_gap is None:
        return 0.0, "birth date not comparable", "unknown"
    if best_gap <= 1:
        return -0.1, f"birth date {wanted} differs from {'/'.join(listed)} -0.10", "differs"
    return -0.2, f"birth year {parts[0]} differs from {'/'.join(listed)} -0.20", "differs"
