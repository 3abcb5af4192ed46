"""VIES through real zeep and a socket, against the SOAP stand-in in tests/fakes/vies_soap.py."""

from __future__ import annotations

import hashlib
import time
from datetime import date

import pytest

from secretary.errors import InvalidInput, NotReady, RemoteUnavailable
from services.kyb_sources.vies import RETRYABLE, WSDL, ViesClient
from tests.fakes.vies_soap import FakeVies
from tests.fakes.web_server import closed_port

SELLER = "DE136695976"
REQUESTER = ("AT", "U13585627")


@pytest.fixture
def vies():
    with FakeVies(request_date="2026-11-20+01:00") as fake:
        fake.register(SELLER, name="Muster Handels GmbH", address="Musterstraße 1\n10115 Berlin",
                      company_type="DE-1", street="Musterstraße 1", postcode="10115", city="Berlin")
        fake.register("ATU13585627", name="Käufer AG", address="Ring 1, 1010 Wien")
        fake.register("EL094259216")  # valid, but Greece discloses neither name nor address
        yield fake


def test_the_shipped_wsdl_is_the_commissions_file_unchanged():
    assert hashlib.sha256(WSDL.read_bytes()).hexdigest() == (
        "abc3d3024711050a78957322543ff1d36e083e92f3fe5c28043df6f837a30382")


def test_valid_number_with_name_and_address(vies):
    result = ViesClient(vies.url).check("de 136 695 976")
    assert (result.country, result.number, result.valid) == ("DE", "136695976", True)
    assert result.name == "Muster Handels GmbH"
    assert result.address == "Musterstraße 1\n10115 Berlin"
    assert result.request_date == date(2026, 11, 20)
    assert result.consultation_number is None and not result.approximate
    assert vies.requests[0]["operation"] == "checkVat"
    assert vies.requests[0]["params"] == {"countryCode": "DE", "vatNumber": "136695976"}


def test_unknown_number_is_invalid_and_undisclosed_fields_are_none(vies):
    result = ViesClient(vies.url).check("DE123456788")
    assert result.valid is False and result.name is None and result.address is None


def test_triple_dash_means_not_disclosed_and_greece_is_asked_as_el(vies):
    result = ViesClient(vies.url).check("GR094259216")
    assert (result.country, result.valid, result.name, result.address) == ("EL", True, None, None)
    assert vies.requests[-1]["params"]["countryCode"] == "EL"


def test_check_vat_approx_keeps_the_consultation_number_and_match_codes(vies):
    client = ViesClient(vies.url, requester=REQUESTER)
    result = client.check(SELLER, trader_name="MUSTER  handels gmbh", trader_city="München",
                          trader_postcode="10115")
    assert result.approximate and result.valid
    assert result.consultation_number == "WAPI000000000001"
    assert result.name == result.trader_name == "Muster Handels GmbH"
    assert (result.trader_street, result.trader_postcode, result.trader_city) == ("Musterstraße 1", "10115", "Berlin")
    assert result.trader_company_type == "DE-1"
    assert result.trader_name_match == "valid"
    assert result.trader_city_match == "invalid"
    assert result.trader_postcode_match == "valid"
    assert result.trader_street_match is None  # not asked about
    sent = vies.requests[-1]
    assert sent["operation"] == "checkVatApprox"
    assert sent["params"]["requesterCountryCode"] == "AT" and sent["params"]["requesterVatNumber"] == "U13585627"
    assert client.check(SELLER).consultation_number == "WAPI000000000002"  # a new one for every check


def test_trader_details_without_requester_use_approx_without_consultation_number(vies):
    result = ViesClient(vies.url).check(SELLER, trader_name="Muster Handels GmbH")
    assert result.approximate and result.trader_name_match == "valid"
    assert result.consultation_number is None


