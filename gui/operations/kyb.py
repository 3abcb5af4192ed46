"""One-line operations for KYB: counterparties, checks, alerts, sanctions lists, CSV import, reports.

The plain functions run on the thread pool and are tested without Qt; the op
factories wrap them. Slow work (list downloads, report batches) reports its
progress through a :class:`Progress` relay, whose ``cancel()`` makes the next
report raise :class:`Cancelled` in the worker (what was done stays done).
"""

from __future__ import annotations

import inspect
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from gui.operations import Op, op, tracker
from secretary.kyb import decisions
from secretary.kyb.counterparty import Alert, Counterparty, CounterpartyInput, Diff, ImportReport, ListVersion, Snapshot

if TYPE_CHECKING:
    from secretary.kyb.records import ListEntry
    from services.app import App
    from services.kyb.csv_import import CsvTable
    from services.kyb.lists import UpdateResult
    from services.kyb.service import KybService

translate = QCoreApplication.translate
PAGE_SIZE = 100
NOTIFY_SEVERITIES = ("critical", "high")


class Cancelled(Exception):  # noqa: N818 - it is what happened, not an error
    """The user stopped a long operation."""


class Progress(QObject):
    """From a worker to the UI thread: ``changed(fraction, label)``; also updates the tasks indicator."""

    changed = Signal(float, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self.op_key: int | None = None
        self.label = ""
        self.changed.connect(self._show)

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def report(self, fraction: float, label: str = "") -> None:
        """Called in the worker: raises Cancelled once the user asked to stop."""
        if self._stop.is_set():
            raise Cancelled
        self.changed.emit(float(fraction), label)

    def _show(self, fraction: float, _label: str) -> None:
        if self.op_key is not None and fraction < 1.0:
            tracker().add(self.op_key, f"{self.label} {round(100 * fraction)} %")


def _with_progress(operation: Op, progress: Progress, label: str) -> Op:
    progress.op_key, progress.label = operation.key, label
    return operation.with_progress(label)


# -- counterparties --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CounterpartyFilter:
    """What the list shows: a search text, a status (None = every status) and a minimum risk score."""

    search: str = ""
    status: str | None = "active"
    min_score: int = 0


def page(service: KybService, f: CounterpartyFilter, offset: int, limit: int = PAGE_SIZE) -> list[Counterparty]:
    """One page of counterparties, riskiest first."""
    if "offset" in inspect.signature(service.list).parameters:
        return service.list(f.search, f.status, f.min_score, limit=limit, offset=offset)  # type: ignore[call-arg]
    # the service reads its first 1000 rows at once; slice until it pages itself
    return service.list(f.search, f.status, f.min_score)[offset:offset + limit]


@dataclass(frozen=True)
class Detail:
    """Everything the detail view shows about one counterparty."""

    party: Counterparty
    snapshots: list[Snapshot]  # newest first
    diffs: list[Diff]
    alerts: list[Alert]
    lists: list[ListVersion]
    matches: list[dict[str, Any]]  # of the latest sanctions screening
    entries: dict[tuple[str, str], ListEntry | None]  # (list, entity id) -> the listed entry
    decisions: dict[tuple[str, str], decisions.MatchDecision]  # (list, entity id) -> the decision in force


def detail(service: KybService, counterparty_id: int) -> Detail:
    party = service.get(counterparty_id)
    snapshots = service.snapshots(counterparty_id)
    latest = next((s for s in snapshots if s.source == "sanctions"), None)
    matches = list(latest.data.get("matches", [])) if latest is not None else []
    entries: dict[tuple[str, str], ListEntry | None] = {}
    for match in matches:
        key = decisions.match_key(match)
        if key not in entries:
            entries[key] = service.listed_entry(*key)
    return Detail(party, snapshots, service.diffs(counterparty_id),
                  service.alerts(status=None, counterparty_id=counterparty_id), service.lists.status(), matches,
                  entries, decisions.current(service.decisions(counterparty_id)))


def load_detail(parent: QObject, service: KybService, counterparty_id: int) -> Op:
    return op(parent, lambda: detail(service, counterparty_id))


def save(parent: QObject, service: KybService, counterparty_id: int | None, data: CounterpartyInput,
         actor: str) -> Op:
    """Add (``counterparty_id`` None) or change a counterparty; the result is its id."""
    def run() -> int:
        if counterparty_id is None:
            return service.add(data, actor=actor)
        service.update(counterparty_id, data, actor=actor)
        return counterparty_id
    return op(parent, run).with_progress(translate("Operations", "Saving the business partner…"))


def check(parent: QObject, service: KybService, counterparty_id: int, sources: tuple[str, ...],
          stop: threading.Event | None = None) -> Op:
    """Ask the sources now (remote registers may take a while); the result is the fresh Counterparty.
    Setting ``stop`` ends the check after the source being asked (what was asked is kept)."""
    return op(parent, lambda: service.check(counterparty_id, sources=sources,
                                            stop=stop.is_set if stop is not None else None)).with_progress(
        translate("Operations", "Checking a business partner…"))


def set_status(parent: QObject, service: KybService, counterparty_id: int, status: str, actor: str) -> Op:
    return op(parent, lambda: service.set_status(counterparty_id, status, actor=actor))


# -- alerts ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AlertPoll:
    """What the rail badge and the desktop notification need."""

    new: int
    newest: Alert | None  # the newest new alert worth a notification (critical or high)


def poll(service: KybService) -> AlertPoll:
    newest = next((a for a in service.alerts(status="new") if a.severity in NOTIFY_SEVERITIES), None)
    return AlertPoll(service.new_alert_count(), newest)


def alerts(parent: QObject, service: KybService, status: str | None) -> Op:
    """Alerts with ``status`` (new, acknowledged, resolved; "open" = new or acknowledged; None = all)."""
    return op(parent, lambda: service.alerts(status=status))


def act(parent: QObject, service: KybService, alert_id: int, status: str, actor: str, user_id: int | None,
        reason: str | None = None) -> Op:
    """Acknowledge or resolve an alert (resolving needs a reason)."""
    return op(parent, lambda: service.act(alert_id, status, actor=actor, user_id=user_id, reason=reason))


def decide(parent: QObject, service: KybService, counterparty_id: int, list_id: str, entity_id: str, verdict: str,
           reason: str, actor: str, user_id: int | None) -> Op:
    """Decide a possible match: "false_positive", "confirmed" or "withdrawn" (with the reason)."""
    return op(parent, lambda: service.decide(counterparty_id, list_id, entity_id, verdict, reason, actor=actor,
                                             user_id=user_id))


# -- sanctions lists -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ListRow:
    """One list as the freshness view shows it; ``version`` None when it was never loaded."""

    list_id: str
    version: ListVersion | None
    chosen: bool  # screened against (Settings → KYB)


def lists_overview(app: App) -> list[ListRow]:
    chosen = [str(x) for x in app.settings.get("kyb.lists")]
    stored = {v.list_id: v for v in app.kyb.lists.status()}
    rows = [ListRow(list_id, stored.get(list_id), True) for list_id in chosen]
    rows += [ListRow(list_id, version, False) for list_id, version in sorted(stored.items()) if list_id not in chosen]
    return rows


def load_lists(parent: QObject, app: App) -> Op:
    return op(parent, lambda: lists_overview(app))


def update_lists(parent: QObject, app: App, actor: str, progress: Progress) -> Op:
    """Download every chosen list; the result is one UpdateResult per list."""
    cache = app.workspace.root / "cache"

    def run() -> list[UpdateResult]:
        return app.kyb.lists.update(actor=actor, progress=progress.report, cache_dir=cache)
    return _with_progress(op(parent, run), progress, translate("Operations", "Downloading sanctions lists…"))


def import_list(parent: QObject, service: KybService, fmt: str, path: str, list_id: str | None,
                actor: str) -> Op:
    """Import a list file; the result is (stored version, whether it was new)."""
    return op(parent, lambda: service.lists.import_file(fmt, path, list_id=list_id, actor=actor)).with_progress(
        translate("Operations", "Importing a sanctions list…"))


# -- CSV import ------------------------------------------------------------------------------------------------

def read_csv(parent: QObject, path: str) -> Op:
    """The file's header and rows (a CsvTable)."""
    from services.kyb import csv_import
    return op(parent, lambda: csv_import.read(path))


def preview(table: CsvTable, mapping: dict[str, str], rows: int = 5) -> tuple[list[tuple[int, CounterpartyInput]],
                                                                               list[tuple[int, str]]]:
    """The first ``rows`` data rows as they would be imported (fast: runs on the UI thread)."""
    from services.kyb import csv_import
    head = type(table)(table.header, table.rows[:rows], table.delimiter)
    return csv_import.to_inputs(head, mapping)


def import_csv(parent: QObject, service: KybService, path: str, mapping: dict[str, str], actor: str) -> Op:
    """Add every valid row; the result is an ImportReport."""
    def run() -> ImportReport:
        return service.import_csv(path, mapping, actor=actor)
    return op(parent, run).with_progress(translate("Operations", "Importing business partners…"))


# -- reports ---------------------------------------------------------------------------------------------------

def write_report(service: KybService, counterparty_id: int, path: str, firm: str, timezone: str) -> Path:
    """One counterparty's report as PDF or JSON, by the file's suffix."""
    from services.kyb import report, report_pdf
    data = report.build(service, counterparty_id, firm)
    target = Path(path)
    if target.suffix.lower() == ".json":
        return report.write_json(data, target)
    return report_pdf.render(data, target if target.suffix else target.with_suffix(".pdf"), timezone)


def export_report(parent: QObject, service: KybService, counterparty_id: int, path: str, firm: str,
                  timezone: str) -> Op:
    return op(parent, lambda: write_report(service, counterparty_id, path, firm, timezone)).with_progress(
        translate("Operations", "Writing the KYB report…"))


def export_all(parent: QObject, service: KybService, folder: str, firm: str, timezone: str,
               progress: Progress) -> Op:
    """A PDF and a JSON report of every active counterparty into ``folder``; the result is the files."""
    from services.kyb import report

    def run() -> list[Path]:
        return report.export_all(service, folder, firm, timezone, progress.report)
    return _with_progress(op(parent, run), progress, translate("Operations", "Writing all KYB reports…"))


def run_quietly(operation: Op) -> None:
    """A routine read that should not show in the tasks indicator (polls)."""
    operation.run()
    tracker().remove(operation.key)

