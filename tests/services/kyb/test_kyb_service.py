"""KYB end to end through the services: lists imported from real-format files, counterparties checked
against the VIES, GLEIF and insolvency stand-ins, snapshots, diffs, risk, alerts and reports."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from secretary.errors import Conflict, InvalidInput
from secretary.kyb.counterparty import CounterpartyInput
from services.kyb import report, report_pdf
from storage import kyb_repo
from tests.fakes.gleif_api import FakeGleif, fixture
from tests.fakes.insolvency_portal import FakeInsolvencyPortal
from tests.fakes.vies_soap import FakeVies

LEI = "9845001B2AD43E664E58"  # a real, ISSUED record (GLEIF fixture)
VAT = "DE136695976"


@pytest.fixture
def remotes():
    with FakeVies() as vies, FakeGleif() as gleif, FakeInsolvencyPortal() as portal:
        vies.register(VAT, name="Brandt Logistik GmbH", address="Zeppelinstraße 14\n14471 Potsdam")
        gleif.add(lei_record())
        yield vies, gleif, portal


def lei_record(status: str = "ISSUED") -> dict:
    """The real fixture record, renewed until next year (as saved, its renewal is overdue)."""
    data = copy.deepcopy(fixture(LEI)["data"])
    data["attributes"]["registration"]["nextRenewalDate"] = f"{date.today().year + 1}-07-06T00:00:00Z"
    data["attributes"]["registration"]["status"] = status
    return data


@pytest.fixture
def kyb(app, remotes, kyb_fixtures):
    vies, gleif, portal = remotes
    for key, value in (("kyb.vies_url", vies.url), ("kyb.gleif_url", gleif.url),
                       ("kyb.insolvency_url", portal.url), ("firm.vat_id", "")):
        app.settings.set(key, value, "cli")
    app.kyb.clients.insolvency_interval = 0.01
    app.kyb.lists.import_file("ofac-csv", kyb_fixtures / "ofac" / "csv-mini", actor="cli")
    app.kyb.lists.import_file("un-xml", kyb_fixtures / "un" / "un_consolidated_sample.xml", actor="cli")
    return app.kyb


def company(**extra):
    return CounterpartyInput(**{"name": "Brandt Logistik GmbH", "country": "DE", "vat_number": VAT,
                                "lei_code": LEI, **extra})


def test_clean_company_is_checked_at_every_source_with_no_risk(kyb):
    party = kyb.check(kyb.add(company(), actor="cli"))
    assert {s: st["status"] for s, st in party.check_state.items()} == {
        "sanctions": "ok", "vies": "ok", "gleif": "ok", "insolvency": "ok"}
    assert (party.risk_score, party.risk_level, party.open_alerts) == (0, "none", 0)
    snaps = {s.source: s for s in kyb.snapshots(party.id)}
    assert snaps["vies"].data["valid"] is True and snaps["vies"].data["name"] == "Brandt Logistik GmbH"
    assert snaps["gleif"].data["registration_status"] == "ISSUED"
    assert "ofac-sdn:" in snaps["sanctions"].source_version and "un-sc:" in snaps["sanctions"].source_version


def test_listed_person_raises_a_critical_alert_with_an_explanation(kyb):
    party_id = kyb.add(CounterpartyInput(name="Elvis Angus Logan Morey", kind="person", birth_date="1963-07-28"),
                       actor="cli")
    party = kyb.check(party_id)
    assert party.risk_score >= 90 and party.risk_level == "critical"
    (alert,) = kyb.alerts(counterparty_id=party_id)
    assert (alert.type, alert.severity, alert.status) == ("sanctions_match", "critical", "new")
    match = alert.details["match"]
    assert (match["list"], match["entity_id"]) == ("ofac-sdn", "10278") and match["explanation"]
    entry = kyb.listed_entry("ofac-sdn", "10278")
    assert entry is not None and "1963-07-28" in entry.birth_dates
    kyb.check(party_id)  # the same finding again: still one open alert
    assert len(kyb.alerts(counterparty_id=party_id)) == 1


def test_changes_over_snapshots_give_diffs_risk_and_alerts(kyb, remotes):
    _vies, gleif, portal = remotes
    party_id = kyb.add(company(), actor="cli")
    kyb.check(party_id)
    gleif.add(lei_record("LAPSED"))
    portal.add(date.today() - timedelta(days=3), "91 IN 123/26", "Amtsgericht Potsdam", "Brandt Logistik GmbH",
               seat="Potsdam", register="HRB 31847 P", state="BB")
    party = kyb.check(party_id)
    assert party.risk_score == 89 and party.risk_level == "high"
    assert [r["source"] for r in party.risk_details["reasons"]] == ["insolvency", "gleif", "changes"]
    types = sorted(a.type for a in kyb.alerts(counterparty_id=party_id))
    assert types == ["changed", "insolvency", "lei_lapsed"]
    (lei_diff,) = [d for d in kyb.diffs(party_id) if d.source == "gleif"]
    assert {"path": "registration_status", "old": "ISSUED", "new": "LAPSED"} in lei_diff.changes
    before = len(kyb.snapshots(party_id))
    kyb.check(party_id)  # nothing changed: snapshots are confirmed, not duplicated; no new alert
    assert len(kyb.snapshots(party_id)) == before and len(kyb.alerts(counterparty_id=party_id)) == 3


def test_unavailable_source_keeps_the_last_answer_and_is_not_invalid(kyb, remotes):
    vies, _gleif, _portal = remotes
    party_id = kyb.add(company(), actor="cli")
    kyb.check(party_id)
    vies.fail_next("MS_UNAVAILABLE", times=5)
    party = kyb.check(party_id)
    assert party.check_state["vies"]["status"] == "unavailable" and "MS_UNAVAILABLE" in party.check_state["vies"][
        "message"]
    assert kyb.snapshots(party_id, "vies")[0].data["valid"] is True
    assert party.risk_score == 0 and not kyb.alerts(counterparty_id=party_id)
    kyb.clock = lambda: datetime.now(UTC) + timedelta(minutes=30)
    assert party_id not in kyb.due()  # checked (weekly) and failed just now
    kyb.clock = lambda: datetime.now(UTC) + timedelta(hours=2)  # an hour later the failed source is due again
    assert kyb.due() == [party_id]


def test_a_stopped_check_keeps_what_was_asked_and_stays_due(kyb, remotes):
    party_id = kyb.add(company(), actor="cli")
    asked = []

    def stop() -> bool:  # asked before each source: stop after the sanctions lists and VIES
        asked.append(len(asked))
        return len(asked) > 2
    party = kyb.check(party_id, stop=stop)
    assert set(party.check_state) == {"sanctions", "vies"} and party.last_checked_at is None
    assert party_id in kyb.due()  # not done: the hourly run completes it
    assert set(kyb.check(party_id).check_state) == {"sanctions", "vies", "gleif", "insolvency"}
    assert party_id not in kyb.due()


def test_invalid_vat_is_refused_before_any_request(kyb, remotes):
    with pytest.raises(InvalidInput, match="VAT"):
        kyb.add(company(vat_number="DE136695977"), actor="cli")
    with pytest.raises(Conflict):
        kyb.add(company(), actor="cli") and kyb.add(company(), actor="cli")


def test_alerts_are_acknowledged_and_resolved_with_who_and_why(kyb, app):
    party_id = kyb.add(CounterpartyInput(name="Elvis Angus Logan Morey", kind="person"), actor="cli")
    kyb.check(party_id)
    (alert,) = kyb.alerts(counterparty_id=party_id)
    kyb.act(alert.id, "acknowledged", actor="cli")
    with pytest.raises(InvalidInput, match="why"):
        kyb.act(alert.id, "resolved", actor="cli", reason="  ")
    kyb.act(alert.id, "resolved", actor="cli", reason="different person: born 1980 in Hamburg")
    (done,) = kyb.alerts(status="resolved")
    assert done.reason == "different person: born 1980 in Hamburg" and kyb.alerts() == []


def test_report_as_json_and_pdf_with_text_extracted(kyb, tmp_path):
    party_id = kyb.add(CounterpartyInput(name="Elvis Angus Logan Morey", kind="person", country="BZ",
                                         notes="Лист від партнера, перевірено"), actor="cli")
    kyb.check(party_id)
    data = report.build(kyb, party_id, "Weber & Partner")
    assert data["risk"]["score"] >= 90 and data["matches"][0]["entity_id"] == "10278"
    assert {v["list"] for v in data["lists"]} == {"ofac-sdn", "un-sc"}
    report.write_json(data, tmp_path / "r.json")
    report_pdf.render(data, tmp_path / "r.pdf", "Europe/Berlin")
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    for expected in ("KYB report", "Elvis Angus Logan Morey", "critical", "ofac-sdn", "10278",
                     "Лист від партнера", "Weber & Partner", "How the score was reached"):
        assert expected in text, expected
    assert not list(tmp_path.glob("*.part"))


def test_csv_import_reports_rejected_rows_and_duplicates(kyb, tmp_path):
    kyb.add(company(), actor="cli")
    sheet = tmp_path / "partners.csv"
    sheet.write_text("Firma;USt-IdNr;Land;Typ\n"
                     "Alpenblick Software GmbH;ATU13585627;AT;company\n"
                     "Brandt Logistik GmbH;DE136695976;DE;company\n"
                     ";;DE;company\n"
                     "Kaputt GmbH;DE000000001;DE;company\n"
                     "Olena Koval;;UA;person\n", encoding="utf-8")
    result = kyb.import_csv(sheet, actor="cli")
    assert len(result.added) == 2
    assert [row for row, _why in result.rejected] == [3, 4, 5]
    reasons = dict(result.rejected)
    assert "already monitored" in reasons[3] and "name" in reasons[4] and "VAT" in reasons[5]
    assert {p.name for p in kyb.list()} == {"Brandt Logistik GmbH", "Alpenblick Software GmbH", "Olena Koval"}


def test_a_list_update_rescreens_everyone(kyb, app, kyb_fixtures):
    party_id = kyb.add(CounterpartyInput(name="Aircraft Avionics Parts and Support Ltd", country="GB"),
                       actor="cli")
    with app.db.writing("cli") as session:  # monitored before the lists knew it
        kyb_repo.record_check(session, party_id, {}, {"score": 0, "level": "none", "reasons": []},
                              datetime.now(UTC))
    version, new = kyb.lists.import_file("ofac-csv", kyb_fixtures / "ofac" / "csv-mini", actor="cli")
    assert not new  # the same file again: nothing to do
    from storage import sanctions_repo
    with app.db.writing("cli") as session:  # forget the list, then import it as if it were new
        sanctions_repo.remove_list(session, ["ofac-sdn"])
    kyb.lists.import_file("ofac-csv", kyb_fixtures / "ofac" / "csv-mini", actor="cli")
    party = kyb.get(party_id)  # immediate mode: the re-screening task ran
    assert party.risk_level == "critical" and party.open_alerts == 1


def test_counterparty_from_a_crm_contacts_company(kyb, app):
    from storage import crm_repo
    with app.db.writing("cli") as session:
        with_company, _ = crm_repo.upsert_contact(session, name="Markus Brandt", company="Brandt Logistik GmbH")
        without, _ = crm_repo.upsert_contact(session, name="Olena Koval")
    party = kyb.get(kyb.from_contact(with_company, actor="cli"))
    assert (party.name, party.kind, party.contact_id) == ("Brandt Logistik GmbH", "company", with_company)
    person = kyb.get(kyb.from_contact(without, actor="cli"))
    assert (person.name, person.kind) == ("Olena Koval", "person")
    with pytest.raises(Conflict):
        kyb.from_contact(with_company, actor="cli")
