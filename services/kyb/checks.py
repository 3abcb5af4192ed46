"""One check of one counterparty against each source, turned into snapshot data.

Remote sources that fail (down, slow, rate-limited) give an error outcome; the
previous snapshot stays valid and the source is tried again at the next run.
Nothing here writes to the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from secretary.errors import NotFound, NotReady, RateLimited, RemoteUnavailable, SecretaryError
from secretary.kyb.counterparty import Counterparty
from secretary.kyb.records import Identifier

if TYPE_CHECKING:  # the matcher loads with the first check, not at every start
    from secretary.kyb.matching import Match, Query, ScreeningIndex

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What one source said (``data``) or why it could not be asked (``status`` + ``message``)."""

    source: str
    status: str  # ok | unavailable | error | skipped
    data: dict[str, Any] | None = None
    version: str | None = None
    message: str = ""


def match_dict(match: Match) -> dict[str, Any]:
    """A match as stored and printed (the CLI's ``screen`` line format)."""
    return {"list": match.list_id, "entity_id": match.entity_id, "name": match.name,
            "matched_name": match.matched_name, "score": round(float(match.score), 4),
            "explanation": match.explanation}


def query_of(party: Counterparty) -> Query:
    """The screening query for a counterparty: its name, schema, country, birth date and identifiers."""
    from secretary.kyb.matching import Query
    identifiers = [Identifier(kind, number) for kind, number in party.identifiers]
    if party.lei_code:
        identifiers.append(Identifier("LEI", party.lei_code))
    if party.vat_number:
        identifiers.append(Identifier("VAT", party.vat_number))
    return Query(name=party.name, schema=party.schema, country=party.country, birth_date=party.birth_date,
                 identifiers=tuple(identifiers))


def screen(party: Counterparty, index: Callable[[], ScreeningIndex], versions: Callable[[], str],
           threshold: float) -> Outcome:
    """Screen the counterparty against the local lists."""
    try:
        found = index().screen(query_of(party), threshold=threshold, limit=20)
    except NotReady as exc:
        return Outcome("sanctions", "skipped", message=str(exc))
    data = {"query": {"name": party.name, "schema": party.schema, "country": party.country,
                      "birth_date": party.birth_date},
            "threshold": threshold, "matches": [match_dict(m) for m in found]}
    return Outcome("sanctions", "ok", data, versions())


def remote(source: str, call: Callable[[], dict[str, Any]], version: str | None = None) -> Outcome:
    """Ask one remote source; its failures become outcomes, never exceptions."""
    try:
        return Outcome(source, "ok", call(), version)
    except (RemoteUnavailable, RateLimited) as exc:
        return Outcome(source, "unavailable", message=str(exc))
    except NotFound as exc:
        return Outcome(source, "ok", {"found": False, "message": str(exc)}, version)
    except SecretaryError as exc:  # e.g. InvalidInput, NotReady (configuration)
        return Outcome(source, "error", message=str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug in one adapter must not stop the other checks
        log.exception("%s check failed", source)
        return Outcome(source, "error", message=f"unexpected error: {exc.__class__.__name__}")


def insolvency_data(party: Counterparty, notices: list[Any], threshold: float) -> dict[str, Any]:
    """Keep the notices whose name matches the counterparty (the portal searches by substring)."""
    from secretary.kyb.matching import compare
    kept = []
    for notice in notices:
        result = compare(party.name, notice.name, party.schema)
        if result.score >= threshold:
            kept.append({**notice.to_dict(), "name_score": round(result.score, 3)})
    return {"query": party.name, "notices": kept, "searched": len(notices)}
