"""OFAC XML: the legacy SDN.XML layout and the Sanctions List Service ENHANCED_XML."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretary.errors import InvalidInput
from secretary.kyb.formats import parse
from secretary.kyb.records import Identifier, ListEntry, ListRelease


def _by_id(release: ListRelease) -> dict[str, ListEntry]:
    return {e.entity_id: e for e in release.entries}


# ---------------------------------------------------------------------------------- legacy SDN.XML


@pytest.fixture(scope="module")
def legacy(kyb_data: Path) -> ListRelease:
    return parse("ofac-xml", kyb_data / "sdn_legacy_sample.xml")


def test_legacy_release(legacy: ListRelease) -> None:
    assert (legacy.list_id, legacy.format) == ("ofac-sdn", "ofac-xml")
    assert legacy.version == "05/16/2025"
    assert legacy.published == "2025-05-16"  # Publish_Date is month/day/year
    assert len(legacy.entries) == 4
    assert legacy.warnings == ()  # Record_Count agrees


def test_legacy_individual(legacy: ListRelease) -> None:
    e = _by_id(legacy)["10278"]
    assert e.schema == "Person"
    assert (e.name, e.names[0].first, e.names[0].last) == ("Elvis Angus LOGAN MOREY", "Elvis Angus", "LOGAN MOREY")
    assert e.birth_dates == ("1963-07-28",)
    assert e.identifiers == (Identifier("passport", "P0017003", "BZ"), Identifier("ssn", "561-77-9011", "US"))
    assert e.extra["place_of_birth"] == "Toledo District, Belize"
    assert [(n.full, n.strength) for n in e.names[1:]] == [("BURTON BURGESS", "weak")]


def test_legacy_entity_vessel_aircraft(legacy: ListRelease) -> None:
    entries = _by_id(legacy)
    entity = entries["11195"]
    assert entity.schema == "Organization"
    assert entity.names[0].last == ""  # an entity's lastName is its whole name, not a surname
    assert [(n.full, n.strength) for n in entity.names[1:]] == [("HESA TRADE CENTER", "strong"), ("HESA", "weak")]
    assert entity.countries == ("IR",)
    assert entity.programmes == ("NPWMD", "IFSR", "IRAN-CON-ARMS-EO")
    vessel = entries["40716"]
    assert (vessel.schema, vessel.countries) == ("Vessel", ("IR",))
    assert vessel.identifiers == (Identifier("imo", "9486910"),)  # idNumber "IMO 9486910"
    assert entries["48727"].schema == "Aircraft"


def test_legacy_file_named_consolidated_is_the_cons_list(kyb_data: Path, tmp_path: Path) -> None:
    path = tmp_path / "consolidated.xml"
    path.write_bytes((kyb_data / "sdn_legacy_sample.xml").read_bytes())
    assert parse("ofac-xml", path).list_id == "ofac-cons"
    assert parse("ofac-xml", path, list_id="ofac-sdn").list_id == "ofac-sdn"


def test_legacy_record_count_mismatch_and_bad_entry(kyb_data: Path, tmp_path: Path) -> None:
    text = (kyb_data / "sdn_legacy_sample.xml").read_text(encoding="utf-8")
    text = text.replace("<sdnType>Aircraft</sdnType>", "<sdnType>Spaceship</sdnType>")
    path = tmp_path / "SDN.XML"
    path.write_text(text, encoding="utf-8")
    release = parse("ofac-xml", path)
    assert len(release.entries) == 3
    assert release.warnings == ("SDN.XML uid 48727: skipped: unknown sdnType 'Spaceship'",)


# --------------------------------------------------------------------------------- ENHANCED_XML


@pytest.fixture(scope="module")
def cons(kyb_fixtures: Path) -> ListRelease:
    return parse("ofac-xml", kyb_fixtures / "ofac" / "enhanced-xml" / "CONS_ENHANCED.XML")


def test_enhanced_release(cons: ListRelease) -> None:
    assert cons.list_id == "ofac-cons"  # publicationInfo filter: "Consolidated List"
    assert cons.version == cons.published == "2025-01-10T00:00:00"
    assert len(cons.entries) == 443
    assert sum(len(e.names) for e in cons.entries) == 1623
    assert cons.warnings == ()
    assert {e.list_id for e in cons.entries} == {"ofac-cons"}


def test_enhanced_individual(cons: ListRelease) -> None:
    e = _by_id(cons)["9639"]
    assert e.name == "Ismail Abdul Salah HANIYA"
    assert e.birth_dates == ("1962",)
    assert e.extra["place_of_birth"] == "Shati"
    assert e.programmes == ("NS-PLC",)
    assert e.listed_on == "2006-04-12"
    assert [n.full for n in e.names if n.kind == "alias"] == ["Ismail HANIYA", "Ismaeel HANIYYA"]


def test_enhanced_citizenship_passport_and_exact_date(cons: ListRelease) -> None:
    e = _by_id(cons)["26182"]
    assert e.birth_dates == ("1980-02-08",)
    assert e.countries == ("TR",)  # Citizenship Country Turkey
    assert e.identifiers == (Identifier("passport", "U00242309", "TR"),)
    haiti = _by_id(cons)["50476"]
    assert haiti.countries == ("HT",)  # Nationality Country Haiti
    assert any(n.full == "Sweet Micky" and n.strength == "weak" for n in haiti.names)  # isLowQuality


def test_enhanced_translations_keep_their_script(cons: ListRelease) -> None:
    vtb = _by_id(cons)["17013"]
    assert vtb.schema == "Company"  # Target Type: Financial Institution
    originals = [(n.full, n.script) for n in vtb.names if n.kind == "original"]
    assert ("БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО", "Cyrillic") in originals
    assert ("БАНК ВТБ ПАО", "Cyrillic") in originals
    assert any(n.full == "JSC VTB BANK NEW DELHI BRANCH" and n.strength == "weak" for n in vtb.names)
    assert Identifier("registration", "1027739609391", "RU") in vtb.identifiers
    assert Identifier("swift_bic", "VTBRRUMM") in vtb.identifiers
    megvii = _by_id(cons)["33091"]
    assert [(n.full, n.kind, n.script) for n in megvii.names] == [
        ("MEGVII TECHNOLOGY LIMITED", "primary", "Latin"), ("旷视科技有限公司", "original", "Han")]


_ENHANCED = """<?xml version="1.0" encoding="utf-8"?>
<sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML">
  <publicationInfo><dataAsOf>2025-02-01T00:00:00</dataAsOf>{filters}</publicationInfo>
  <entities>{entities}</entities>
