"""The KYB report of a counterparty: everything that was checked, found and decided, as one JSON-safe
dict (written as JSON, rendered as PDF by :mod:`services.kyb.report_pdf`). Built from the database
alone, so it works offline."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from secretary.kyb.records import LISTS
from services.kyb.service import KybService

REPORT_VERSION = 2  # 2: decisions on possible matches


def build(kyb: KybService, counterparty_id: int, firm: str = "", now: datetime | None = None) -> dict[str, Any]:
    """The report of one counterparty."""
    party = kyb.get(counterparty_id)
    snapshots = kyb.snapshots(counterparty_id)
    latest: dict[str, Any] = {}
    for snap in snapshots:  # newest first
        latest.setdefault(snap.source, snap)
    versions = kyb.lists.status()
    return {
        "report": {"version": REPORT_VERSION, "generated_at": _iso(now or datetime.now(UTC)), "firm": firm,
                   "threshold": kyb.threshold()},
        "counterparty": {"id": party.id, "name": party.name, "type": party.kind, "country": party.country,
                         "vat_number": party.vat_number, "lei": party.lei_code, "address": party.address,
                         "registration_number": party.registration_number, "birth_date": party.birth_date,
                         "identifiers": [{"kind": k, "number": n} for k, n in party.identifiers],
                         "notes": party.notes, "status": party.status, "check_interval": party.check_interval,
                         "monitored_since": _iso(party.created_at), "last_checked_at": _iso(party.last_checked_at)},
        "risk": {"score": party.risk_score, "level": party.risk_level,
                 "reasons": party.risk_details.get("reasons", []),
                 "rules": "sanctions match 90–100; insolvency 70–89; VAT invalid or LEI lapsed/retired 40–69; "
                          "recent negative changes 20–39; the highest applicable band is the score"},
        "sources": [{"source": source, "status": state.get("status"), "checked_at": state.get("at"),
                     "message": state.get("message") or None,
                     "version": latest[source].source_version if source in latest else None}
                    for source, state in sorted(party.check_state.items())],
        "lists": [{"list": v.list_id, "title": LISTS.get(v.list_id, v.list_id), "version": v.version,
                   "published": v.published, "entries": v.entries, "imported_at": _iso(v.imported_at),
                   "origin": v.origin, "sha256": v.sha256} for v in versions],
        "matches": latest["sanctions"].data.get("matches", []) if "sanctions" in latest else [],
        "decisions": [{"list": d.list_id, "entity_id": d.entity_id, "decision": d.decision, "score": d.score,
                       "matched_name": d.matched_name, "by": d.decided_by, "at": _iso(d.created_at),
                       "reason": d.reason} for d in kyb.decisions(counterparty_id)],
        "snapshots": [{"id": s.id, "source": s.source, "version": s.source_version, "hash": s.data_hash,
                       "first_seen": _iso(s.created_at), "last_confirmed": _iso(s.checked_at), "data": s.data}
                      for s in snapshots],
        "diffs": [{"id": d.id, "source": d.source, "at": _iso(d.created_at), "changes": d.changes,
                   "risk_impact": d.risk_impact} for d in kyb.diffs(counterparty_id)],
        "alerts": [{"id": a.id, "type": a.type, "severity": a.severity, "status": a.status, "message": a.message,
                    "raised_at": _iso(a.created_at), "updated_at": _iso(a.updated_at), "by": a.acted_by,
                    "reason": a.reason} for a in kyb.alerts(status=None, counterparty_id=counterparty_id)],
    }


def write_json(report: dict[str, Any], path: Path | str) -> Path:
    """Write the report as UTF-8 JSON (atomically: a killed export leaves no half file)."""
    path = Path(path)
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    temporary.replace(path)
    return path


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None


def export_all(kyb: KybService, folder: Path | str, firm: str = "", timezone: str = "UTC",
               progress: Any = None) -> list[Path]:
    """A PDF and a JSON report for every active counterparty, plus ``summary.json``; returns the files."""
    from services.kyb import report_pdf
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    parties = kyb.list(status="active", limit=1_000_000)
    written: list[Path] = []
    summary = []
    for n, party in enumerate(parties):
        if progress:
            progress(n / max(1, len(parties)), party.name)
        data = build(kyb, party.id, firm)
        stem = f"kyb-{party.id:05d}-{_slug(party.name)}"
        written.append(write_json(data, folder / f"{stem}.json"))
        written.append(report_pdf.render(data, folder / f"{stem}.pdf", timezone))
        summary.append({"id": party.id, "name": party.name, "risk": party.risk_score, "level": party.risk_level,
                        "open_alerts": party.open_alerts, "last_checked_at": _iso(party.last_checked_at),
                        "files": [f"{stem}.json", f"{stem}.pdf"]})
    written.append(write_json({"generated_at": _iso(datetime.now(UTC)), "counterparties": summary},
                              folder / "summary.json"))
    if progress:
        progress(1.0, "")
    return written


def _slug(name: str) -> str:
    keep = "".join(ch if ch.isalnum() else "-" for ch in name.lower())
    return "-".join(part for part in keep.split("-") if part)[:40] or "counterparty"
