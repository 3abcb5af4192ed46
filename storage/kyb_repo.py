"""Counterparties, their snapshots, diffs and alerts."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from secretary.errors import InvalidInput, NotFound
from secretary.kyb import counterparty as rec
from secretary.kyb.decisions import DECISIONS
from secretary.kyb.decisions import MatchDecision as Decision
from storage.models import Alert, Counterparty, CounterpartyDiff, CounterpartySnapshot, MatchDecision, User, utcnow


def add(session: Session, data: rec.CounterpartyInput) -> int:
    """Store a validated counterparty; returns its id."""
    row = Counterparty(status="active", risk_score=0)
    _apply(row, data)
    session.add(row)
    session.flush()
    return row.id


def find_existing(session: Session, data: rec.CounterpartyInput) -> int | None:
    """A stored counterparty with the same VAT id, LEI, or name in the same (or an unknown) country."""
    same_name = func.lower(Counterparty.name) == data.name.lower()
    if data.country:  # a name in another country is another firm; an unknown country may be either
        same_name = same_name & ((Counterparty.country == data.country) | Counterparty.country.is_(None))
    conditions: list[ColumnElement[bool]] = [same_name]
    if data.vat_number:
        conditions.append(Counterparty.vat_number == data.vat_number)
    if data.lei_code:
        conditions.append(Counterparty.lei_code == data.lei_code)
    return session.scalar(select(Counterparty.id).where(or_(*conditions), Counterparty.status != "archived")
                          .order_by(Counterparty.id).limit(1))


def update(session: Session, counterparty_id: int, data: rec.CounterpartyInput) -> None:
    """Replace the details of a counterparty."""
    _apply(_row(session, counterparty_id), data)
    session.flush()


def _apply(row: Counterparty, data: rec.CounterpartyInput) -> None:
    row.name, row.kind, row.country = data.name, data.kind, data.country
    row.vat_number, row.lei_code, row.address = data.vat_number, data.lei_code, data.address
    row.registration_number, row.birth_date, row.notes = data.registration_number, data.birth_date, data.notes
    row.check_interval, row.contact_id = data.check_interval, data.contact_id
    row.identifiers = [{"kind": k, "number": n} for k, n in data.identifiers]


def set_status(session: Session, counterparty_id: int, status: str) -> None:
    """active | paused | archived (paused and archived ones are not re-checked)."""
    if status not in ("active", "paused", "archived"):
        raise InvalidInput(f"unknown status {status!r}")
    _row(session, counterparty_id).status = status


def remove(session: Session, counterparty_id: int) -> None:
    """Delete a counterparty with its snapshots, diffs and alerts."""
    session.delete(_row(session, counterparty_id))


def _row(session: Session, counterparty_id: int) -> Counterparty:
    row = session.get(Counterparty, counterparty_id)
    if row is None:
        raise NotFound(f"counterparty {counterparty_id} does not exist")
    return row


def get(session: Session, counterparty_id: int) -> rec.Counterparty:
    """One counterparty or NotFound."""
    return _record(_row(session, counterparty_id), _open_alerts(session, [counterparty_id]))


def listing(session: Session, search: str = "", status: str | None = "active", min_score: int = 0,
            limit: int = 1000, offset: int = 0) -> list[rec.Counterparty]:
    """Counterparties, riskiest first, then by name."""
    stmt = _filtered(select(Counterparty), search, status, min_score)
    rows = list(session.scalars(stmt.order_by(Counterparty.risk_score.desc(), Counterparty.name)
                                .limit(limit).offset(offset)))
    counts = _open_alerts(session, [r.id for r in rows])
    return [_record(r, counts) for r in rows]


def _filtered(stmt: Any, search: str, status: str | None, min_score: int) -> Any:
    stmt = stmt.where(Counterparty.risk_score >= min_score)
    if status:
        stmt = stmt.where(Counterparty.status == status)
    if search.strip():
        pattern = f"%{search.strip().lower()}%"
        stmt = stmt.where(or_(func.lower(Counterparty.name).like(pattern),
                              func.lower(func.coalesce(Counterparty.vat_number, "")).like(pattern),
                              func.lower(func.coalesce(Counterparty.lei_code, "")).like(pattern)))
    return stmt


def count(session: Session, search: str = "", status: str | None = "active", min_score: int = 0) -> int:
    """How many counterparties :func:`listing` would give without a limit."""
    stmt = _filtered(select(func.count()).select_from(Counterparty), search, status, min_score)
    return int(session.scalar(stmt) or 0)


def ids(session: Session, status: str = "active") -> list[int]:
    """Ids of every counterparty with ``status``."""
    return list(session.scalars(select(Counterparty.id).where(Counterparty.status == status)
                                .order_by(Counterparty.id)))


def due(session: Session, now: datetime, retry_after: timedelta) -> list[int]:
    """Active counterparties whose daily/weekly check is due (never checked first), and those a source
    could not answer ``retry_after`` ago or longer."""
    rows = session.execute(select(Counterparty.id, Counterparty.check_interval, Counterparty.last_checked_at)
                           .where(Counterparty.status == "active"))
    out = set()
    for cid, interval, last in rows:
        hours = 24 if interval == "daily" else 24 * 7
        if last is None or (now - last).total_seconds() >= hours * 3600 - 600:  # 10 min slack for the scheduler
            out.add(cid)
    # a source answered "unavailable": check_state is {source: {"status", "at" (ISO, UTC), ...}}
    state = func.json_each(Counterparty.check_state).table_valued("value", joins_implicitly=True)
    failed = (select(Counterparty.id).where(Counterparty.status == "active")
              .where(select(1).select_from(state).where(
                  func.json_extract(state.c.value, "$.status") == "unavailable",
                  func.json_extract(state.c.value, "$.at") <= (now - retry_after).isoformat()).exists()))
    out.update(session.scalars(failed))
    return sorted(out)


def _open_alerts(session: Session, ids_: list[int]) -> dict[int, int]:
    if not ids_:
        return {}
    rows = session.execute(select(Alert.counterparty_id, func.count()).where(
        Alert.counterparty_id.in_(ids_), Alert.status != "resolved").group_by(Alert.counterparty_id))
    return {int(cid): int(n) for cid, n in rows if cid is not None}


def _record(row: Counterparty, alerts: dict[int, int]) -> rec.Counterparty:
    return rec.Counterparty(
        id=row.id, name=row.name, kind=row.kind, country=row.country, vat_number=row.vat_number,
        lei_code=row.lei_code, address=row.address, registration_number=row.registration_number,
        birth_date=row.birth_date, notes=row.notes, check_interval=row.check_interval, status=row.status,
        contact_id=row.contact_id, risk_score=row.risk_score, risk_details=dict(row.risk_details or {}),
        check_state=dict(row.check_state or {}), last_checked_at=row.last_checked_at, created_at=row.created_at,
        identifiers=tuple((str(i.get("kind")), str(i.get("number"))) for i in row.identifiers or []),
        open_alerts=alerts.get(row.id, 0))


# -- snapshots and diffs ------------------------------------------------------------------------------------------

def _latest(session: Session, counterparty_id: int, source: str) -> CounterpartySnapshot | None:
    return session.scalar(select(CounterpartySnapshot).where(
        CounterpartySnapshot.counterparty_id == counterparty_id, CounterpartySnapshot.source == source)
        .order_by(CounterpartySnapshot.id.desc()).limit(1))


def latest_snapshot(session: Session, counterparty_id: int, source: str) -> rec.Snapshot | None:
    """The newest snapshot of ``source`` for the counterparty."""
    row = _latest(session, counterparty_id, source)
    return _snapshot(row) if row is not None else None


def save_snapshot(session: Session, counterparty_id: int, source: str, version: str | None, data_hash: str,
                  data: dict[str, Any], now: datetime) -> tuple[int, bool]:
    """Store what ``source`` said; if it equals the latest snapshot, only confirm that one.

    Returns ``(snapshot id, is_new)``.
    """
    latest = _latest(session, counterparty_id, source)  # in the session's identity map after latest_snapshot
    if latest is not None and latest.data_hash == data_hash:
        latest.checked_at, latest.source_version = now, version
        return latest.id, False
    row = CounterpartySnapshot(counterparty_id=counterparty_id, source=source, source_version=version,
                               data_hash=data_hash, raw_data=data, created_at=now, checked_at=now)
    session.add(row)
    session.flush()
    return row.id, True


def snapshots(session: Session, counterparty_id: int, source: str | None = None) -> list[rec.Snapshot]:
    """Every snapshot of the counterparty, newest first."""
    stmt = select(CounterpartySnapshot).where(CounterpartySnapshot.counterparty_id == counterparty_id)
    if source:
        stmt = stmt.where(CounterpartySnapshot.source == source)
    return [_snapshot(r) for r in session.scalars(stmt.order_by(CounterpartySnapshot.id.desc()))]


def _snapshot(row: CounterpartySnapshot) -> rec.Snapshot:
    return rec.Snapshot(id=row.id, counterparty_id=row.counterparty_id, source=row.source,
                        source_version=row.source_version, data_hash=row.data_hash, data=dict(row.raw_data),
                        created_at=row.created_at, checked_at=row.checked_at)


def add_diff(session: Session, counterparty_id: int, old_id: int | None, new_id: int,
             changes: list[dict[str, Any]], risk_impact: int, now: datetime) -> int:
    """Record the changes between two snapshots."""
    row = CounterpartyDiff(counterparty_id=counterparty_id, old_snapshot_id=old_id, new_snapshot_id=new_id,
                           changes=changes, risk_impact=risk_impact, created_at=now)
    session.add(row)
    session.flush()
    return row.id


def diffs(session: Session, counterparty_id: int, since: datetime | None = None) -> list[rec.Diff]:
    """The counterparty's diffs, newest first, with the source they belong to."""
    stmt = (select(CounterpartyDiff, CounterpartySnapshot.source)
            .join(CounterpartySnapshot, CounterpartySnapshot.id == CounterpartyDiff.new_snapshot_id)
            .where(CounterpartyDiff.counterparty_id == counterparty_id))
    if since is not None:
        stmt = stmt.where(CounterpartyDiff.created_at >= since)
    return [rec.Diff(id=d.id, counterparty_id=d.counterparty_id, source=source, old_snapshot_id=d.old_snapshot_id,
                     new_snapshot_id=d.new_snapshot_id, changes=list(d.changes), risk_impact=d.risk_impact,
                     created_at=d.created_at)
            for d, source in session.execute(stmt.order_by(CounterpartyDiff.id.desc()))]