</sanctionsData>"""
_ENTITY = """<entity id="{id}"><generalInfo><identityId>1</identityId><entityType>{type}</entityType></generalInfo>
  <sanctionsLists><sanctionsList datePublished="2020-01-02">{list}</sanctionsList></sanctionsLists>
  <names><name><isPrimary>true</isPrimary><isLowQuality>false</isLowQuality><translations><translation>
    <isPrimary>true</isPrimary><script>Latin</script><formattedLastName>ACME {id}</formattedLastName>
    <formattedFullName>ACME {id}</formattedFullName></translation></translations></name></names></entity>"""


def _enhanced(tmp_path: Path, filters: str, *entities: tuple[str, str, str]) -> Path:
    body = "".join(_ENTITY.format(id=i, type=t, list=lst) for i, t, lst in entities)
    path = tmp_path / "SDN_ENHANCED.XML"
    path.write_text(_ENHANCED.format(filters=filters, entities=body), encoding="utf-8")
    return path


def test_enhanced_list_from_filter_or_from_entities(tmp_path: Path) -> None:
    sdn_filter = "<filters><sanctionsLists><sanctionsList>SDN List</sanctionsList></sanctionsLists></filters>"
    assert parse("ofac-xml", _enhanced(tmp_path, sdn_filter, ("1", "Entity", "SDN List"))).list_id == "ofac-sdn"
    all_sdn = _enhanced(tmp_path, "", ("1", "Entity", "SDN List"), ("2", "Individual", "SDN List"))
    release = parse("ofac-xml", all_sdn)
    assert release.list_id == "ofac-sdn" and {e.list_id for e in release.entries} == {"ofac-sdn"}
    mixed = parse("ofac-xml", _enhanced(tmp_path, "", ("1", "Entity", "SDN List"), ("2", "Entity", "FSE List")))
    assert mixed.list_id == "ofac-cons" and {e.list_id for e in mixed.entries} == {"ofac-cons"}


def test_enhanced_bad_entity_is_skipped_with_a_warning(tmp_path: Path) -> None:
    path = _enhanced(tmp_path, "", ("1", "Entity", "SDN List"), ("2", "Starship", "SDN List"))
    release = parse("ofac-xml", path)
    assert [e.entity_id for e in release.entries] == ["1"]
    assert release.warnings == ("SDN_ENHANCED.XML entity 2: skipped: unknown entityType 'Starship'",)


def test_enhanced_truncated_file(kyb_fixtures: Path, tmp_path: Path) -> None:
    data = (kyb_fixtures / "ofac" / "enhanced-xml" / "CONS_ENHANCED.XML").read_bytes()
    path = tmp_path / "CONS_ENHANCED.XML"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InvalidInput, match=r"CONS_ENHANCED\.XML: malformed XML at line \d+"):
        parse("ofac-xml", path)
