"""UN Security Council consolidated list XML: facts read from the trimmed real export."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretary.kyb.formats import parse
from secretary.kyb.records import Identifier, ListEntry, ListRelease


@pytest.fixture(scope="module")
def un(kyb_fixtures: Path) -> ListRelease:
    return parse("un-xml", kyb_fixtures / "un" / "un_consolidated_sample.xml")


def _entry(release: ListRelease, entity_id: str) -> ListEntry:
    return next(e for e in release.entries if e.entity_id == entity_id)


def test_release(un: ListRelease) -> None:
    assert (un.list_id, un.format) == ("un-sc", "un-xml")
    assert un.version == un.published == "2026-02-27T00:00:09.554Z"
    assert len(un.entries) == 15
    assert sum(e.schema == "Person" for e in un.entries) == 10
    assert sum(e.schema == "Organization" for e in un.entries) == 5
    assert sum(len(e.names) for e in un.entries) == 45
    assert un.warnings == ()


def test_individual_with_original_script(un: ListRelease) -> None:
    e = _entry(un, "6908049")
    assert e.name == "QUSAY SADDAM HUSSEIN AL-TIKRITI"
    assert (e.names[0].first, e.names[0].last) == ("QUSAY", "SADDAM HUSSEIN AL-TIKRITI")
    original = e.names[1]
    assert (original.full, original.kind, original.script) == ("قصي صدام حسين التكريتي", "original", "Arabic")
    assert e.birth_dates == ("1965", "1966")
    assert e.countries == ("IQ",)
    assert (e.listed_on, e.programmes, e.extra["un_reference"]) == ("2003-06-27", ("Iraq",), "IQi.002")


def test_alias_quality(un: ListRelease) -> None:
    e = _entry(un, "6907995")
    assert [(n.full, n.strength) for n in e.names[1:3]] == [("Rumuli", "weak"), ("Byiringiro Victor Rumuli", "strong")]
    assert e.birth_dates == ("1948",)
    assert e.countries == ("RW",)
    assert _entry(un, "6907998").birth_dates == ("1978-04-28",)  # <DATE>


def test_entities(un: ListRelease) -> None:
    adf = _entry(un, "6908402")
    assert adf.name == "ADF"
    assert {"Allied Democratic Forces", "ADF/NALU"} <= {n.full for n in adf.names}  # a.k.a. and f.k.a.
    cagl = _entry(un, "6908026")
    assert "GREAT LAKES BUSINESS COMPANY (GLBC)" in {n.full for n in cagl.names if n.kind == "variation"}
    assert cagl.countries == ("CD", "RW")


def test_documents_ranges_and_bad_records(tmp_path: Path) -> None:
    path = tmp_path / "consolidated.xml"
    path.write_text(
        '<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS>'
        "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>ALI</FIRST_NAME><SECOND_NAME>HASSAN</SECOND_NAME>"
        "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1960</FROM_YEAR>"
        "<TO_YEAR>1962</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>"
        "<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>A123456</NUMBER>"
        "<ISSUING_COUNTRY>Syrian Arab Republic</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT>"
        "<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Other</TYPE_OF_DOCUMENT><NUMBER>77</NUMBER></INDIVIDUAL_DOCUMENT>"
        "</INDIVIDUAL><INDIVIDUAL><DATAID>2</DATAID></INDIVIDUAL>"
        "</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>", encoding="utf-8")
    release = parse("un-xml", path)
    (e,) = release.entries
    assert e.birth_dates == ("1960", "1961", "1962")
    assert e.identifiers == (Identifier("passport", "A123456", "SY"), Identifier("other", "77"))
    assert release.warnings == ("consolidated.xml DATAID 2: skipped: no name",)
