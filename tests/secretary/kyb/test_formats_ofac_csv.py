"""OFAC legacy CSV set: facts read from the real csv-mini and 2021-07 files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from secretary.errors import InvalidInput, NotFound
from secretary.kyb.formats import parse
from secretary.kyb.records import Identifier, ListEntry, ListRelease


def _by_id(release: ListRelease) -> dict[str, ListEntry]:
    return {e.entity_id: e for e in release.entries}


@pytest.fixture(scope="module")
def mini(kyb_fixtures: Path) -> ListRelease:
    return parse("ofac-csv", kyb_fixtures / "ofac" / "csv-mini")


def test_mini_set_reads_every_row(mini: ListRelease) -> None:
    assert mini.list_id == "ofac-sdn"
    assert mini.format == "ofac-csv"
    assert len(mini.entries) == 17
    assert mini.published is None  # the CSV set carries no date
    assert mini.version.startswith("sha256:")
    # add.csv/alt.csv in this excerpt keep rows of entries that were trimmed from sdn.csv
    assert any("rows of alt.csv name an ent_num missing" in w for w in mini.warnings)


def test_individual_with_remarks(mini: ListRelease) -> None:
    e = _by_id(mini)["10278"]
    assert e.schema == "Person"
    assert e.name == "Elvis Angus LOGAN MOREY"
    assert (e.names[0].first, e.names[0].last) == ("Elvis Angus", "LOGAN MOREY")
    assert e.birth_dates == ("1963-07-28",)
    assert e.programmes == ("SDNT",)
    assert Identifier("passport", "P0017003", "BZ") in e.identifiers
    assert Identifier("ssn", "561-77-9011", "US") in e.identifiers
    assert e.extra["place_of_birth"] == "Toledo District, Belize"
    alias = next(n for n in e.names if n.full == "BURTON BURGESS")
    assert (alias.kind, alias.strength) == ("alias", "weak")  # a.k.a. in Remarks = OFAC weak alias


def test_entity_programmes_and_alias_strength(mini: ListRelease) -> None:
    e = _by_id(mini)["11195"]
    assert e.schema == "Organization"
    assert e.programmes == ("NPWMD", "IFSR", "IRAN-CON-ARMS-EO")
    strong = {n.full for n in e.names if n.kind == "alias" and n.strength == "strong"}
    weak = {n.full for n in e.names if n.strength == "weak"}
    assert "HESA TRADE CENTER" in strong  # from alt.csv
    assert {"HESA", "SHAHIN CO.", "HAVAPEYMA SAZHRAN"} <= weak
    assert Identifier("national_id", "10100722073", "IR") in e.identifiers
    assert Identifier("registration", "26740", "IR") in e.identifiers
    assert len(e.addresses) == 5
    assert e.countries == ("IR",)


def test_person_nationality_citizenship_and_alt_names(mini: ListRelease) -> None:
    e = _by_id(mini)["48603"]
    assert e.birth_dates == ("1993-04-17",)
    assert e.countries == ("RU",)
    assert Identifier("passport", "2018278055", "RU") in e.identifiers
    assert Identifier("tax_id", "366110340670", "RU") in e.identifiers
    alt = next(n for n in e.names if n.full == "Dmitriy Yurevich KHOROSHEV")
    assert (alt.first, alt.last, alt.strength) == ("Dmitriy Yurevich", "KHOROSHEV", "strong")
    assert any(n.full == "LOCKBITSUPP" and n.strength == "weak" for n in e.names)


def test_vessel_flag_imo_and_mmsi(mini: ListRelease) -> None:
    e = _by_id(mini)["47371"]
    assert e.schema == "Vessel"
    assert e.countries == ("GA",)  # Vess_flag Gabon
    assert Identifier("imo", "9339301") in e.identifiers
    assert Identifier("mmsi", "636013272") in e.identifiers
    assert e.extra["call_sign"] == "A8LU7"
    assert e.extra["vessel_type"] == "Crude Oil Tanker"


def test_aircraft_type(mini: ListRelease) -> None:
    e = _by_id(mini)["48727"]
    assert e.schema == "Aircraft"
    assert e.programmes == ("SDGT", "NPWMD", "IRGC", "IFSR")


def test_remarks_continue_in_sdn_comments(mini: ListRelease) -> None:
    e = _by_id(mini)["33151"]
    # sdn.csv cuts the remarks mid-address ("...1B64QRxf"); sdn_comments.csv carries on ("aa35...").
    assert Identifier("crypto_xbt", "1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi") in e.identifiers
    assert Identifier("lei", "5299007NTWCC3U23WM81", "CZ") in e.identifiers
    assert any(n.full == "SUCCESSFUL EXCHANGE" and n.strength == "weak" for n in e.names)


def test_full_2021_set(kyb_fixtures: Path) -> None:
    release = parse("ofac-csv", kyb_fixtures / "ofac" / "csv-2021-07")
    assert len(release.entries) == 8976  # the DOS end-of-file mark after the last row is no entry
    assert release.warnings == ()
    entries = _by_id(release)
    assert entries["306"].name == "BANCO NACIONAL DE CUBA"
    cuba = {(n.full, n.strength) for n in entries["306"].names}
    assert cuba >= {("BNC", "weak"), ("NATIONAL BANK OF CUBA", "strong")}
    # the remarks overflow continues inside an alias: "a.k.a. 'snowsjo" + "hn'; Linked To: ..."
    assert any(n.full == "snowsjohn" for n in entries["28263"].names)
    assert entries["12057"].birth_dates[:3] == ("1951", "1952", "1953")  # "DOB 1951 to 1953"
    assert entries["11377"].birth_dates == ("1945-03",)  # "DOB Mar 1945"
    assert entries["7854"].birth_dates == ("1946", "1949")  # "DOB circa 1946; alt. DOB 1949"
    assert entries["11748"].birth_dates == ("1979", "1980", "1981", "1982")  # "circa 1979-1982"


def test_file_path_and_upper_case_siblings(kyb_fixtures: Path, tmp_path: Path) -> None:
    for name in ("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"):
        shutil.copy(kyb_fixtures / "ofac" / "csv-mini" / name, tmp_path / name.upper())
    release = parse("ofac-csv", tmp_path / "SDN.CSV")
    e = _by_id(release)["33151"]
    assert any(n.full == "SUCCESSFUL EXCHANGE" for n in e.names)  # SDN_COMMENTS.CSV was found
    assert len(_by_id(release)["11195"].addresses) == 5  # ADD.CSV was found


def test_sdn_csv_alone_is_enough(kyb_fixtures: Path, tmp_path: Path) -> None:
    shutil.copy(kyb_fixtures / "ofac" / "csv-mini" / "sdn.csv", tmp_path / "sdn.csv")
    release = parse("ofac-csv", tmp_path)
    assert len(release.entries) == 17
    assert _by_id(release)["11195"].addresses == ()


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sdn.csv"
    path.write_text(text, encoding="utf-8")
    return path


_GOOD = '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n'


def test_bad_rows_go_to_warnings(tmp_path: Path) -> None:
    text = _GOOD + '37,"ODD",-0- ,"CUBA"\n' + 'x1,"BAD ID",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n'
    text += '38,"",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n'
    release = parse("ofac-csv", _write(tmp_path, text))
    assert [e.entity_id for e in release.entries] == ["36"]
    assert len(release.warnings) == 3
    assert "line 2 (ent_num 37)" in release.warnings[0] and "expected 12 fields" in release.warnings[0]
    assert "'x1' is not a number" in release.warnings[1]
    assert "no name" in release.warnings[2]


def test_unterminated_quote_is_malformed(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"sdn\.csv: malformed CSV at line 2"):
        parse("ofac-csv", _write(tmp_path, _GOOD + '37,"CUT OFF HERE'))


def test_a_file_of_nothing_but_bad_rows_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="none of its 2 records"):
        parse("ofac-csv", _write(tmp_path, "ent_num,name\n1,2\n"))


def test_empty_and_missing(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        parse("ofac-csv", _write(tmp_path, ""))
    with pytest.raises(NotFound):
        parse("ofac-csv", tmp_path / "nope")
    (tmp_path / "sdn.csv").unlink()
    with pytest.raises(InvalidInput, match="no sdn.csv"):
        parse("ofac-csv", tmp_path)


def test_windows_1252_file(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    path.write_bytes(_GOOD.replace("AEROCARIBBEAN", "AÉROCARIBBEAN").encode("cp1252"))
    assert parse("ofac-csv", path).entries[0].name == "AÉROCARIBBEAN AIRLINES"


def test_legacy_consolidated_set_is_the_cons_list(kyb_fixtures: Path, tmp_path: Path) -> None:
    names = {"sdn.csv": "cons_prim.csv", "add.csv": "cons_add.csv", "alt.csv": "cons_alt.csv",
             "sdn_comments.csv": "cons_comments.csv"}
    for src, dst in names.items():
        shutil.copy(kyb_fixtures / "ofac" / "csv-mini" / src, tmp_path / dst)
    release = parse("ofac-csv", tmp_path)
    assert release.list_id == "ofac-cons"
    assert len(_by_id(release)["11195"].addresses) == 5