@pytest.mark.parametrize("fault", sorted(RETRYABLE))
def test_retryable_faults_are_remote_unavailable_never_invalid(vies, fault):
    vies.fail_next(fault)
    with pytest.raises(RemoteUnavailable) as caught:
        ViesClient(vies.url).check(SELLER)
    assert caught.value.details["fault"] == fault
    assert caught.value.details["retryable"] is True
    assert fault in caught.value.message
    assert not isinstance(caught.value, InvalidInput)
    assert ViesClient(vies.url).check(SELLER).valid  # the next request is answered again


def test_per_number_fault_and_unknown_fault(vies):
    vies.fault_for(SELLER, "MS_UNAVAILABLE")
    client = ViesClient(vies.url)
    for _ in range(2):
        with pytest.raises(RemoteUnavailable, match="MS_UNAVAILABLE"):
            client.check(SELLER)
    assert client.check("ATU13585627").valid  # other numbers are answered
    vies.fail_next("SOMETHING_NEW")
    with pytest.raises(RemoteUnavailable) as caught:
        client.check("ATU13585627")
    assert caught.value.details == {"fault": "SOMETHING_NEW", "retryable": False, "vat": "ATU13585627"}


def test_invalid_input_fault_is_invalid_input(vies):
    vies.fault_for(SELLER, "INVALID_INPUT")
    with pytest.raises(InvalidInput, match="INVALID_INPUT") as caught:
        ViesClient(vies.url).check(SELLER)
    assert caught.value.details["fault"] == "INVALID_INPUT"


def test_bad_number_is_refused_locally_without_a_request(vies):
    with pytest.raises(InvalidInput, match="check digit"):
        ViesClient(vies.url).check("DE136695977")
    assert vies.requests == []


def test_requester_rejected_by_vies_is_not_ready(vies):
    vies.register("DE111111125", valid=False)
    client = ViesClient(vies.url, requester=("DE", "111111125"))
    with pytest.raises(NotReady, match="INVALID_REQUESTER_INFO") as caught:
        client.check(SELLER)
    assert caught.value.details["setting"] == "requester"


def test_malformed_requester_is_not_ready_before_any_request():
    with pytest.raises(NotReady, match="requester VAT id"):
        ViesClient("http://127.0.0.1:9/", requester=("DE", "136695977"))


def test_server_down_is_remote_unavailable():
    client = ViesClient(f"http://127.0.0.1:{closed_port()}/taxation_customs/vies/services/checkVatService")
    with pytest.raises(RemoteUnavailable, match="cannot be reached") as caught:
        client.check(SELLER)
    assert caught.value.details["retryable"] is True


def test_slow_server_times_out_within_the_configured_limit(vies):
    vies.delay_next(10)
    client = ViesClient(vies.url, timeout=0.5)
    started = time.monotonic()
    with pytest.raises(RemoteUnavailable, match="did not answer within 0.5 s"):
        client.check(SELLER)
    assert time.monotonic() - started < 2.0


def test_an_http_error_page_instead_of_soap_is_remote_unavailable(vies):
    with pytest.raises(RemoteUnavailable, match="HTTP 404"):
        ViesClient(vies.url + "/elsewhere").check(SELLER)


def test_an_answer_without_the_valid_flag_is_not_read_as_invalid(vies):
    vies.incomplete_next()
    with pytest.raises(RemoteUnavailable, match="does not follow its WSDL") as caught:
        ViesClient(vies.url).check(SELLER)
    assert not isinstance(caught.value, InvalidInput)


def test_connection_test(vies):
    assert ViesClient(vies.url).check_connection() == f"VIES answers at {vies.url}"
    with_requester = ViesClient(vies.url, requester=REQUESTER)
    assert with_requester.check_connection().endswith("the requester VAT id ATU13585627 is valid")
    vies.fail_next("MS_UNAVAILABLE")  # the member state is down, VIES itself answered
    assert "AT's database is unavailable" in with_requester.check_connection()
    vies.fail_next("SERVICE_UNAVAILABLE")
    with pytest.raises(RemoteUnavailable):
        with_requester.check_connection()
