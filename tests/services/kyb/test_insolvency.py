"""The insolvency portal adapter against a stand-in built to the portal's described structure.

These tests show the adapter and that description agree (JSF form, ViewState,
PRG to ergebnis.jsf, tbl_ergebnis); they do not prove the live portal looks so.
"""

from __future__ import annotations

import threading
from datetime import date

import httpx
import pytest

from secretary.errors import InvalidInput, RemoteUnavailable
from services.kyb_sources.insolvency import InsolvencyClient, parse_results
from tests.fakes.insolvency_portal import FakeInsolvencyPortal
from tests.fakes.web_server import closed_port

INTERVAL = 0.25


def _publish(portal: FakeInsolvencyPortal) -> None:
    portal.add(date(2026, 8, 25), "91 IN 123/26", "Amtsgericht Mönchengladbach", "Muster GmbH", "Viersen",
               "Amtsgericht Mönchengladbach HRB 12345", state="NW")
    portal.add(date(2026, 8, 3), "36 IN 77/26", "Amtsgericht Köln", "Muster & Söhne KG", "Köln", "HRA 4711",
               state="NW")
    portal.add(date(2026, 8, 12), "1 IN 5/26", "Amtsgericht München", "Muster Bau GmbH", "München", "HRB 99",
               state="BY")


@pytest.fixture
def portal():
    with FakeInsolvencyPortal() as fake:
        _publish(fake)
        yield fake


@pytest.fixture
def client(portal):
    with InsolvencyClient(portal.url, min_interval=INTERVAL, timeout=5) as c:
        yield c


def test_search_is_parsed_into_notices(portal, client):
    found = client.search("Muster", seat="Viersen", state="Nordrhein-Westfalen",
                          date_from=date(2026, 8, 1), date_to=date(2026, 8, 31))
    assert len(found) == 1
    notice = found[0]
    assert notice.published == date(2026, 8, 25)
    assert notice.case_number == "91 IN 123/26"
    assert notice.court == "Amtsgericht Mönchengladbach"
    assert notice.name == "Muster GmbH"
    assert notice.seat == "Viersen"
    assert notice.register == "Amtsgericht Mönchengladbach HRB 12345"
    assert notice.kind is None and notice.url is None
    form = portal.posted[0]
    assert form["frm_suche:litx_firmaNachName:text"] == "Muster"
    assert form["frm_suche:litx_sitzWohnsitz:text"] == "Viersen"
    assert form["frm_suche:lsom_bundesland:lsom"] == "NW"
    assert form["frm_suche:ldi_datumVon:datumHtml5"] == "2026-08-01"
    assert form["frm_suche:ldi_datumBis:datumHtml5"] == "2026-08-31"
    assert form["frm_suche:cbt_suchen"] == "Suchen" and "frm_suche:cbt_zuruecksetzen" not in form
    assert "frm_suche:lsom_gericht:lsom" not in form  # disabled controls are not sent, as in a browser
    assert [(m, p.split(";")[0]) for _, m, p in portal.requests] == [
        ("GET", "/ap/suche.jsf"), ("POST", "/ap/suche.jsf"), ("GET", "/ap/ergebnis.jsf")]


def test_several_rows_and_state_by_code(client):
    found = client.search("muster", state="BY")
    assert [(n.case_number, n.seat) for n in found] == [("1 IN 5/26", "München")]
    both = client.search("muster", state="nw")
    assert [n.case_number for n in both] == ["91 IN 123/26", "36 IN 77/26"]
    assert both[1].name == "Muster & Söhne KG" and both[1].published == date(2026, 8, 3)


def test_no_results_page_is_an_empty_list(client):
    assert client.search("Niemand Unbekannt GmbH") == []


def test_view_state_round_trip(portal, client):
    client.search("Muster")
    assert portal.posted[0]["javax.faces.ViewState"] == portal.issued[0]
    assert portal.rejected == []


def test_the_stand_in_rejects_a_wrong_or_missing_view_state(portal):
    with httpx.Client(base_url=portal.url) as http:
        http.get("/ap/suche.jsf")
        wrong = http.post("/ap/suche.jsf", data={"frm_suche": "frm_suche", "frm_suche:cbt_suchen": "Suchen",
                                                 "javax.faces.ViewState": "1:2"})
        assert wrong.status_code == 500 and "ViewExpiredException" in wrong.text
        missing = http.post("/ap/suche.jsf", data={"frm_suche": "frm_suche", "frm_suche:cbt_suchen": "Suchen"})
        assert missing.status_code == 200 and 'id="frm_suche"' in missing.text
        assert "tbl_ergebnis" not in missing.text
    assert portal.rejected == ["expired", "missing"]


