"""Risk bands, alerts over a sequence of snapshots, and field-level diffs."""

from datetime import UTC, date, datetime

from secretary.kyb.decisions import MatchDecision, current, dismissed
from secretary.kyb.diff import diff, flatten
from secretary.kyb.risk import alerts, assess, level

TODAY = date(2026, 11, 22)
LEI_OK = {"lei": "5299004KQ7BRANDT1L96", "legal_name": "Brandt Logistik GmbH", "registration_status": "ISSUED",
          "entity_status": "ACTIVE", "next_renewal": "2027-05-01",
          "legal_address": {"lines": ["Zeppelinstraße 14"], "city": "Potsdam", "postal_code": "14471"},
          "last_update": "2026-11-01T00:00:00+00:00"}


def match(entity, score, name="IVANOV, Ivan"):
    return {"list": "un-sc", "entity_id": entity, "name": name, "matched_name": name, "score": score,
            "explanation": "tokens agree"}


def test_no_findings_no_risk():
    risk = assess({"gleif": LEI_OK, "vies": {"valid": True}, "sanctions": {"matches": []}}, [], TODAY, 0.85)
    assert (risk.score, risk.level, risk.reasons) == (0, "none", ())


def test_sanctions_match_scores_90_to_100_by_match_strength():
    weak = assess({"sanctions": {"matches": [match("1", 0.86)]}}, [], TODAY, 0.85)
    exact = assess({"sanctions": {"matches": [match("1", 1.0)]}}, [], TODAY, 0.85)
    below = assess({"sanctions": {"matches": [match("1", 0.80)]}}, [], TODAY, 0.85)
    assert 90 <= weak.score < exact.score == 100
    assert weak.level == "critical" and below.score == 0


def test_highest_band_wins_and_every_reason_is_kept():
    lapsed = {**LEI_OK, "registration_status": "LAPSED"}
    risk = assess({"gleif": lapsed, "vies": {"valid": False, "country": "DE", "number": "1"},
                   "insolvency": {"notices": [{"case_number": "91 IN 1/26", "court": "AG Köln",
                                               "published": "2026-11-10"}]}}, [], TODAY, 0.85)
    assert risk.score == 89 and risk.level == "high"  # a notice from 12 days ago
    assert [r.source for r in risk.reasons] == ["insolvency", "vies", "gleif"]
    assert [r.points for r in risk.reasons] == [89, 60, 50]


def test_insolvency_band_falls_with_age_but_stays_in_70_89():
    def notice(published):
        return {"notices": [{"case_number": "x", "court": "y", "published": published}]}
    scores = [assess({"insolvency": notice(p)}, [], TODAY, 0.85).score
              for p in ("2026-11-01", "2026-08-01", "2024-01-01")]
    assert scores == [89, 80, 70]


def test_overdue_lei_renewal_is_medium_risk():
    risk = assess({"gleif": {**LEI_OK, "next_renewal": "2026-10-01"}}, [], TODAY, 0.85)
    assert risk.score == 45 and "renewal was due on 2026-10-01" in risk.reasons[0].text


def test_recent_negative_changes_20_to_39():
    changes = diff(LEI_OK, {**LEI_OK, "legal_name": "Brandt Holding GmbH",
                            "legal_address": {**LEI_OK["legal_address"], "city": "Ludwigsfelde"}})
    recent = [(date(2026, 11, 20), c) for c in changes]
    assert assess({}, recent, TODAY, 0.85).score == 30  # two changes
    old = [(date(2026, 9, 1), c) for c in changes]
    assert assess({}, old, TODAY, 0.85).score == 0  # older than 30 days


def test_diff_is_field_level_and_ignores_volatile_fields():
    new = {**LEI_OK, "last_update": "2026-11-20T00:00:00+00:00",
           "legal_address": {**LEI_OK["legal_address"], "city": "Ludwigsfelde", "postal_code": "14974"}}
    changes = diff(LEI_OK, new)
    assert [(c.path, c.old, c.new) for c in changes] == [
        ("legal_address.city", "Potsdam", "Ludwigsfelde"), ("legal_address.postal_code", "14471", "14974")]


def test_diff_keys_matches_by_list_and_entity():
    flat = flatten({"matches": [match("7", 0.9), {**match("9", 0.95), "list": "eu-fsf"}]})
    assert flat["matches[un-sc:7].score"] == 0.9 and flat["matches[eu-fsf:9].score"] == 0.95
    changes = diff({"matches": [match("7", 0.9)]}, {"matches": [match("7", 0.92), match("8", 0.88)]})
    assert {c.path.split("]")[0] for c in changes} == {"matches[un-sc:7", "matches[un-sc:8"}