def record_check(session: Session, counterparty_id: int, state: dict[str, Any], risk: dict[str, Any],
                 checked_at: datetime | None) -> None:
    """Store the outcome of a check: per-source state, the risk and when (None: a check stopped half way
    does not count as done)."""
    row = _row(session, counterparty_id)
    row.check_state = {**(row.check_state or {}), **state}
    row.risk_details, row.risk_score = risk, int(risk.get("score", 0))
    if checked_at is not None:
        row.last_checked_at = checked_at


def set_risk(session: Session, counterparty_id: int, risk: dict[str, Any]) -> None:
    """Store a risk assessed again without a check (after a decision on a match)."""
    row = _row(session, counterparty_id)
    row.risk_details, row.risk_score = risk, int(risk.get("score", 0))


# -- alerts ---------------------------------------------------------------------------------------------------------

def raise_alert(session: Session, counterparty_id: int | None, key: str, type_: str, severity: str, message: str,
                details: dict[str, Any], now: datetime) -> int | None:
    """Add an alert unless one with the same key is still open; returns the new id or None."""
    open_one = session.scalar(select(Alert.id).where(Alert.counterparty_id == counterparty_id, Alert.key == key,
                                                     Alert.status != "resolved"))
    if open_one is not None:
        return None
    row = Alert(counterparty_id=counterparty_id, key=key[:200], type=type_[:40], severity=severity,
                message=message, status="new", details=details, created_at=now, updated_at=now)
    session.add(row)
    session.flush()
    return row.id


