"""Decisions on possible sanctions matches: a person's verdict, kept as compliance evidence.

A possible match is either someone else (``false_positive``: "Not the same") or really the
counterparty (``confirmed``); a decision can be ``withdrawn`` again. Every decision is kept
with who made it, when and why; the newest one per listed entry counts.

A false positive stays dismissed while the entry matches as it did when it was dismissed:
if a later screening scores it higher (the list added an alias, a birth date now agrees),
it is a new finding again — it counts in the risk and raises an alert. A confirmed match
counts at the top of the sanctions band (100).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

DECISIONS = ("false_positive", "confirmed", "withdrawn")
RISE = 0.01  # a dismissed match scoring more than this above its score at the decision is new again


@dataclass(frozen=True)
class MatchDecision:
    """One verdict on one listed entry for one counterparty."""

    id: int
    counterparty_id: int
    list_id: str
    entity_id: str
    decision: str  # false_positive | confirmed | withdrawn
    score: float  # the match's score when decided
    matched_name: str
    reason: str
    decided_by: str | None
    created_at: datetime

    @property
    def key(self) -> tuple[str, str]:
        return self.list_id, self.entity_id


def match_key(match: dict[str, Any]) -> tuple[str, str]:
    """(list, entity id) of a stored match: what a decision and the match's alert are kept by."""
    return str(match.get("list")), str(match.get("entity_id"))


def alert_key(key: tuple[str, str]) -> str:
    """The key of the alert a possible match raises (one open alert per match)."""
    return f"sanctions:{key[0]}:{key[1]}"


def current(decisions: Iterable[MatchDecision]) -> dict[tuple[str, str], MatchDecision]:
    """The decision in force per (list, entity id): the newest, unless it was withdrawn."""
    latest: dict[tuple[str, str], MatchDecision] = {}
    for decision in sorted(decisions, key=lambda d: (d.created_at, d.id)):
        latest[decision.key] = decision
    return {key: d for key, d in latest.items() if d.decision != "withdrawn"}


def dismissed(decision: MatchDecision | None, score: float) -> bool:
    """True when ``decision`` says a match of ``score`` is someone else (and it scores no higher than then)."""
    return decision is not None and decision.decision == "false_positive" and score <= decision.score + RISE