def test_alerts_over_a_sequence_of_snapshots():
    name = "Ivan Ivanov"
    first = {"matches": []}
    second = {"matches": [match("7", 0.93)]}
    third = {"matches": [match("7", 0.95), match("8", 0.86)]}
    assert alerts("sanctions", None, first, [], name, 0.85) == []
    raised = alerts("sanctions", first, second, diff(first, second), name, 0.85)
    assert [(a.key, a.severity, a.type) for a in raised] == [("sanctions:un-sc:7", "critical", "sanctions_match")]
    assert "Ivan Ivanov may be listed" in raised[0].message and "tokens agree" in raised[0].message
    again = alerts("sanctions", second, third, diff(second, third), name, 0.85)
    assert [a.key for a in again] == ["sanctions:un-sc:8"]  # entity 7 was alerted already


def test_vat_and_lei_alerts_fire_on_the_transition_only():
    valid = {"country": "DE", "number": "281935743", "valid": True, "name": "Brandt Logistik GmbH"}
    invalid = {**valid, "valid": False}
    assert [a.type for a in alerts("vies", valid, invalid, diff(valid, invalid), "Brandt", 0.85)] == ["vat_invalid"]
    assert alerts("vies", invalid, invalid, [], "Brandt", 0.85) == []
    lapsed = {**LEI_OK, "registration_status": "LAPSED"}
    kinds = [a.type for a in alerts("gleif", LEI_OK, lapsed, diff(LEI_OK, lapsed), "Brandt", 0.85)]
    assert kinds == ["lei_lapsed", "changed"]  # the status change is also a low-severity change


def test_insolvency_alert_per_new_notice():
    one = {"notices": [{"case_number": "91 IN 1/26", "court": "AG Köln", "published": "2026-11-10"}]}
    two = {"notices": [*one["notices"], {"case_number": "91 IN 2/26", "court": "AG Köln", "published": "2026-11-20"}]}
    assert [a.severity for a in alerts("insolvency", None, one, [], "X GmbH", 0.85)] == ["high"]
    assert [a.key for a in alerts("insolvency", one, two, [], "X GmbH", 0.85)] == ["insolvency:AG Köln:91 IN 2/26"]


def test_levels():
    assert [level(s) for s in (100, 90, 89, 70, 69, 40, 39, 20, 19, 0)] == [
        "critical", "critical", "high", "high", "medium", "medium", "low", "low", "none", "none"]


def decision(entity, verdict, score, at=1, reason="other person: born 1980"):
    return MatchDecision(at, 7, "un-sc", entity, verdict, score, "IVANOV, Ivan", reason, "Anna",
                         datetime(2026, 11, 1, 9, at, tzinfo=UTC))


def test_the_newest_decision_counts_and_a_withdrawn_one_none():
    first, second = decision("1", "false_positive", 0.9, 1), decision("1", "confirmed", 0.9, 2)
    assert current([second, first]) == {("un-sc", "1"): second}
    assert current([first, second, decision("1", "withdrawn", 0.9, 3)]) == {}
    assert dismissed(first, 0.9) and dismissed(first, 0.905) and not dismissed(first, 0.92)
    assert not dismissed(second, 0.9) and not dismissed(None, 0.9)


def test_decided_matches_in_the_risk():
    found = {"sanctions": {"matches": [match("1", 0.9), match("2", 0.8)]}}
    dismissed_one = assess(found, [], TODAY, 0.85, current([decision("1", "false_positive", 0.9)]))
    assert dismissed_one.score == 0 and "decided by Anna: other person" in dismissed_one.reasons[0].text
    risen = assess({"sanctions": {"matches": [match("1", 0.97)]}}, [], TODAY, 0.85,
                   current([decision("1", "false_positive", 0.9)]))
    assert risen.score >= 90  # scores higher than when it was dismissed: a finding again
    confirmed = assess(found, [], TODAY, 0.85, current([decision("2", "confirmed", 0.8)]))
    assert confirmed.score == 100 and confirmed.reasons[0].text.startswith("confirmed match on un-sc")


def test_a_dismissed_match_alerts_again_only_when_it_scores_higher():
    dismissed_at = current([decision("1", "false_positive", 0.9)])
    old = {"matches": [match("1", 0.9)]}
    assert alerts("sanctions", None, old, [], "Ivan Ivanov", 0.85, dismissed_at) == []
    assert alerts("sanctions", old, {"matches": [match("1", 0.9)]}, [], "Ivan Ivanov", 0.85, dismissed_at) == []
    (again,) = alerts("sanctions", old, {"matches": [match("1", 0.97)]}, [], "Ivan Ivanov", 0.85, dismissed_at)
    assert again.key == "sanctions:un-sc:1" and again.severity == "critical"
