"""Risk score and alerts from what the sources said, by the rules of the original design.

Bands (the highest applicable wins; every contribution is kept as a reason):
  sanctions match 90–100 · insolvency notice 70–89 · VAT invalid or LEI lapsed/retired 40–69 ·
  recent negative changes (name, address, legal form, status) 20–39.

Inputs are the stored snapshot dicts of each source: a ``VatCheck``/``LeiRecord`` as
``to_dict()`` gives them, ``{"matches": [...]}`` for sanctions screening and
``{"notices": [...]}`` for insolvency notices.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from secretary.kyb.decisions import MatchDecision, alert_key, dismissed, match_key
from secretary.kyb.diff import Change

LEVELS = ((90, "critical"), (70, "high"), (40, "medium"), (20, "low"), (0, "none"))
RECENT = timedelta(days=30)
# Changes that may signal a shell game or a wind-down: name, seat, legal form, status.
NEGATIVE_FIELDS = ("name", "legal_name", "address", "legal_address", "headquarters_address", "legal_form",
                   "entity_status", "registration_status", "jurisdiction", "valid")


@dataclass(frozen=True)
class Reason:
    """One contribution to the score."""

    source: str
    points: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        """JSON-safe form (stored with the counterparty)."""
        return {"source": self.source, "points": self.points, "text": self.text}


@dataclass(frozen=True)
class Risk:
    """The score (0–100), its level, and every reason with its points."""

    score: int
    level: str
    reasons: tuple[Reason, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        """JSON-safe form (stored as the counterparty's ``risk_details``)."""
        return {"score": self.score, "level": self.level, "reasons": [r.as_dict() for r in self.reasons]}


@dataclass(frozen=True)
class AlertSpec:
    """An alert to raise; ``key`` identifies the finding so it is raised once while open."""

    key: str
    type: str
    severity: str  # low | medium | high | critical
    message: str
    details: dict[str, Any] = field(default_factory=dict)


def level(score: int) -> str:
    """The level name of ``score``."""
    return next(name for floor, name in LEVELS if score >= floor)


Decisions = dict[tuple[str, str], MatchDecision]  # in force, per (list, entity id): decisions.current()


def assess(findings: dict[str, dict[str, Any]], recent_changes: list[tuple[date, Change]], today: date,
           threshold: float, decided: Decisions | None = None) -> Risk:
    """Score a counterparty from the latest snapshot of each source, the changes of the last 30 days and the
    decisions on its possible sanctions matches (a dismissed one adds nothing, a confirmed one 100)."""
    reasons = [*_sanctions(findings.get("sanctions"), threshold, decided or {}),
               *_insolvency(findings.get("insolvency"), today), *_vat(findings.get("vies")),
               *_lei(findings.get("gleif"), today), *_changes(recent_changes, today)]
    score = max((r.points for r in reasons), default=0)
    return Risk(score, level(score), tuple(sorted(reasons, key=lambda r: -r.points)))


def _sanctions(found: dict[str, Any] | None, threshold: float, decided: Decisions) -> list[Reason]:
    if not found:
        return []
    out = []
    for match in found.get("matches", []):
        score = float(match.get("score", 0))
        decision = decided.get(match_key(match))
        if score < threshold and not (decision and decision.decision == "confirmed"):
            continue
        listed = f"{match.get('list')}: {match.get('matched_name') or match.get('name')} (score {score:.2f})"
        if dismissed(decision, score):
            assert decision is not None
            who = f" by {decision.decided_by}" if decision.decided_by else ""
            out.append(Reason("sanctions", 0, f"not the same as on {listed}, decided{who}: {decision.reason}"))
        elif decision is not None and decision.decision == "confirmed":
            who = f" by {decision.decided_by}" if decision.decided_by else ""
            out.append(Reason("sanctions", 100, f"confirmed match on {listed}, decided{who}: {decision.reason}"))
        else:
            span = max(1e-9, 1.0 - threshold)
            points = 90 + round(10 * min(1.0, (score - threshold) / span))
            out.append(Reason("sanctions", points, f"possible match on {listed}"))
    return out


def _insolvency(found: dict[str, Any] | None, today: date) -> list[Reason]:
    if not found:
        return []
    out = []
    for notice in found.get("notices", []):
        published = _date(notice.get("published"))
        age = (today - published).days if published else 10_000
        points = 89 if age <= 30 else 80 if age <= 180 else 70
        out.append(Reason("insolvency", points, f"insolvency notice {notice.get('case_number')} "
                                                f"({notice.get('court')}, {notice.get('published')})"))
    return out


def _vat(found: dict[str, Any] | None) -> list[Reason]:
    if not found or found.get("valid") is not False:
        return []
    return [Reason("vies", 60, f"VAT id {found.get('country')}{found.get('number')} is not valid in VIES")]


def _lei(found: dict[str, Any] | None, today: date) -> list[Reason]:
    if not found:
        return []
    status, entity = found.get("registration_status"), found.get("entity_status")
    out = []
    if status in ("RETIRED", "ANNULLED", "DUPLICATE", "MERGED"):
        out.append(Reason("gleif", 65, f"LEI {found.get('lei')} is {status}"))
    elif status == "LAPSED":
        out.append(Reason("gleif", 50, f"LEI {found.get('lei')} has lapsed (not renewed)"))
    elif status == "ISSUED":
        renewal = _date(found.get("next_renewal"))
        if renewal and renewal < today:
            out.append(Reason("gleif", 45, f"LEI {found.get('lei')} renewal was due on {renewal.isoformat()}"))
    if entity == "INACTIVE":
        out.append(Reason("gleif", 60, f"the legal entity of LEI {found.get('lei')} is inactive"))
    return out


def _changes(changes: list[tuple[date, Change]], today: date) -> list[Reason]:
    relevant = [(when, c) for when, c in changes if today - when <= RECENT and _negative(c.path)]
    if not relevant:
        return []
    points = min(39, 20 + 10 * (len(relevant) - 1))
    paths = ", ".join(sorted({c.path for _when, c in relevant}))
    return [Reason("changes", points, f"{len(relevant)} recent change(s): {paths}")]


def _negative(path: str) -> bool:
    head = path.split(".", 1)[0].split("[", 1)[0]
    return head in NEGATIVE_FIELDS


def alerts(source: str, old: dict[str, Any] | None, new: dict[str, Any], changes: list[Change], name: str,
           threshold: float, decided: Decisions | None = None) -> list[AlertSpec]:
    """The alerts a new snapshot of ``source`` raises against the previous one (``old``; None = first check)."""
    if source == "sanctions":
        return _sanction_alerts(old, new, name, threshold, decided or {})
    if source == "insolvency":
        seen = {n.get("case_number") for n in (old or {}).get("notices", [])}
        return [AlertSpec(f"insolvency:{n.get('court')}:{n.get('case_number')}", "insolvency", "high",
                          f"Insolvency notice for {name}: {n.get('case_number')} at {n.get('court')}, "
                          f"published {n.get('published')}.", {"notice": n})
                for n in new.get("notices", []) if n.get("case_number") not in seen]
    out: list[AlertSpec] = []
    if source == "vies" and new.get("valid") is False and (old or {}).get("valid") is not False:
        out.append(AlertSpec("vies:invalid", "vat_invalid", "high",
                             f"The VAT id {new.get('country')}{new.get('number')} of {name} is not valid in VIES.",
                             {"check": new}))
    if source == "gleif":
        status, before = new.get("registration_status"), (old or {}).get("registration_status")
        if status != before and status in ("LAPSED", "RETIRED", "ANNULLED", "DUPLICATE", "MERGED"):
            out.append(AlertSpec(f"gleif:{status}", f"lei_{status.lower()}", "medium",
                                 f"The LEI {new.get('lei')} of {name} is now {status} at GLEIF.",
                                 {"record": {"lei": new.get("lei"), "status": status}}))
    if old is not None:
        for change in changes:
            if _negative(change.path) and not (source == "vies" and change.path == "valid"):
                out.append(AlertSpec(f"{source}:change:{change.path}:{change.new}", "changed", "low",
                                     f"{name}: {change.path} changed at {source.upper()}: "
                                     f"{change.old} → {change.new}.", {"change": change.as_dict()}))
    return out


def _sanction_alerts(old: dict[str, Any] | None, new: dict[str, Any], name: str, threshold: float,
                     decided: Decisions) -> list[AlertSpec]:
    def open_matches(found: dict[str, Any] | None) -> dict[tuple[str, str], dict[str, Any]]:
        """The matches at or above the threshold that no one has dismissed (a decided one in force)."""
        out = {}
        for match in (found or {}).get("matches", []):
            key, score = match_key(match), float(match.get("score", 0))
            if score >= threshold and not dismissed(decided.get(key), score):
                out[key] = match
        return out

    before = open_matches(old)
    out = []
    for key, match in open_matches(new).items():
        if key in before:
            continue
        out.append(AlertSpec(alert_key(key), "sanctions_match", "critical",
                             f"{name} may be listed: {match.get('name')} on {match.get('list')} "
                             f"(score {float(match.get('score', 0)):.2f}). {match.get('explanation', '')}".strip(),
                             {"match": match}))
    return out


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
