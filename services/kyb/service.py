"""KYB use cases: counterparties, checks with snapshots, diffs, risk and alerts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from secretary.audit import job_actor
from secretary.errors import Conflict, InvalidInput, NotFound
from secretary.kyb import counterparty as rec
from secretary.kyb import decisions, risk
from secretary.kyb.diff import Change, diff, snapshot_hash
from services.kyb import checks, csv_import
from services.kyb.checks import Outcome
from services.kyb.clients import Clients
from services.kyb.lists import ListsService
from services.settings_service import SettingsService
from storage import crm_repo, kyb_repo
from storage.db import Database

if TYPE_CHECKING:
    from secretary.kyb.matching import Comparison, Query

log = logging.getLogger(__name__)
ACTOR = job_actor("kyb")


class KybService:
    """Everything front ends do with counterparties."""

    def __init__(self, db: Database, settings: SettingsService, lists: ListsService, clients: Clients) -> None:
        self._db = db
        self._settings = settings
        self.lists = lists
        self.clients = clients
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.alerted: list[Callable[[rec.Alert], None]] = []  # e.g. the Telegram notifier

    # -- counterparties ----------------------------------------------------------------------------------------

    def add(self, data: rec.CounterpartyInput, *, actor: str) -> int:
        """Validate and store a counterparty; returns its id (check it with :meth:`check`)."""
        data = rec.clean(data)
        with self._db.writing(actor) as session:
            existing = kyb_repo.find_existing(session, data)
            if existing is not None:
                raise Conflict(f"{data.name} is already monitored (counterparty {existing})", id=existing)
            return kyb_repo.add(session, data)

    def update(self, counterparty_id: int, data: rec.CounterpartyInput, *, actor: str) -> None:
        """Change a counterparty's details."""
        data = rec.clean(data)
        with self._db.writing(actor) as session:
            kyb_repo.update(session, counterparty_id, data)

    def import_csv(self, path: Any, mapping: dict[str, str] | None = None, *, actor: str) -> rec.ImportReport:
        """Add the valid rows of a CSV file in one transaction; rejected rows come back with reasons."""
        table = csv_import.read(path)
        mapping = mapping or csv_import.guess_mapping(table.header)
        good, bad = csv_import.to_inputs(table, mapping, str(self._settings.get("kyb.check_interval")))
        with self._db.writing(actor) as session:
            return csv_import.import_rows(good, bad, lambda d: kyb_repo.find_existing(session, d),
                                          lambda d: kyb_repo.add(session, d))

    def from_contact(self, contact_id: int, *, actor: str) -> int:
        """A counterparty for the company of a CRM contact (or the contact as a person if no company)."""
        with self._db.reading() as session:
            card = crm_repo.contact_card(session, contact_id)
        company = (getattr(card, "company", None) or "").strip()
        data = rec.CounterpartyInput(name=company or card.name, kind="company" if company else "person",
                                     contact_id=contact_id,
                                     check_interval=str(self._settings.get("kyb.check_interval")))
        return self.add(data, actor=actor)

    def set_status(self, counterparty_id: int, status: str, *, actor: str) -> None:
        """Pause, archive or re-activate monitoring of a counterparty."""
        with self._db.writing(actor) as session:
            kyb_repo.set_status(session, counterparty_id, status)

    def remove(self, counterparty_id: int, *, actor: str) -> None:
        """Delete a counterparty with its history."""
        with self._db.writing(actor) as session:
            kyb_repo.remove(session, counterparty_id)

    def get(self, counterparty_id: int) -> rec.Counterparty:
        with self._db.reading() as session:
            return kyb_repo.get(session, counterparty_id)

    def list(self, search: str = "", status: str | None = "active", min_score: int = 0, limit: int = 1000,
             offset: int = 0) -> list[rec.Counterparty]:
        """Counterparties, riskiest first (a page of ``limit`` from ``offset``)."""
        with self._db.reading() as session:
            return kyb_repo.listing(session, search, status, min_score, limit, offset)

    def count(self, search: str = "", status: str | None = "active", min_score: int = 0) -> int:
        with self._db.reading() as session:
            return kyb_repo.count(session, search, status, min_score)

    def snapshots(self, counterparty_id: int, source: str | None = None) -> list[rec.Snapshot]:
        with self._db.reading() as session:
            return kyb_repo.snapshots(session, counterparty_id, source)

    def diffs(self, counterparty_id: int) -> list[rec.Diff]:
        with self._db.reading() as session:
            return kyb_repo.diffs(session, counterparty_id)

    # -- screening ---------------------------------------------------------------------------------------------

    def threshold(self) -> float:
        return float(self._settings.get("kyb.threshold"))

    def screen(self, query: Query, threshold: float | None = None, limit: int = 10) -> list[dict[str, Any]]:
        """Screen one name against the local lists; matches at or above the threshold, best first."""
        found = self.lists.index().screen(query, threshold=self.threshold() if threshold is None else threshold,
                                          limit=limit)
        return [checks.match_dict(m) for m in found]

    def compare(self, name1: str, name2: str, schema: str) -> Comparison:
        """The raw name matcher."""
        from secretary.kyb.matching import compare
        return compare(name1, name2, schema)

    def listed_entry(self, list_id: str, entity_id: str) -> Any:
        """The listed entry a match points at (for the side-by-side view), or None if no longer listed."""
        from storage import sanctions_repo
        with self._db.reading() as session:
            return sanctions_repo.entry(session, list_id, entity_id)

    # -- checks ------------------------------------------------------------------------------------------------

    def check(self, counterparty_id: int, sources: tuple[str, ...] = rec.SOURCES,
              stop: Callable[[], bool] | None = None) -> rec.Counterparty:
        """Ask every applicable source now; store snapshots, diffs, risk and alerts. Returns the result.

        ``stop`` is asked before each source: once it says so, the sources not yet asked are left as
        they were and what was asked is kept; the check does not count as done (the hourly run
        completes it).
        """
        party = self.get(counterparty_id)
        outcomes: list[Outcome] = []
        complete = True
        for source in sources:
            if stop is not None and stop():
                complete = False
                break
            outcome = self._ask(party, source)
            if outcome is not None:
                outcomes.append(outcome)
        self._record(party, outcomes, complete)
        return self.get(counterparty_id)

    def _ask(self, party: rec.Counterparty, source: str) -> Outcome | None:
        threshold = self.threshold()
        if source == "sanctions":
            return checks.screen(party, self.lists.index, self.lists.versions_label, threshold)
        if source == "vies":
            if not party.vat_number:
                return None
            return checks.remote("vies", lambda: self.clients.vies().check(party.vat_number or "").to_dict())
        if source == "gleif":
            if not party.lei_code:
                return None
            def ask_gleif() -> dict[str, Any]:
                with self.clients.gleif() as gleif:  # its connection pool is closed after the check
                    return gleif.record(party.lei_code or "").to_dict()
            return checks.remote("gleif", ask_gleif)
        if source == "insolvency":
            if not self._settings.get("kyb.insolvency") or party.country not in (None, "DE") \
                    or party.kind not in ("company", "person"):
                return None
            return checks.remote("insolvency", lambda: checks.insolvency_data(
                party, self.clients.insolvency().search(party.name), threshold))
        raise InvalidInput(f"unknown source {source!r}; use one of {', '.join(rec.SOURCES)}")

    def _record(self, party: rec.Counterparty, outcomes: list[Outcome], complete: bool = True) -> None:
        now, threshold = self.clock(), self.threshold()
        raised: list[int] = []
        state: dict[str, Any] = {}
        with self._db.writing(ACTOR) as session:
            decided = decisions.current(kyb_repo.decisions(session, party.id))
            for outcome in outcomes:
                state[outcome.source] = {"status": outcome.status, "at": now.isoformat(), "message": outcome.message}
                if outcome.data is None:
                    continue
                previous = kyb_repo.latest_snapshot(session, party.id, outcome.source)
                snap_id, new = kyb_repo.save_snapshot(session, party.id, outcome.source, outcome.version,
                                                      snapshot_hash(outcome.data), outcome.data, now)
                if not new:
                    continue
                changes = diff(previous.data if previous else None, outcome.data) if previous else []
                if changes:
                    kyb_repo.add_diff(session, party.id, previous.id if previous else None, snap_id,
                                      [c.as_dict() for c in changes], _impact(changes), now)
                raised += _raise(session, party.id, risk.alerts(
                    outcome.source, previous.data if previous else None, outcome.data, changes, party.name,
                    threshold, decided), now)
            kyb_repo.record_check(session, party.id, state, _assess(session, party.id, now, threshold, decided),
                                  now if complete else None)
        if raised:
            self._notify(raised)

    # -- decisions on possible sanctions matches ---------------------------------------------------------------

    def decisions(self, counterparty_id: int) -> list[decisions.MatchDecision]:
        """Every verdict on the counterparty's possible matches, oldest first (see secretary.kyb.decisions)."""
        with self._db.reading() as session:
            return kyb_repo.decisions(session, counterparty_id)

    def decide(self, counterparty_id: int, list_id: str, entity_id: str, decision: str, reason: str, *,
               actor: str, user_id: int | None = None) -> rec.Counterparty:
        """Record a verdict on one of the counterparty's possible sanctions matches, with who and why.

        "false_positive" resolves the match's open alert and drops it from the risk; "confirmed"
        acknowledges the alert (follow-up) and scores 100; "withdrawn" takes the verdict in force
        back (a match at or above the threshold with no open alert gets a new one). The risk is
        assessed again at once (no source is asked).
        """
        now, threshold = self.clock(), self.threshold()
        key = (list_id, entity_id)
        raised: list[int] = []
        with self._db.writing(actor) as session:
            latest = kyb_repo.latest_snapshot(session, counterparty_id, "sanctions")
            match = next((m for m in (latest.data.get("matches", []) if latest else [])
                          if decisions.match_key(m) == key), None)
            history = kyb_repo.decisions(session, counterparty_id)
            if decision == "withdrawn" and key not in decisions.current(history):
                raise InvalidInput(f"no decision on {list_id} {entity_id} to withdraw")
            if decision != "withdrawn" and match is None:
                raise NotFound(f"{list_id} {entity_id} is not a possible match of counterparty {counterparty_id} "
                               "in its latest screening")
            found = match or {}
            history.append(kyb_repo.add_decision(
                session, counterparty_id, list_id, entity_id, decision, float(found.get("score", 0)),
                str(found.get("matched_name") or found.get("name") or ""), reason, user_id, now))
            alert_id = kyb_repo.open_alert_for(session, counterparty_id, decisions.alert_key(key))
            if alert_id is not None and decision != "withdrawn":
                status = "resolved" if decision == "false_positive" else "acknowledged"
                kyb_repo.act_on_alert(session, alert_id, status, user_id, reason)
            elif alert_id is None and decision == "withdrawn" and match is not None:
                # a match no longer dismissed is a finding again: back in the alerts inbox
                name = kyb_repo.get(session, counterparty_id).name
                raised += _raise(session, counterparty_id, risk.alerts(
                    "sanctions", None, {"matches": [match]}, [], name, threshold), now)
            decided = decisions.current(history)
            kyb_repo.set_risk(session, counterparty_id, _assess(session, counterparty_id, now, threshold, decided))
        if raised:
            self._notify(raised)
        return self.get(counterparty_id)

    def _notify(self, alert_ids: list[int]) -> None:
        with self._db.reading() as session:
            fresh = [a for a in kyb_repo.alerts(session, status="new", limit=200) if a.id in alert_ids]
        for alert in fresh:
            for hook in list(self.alerted):
                try:
                    hook(alert)
                except Exception:  # noqa: BLE001 - a failing notifier must not undo the check
                    log.warning("alert notifier failed", exc_info=True)

    def due(self) -> list[int]:
        """Counterparties whose scheduled check is due, and those a source could not answer an hour ago."""
        with self._db.reading() as session:
            return kyb_repo.due(session, self.clock(), timedelta(hours=1))

    def active_ids(self) -> list[int]:
        with self._db.reading() as session:
            return kyb_repo.ids(session)

    # -- alerts ------------------------------------------------------------------------------------------------

    def alerts(self, status: str | None = "open", counterparty_id: int | None = None) -> list[rec.Alert]:
        with self._db.reading() as session:
            return kyb_repo.alerts(session, status, counterparty_id)

    def act(self, alert_id: int, status: str, *, actor: str, user_id: int | None = None,
            reason: str | None = None) -> None:
        """Acknowledge or resolve an alert (resolving needs a reason), recording who and why."""
        with self._db.writing(actor) as session:
            kyb_repo.act_on_alert(session, alert_id, status, user_id, reason)

    def new_alert_count(self) -> int:
        with self._db.reading() as session:
            return kyb_repo.open_alert_count(session)


def _raise(session: Any, party_id: int, specs: list[risk.AlertSpec], now: datetime) -> list[int]:
    """Raise each alert unless one with its key is open; the ids of those raised."""
    ids = [kyb_repo.raise_alert(session, party_id, s.key, s.type, s.severity, s.message, s.details, now)
           for s in specs]
    return [alert_id for alert_id in ids if alert_id is not None]


def _assess(session: Any, party_id: int, now: datetime, threshold: float, decided: risk.Decisions) -> dict[str, Any]:
    """The risk from the latest snapshot of each source, the last 30 days' changes and the decisions."""
    findings = {s: snap.data for s in rec.SOURCES
                if (snap := kyb_repo.latest_snapshot(session, party_id, s)) is not None}
    recent = [(d.created_at.date(), Change(c["path"], c.get("old"), c.get("new")))
              for d in kyb_repo.diffs(session, party_id, since=now - risk.RECENT) for c in d.changes]
    return risk.assess(findings, recent, now.date(), threshold, decided).as_dict()


def _impact(changes: list[Change]) -> int:
    return 5 * sum(1 for c in changes if c.path.split(".", 1)[0].split("[", 1)[0] in risk.NEGATIVE_FIELDS)