def test_expired_view_is_remote_unavailable(portal, client):
    portal.expire_views = True
    with pytest.raises(RemoteUnavailable, match="session expired") as caught:
        client.search("Muster")
    assert caught.value.details["retryable"] is True


def test_jakarta_faces_view_state_is_echoed_under_its_own_name():
    with FakeInsolvencyPortal(view_state_name="jakarta.faces.ViewState") as portal, \
            InsolvencyClient(portal.url, min_interval=0) as client:
        _publish(portal)
        assert [n.case_number for n in client.search("Muster Bau")] == ["1 IN 5/26"]
        assert portal.posted[0]["jakarta.faces.ViewState"] == portal.issued[0]


@pytest.mark.parametrize(("structure", "detail"), [
    ("no_form", "no form frm_suche"),
    ("no_viewstate", "no ViewState"),
    ("renamed_fields", "no field litx_firmaNachName"),
    ("no_table", "no table tbl_ergebnis"),
])
def test_changed_page_structure_is_an_error_not_an_empty_result(structure, detail):
    with FakeInsolvencyPortal(structure=structure) as portal, \
            InsolvencyClient(portal.url, min_interval=0) as client:
        _publish(portal)
        with pytest.raises(RemoteUnavailable, match="page structure changed") as caught:
            client.search("Muster")
        assert detail in caught.value.message
        assert caught.value.details["structure_changed"] is True


def test_a_refused_search_reports_the_portals_message(portal, client):
    portal.refuse_next("Bitte schränken Sie die Suche weiter ein.")
    with pytest.raises(InvalidInput, match="Bitte schränken Sie die Suche weiter ein."):
        client.search("M")


def test_unknown_state_and_bad_period_are_refused_before_searching(portal, client):
    with pytest.raises(InvalidInput, match="not a Bundesland the portal offers.*Bayern"):
        client.search("Muster", state="Bavaria")
    assert [m for _, m, _ in portal.requests] == ["GET"]  # the form was read, nothing was posted
    with pytest.raises(InvalidInput, match="starts"):
        client.search("Muster", date_from=date(2026, 9, 1), date_to=date(2026, 8, 1))
    with pytest.raises(InvalidInput):
        client.search(" ")
    assert len(portal.requests) == 1


def test_requests_are_at_least_min_interval_apart(portal, client):
    client.search("Muster")
    client.search("Muster Bau")
    times = [t for t, _, _ in portal.requests]
    assert len(times) == 6
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= INTERVAL, gaps
    assert times[3] - times[0] >= 3 * INTERVAL  # the second search started a full round later


def test_concurrent_searches_are_serialised_and_not_mixed(portal, client):
    results: dict[str, list[str]] = {}

    def run(name: str) -> None:
        results[name] = [n.case_number for n in client.search(name)]

    threads = [threading.Thread(target=run, args=(name,)) for name in ("Muster Bau", "Muster & Söhne")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert results == {"Muster Bau": ["1 IN 5/26"], "Muster & Söhne": ["36 IN 77/26"]}
    times = [t for t, _, _ in portal.requests]
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= INTERVAL
    assert [m for _, m, _ in portal.requests] == ["GET", "POST", "GET"] * 2  # one search after the other


def test_portal_down_is_remote_unavailable():
    with InsolvencyClient(f"http://127.0.0.1:{closed_port()}", min_interval=0) as client, \
            pytest.raises(RemoteUnavailable, match="cannot be reached"):
        client.search("Muster")


def test_rows_without_cell_ids_are_read_by_column_order():
    html = ("<html><body><table id='tbl_ergebnis'><thead><tr><th>Datum</th></tr></thead><tbody>"
            "<tr><td>01.09.2026</td><td>5 IN 1/26</td><td>Amtsgericht Hamburg</td><td>Hafen GmbH</td>"
            "<td>Hamburg</td><td></td><td><a href='text.xhtml?id=7'>Text</a></td></tr></tbody></table></body></html>")
    (notice,) = parse_results(html, "https://portal.example/ap/ergebnis.jsf")
    assert (notice.published, notice.case_number, notice.court, notice.name, notice.seat, notice.register) == (
        date(2026, 9, 1), "5 IN 1/26", "Amtsgericht Hamburg", "Hafen GmbH", "Hamburg", None)
    assert notice.url == "https://portal.example/ap/text.xhtml?id=7"
    with pytest.raises(RemoteUnavailable, match="columns"):
        parse_results("<table id='tbl_ergebnis'><tr><td>01.09.2026</td></tr></table>", "https://x/ap/e.jsf")


def test_connection_test(portal, client):
    assert client.check_connection() == f"the insolvency portal's search form answers at {portal.url}/ap/suche.jsf"
