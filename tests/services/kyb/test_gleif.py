"""GLEIF through httpx and a socket, against the stand-in serving the two real fixture records."""

from __future__ import annotations

from datetime import UTC, date, datetime
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from secretary.errors import InvalidInput, NotFound, RateLimited, RemoteUnavailable
from secretary.kyb.sources import Address
from services.kyb_sources.gleif import GleifClient
from tests.fakes.gleif_api import ISSUED_LEI, LAPSED_LEI, FakeGleif, minimal_record
from tests.fakes.web_server import closed_port

PARENT = "529900PARENT0000DE78"
ULTIMATE = "529900ULTIMATE00DE69"
CHILD = "529900CHILD00000DE12"
UNKNOWN = "529900UNKNOWN000DE96"


@pytest.fixture
def gleif():
    with FakeGleif() as fake:
        yield fake


@pytest.fixture
def client(gleif):
    with GleifClient(gleif.url, timeout=5) as c:
        yield c


def test_issued_fixture_record(gleif, client):
    record = client.record(ISSUED_LEI)
    assert record.lei == "9845001B2AD43E664E58"
    assert record.legal_name == "RAHUL"
    assert record.other_names == ("MATRIX POWER & AUTOMATION",)
    assert (record.entity_status, record.registration_status) == ("ACTIVE", "ISSUED")
    assert record.next_renewal == date(2025, 7, 6)
    assert record.last_update == datetime(2024, 7, 6, 7, 17, 31, tzinfo=UTC)
    assert record.initial_registration == datetime(2024, 7, 6, 7, 17, 31, tzinfo=UTC)
    hq = Address(("PLOT NO. 84, HSIIDC, RAI",), "SONIPAT", "IN-HR", "131029", "IN")
    assert record.legal_address == hq and record.headquarters_address == hq
    assert (record.jurisdiction, record.category, record.legal_form) == ("IN", "SOLE_PROPRIETOR", "4QIE")
    assert (record.registered_at, record.registered_as) == ("RA000754", "06AWIPR9110J1Z9")
    assert record.managing_lou == "529900T8BM49AURSDO55"
    assert record.golden_copy_date == datetime(2024, 7, 6, 8, 0, tzinfo=UTC)
    # Both parents are reporting exceptions in the real record: nothing more is asked.
    assert (record.direct_parent_lei, record.ultimate_parent_lei, record.parents_resolved) == (None, None, True)
    assert gleif.requests == [f"/api/v1/lei-records/{ISSUED_LEI}"]
    assert record.to_dict()["next_renewal"] == "2025-07-06"


def test_lapsed_fixture_record(client):
    record = client.record(LAPSED_LEI.lower())
    assert record.legal_name == "UK EQUITY FUND (OFFSHORE)"
    assert record.registration_status == "LAPSED" and record.entity_status == "ACTIVE"
    assert record.next_renewal == date(2014, 11, 1)
    assert record.last_update == datetime(2023, 7, 31, 17, 11, 36, tzinfo=UTC)
    assert record.legal_address == Address(("JP MORGAN HOUSE", "DUBLIN 1"), "DUBLIN", "IE-D", "D01 W213", "IE")
    assert (record.legal_form, record.legal_form_other, record.category) == ("8888", "FUND", "FUND")
    assert record.registered_as is None and record.other_names == ()


def test_direct_and_ultimate_parent_in_three_requests(gleif, client):
    for lei, name in ((PARENT, "Muster Holding GmbH"), (ULTIMATE, "Muster Group SE"), (CHILD, "Muster GmbH")):
        gleif.add(minimal_record(lei, name))
    gleif.set_parent(CHILD, PARENT, "direct-parent")
    gleif.set_parent(CHILD, ULTIMATE, "ultimate-parent")
    record = client.record(CHILD)
    assert (record.direct_parent_lei, record.ultimate_parent_lei) == (PARENT, ULTIMATE)
    assert record.registration_status == "ISSUED" and record.legal_name == "Muster GmbH"
    assert gleif.requests == [f"/api/v1/lei-records/{CHILD}", f"/api/v1/lei-records/{CHILD}/direct-parent",
                              f"/api/v1/lei-records/{CHILD}/ultimate-parent"]


def test_parent_of_a_fixture_record(gleif, client):
    gleif.add(minimal_record(PARENT, "Muster Fund Manager Ltd", country="IE"))
    gleif.set_parent(LAPSED_LEI, PARENT)
    record = client.record(LAPSED_LEI)
    assert record.direct_parent_lei == PARENT and record.ultimate_parent_lei is None
    assert len(gleif.requests) == 2  # the ultimate parent is still a reporting exception


def test_record_without_relationship_links_asks_and_404_means_no_parent(gleif, client):
    data = minimal_record(CHILD, "Muster GmbH")
    del data["relationships"]
    gleif.add(data)
    record = client.record(CHILD)
    assert (record.direct_parent_lei, record.ultimate_parent_lei) == (None, None)
    assert len(gleif.requests) == 3


def test_search_by_legal_name(gleif, client):
    gleif.add(minimal_record(CHILD, "Equity Partners GmbH"))
    found = client.search("equity", limit=5)
    assert [r.lei for r in found] == [LAPSED_LEI, CHILD]
    assert found[0].registration_status == "LAPSED" and found[0].parents_resolved is False
    query = parse_qs(urlsplit(gleif.requests[-1]).query)
    assert query == {"filter[entity.legalName]": ["equity"], "page[size]": ["5"]}
    assert [r.lei for r in client.search("equity", limit=1)] == [LAPSED_LEI]
    assert client.search("no such company") == []
    with pytest.raises(InvalidInput):
        client.search("  ")


def test_unknown_lei_is_not_found_and_a_bad_lei_is_never_sent(gleif, client):
    with pytest.raises(NotFound, match=UNKNOWN):
        client.record(UNKNOWN)
    with pytest.raises(InvalidInput, match="not a valid LEI"):
        client.record("529900UNKNOWN000DE97")
    assert gleif.requests == [f"/api/v1/lei-records/{UNKNOWN}"]


def test_429_is_rate_limited_with_retry_after(gleif, client):
    gleif.fail_next(429, retry_after=7)
    with pytest.raises(RateLimited) as caught:
        client.record(ISSUED_LEI)
    assert caught.value.retry_after == 7.0
    assert client.record(ISSUED_LEI).legal_name == "RAHUL"


def test_500_is_remote_unavailable(gleif, client):
    gleif.fail_next(500)
    with pytest.raises(RemoteUnavailable, match="HTTP 500") as caught:
        client.search("rahul")
    assert caught.value.details["status"] == 500 and caught.value.details["retryable"] is True


def test_malformed_json_is_remote_unavailable(gleif, client):
    gleif.malformed_next()
    with pytest.raises(RemoteUnavailable, match="malformed JSON"):
        client.record(ISSUED_LEI)


def test_server_down_is_remote_unavailable():
    with GleifClient(f"http://127.0.0.1:{closed_port()}/api/v1") as client, \
            pytest.raises(RemoteUnavailable, match="cannot be reached"):
        client.record(ISSUED_LEI)


def test_a_given_httpx_client_is_used_and_left_open(gleif):
    with httpx.Client() as http:
        GleifClient(gleif.url, client=http).close()
        assert GleifClient(gleif.url, client=http).record(LAPSED_LEI).lei == LAPSED_LEI
        assert not http.is_closed


def test_connection_test(gleif, client):
    assert client.check_connection() == f"GLEIF answers at {gleif.url}"
    gleif.fail_next(503)
    with pytest.raises(RemoteUnavailable):
        client.check_connection()
