"""What is screened (a name and what else is known about its bearer) and what screening finds."""

from __future__ import annotations

from dataclasses import dataclass, field

from secretary.kyb.records import Identifier


@dataclass(frozen=True)
class Query:
    """What is screened: a name and what else is known about its bearer."""

    name: str
    schema: str = "Person"
    country: str | None = None  # ISO 3166-1 alpha-2
    birth_date: str | None = None  # ISO 8601, possibly partial ("1970", "1970-05")
    identifiers: tuple[Identifier | str, ...] = ()


@dataclass(frozen=True)
class Match:
    """One listed entry a query matched, with the name pair that matched and why."""

    list_id: str
    entity_id: str
    name: str  # the entry's primary name
    matched_name: str  # the entry's name (primary or alias) that matched best
    score: float
    explanation: str
    features: dict[str, object] = field(default_factory=dict)