def act_on_alert(session: Session, alert_id: int, status: str, user_id: int | None, reason: str | None) -> None:
    """Acknowledge or resolve an alert, recording who and why (resolving needs a reason)."""
    if status not in ("acknowledged", "resolved"):
        raise InvalidInput(f"an alert can be acknowledged or resolved, not {status!r}")
    if status == "resolved" and not (reason or "").strip():
        raise InvalidInput("say why the alert is resolved (e.g. 'different person: other date of birth')")
    row = session.get(Alert, alert_id)
    if row is None:
        raise NotFound(f"alert {alert_id} does not exist")
    if row.status == "resolved":
        raise InvalidInput(f"alert {alert_id} is already resolved")
    row.status, row.is_read, row.acted_by_id = status, True, user_id
    row.reason = (reason or "").strip() or row.reason
    row.updated_at = utcnow()


def alerts(session: Session, status: str | None = None, counterparty_id: int | None = None,
           limit: int = 500) -> list[rec.Alert]:
    """Alerts, newest first; ``status`` "open" means new or acknowledged."""
    stmt = (select(Alert, Counterparty.name, User.name)
            .outerjoin(Counterparty, Counterparty.id == Alert.counterparty_id)
            .outerjoin(User, User.id == Alert.acted_by_id))
    if status == "open":
        stmt = stmt.where(Alert.status != "resolved")
    elif status:
        stmt = stmt.where(Alert.status == status)
    if counterparty_id is not None:
        stmt = stmt.where(Alert.counterparty_id == counterparty_id)
    return [rec.Alert(id=a.id, counterparty_id=a.counterparty_id, counterparty_name=name, type=a.type,
                      severity=a.severity, message=a.message, status=a.status, reason=a.reason, acted_by=who,
                      details=dict(a.details or {}), created_at=a.created_at, updated_at=a.updated_at)
            for a, name, who in session.execute(stmt.order_by(Alert.id.desc()).limit(limit))]


