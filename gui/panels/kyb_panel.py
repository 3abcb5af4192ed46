"""KYB: know your business partners, like a screening tool's case view.

Three tabs: the business partners (list with risk badges, the selected one's
detail and actions), the alerts inbox, and the sanctions lists' freshness.
Like the Inbox, the panel polls the database's change counter twice a second
(``app.watcher()``) and re-reads only after a commit from any process: the
count of new alerts goes to the rail badge, and a new critical or high alert
raises a desktop notification while the window is in the background.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QStackedWidget,
    QWidget,
)

from gui.errors import describe, show_error
from gui.operations import kyb as kyb_ops
from gui.operations import op, run_quietly
from gui.panels.base_panel import PageHeader, page_layout
from gui.panels.kyb_alerts import AlertsView
from gui.panels.kyb_edit_dialog import EditDialog
from gui.panels.kyb_import_dialog import ImportDialog
from gui.panels.kyb_lists_view import ListsView
from gui.panels.kyb_partners_view import PartnersView
from gui.panels.kyb_reason_dialog import ReasonDialog, decision_texts
from gui.panels.kyb_reports import Reports
from gui.panels.kyb_texts import alert_text, list_title, severity_text
from gui.panels.kyb_widgets import pill, toggle_style
from gui.panels.live_panel import LivePanel
from gui.session import Session
from gui.theme import SPACE
from secretary.kyb.counterparty import SOURCES, Alert, Counterparty
from secretary.kyb.decisions import match_key
from services.kyb.csv_import import CsvTable

translate = QCoreApplication.translate
TABS = ("partners", "alerts", "lists")


class KybPanel(LivePanel):
    key = "kyb"
    navigate = Signal(str)
    alerts_changed = Signal(int)  # new alerts (the rail badge)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        app = session.app
        self.service = app.kyb
        self.timezone = str(app.settings.get("firm.timezone") or "UTC")
        self.check_sources: tuple[str, ...] = SOURCES
        self.new_alerts: int | None = None
        self.marker: int | None = None  # newest notified alert id
        self.checking: dict[int, threading.Event] = {}  # partners being checked: set to stop the check
        self.dialog: QWidget | None = None  # the dialog open now (tests reach it here)
        self.reports = Reports(session, self.timezone, self)
        self._detail_for: int | None = None
        self._detail_generation = self._alerts_generation = 0
        self._reveal: int | None = None
        self._polling = False
        self._dirty = True
        layout = page_layout(self)
        self.header = PageHeader(self)
        layout.addWidget(self.header)
        tabs = QHBoxLayout()
        tabs.setSpacing(SPACE)
        self.tab_group = QButtonGroup(self)
        self.tab_buttons = {key: pill(self) for key in TABS}
        for n, key in enumerate(TABS):
            self.tab_group.addButton(self.tab_buttons[key], n)
            tabs.addWidget(self.tab_buttons[key])
        tabs.addStretch(1)
        layout.addLayout(tabs)
        self.setStyleSheet(toggle_style())

        self.pages = QStackedWidget(self)
        self.partners = PartnersView(self.service, self.timezone, self)
        self.alerts = AlertsView(self.timezone, self)
        self.lists = ListsView(app, session.actor, self.timezone, session.qsettings, self)
        for page in (self.partners, self.alerts, self.lists):
            self.pages.addWidget(page)
        layout.addWidget(self.pages, 1)
        self.tab_group.idClicked.connect(lambda n: self.show_tab(TABS[n]))
        self.tab_buttons["partners"].setChecked(True)

        p, d = self.partners, self.partners.detail
        p.selected.connect(self.load_detail)
        p.add.connect(lambda: self.edit(None))
        p.import_csv.connect(self.choose_csv)
        p.export_all.connect(self.reports.choose_folder)
        p.load_lists.connect(lambda: self.show_tab("lists"))
        d.check.connect(self.check_selected)
        d.stop.connect(self.stop_check)
        d.edit.connect(lambda: self.edit(d.detail.party if d.detail else None))
        d.status_change.connect(self.set_status)
        d.export.connect(lambda: d.detail and self.reports.choose_file(d.detail.party))
        for view in (d, self.alerts):
            view.acknowledge.connect(self.acknowledge)
            view.resolve.connect(self.resolve)
        d.decide.connect(self.decide)
        self.alerts.status_changed.connect(lambda _s: self.load_alerts())
        self.alerts.open_partner.connect(self.open_partner)
        self.lists.loaded.connect(self.partners.set_lists_loaded)
        self.lists.changed.connect(self.refresh)

        session.settings_saved.connect(self._on_settings_saved)
        self.find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find.activated.connect(self.focus_search)

        self.watch(app)
        self.retranslate_ui()
        self._poll()

    def retranslate_ui(self) -> None:
        self.header.set_texts(translate("KybPanel", "KYB"), translate(
            "KybPanel", "Know your business partners: sanctions lists, VAT and LEI registers and insolvency "
                        "notices, checked on a schedule, with an alert when something changes."))
        self._tab_texts()
        self.partners.retranslate_ui()
        self.alerts.retranslate_ui()
        self.lists.retranslate_ui()

    def _tab_texts(self) -> None:
        alerts = translate("KybPanel", "Alerts")
        texts = {"partners": translate("KybPanel", "Business partners"),
                 "alerts": f"{alerts} ({self.new_alerts})" if self.new_alerts else alerts,
                 "lists": translate("KybPanel", "Sanctions lists")}
        for key, button in self.tab_buttons.items():
            button.setText(texts[key])

    def _on_settings_saved(self, values: dict[str, object]) -> None:
        """A new firm time zone: every time shown follows it."""
        if "firm.timezone" in values:
            self.timezone = str(values["firm.timezone"] or "UTC")
            self.partners.model.timezone = self.partners.detail.timezone = self.timezone
            self.alerts.model.timezone = self.lists.model.timezone = self.reports.timezone = self.timezone
            self.retranslate_ui()
            self.refresh()

    def focus_search(self) -> None:
        self.show_tab("partners")
        self.partners.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.partners.search.selectAll()

    # tabs, loading and live updates --------------------------------------------------------------------------
    @property
    def tab(self) -> str:
        return TABS[max(0, self.tab_group.checkedId())]

    def show_tab(self, key: str) -> None:
        self.tab_buttons[key].setChecked(True)
        self.pages.setCurrentIndex(TABS.index(key))
        self._load_tab()

    def activated(self) -> None:
        if self._dirty or not self.partners.model.loaded_once:
            self._dirty = False
            self.refresh()

    def refresh(self) -> None:
        """Re-read what is visible: the list (keeping the selection), the open detail, the alerts, the lists."""
        self.partners.refresh()
        if not self.lists.loaded_once:
            self.lists.refresh()
        self._load_tab()
        if self.partners.current_id is not None:
            self.load_detail(self.partners.current_id)

    def _load_tab(self) -> None:
        if self.tab == "alerts":
            self.load_alerts()
        elif self.tab == "lists":
            self.lists.refresh()

    def _poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        service = self.service
        run_quietly(op(self, lambda: kyb_ops.poll(service)).success(self._polled).failure(
            lambda _exc: setattr(self, "_polling", False)))

    def _polled(self, polled: kyb_ops.AlertPoll) -> None:
        self._polling = False
        if polled.new != self.new_alerts:
            self.new_alerts = polled.new
            self._tab_texts()
            self.alerts_changed.emit(polled.new)
        newest = polled.newest
        if newest is not None and self.marker is not None and newest.id > self.marker:
            self.notify(newest)
        if newest is not None:
            self.marker = max(self.marker or 0, newest.id)
        elif self.marker is None:
            self.marker = 0

    def notify(self, alert: Alert) -> None:
        """A desktop notification for a new critical or high alert, only while the window is in the background."""
        if not self.in_background():
            return
        title = translate("KybPanel", "KYB alert (%1): %2").replace("%1", severity_text(alert.severity)).replace(
            "%2", alert.counterparty_name or "")
        self._notify_partner = alert.counterparty_id
        self.show_notification(title, alert_text(alert), warning=True, msecs=10_000)

    def notification_clicked(self) -> None:
        partner = getattr(self, "_notify_partner", None)
        if partner is not None:
            self.open_partner(partner)

    # the selected counterparty -------------------------------------------------------------------------------
    def load_detail(self, counterparty_id: int | None) -> None:
        self._detail_for = counterparty_id
        self._detail_generation += 1
        if counterparty_id is None:
            return
        generation = self._detail_generation
        run_quietly(kyb_ops.load_detail(self, self.service, counterparty_id).success(
            lambda detail: self._show_detail(generation, detail)).failure(
            lambda exc: self._detail_failed(counterparty_id, exc)))

    def _show_detail(self, generation: int, detail: kyb_ops.Detail) -> None:
        if generation != self._detail_generation:
            return  # another one was chosen meanwhile, or a newer read is on its way
        view = self.partners.detail
        view.threshold = self.service.threshold()
        running = self.checking.get(detail.party.id)
        view.set_busy(running is not None, running is not None and running.is_set())
        view.show_detail(detail)
        self.partners.right.setCurrentWidget(view)
        if detail.party.id == self._reveal:  # opened from an alert or a notification: find it in the list
            self._reveal = None
            self.partners.reveal(detail.party)

    def _detail_failed(self, counterparty_id: int, exc: BaseException) -> None:
        if counterparty_id == self._detail_for:
            self.partners.hint.setText(describe(exc))
            self.partners.right.setCurrentWidget(self.partners.hint)

    def open_partner(self, counterparty_id: int) -> None:
        """Show one counterparty's detail, and select it in the list (widening a filter that hides it)."""
        self.show_tab("partners")
        self.partners.current_id = counterparty_id
        self.partners.select_id(counterparty_id)
        self._reveal = counterparty_id
        self.load_detail(counterparty_id)

    def check_selected(self) -> None:
        view = self.partners.detail
        if view.detail is None:
            return
        party_id = view.detail.party.id
        self.checking[party_id] = threading.Event()
        view.set_busy(True)
        kyb_ops.check(self, self.service, party_id, self.check_sources, self.checking[party_id]).success(
            lambda _party: self._checked(party_id)).failure(lambda exc: self._checked(party_id, exc)).run()

    def stop_check(self) -> None:
        """Stop the check of the partner shown after the source being asked."""
        view = self.partners.detail
        if view.detail is not None and view.detail.party.id in self.checking:
            self.checking[view.detail.party.id].set()

    def _checked(self, party_id: int, exc: BaseException | None = None) -> None:
        self.checking.pop(party_id, None)
        view = self.partners.detail
        if view.detail is not None and view.detail.party.id == party_id:
            view.set_busy(False)
        if exc is not None:
            show_error(self, exc)
        self.partners.refresh()
        self.load_detail(self.partners.current_id)

    def edit(self, party: Counterparty | None) -> None:
        default = str(self.session.app.settings.get("kyb.check_interval"))
        dialog = EditDialog(self.service, self.session.actor, party, default, self)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()

    def _saved(self, counterparty_id: int) -> None:
        self.partners.current_id = counterparty_id
        self.partners.refresh()
        self.load_detail(counterparty_id)

    def set_status(self, status: str) -> None:
        view = self.partners.detail
        if view.detail is None:
            return
        kyb_ops.set_status(self, self.service, view.detail.party.id, status, self.session.actor).success(
            lambda _r: self.refresh()).run()

    # alerts --------------------------------------------------------------------------------------------------
    def load_alerts(self) -> None:
        self._alerts_generation += 1
        generation = self._alerts_generation
        run_quietly(kyb_ops.alerts(self, self.service, self.alerts.status).success(
            lambda alerts: generation == self._alerts_generation and self.alerts.set_alerts(alerts)))

    def acknowledge(self, alert_id: int) -> None:
        self._act(alert_id, "acknowledged", None)

    def resolve(self, alert_id: int) -> None:
        known = [a for a in self.alerts.model._all if a.id == alert_id]  # noqa: SLF001 - a read of our own view
        detail = self.partners.detail.detail
        known += [a for a in (detail.alerts if detail else []) if a.id == alert_id]
        what = alert_text(known[0]) if known else ""
        if known and known[0].type == "sanctions_match":
            what += "\n\n" + translate("KybPanel", "Resolving closes this alert only: the match still counts in the "
                                                   "risk. To dismiss the match itself, open the business partner and "
                                                   "choose 'Not the same' on it.")
        dialog = ReasonDialog(what, self)
        dialog.accepted.connect(lambda: self._act(alert_id, "resolved", dialog.reason()))
        self.dialog = dialog
        dialog.open()

    def decide(self, list_id: str, entity_id: str, verdict: str) -> None:
        """Ask why, then decide the selected partner's possible match ``list_id``/``entity_id``."""
        detail = self.partners.detail.detail
        if detail is None:
            return
        party_id = detail.party.id
        match = next((m for m in detail.matches if match_key(m) == (list_id, entity_id)), {})
        what = f"{match.get('name', entity_id)} · {list_title(list_id)}"
        dialog = ReasonDialog(what, self, decision_texts(verdict))
        dialog.accepted.connect(lambda: kyb_ops.decide(
            self, self.service, party_id, list_id, entity_id, verdict, dialog.reason(), self.session.actor,
            self.session.owner_id).success(lambda _party: self._acted()).failure(
            self._act_failed).run())
        self.dialog = dialog
        dialog.open()

    def _act(self, alert_id: int, status: str, reason: str | None) -> None:
        kyb_ops.act(self, self.service, alert_id, status, self.session.actor, self.session.owner_id, reason).success(
            lambda _r: self._acted()).failure(self._act_failed).run()

    def _act_failed(self, exc: BaseException) -> None:
        """A decision or alert action refused (e.g. the match left the lists meanwhile): say why, show what is."""
        show_error(self, exc)
        self._acted()

    def _acted(self) -> None:
        self._poll()
        self.refresh()
        self.load_alerts()

    # files ---------------------------------------------------------------------------------------------------
    def choose_csv(self) -> None:
        start = str(self.session.qsettings.value("kyb/csv_dir", str(Path.home())))
        path, _f = QFileDialog.getOpenFileName(self, translate("KybPanel", "Import business partners"), start,
                                               translate("KybPanel", "CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.open_csv(path)

    def open_csv(self, path: str) -> None:
        """Read the file, then let the user match its columns."""
        self.session.qsettings.setValue("kyb/csv_dir", str(Path(path).parent))
        kyb_ops.read_csv(self, path).success(lambda table: self._csv_read(path, table)).run()

    def _csv_read(self, path: str, table: CsvTable) -> None:
        dialog = ImportDialog(self.service, self.session.actor, path, table, self)
        dialog.imported.connect(lambda _report: self.refresh())
        self.dialog = dialog
        dialog.open()
