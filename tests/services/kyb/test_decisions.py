"""Decisions on possible sanctions matches through the service: a false positive leaves the risk and
its alert is resolved; a dismissed match that later scores higher is new again; a confirmed match
scores 100 and keeps its alert for follow-up; every decision is kept with who, when and why."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from secretary.errors import InvalidInput, NotFound
from secretary.kyb.counterparty import CounterpartyInput
from services import users
from services.kyb import report, report_pdf

MOREY = ("ofac-sdn", "10278")  # Elvis Angus Logan MOREY, born 1963-07-28 (OFAC CSV fixture)


@pytest.fixture
def kyb(app, kyb_fixtures):
    app.kyb.lists.import_file("ofac-csv", kyb_fixtures / "ofac" / "csv-mini", actor="cli")
    return app.kyb


def screened(kyb, **extra) -> int:
    party_id = kyb.add(CounterpartyInput(**{"name": "Elvis Angus Morey", "kind": "person", **extra}), actor="cli")
    kyb.check(party_id, sources=("sanctions",))
    return party_id


def test_a_false_positive_leaves_the_risk_and_resolves_its_alert(kyb, app):
    party_id = screened(kyb)
    assert kyb.get(party_id).risk_score >= 90
    owner = users.ensure_owner(app.db, "cli", "anna@example.org", "Anna Weber")
    party = kyb.decide(party_id, *MOREY, "false_positive", "Other person: born 1980 in Hamburg", actor="gui",
                       user_id=owner)
    assert (party.risk_score, party.risk_level, party.open_alerts) == (0, "none", 0)
    (reason,) = party.risk_details["reasons"]
    assert reason["points"] == 0 and "not the same as on ofac-sdn" in reason["text"]
    assert "decided by Anna Weber" in reason["text"]
    assert reason["text"].endswith("Other person: born 1980 in Hamburg")
    (alert,) = kyb.alerts(status=None, counterparty_id=party_id)
    assert (alert.status, alert.acted_by) == ("resolved", "Anna Weber")
    assert alert.reason == "Other person: born 1980 in Hamburg"
    (decision,) = kyb.decisions(party_id)
    assert (decision.decision, decision.list_id, decision.entity_id, decision.decided_by) == (
        "false_positive", *MOREY, "Anna Weber")
    assert decision.score >= 0.7 and decision.matched_name and decision.created_at.tzinfo is not None
    assert kyb.check(party_id, sources=("sanctions",)).risk_score == 0  # screened again: still dismissed
    assert len(kyb.alerts(status=None, counterparty_id=party_id)) == 1
    kyb.decide(party_id, *MOREY, "withdrawn", "Dismissed too early", actor="cli")
    assert [a.status for a in kyb.alerts(status=None, counterparty_id=party_id)] == ["new", "resolved"]
    assert kyb.get(party_id).risk_score >= 90  # a finding again, back in the alerts inbox


def test_a_dismissed_match_that_scores_higher_later_is_new_again(kyb):
    party_id = screened(kyb)
    kyb.decide(party_id, *MOREY, "false_positive", "Other person", actor="cli")
    data = kyb.get(party_id)
    kyb.update(party_id, CounterpartyInput(name=data.name, kind="person", birth_date="1963-07-28"), actor="cli")
    party = kyb.check(party_id, sources=("sanctions",))  # the listed birth date agrees now: a higher score
    assert party.risk_score >= 90
    alerts = kyb.alerts(status=None, counterparty_id=party_id)
    assert [a.status for a in alerts] == ["new", "resolved"]
    assert float(alerts[0].details["match"]["score"]) > kyb.decisions(party_id)[0].score


def test_a_confirmed_match_scores_100_and_can_be_withdrawn(kyb):
    party_id = screened(kyb)
    before = kyb.get(party_id).risk_score
    party = kyb.decide(party_id, *MOREY, "confirmed", "Same passport as on file", actor="cli")
    assert party.risk_score == 100 and "confirmed match on ofac-sdn" in party.risk_details["reasons"][0]["text"]
    (alert,) = kyb.alerts(counterparty_id=party_id)
    assert alert.status == "acknowledged"  # open: the relationship needs follow-up
    party = kyb.decide(party_id, *MOREY, "withdrawn", "Confirmed too early", actor="cli")
    assert party.risk_score == before
    assert [d.decision for d in kyb.decisions(party_id)] == ["confirmed", "withdrawn"]


def test_decisions_refuse_what_cannot_be_decided(kyb):
    party_id = screened(kyb)
    with pytest.raises(InvalidInput, match="why"):
        kyb.decide(party_id, *MOREY, "false_positive", "   ", actor="cli")
    with pytest.raises(InvalidInput, match="not 'maybe'"):
        kyb.decide(party_id, *MOREY, "maybe", "unsure", actor="cli")
    with pytest.raises(NotFound, match="not a possible match"):
        kyb.decide(party_id, "un-sc", "QDi.999", "false_positive", "Other person", actor="cli")
    with pytest.raises(InvalidInput, match="no decision"):
        kyb.decide(party_id, *MOREY, "withdrawn", "nothing to take back", actor="cli")
    assert kyb.decisions(party_id) == [] and kyb.get(party_id).risk_score >= 90


def test_the_report_shows_each_decision_with_who_when_and_why(kyb, tmp_path):
    party_id = screened(kyb)
    kyb.decide(party_id, *MOREY, "false_positive", "Інша особа: інша дата народження", actor="cli")
    data = report.build(kyb, party_id, "Weber & Partner")
    (decided,) = data["decisions"]
    assert (decided["list"], decided["entity_id"], decided["decision"]) == (*MOREY, "false_positive")
    assert data["risk"]["score"] == 0 and data["matches"][0]["entity_id"] == MOREY[1]
    text = "\n".join(page.extract_text() for page in PdfReader(report_pdf.render(data, tmp_path / "r.pdf",
                                                                                 "Europe/Berlin")).pages)
    for expected in ("Decisions on possible matches (1)", "not the same (false positive)",
                     "Інша особа: інша дата народження", "ofac-sdn 10278"):
        assert expected in text, expected
