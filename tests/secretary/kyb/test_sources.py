"""Local VAT id and LEI checks, and the JSON snapshots of the KYB source records."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secretary.errors import InvalidInput
from secretary.kyb.sources import (
    Address,
    InsolvencyNotice,
    LeiRecord,
    VatCheck,
    split_vat,
    validate_lei,
    validate_vat,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("DE136695976", ("DE", "136695976")),
    ("de 136 695 976", ("DE", "136695976")),
    ("DE-136.695.976", ("DE", "136695976")),
    ("ATU13585627", ("AT", "U13585627")),
    ("EL094259216", ("EL", "094259216")),
    ("GR094259216", ("EL", "094259216")),  # ISO code for Greece accepted, VIES code given back
    ("XI980780684", ("XI", "980780684")),  # Northern Ireland is in VIES
    ("NL004495445B01", ("NL", "004495445B01")),
])
def test_valid_vat_ids_are_split_for_vies(text, expected):
    assert validate_vat(text) == expected
    assert split_vat(text) == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("DE136695977", "check digit does not match"),
    ("DE13669597", "wrong number of characters"),
    ("GB980780684", "GB is not a country VIES checks"),
    ("EU372022452", "EU is not a country VIES checks"),
    ("136695976", "must start with the two-letter country code"),
    ("", "must start with the two-letter country code"),
    ("DE1", "must be 2 to 12 letters or digits"),
    ("DE1234567890123", "must be 2 to 12 letters or digits"),
])
def test_invalid_vat_ids_name_the_reason(text, reason):
    with pytest.raises(InvalidInput, match=reason) as caught:
        validate_vat(text)
    assert caught.value.details["value"] == text


def test_split_only_checks_the_shape():
    assert split_vat("DE136695977") == ("DE", "136695977")  # wrong check digit, right shape


@given(st.text(max_size=30))
def test_any_text_is_either_a_vat_id_or_invalid_input(text):
    try:
        country, number = validate_vat(text)
    except InvalidInput:
        return
    assert len(country) == 2 and country != "GR" and 2 <= len(number) <= 12


def test_lei_is_checked_with_iso_17442_check_digits():
    assert validate_lei("9845001B2AD43E664E58") == "9845001B2AD43E664E58"
    assert validate_lei(" 549300lbi3lriz2v8v66 ") == "549300LBI3LRIZ2V8V66"
    with pytest.raises(InvalidInput, match="not a valid LEI: its check digit does not match"):
        validate_lei("549300LBI3LRIZ2V8V67")
    with pytest.raises(InvalidInput, match="wrong number of characters"):
        validate_lei("549300LBI3LRIZ2V8V6")


def test_vat_check_snapshot_is_json_in_field_order():
    check = VatCheck(country="DE", number="136695976", valid=True, name=None, address=None,
                     request_date=date(2026, 11, 22), checked_at=datetime(2026, 11, 22, 7, 0, tzinfo=UTC),
                     consultation_number="WAPI000000000001", approximate=True, trader_name_match="valid")
    snapshot = check.to_dict()
    assert list(snapshot)[:8] == ["country", "number", "valid", "name", "address", "request_date", "checked_at",
                                  "consultation_number"]
    assert snapshot["request_date"] == "2026-11-22"
    assert snapshot["checked_at"] == "2026-11-22T07:00:00+00:00"
    assert snapshot["trader_name_match"] == "valid" and snapshot["trader_city_match"] is None
    assert json.loads(json.dumps(snapshot)) == snapshot
    assert check.vat_id == "DE136695976"


def test_lei_record_and_notice_snapshots():
    address = Address(("JP MORGAN HOUSE", "DUBLIN 1"), "DUBLIN", "IE-D", "D01 W213", "IE")
    record = LeiRecord(
        lei="549300LBI3LRIZ2V8V66", legal_name="UK EQUITY FUND (OFFSHORE)", other_names=(), entity_status="ACTIVE",
        registration_status="LAPSED", next_renewal=date(2014, 11, 1), last_update=None, initial_registration=None,
        legal_address=address, headquarters_address=address, jurisdiction="IE", legal_form="8888",
        legal_form_other="FUND", registered_at="RA999999", registered_as=None, category="FUND", managing_lou=None,
        direct_parent_lei=None, ultimate_parent_lei=None, parents_resolved=True, golden_copy_date=None)
    snapshot = record.to_dict()
    assert snapshot["legal_address"] == {"lines": ["JP MORGAN HOUSE", "DUBLIN 1"], "city": "DUBLIN",
                                         "region": "IE-D", "postal_code": "D01 W213", "country": "IE"}
    assert snapshot["next_renewal"] == "2014-11-01" and snapshot["other_names"] == []
    assert json.dumps(snapshot) == json.dumps(record.to_dict())  # stable

    notice = InsolvencyNotice(published=date(2026, 8, 25), case_number="91 IN 123/26",
                              court="Amtsgericht Mönchengladbach", name="Muster GmbH", seat="Viersen",
                              register="HRB 12345")
    assert notice.to_dict() == {"published": "2026-08-25", "case_number": "91 IN 123/26",
                                "court": "Amtsgericht Mönchengladbach", "name": "Muster GmbH", "seat": "Viersen",
                                "register": "HRB 12345", "kind": None, "url": None}
