"""Shared parsing helpers: dates, scripts, countries, identifier labels."""

from __future__ import annotations

import pytest

from secretary.kyb.formats.builder import id_kind, natural_name
from secretary.kyb.formats.common import birth_dates, detect_script, iso_date, script_name, sniff_root
from secretary.kyb.formats.countries import country_prefix, to_iso2


@pytest.mark.parametrize(("text", "expected"), [
    ("1962-05-17", "1962-05-17"), ("2025-01-10T00:00:00", "2025-01-10"), ("1962", "1962"),
    ("17/05/1962", "1962-05-17"), ("dd/mm/1945", "1945"), ("dd/05/1945", "1945-05"), ("17 May 1962", "1962-05-17"),
    ("28 Jul 1963", "1963-07-28"), ("Mar 1955", "1955-03"), ("May 17, 1962", "1962-05-17"), ("31/02/1962", None),
    ("13/13/1962", None), ("soon", None), ("", None), ("0999", None),
])
def test_iso_date(text: str, expected: str | None) -> None:
    assert iso_date(text) == expected


def test_iso_date_month_first() -> None:
    assert iso_date("07/06/2021", month_first=True) == "2021-07-06"
    assert iso_date("07/06/2021") == "2021-06-07"


@pytest.mark.parametrize(("text", "expected"), [
    ("circa 1962", ["1962"]), ("1962 to 1964", ["1962", "1963", "1964"]), ("Mar 1955", ["1955-03"]),
    ("01 Jan 1960 to 31 Dec 1962", ["1960", "1961", "1962"]), ("1979-1982", ["1979", "1980", "1981", "1982"]),
    ("between 1953 and 1958", ["1953", "1954", "1955", "1956", "1957", "1958"]),
    ("1900 to 1950", ["1900", "1950"]),  # too wide to list every year
    ("12 Mar 1960 to 04 Apr 1961", ["1960-03-12", "1961-04-04"]), ("approx. 1970", ["1970"]), ("unknown", []),
])
def test_birth_dates(text: str, expected: list[str]) -> None:
    assert birth_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ivan PETROV", "Latin"), ("Иван Петров", "Cyrillic"), ("صدام حسين", "Arabic"), ("旷视科技有限公司", "Han"),
    ("김정은", "Hangul"), ("トヨタ自動車", "Japanese"), ("Ελλάδα", "Greek"), ("שלום", "Hebrew"), ("12345", None),
])
def test_detect_script(text: str, expected: str | None) -> None:
    assert detect_script(text) == expected


def test_script_name_folds_ofac_labels() -> None:
    assert script_name("Chinese Simplified") == script_name("Chinese Traditional") == "Han"
    assert script_name("Cyrillic") == "Cyrillic"
    assert script_name("") is None


@pytest.mark.parametrize(("name", "code"), [
    ("Korea, North", "KP"), ("Democratic People's Republic of Korea", "KP"), ("Iran (Islamic Republic of)", "IR"),
    ("IRAN (ISLAMIC REPUBLIC OF)", "IR"), ("Burma", "MM"), ("Russia", "RU"), ("Russian Federation", "RU"),
    ("Bahamas, The", "BS"), ("St. Kitts & Nevis", "KN"), ("Côte d’Ivoire", "CI"), ("Tuvalu", "TV"), ("Kosovo", "XK"),
    ("Palestinian", "PS"), ("United Kingdom", "GB"), ("UK", "GB"), ("gb", "GB"),
    ("Democratic Republic of the Congo", "CD"),
    ("Congo, Republic of the", "CG"), ("Turkey", "TR"), ("00", None), ("undetermined", None), ("Region: Crimea", None),
    ("", None), (None, None),
])
def test_to_iso2(name: str | None, code: str | None) -> None:
    assert to_iso2(name) == code


def test_country_prefix_ignores_bare_codes() -> None:
    assert country_prefix("Afghanistan passport number P04581926") == "AF"
    assert country_prefix("UK Company no.") == "GB"
    assert country_prefix("ID card 123") is None


@pytest.mark.parametrize(("label", "kind"), [
    ("Passport", "passport"), ("Diplomatic Passport", "passport"), ("National ID No.", "national_id"),
    ("Cedula No.", "national_id"), ("Tax ID No.", "tax_id"), ("R.F.C.", "tax_id"), ("V.A.T. Number", "vat"),
    ("Registration Number", "registration"), ("UK Company Number", "registration"), ("SWIFT/BIC", "swift_bic"),
    ("Vessel Registration Identification IMO", "imo"), ("MMSI", "mmsi"), ("Legal Entity Number", "lei"),
    ("LE Number", "lei"), ("Digital Currency Address - XBT", "crypto_xbt"), ("ISIN", "isin"),
    ("Aircraft Manufacturer's Serial Number (MSN)", "aircraft_manufacturer_s_serial_number"),
    ("Phone Number", None), ("Website", None), ("Organization Established Date", None), ("Gender", None),
    ("Executive Order 13662 Directive Determination -", None), ("Secondary sanctions risk:", None),
])
def test_id_kind(label: str, kind: str | None) -> None:
    assert id_kind(label) == kind


def test_natural_name() -> None:
    assert natural_name("LOGAN MOREY, Elvis Angus") == ("Elvis Angus LOGAN MOREY", "Elvis Angus", "LOGAN MOREY")
    assert natural_name("MADURO MOROS") == ("MADURO MOROS", "", "")


def test_sniff_root() -> None:
    assert sniff_root('<?xml version="1.0"?>\n<!-- c --><ns:export xmlns:ns="x">') == "export"
    assert sniff_root("\n  <Designations>") == "Designations"
    assert sniff_root('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>') == "!DOCTYPE"
    assert sniff_root("36,\"AEROCARIBBEAN AIRLINES\"") is None
