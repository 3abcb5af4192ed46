"""FCDO UK Sanctions List XML: facts read from the trimmed real export."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretary.kyb.formats import parse
from secretary.kyb.records import Identifier, ListEntry, ListRelease


@pytest.fixture(scope="module")
def uk(kyb_fixtures: Path) -> ListRelease:
    return parse("uk-xml", kyb_fixtures / "uk" / "uk_sanctions_list_sample.xml")


def _entry(release: ListRelease, entity_id: str) -> ListEntry:
    return next(e for e in release.entries if e.entity_id == entity_id)


def test_release(uk: ListRelease) -> None:
    assert (uk.list_id, uk.format) == ("uk-fcdo", "uk-xml")
    assert (uk.version, uk.published) == ("10/09/2026", "2026-09-10")
    assert [e.entity_id for e in uk.entries] == ["AFG0001", "AFG0006", "BEL0107", "DPR0075", "AQD0195"]
    assert [e.schema for e in uk.entries] == ["Organization", "Person", "Organization", "Vessel", "Person"]
    assert sum(len(e.names) for e in uk.entries) == 12
    assert uk.warnings == ()


def test_individual(uk: ListRelease) -> None:
    e = _entry(uk, "AFG0006")
    primary = e.names[0]
    assert (primary.full, primary.first, primary.last) == ("MOHAMMAD HASSAN AKHUND", "MOHAMMAD HASSAN", "AKHUND")
    assert [(n.full, n.kind) for n in e.names[1:]] == [("Mohammad Akhwand", "variation"),
                                                       ("محمد حسن آخوند", "original")]
    assert e.names[2].script == "Arabic"
    assert e.birth_dates == ("1958-05-12", "1945", "1946")  # "dd/mm/1945" keeps only the year
    assert e.countries == ("AF",)
    assert e.identifiers == (Identifier("passport", "P04581926", "AF"), Identifier("national_id", "2132370"))
    assert e.listed_on == "2001-01-25"
    assert e.programmes == ("The Afghanistan (Sanctions) (EU Exit) Regulations 2020",)
    assert e.extra["un_reference"] == "TAi.002"


def test_entity_alias_strength_and_registration(uk: ListRelease) -> None:
    e = _entry(uk, "BEL0107")
    assert [(n.full, n.strength) for n in e.names] == [
        ("BNK (UK) Ltd", "strong"), ("BNK UK Limited", "strong"), ("BNK", "weak")]
    assert e.identifiers == (Identifier("registration", "06527449", "GB"),)  # "UK Company no. 06527449"
    assert e.countries == ("GB",)


def test_ship(uk: ListRelease) -> None:
    e = _entry(uk, "DPR0075")
    assert e.name == "Petrel 8"
    assert e.identifiers == (Identifier("imo", "9562233"),)  # "IMO9562233"
    assert e.countries == ("KM",)  # current believed flag Comoros, not the previous flag India
    assert e.extra["former_flag"] == "India"


def test_bad_designation_is_reported(kyb_fixtures: Path, tmp_path: Path) -> None:
    text = (kyb_fixtures / "uk" / "uk_sanctions_list_sample.xml").read_text(encoding="utf-8")
    text = text.replace("<UniqueID>BEL0107</UniqueID>", "").replace("<DOB>dd/mm/1972</DOB>", "<DOB>soon</DOB>")
    path = tmp_path / "UK-Sanctions-List.xml"
    path.write_text(text, encoding="utf-8")
    release = parse("uk-xml", path)
    assert len(release.entries) == 4
    assert release.warnings == ("UK-Sanctions-List.xml UniqueID ?: skipped: no id",
                                "UK-Sanctions-List.xml UniqueID AQD0195: unreadable date of birth 'soon'")
