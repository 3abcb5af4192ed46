"""parse()/detect() as a whole: format dispatch, hostile XML, malformed files, bounded memory."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from secretary.errors import InvalidInput, NotFound
from secretary.kyb.formats import detect, parse
from secretary.kyb.formats.common import iter_xml

_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE {root} [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<{root}>{body}</{root}>
"""
_CASES = [
    ("ofac-xml", "sdnList", "<sdnEntry><uid>1</uid><lastName>&lol9;</lastName><sdnType>Entity</sdnType></sdnEntry>"),
    ("ofac-xml", "sanctionsData", "<entities><entity id='1'><remarks>&lol9;</remarks></entity></entities>"),
    ("eu-xml", "export", "<sanctionEntity logicalId='1'><remark>&lol9;</remark></sanctionEntity>"),
    ("uk-xml", "Designations", "<Designation><UniqueID>&lol9;</UniqueID></Designation>"),
    ("un-xml", "CONSOLIDATED_LIST", "<INDIVIDUALS><INDIVIDUAL><DATAID>&lol9;</DATAID></INDIVIDUAL></INDIVIDUALS>"),
]


@pytest.mark.parametrize(("fmt", "root", "body"), _CASES)
def test_billion_laughs_is_refused_quickly(tmp_path: Path, fmt: str, root: str, body: str) -> None:
    path = tmp_path / "laughs.xml"
    path.write_text(_LAUGHS.format(root=root, body=body), encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(InvalidInput, match="DTD"):
        parse(fmt, path)
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE Designations [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',  # external entity (XXE)
    '<!DOCTYPE Designations [<!ENTITY % p "<!ENTITY x \'y\'>"> %p;]>',  # parameter entities
    '<!DOCTYPE Designations SYSTEM "http://example.invalid/evil.dtd">',  # external DTD (network)
])
def test_any_dtd_is_refused(tmp_path: Path, doctype: str) -> None:
    path = tmp_path / "evil.xml"
    path.write_text(f'<?xml version="1.0"?>\n<!-- list -->\n{doctype}\n<Designations><Designation>'
                    "<UniqueID>&xxe;</UniqueID></Designation></Designations>", encoding="utf-8")
    with pytest.raises(InvalidInput, match="DTD"):
        parse("uk-xml", path)


def test_utf16_file_with_a_dtd_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "evil16.xml"
    text = _LAUGHS.format(root="Designations", body="<Designation><UniqueID>&lol9;</UniqueID></Designation>")
    path.write_bytes(text.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16"))
    with pytest.raises(InvalidInput, match="DTD"):
        parse("uk-xml", path)


def test_undeclared_entity_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "list.xml"
    path.write_text("<Designations>\n<Designation><UniqueID>&nope;</UniqueID></Designation></Designations>")
    with pytest.raises(InvalidInput, match=r"list\.xml: malformed XML at line 2"):
        parse("uk-xml", path)


@pytest.mark.parametrize(("fmt", "name"), [
    ("eu-xml", "eu/eu_fsf_full_1_1_sample.xml"), ("uk-xml", "uk/uk_sanctions_list_sample.xml"),
    ("un-xml", "un/un_consolidated_sample.xml"), ("ofac-xml", "ofac/enhanced-xml/CONS_ENHANCED.XML"),
])
def test_truncated_and_garbled_xml(kyb_fixtures: Path, tmp_path: Path, fmt: str, name: str) -> None:
    data = (kyb_fixtures / name).read_bytes()
    cut = tmp_path / "cut.xml"
    cut.write_bytes(data[: int(len(data) * 0.7)])
    with pytest.raises(InvalidInput, match=r"cut\.xml: malformed XML at line \d+"):
        parse(fmt, cut)
    garbled = tmp_path / "garbled.xml"
    garbled.write_bytes(data.replace(b"</", b"<", 40))
    with pytest.raises(InvalidInput, match=r"garbled\.xml: malformed XML"):
        parse(fmt, garbled)


def test_not_xml_and_empty(tmp_path: Path) -> None:
    text = tmp_path / "list.xml"
    text.write_text("this is not a list")
    with pytest.raises(InvalidInput, match="no XML root element"):
        parse("un-xml", text)
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInput, match="empty"):
        parse("eu-xml", empty)
    bare = tmp_path / "bare.xml"
    bare.write_text("<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>")
    with pytest.raises(InvalidInput, match="no entries found"):
        parse("un-xml", bare)


def test_dispatch_errors(kyb_fixtures: Path, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="unknown list format 'pdf'"):
        parse("pdf", kyb_fixtures / "SOURCES.md")
    with pytest.raises(NotFound):
        parse("un-xml", tmp_path / "missing.xml")
    with pytest.raises(InvalidInput, match="unknown list id 'us-bis'"):
        parse("un-xml", kyb_fixtures / "un" / "un_consolidated_sample.xml", list_id="us-bis")


def test_detect(kyb_fixtures: Path, kyb_data: Path, tmp_path: Path) -> None:
    assert detect(kyb_fixtures / "ofac" / "csv-2021-07") == "ofac-csv"
    assert detect(kyb_fixtures / "ofac" / "csv-mini") == "ofac-csv"
    assert detect(kyb_fixtures / "ofac" / "csv-mini" / "sdn.csv") == "ofac-csv"
    assert detect(kyb_fixtures / "ofac" / "enhanced-xml" / "CONS_ENHANCED.XML") == "ofac-xml"
    assert detect(kyb_data / "sdn_legacy_sample.xml") == "ofac-xml"
    assert detect(kyb_fixtures / "eu" / "eu_fsf_full_1_1_sample.xml") == "eu-xml"
    assert detect(kyb_fixtures / "uk" / "uk_sanctions_list_sample.xml") == "uk-xml"
    assert detect(kyb_fixtures / "un" / "un_consolidated_sample.xml") == "un-xml"
    for other in ("ofac/csv-mini/add.csv", "ofac/csv-mini/sdn_comments.csv", "ofac/enhanced-xml/ENHANCED_XML.xsd",
                  "SOURCES.md", "gleif/lei-record_9845001B2AD43E664E58_issued.json", "eu"):
        assert detect(kyb_fixtures / other) is None, other
    assert detect(tmp_path / "missing.xml") is None


def test_detected_format_parses(kyb_fixtures: Path) -> None:
    for name in ("eu/eu_fsf_full_1_1_sample.xml", "uk/uk_sanctions_list_sample.xml", "un/un_consolidated_sample.xml"):
        path = kyb_fixtures / name
        fmt = detect(path)
        assert fmt is not None
        assert parse(fmt, path).entries


def test_records_are_freed_while_streaming(tmp_path: Path) -> None:
    path = tmp_path / "big.xml"
    entity = "<ENTITY><DATAID>{}</DATAID><FIRST_NAME>ACME {}</FIRST_NAME></ENTITY>"
    path.write_text("<CONSOLIDATED_LIST><ENTITIES>" + "".join(entity.format(i, i) for i in range(5000))
                    + "</ENTITIES></CONSOLIDATED_LIST>")
    seen = 0
    container = None
    for name, elem in iter_xml(path, {"CONSOLIDATED_LIST"}, {"ENTITY"}):
        if name:
            # Only the record just before survives, emptied; everything earlier is gone.
            previous = elem.getprevious()
            assert previous is None or (len(previous) == 0 and previous.getprevious() is None)
            container = elem.getparent()
            seen += 1
    assert seen == 5000
    assert container is not None and len(container) <= 1
