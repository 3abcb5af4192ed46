"""The risk reasons the service stores in English are shown in the interface language."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from gui import i18n
from gui.panels.kyb_texts import reason_text
from secretary.kyb.decisions import MatchDecision, current
from secretary.kyb.risk import assess

MATCH = {"list": "un-sc", "entity_id": "7", "name": "IVANOV, Ivan", "matched_name": "IVANOV, Ivan", "score": 0.9}


def reasons(verdict: str, by: str | None) -> list[str]:
    decided = current([MatchDecision(1, 1, "un-sc", "7", verdict, 0.9, "IVANOV, Ivan", "Інша особа: 1980 р. н.",
                                     by, datetime(2026, 11, 1, tzinfo=UTC))])
    found = assess({"sanctions": {"matches": [MATCH]}}, [], date(2026, 11, 22), 0.85, decided)
    return [r.text for r in found.reasons]


@pytest.mark.parametrize(("verdict", "by", "expected"), [
    ("false_positive", "Anna Muster", "Nicht dieselbe Person oder Firma wie auf Konsolidierte Liste des "
                                      "UN-Sicherheitsrats: IVANOV, Ivan (Namenswert 0.90), entschieden von "
                                      "Anna Muster: Інша особа: 1980 р. н."),
    ("false_positive", None, "Nicht dieselbe Person oder Firma wie auf Konsolidierte Liste des UN-Sicherheitsrats: "
                             "IVANOV, Ivan (Namenswert 0.90), entschieden: Інша особа: 1980 р. н."),
    ("confirmed", "Anna Muster", "Bestätigter Treffer auf Konsolidierte Liste des UN-Sicherheitsrats: IVANOV, Ivan "
                                 "(Namenswert 0.90), entschieden von Anna Muster: Інша особа: 1980 р. н."),
])
def test_decided_match_reasons_are_translated(qapp, verdict, by, expected):
    i18n.install(qapp, "de")
    try:
        assert [reason_text(text) for text in reasons(verdict, by)] == [expected]
    finally:
        i18n.install(qapp, "en")
