"""EU FSF 1.1: facts read from the trimmed real export."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretary.errors import InvalidInput
from secretary.kyb.formats import parse
from secretary.kyb.records import Identifier, ListEntry, ListRelease


@pytest.fixture(scope="module")
def eu(kyb_fixtures: Path) -> ListRelease:
    return parse("eu-xml", kyb_fixtures / "eu" / "eu_fsf_full_1_1_sample.xml")


def _entry(release: ListRelease, entity_id: str) -> ListEntry:
    return next(e for e in release.entries if e.entity_id == entity_id)


def test_release(eu: ListRelease) -> None:
    assert (eu.list_id, eu.format) == ("eu-fsf", "eu-xml")
    assert eu.version == "184961"  # globalFileId
    assert eu.published == "2026-08-05T16:47:04.449+02:00"  # generationDate
    assert [e.entity_id for e in eu.entries] == ["191", "521", "3822", "6106", "6177"]
    assert [e.schema for e in eu.entries] == ["Person", "Person", "Organization", "Person", "Person"]
    assert sum(len(e.names) for e in eu.entries) == 45
    assert eu.warnings == ()


def test_person_names_dates_and_unknown_country(eu: ListRelease) -> None:
    e = _entry(eu, "191")
    assert e.name == "Bin Khalid Fahd Bin Adballah"  # no primary flag in FSF: the first name leads
    mohammed = next(n for n in e.names if n.full == "Khalid Sheikh MOHAMMED")
    assert (mohammed.first, mohammed.last, mohammed.strength) == ("Khalid Sheikh", "MOHAMMED", "strong")
    assert e.birth_dates == ("1965-04-14", "1964-03-01")
    assert e.identifiers == (Identifier("passport", "488555", None),)  # countryIso2Code "00" = unknown
    assert e.programmes == ("TERR",)
    assert e.extra["eu_reference"] == "EU.3579.2"


def test_year_range_and_citizenship(eu: ListRelease) -> None:
    e = _entry(eu, "521")
    assert e.birth_dates == ("1953", "1954", "1955", "1956", "1957", "1958")  # yearRangeFrom/To
    assert e.countries == ("AF",)
    assert e.listed_on == "2001-01-25"
    assert e.extra["title"] == "Maulavi"


def test_enterprise_languages_and_script(eu: ListRelease) -> None:
    e = _entry(eu, "3822")
    assert e.schema == "Organization"
    assert e.name == "Tionscail Ceimiceán Parchin"  # Irish (GA) spelling comes first
    farsi = next(n for n in e.names if n.script == "Arabic")
    assert (farsi.full, farsi.kind) == ("صنایع شیمیایی پارچین", "original")
    assert e.countries == ("IR",)  # address country of an enterprise
    assert Identifier("registration", "892", None) in e.identifiers
    assert len(e.addresses) == 6


def test_islamic_calendar_uses_the_gregorian_date(eu: ListRelease) -> None:
    e = _entry(eu, "6177")
    assert e.birth_dates == ("1982-04-18", "1982-04-19")  # the ISLAMIC entry (year 1402) adds no year 1402
    assert e.name == "Ibrahim al-'Asiri"  # the first Latin name, not the Arabic ones before it
    assert [n.kind for n in e.names[:2]] == ["original", "original"]
    assert e.countries == ("SA",)
    assert Identifier("national_id", "1028745097", "SA") in e.identifiers
    assert Identifier("passport", "F654645", "SA") in e.identifiers


def test_weak_alias_and_bad_entity(tmp_path: Path) -> None:
    path = tmp_path / "fsf.xml"
    path.write_text(
        '<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-01-01" globalFileId="7">'
        '<sanctionEntity logicalId="1"><subjectType code="person"/>'
        '<nameAlias wholeName="Jane DOE" strong="true"/><nameAlias wholeName="JD" strong="false"/>'
        '<birthdate circa="false" calendarType="GREGORIAN" year="1970" monthOfYear="5"/></sanctionEntity>'
        '<sanctionEntity logicalId="2"><subjectType code="person"/></sanctionEntity>'
        "</export>", encoding="utf-8")
    release = parse("eu-xml", path)
    assert [(n.full, n.strength) for n in release.entries[0].names] == [("Jane DOE", "strong"), ("JD", "weak")]
    assert release.entries[0].birth_dates == ("1970-05",)
    assert release.warnings == ("fsf.xml logicalId 2: skipped: no name",)


def test_wrong_root_is_rejected(kyb_fixtures: Path) -> None:
    with pytest.raises(InvalidInput, match=r"expected <export>, found <Designations>"):
        parse("eu-xml", kyb_fixtures / "uk" / "uk_sanctions_list_sample.xml")


def test_unknown_subject_type_is_kept_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "fsf.xml"
    path.write_text('<export generationDate="2026-01-01" globalFileId="8"><sanctionEntity logicalId="9">'
                    '<subjectType code="vessel"/><nameAlias wholeName="SEA STAR" strong="true"/></sanctionEntity>'
                    "</export>", encoding="utf-8")
    release = parse("eu-xml", path)
    assert [(e.entity_id, e.schema, e.name) for e in release.entries] == [("9", "LegalEntity", "SEA STAR")]
    assert release.warnings == ("fsf.xml logicalId 9: unknown subjectType 'vessel', read as LegalEntity",)