def open_alert_count(session: Session) -> int:
    """New (not yet acknowledged) alerts: the rail badge."""
    return int(session.scalar(select(func.count()).select_from(Alert).where(Alert.status == "new")) or 0)


def open_alert_for(session: Session, counterparty_id: int, key: str) -> int | None:
    """The open (new or acknowledged) alert of the counterparty with ``key``, if any."""
    return session.scalar(select(Alert.id).where(Alert.counterparty_id == counterparty_id, Alert.key == key,
                                                 Alert.status != "resolved").order_by(Alert.id.desc()).limit(1))


# -- decisions on possible sanctions matches ----------------------------------------------------------------------

def add_decision(session: Session, counterparty_id: int, list_id: str, entity_id: str, decision: str, score: float,
                 matched_name: str, reason: str, user_id: int | None, now: datetime) -> Decision:
    """Record a verdict on one listed entry for the counterparty (earlier ones are kept); returns it."""
    if decision not in DECISIONS:
        raise InvalidInput(f"a match is decided {', '.join(DECISIONS)}, not {decision!r}")
    if not reason.strip():
        raise InvalidInput("say why (e.g. 'different person: other date of birth')")
    _row(session, counterparty_id)
    row = MatchDecision(counterparty_id=counterparty_id, list_id=list_id[:20], entity_id=entity_id[:60],
                        decision=decision, score=float(score), matched_name=matched_name, reason=reason.strip(),
                        decided_by_id=user_id, created_at=now)
    session.add(row)
    session.flush()
    who = session.scalar(select(User.name).where(User.id == user_id)) if user_id is not None else None
    return _decision(row, who)


def decisions(session: Session, counterparty_id: int) -> list[Decision]:
    """Every decision on the counterparty's possible matches, oldest first."""
    stmt = (select(MatchDecision, User.name).outerjoin(User, User.id == MatchDecision.decided_by_id)
            .where(MatchDecision.counterparty_id == counterparty_id)
            .order_by(MatchDecision.created_at, MatchDecision.id))
    return [_decision(d, who) for d, who in session.execute(stmt)]


def _decision(d: MatchDecision, who: str | None) -> Decision:
    return Decision(id=d.id, counterparty_id=d.counterparty_id, list_id=d.list_id, entity_id=d.entity_id,
                    decision=d.decision, score=d.score, matched_name=d.matched_name, reason=d.reason,
                    decided_by=who, created_at=d.created_at)
