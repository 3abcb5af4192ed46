"""The KYB panel on a real workspace: counterparties, detail, alerts, lists, CSV import and reports.

Screening runs against the OFAC mini list from the shared fixtures; checks ask
the sanctions source only (no remote register is reached from a test).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from gui.operations import kyb as kyb_ops
from gui.panels import kyb_list_model
from gui.panels.kyb_list_model import RISK_ROLE, CounterpartyModel
from gui.panels.kyb_lists_view import stale
from gui.panels.kyb_match_view import MatchView
from gui.panels.kyb_panel import KybPanel
from gui.panels.kyb_texts import level_colors
from gui.session import Session
from secretary.errors import InvalidInput, NotFound
from secretary.kyb.counterparty import CounterpartyInput, ListVersion
from services.app import App
from services.kyb.lists import UpdateResult
from tests.fakes.vies_soap import FakeVies

from .conftest import settle

VALID_VAT = "DE136695976"


@pytest.fixture
def panel(session: Session, qtbot) -> Iterator[KybPanel]:
    made = KybPanel(session)
    made.check_sources = ("sanctions",)
    qtbot.addWidget(made)
    made.resize(1300, 850)
    made.show()
    made.activated()
    qtbot.waitUntil(lambda: made.partners.model.loaded_once and made.new_alerts is not None)
    yield made
    made.timer.stop()
    settle()


@pytest.fixture
def ofac(app: App, kyb_fixtures: Path) -> App:
    app.kyb.lists.import_file("ofac-csv", kyb_fixtures / "ofac" / "csv-mini", actor="cli")
    return app


def add(app: App, name: str, **fields: object) -> int:
    return app.kyb.add(CounterpartyInput(name=name, **fields), actor="cli")  # type: ignore[arg-type]


def moreno(app: App) -> int:
    """A counterparty named like a listed person, screened once: a critical match and an alert."""
    party_id = add(app, "Daniel Moreno", kind="person", country="BZ", birth_date="1972-10-12")
    app.kyb.check(party_id, sources=("sanctions",))
    return party_id


def texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def open_detail(panel: KybPanel, qtbot, party_id: int) -> None:
    panel.refresh()
    panel.open_partner(party_id)
    view = panel.partners.detail
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.party.id == party_id)
    settle()


# -- counterparties ----------------------------------------------------------------------------------------------

def test_empty_workspace_says_what_to_do(panel: KybPanel, qtbot):
    panel.show_tab("lists")
    qtbot.waitUntil(lambda: panel.lists.loaded_once)
    panel.show_tab("partners")
    qtbot.waitUntil(lambda: panel.partners.stack.currentWidget() is panel.partners.empty)
    empty = panel.partners.empty
    assert empty.title.text() == "No business partners yet"
    assert empty.first_button.text() == "Add a business partner" and empty.second_button.text() == "Import CSV…"
    assert panel.partners.banner.isVisibleTo(panel)  # no sanctions list loaded yet
    assert panel.lists.stack.currentWidget() is panel.lists.empty
    assert panel.lists.empty.first_button.text() == "Update now"


def test_add_through_the_dialog_shows_an_invalid_vat_id_inline(panel: KybPanel, app: App, qtbot):
    panel.partners.empty.first_button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.line("name").setText("Muster Handels GmbH")
    dialog.line("vat_number").setText("DE136695977")
    dialog.save_button.click()
    error = dialog.errors["vat_number"]
    assert error.isVisibleTo(dialog) and "not a valid VAT id" in error.text()
    assert "check digit" in error.toolTip()  # the service's own words are one hover away
    assert app.kyb.list() == []
    dialog.line("vat_number").setText(VALID_VAT)
    dialog.line("country").setText("Deutschland")
    dialog.line("country").editingFinished.emit()
    assert "two-letter country code" in dialog.errors["country"].text()
    dialog.line("country").setText("de")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    [stored] = app.kyb.list()
    assert (stored.name, stored.vat_number, stored.country) == ("Muster Handels GmbH", VALID_VAT, "DE")
    qtbot.waitUntil(lambda: panel.partners.model.rowCount() == 1)
    qtbot.waitUntil(lambda: panel.partners.detail.detail is not None)
    assert panel.partners.stack.currentWidget() is panel.partners.splitter
    assert panel.partners.detail.name.text() == "Muster Handels GmbH"


def test_adding_a_duplicate_is_refused_at_the_name(panel: KybPanel, app: App, qtbot):
    add(app, "Muster Handels GmbH", vat_number=VALID_VAT)
    panel.edit(None)
    dialog = panel.dialog
    dialog.line("name").setText("Muster Handels GmbH")
    dialog.line("vat_number").setText(VALID_VAT)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors["name"].isVisibleTo(dialog))
    assert "monitored already" in dialog.errors["name"].text()
    dialog.reject()


def test_model_pages_lazily_and_paints_the_risk_badge(ofac: App, qtbot, monkeypatch):
    monkeypatch.setattr(kyb_list_model, "PAGE_SIZE", 5)
    monkeypatch.setattr(kyb_ops, "PAGE_SIZE", 5)
    moreno(ofac)
    for n in range(11):
        add(ofac, f"Partner {n:02d} GmbH")
    model = CounterpartyModel(lambda f, offset, limit: kyb_ops.page(ofac.kyb, f, offset, limit), "Europe/Berlin")
    model.set_filter(kyb_ops.CounterpartyFilter())
    qtbot.waitUntil(lambda: model.loaded_once)
    assert model.rowCount() == 5 and model.pages_loaded == 1
    assert model.canFetchMore(model.index(0, 0).parent())
    model.fetchMore(model.index(0, 0).parent())
    qtbot.waitUntil(lambda: model.pages_loaded == 2)
    model.fetchMore(model.index(0, 0).parent())
    qtbot.waitUntil(lambda: model.pages_loaded == 3)
    assert model.rowCount() == 12 and not model.canFetchMore(model.index(0, 0).parent())
    top = model.index(0, CounterpartyModel.COLUMNS.index("risk"))
    assert model.data(top) == "Critical · 100" and model.data(top, RISK_ROLE) == ("critical", 100, True)
    assert model.data(model.index(0, 0)) == "Daniel Moreno"
    assert model.data(model.index(0, CounterpartyModel.COLUMNS.index("alerts"))) == "1"
    unchecked = model.index(1, CounterpartyModel.COLUMNS.index("risk"))
    assert model.data(unchecked) == "Not checked"
    assert model.data(model.index(1, CounterpartyModel.COLUMNS.index("checked"))) == "Never"
    assert level_colors("critical")[2] and not level_colors("low")[2]  # critical is a solid chip
    model.set_filter(kyb_ops.CounterpartyFilter(min_score=90))
    qtbot.waitUntil(lambda: model.loaded_once)
    assert model.rowCount() == 1


def test_last_check_is_shown_in_the_firms_time_zone(ofac: App, qtbot):
    party_id = moreno(ofac)
    checked = ofac.kyb.get(party_id).last_checked_at
    model = CounterpartyModel(lambda f, offset, limit: kyb_ops.page(ofac.kyb, f, offset, limit), "Asia/Tokyo")
    model.set_filter(kyb_ops.CounterpartyFilter())
    qtbot.waitUntil(lambda: model.loaded_once)
    cell = model.index(0, CounterpartyModel.COLUMNS.index("checked"))
    shown, full = model.data(cell), model.data(cell, Qt.ItemDataRole.ToolTipRole)  # the day; the time on hover
    tokyo = checked.astimezone(UTC) + timedelta(hours=9)
    assert tokyo.strftime("%-I:%M") in full or tokyo.strftime("%H:%M") in full
    assert tokyo.strftime("%-I:%M") not in shown and str(tokyo.day) in shown


def test_detail_shows_reasons_match_history_and_alerts(panel: KybPanel, ofac: App, qtbot):
    party_id = moreno(ofac)
    data = ofac.kyb.get(party_id)
    ofac.kyb.update(party_id, CounterpartyInput(name=data.name, kind="person", country="US",
                                                birth_date="1972-10-12"), actor="cli")
    ofac.kyb.check(party_id, sources=("sanctions",))  # the query changed: a second snapshot and a diff
    open_detail(panel, qtbot, party_id)
    view = panel.partners.detail
    assert len(view.detail.snapshots) == 2 and len(view.detail.diffs) == 1
    shown = texts(view.body)
    assert "Score 100 of 100: Critical" in shown
    assert "Possible match on OFAC Specially Designated Nationals (SDN): Daniel MORENO" in shown
    assert "Possible sanctions matches (1)" in shown
    assert "Daniel Gonzalo MORENO JR." in shown  # the listed entry's alias, beside our record
    assert "SDNTK" in shown and "passport 0291622 (BZ)" in shown
    assert "How the score came about" in shown
    assert "Sanctions lists changed" in shown and "query.country: BZ → US" in shown
    assert "Sanctions lists: answer first seen" in shown
    assert "Daniel Moreno may be listed: Daniel MORENO on OFAC" in shown
    assert "Not asked: no VAT id entered." in shown
    assert view.badge.accessibleName() == "Critical · 100"


def test_check_now_shows_busy_then_the_result(panel: KybPanel, ofac: App, qtbot):
    party_id = add(ofac, "Daniel Moreno", kind="person", country="BZ", birth_date="1972-10-12")
    open_detail(panel, qtbot, party_id)
    view = panel.partners.detail
    assert "Not checked yet" in texts(view.body)
    view.check_button.click()
    assert view.check_button.text() == "Checking…" and not view.check_button.isEnabled()
    qtbot.waitUntil(lambda: view.detail.party.risk_score == 100)
    assert view.check_button.text() == "Check now" and view.check_button.isEnabled()
    qtbot.waitUntil(lambda: panel.new_alerts == 1)


def test_a_check_stops_after_the_register_being_asked(panel: KybPanel, app: App, qtbot):
    with FakeVies() as vies:
        vies.register(VALID_VAT, name="Muster Handels GmbH")
        vies.delay = 1.0
        app.settings.set_many({"kyb.vies_url": vies.url, "firm.vat_id": ""}, "cli")
        party_id = add(app, "Muster Handels GmbH", country="DE", vat_number=VALID_VAT)
        panel.check_sources = ("vies", "sanctions")
        open_detail(panel, qtbot, party_id)
        view = panel.partners.detail
        assert not view.stop_button.isVisible()
        view.check_button.click()
        assert view.stop_button.isVisible() and view.stop_button.isEnabled()
        qtbot.waitUntil(lambda: vies.received == 1)  # VIES is being asked
        view.stop_button.click()
        assert view.stop_button.text() == "Stopping…" and not view.stop_button.isEnabled()
        qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    party = app.kyb.get(party_id)
    assert set(party.check_state) == {"vies"} and party.last_checked_at is None  # the lists were not screened
    assert not view.stop_button.isVisible() and view.check_button.isEnabled()


def test_pause_and_archive(panel: KybPanel, app: App, qtbot):
    party_id = add(app, "Muster Handels GmbH")
    open_detail(panel, qtbot, party_id)
    view = panel.partners.detail
    view.pause_action.trigger()
    qtbot.waitUntil(lambda: app.kyb.get(party_id).status == "paused")
    qtbot.waitUntil(lambda: view.detail.party.status == "paused")
    assert view.pause_action.text() == "Resume monitoring"
    view.archive_action.trigger()
    qtbot.waitUntil(lambda: app.kyb.get(party_id).status == "archived")
    qtbot.waitUntil(lambda: panel.partners.model.rowCount() == 0)  # the list shows monitored ones


def test_a_match_is_dismissed_as_not_the_same_and_the_decision_undone(panel: KybPanel, ofac: App, qtbot):
    party_id = moreno(ofac)
    open_detail(panel, qtbot, party_id)
    view = panel.partners.detail
    (match,) = view.body.findChildren(MatchView)
    assert match.false_button.isVisible() and match.confirm_button.isVisible() and not match.undo_button.isVisible()
    match.false_button.click()
    dialog = panel.dialog
    assert dialog.windowTitle() == "Not the same (false positive)" and not dialog.resolve_button.isEnabled()
    dialog.quick[0].click()
    dialog.resolve_button.click()
    qtbot.waitUntil(lambda: view.detail.party.risk_score == 0)
    (alert,) = ofac.kyb.alerts(status=None)
    assert (alert.status, alert.acted_by, alert.reason) == ("resolved", "Anna Muster",
                                                            "Different person: other date of birth")
    settle()
    shown = texts(view.body)
    assert "Not the same (false positive): decided by Anna Muster" in shown
    assert "Not the same as on OFAC Specially Designated Nationals (SDN): Daniel MORENO" in shown  # the risk reason
    (match,) = view.body.findChildren(MatchView)
    assert match.undo_button.isVisible() and not match.false_button.isVisible() and match.confirm_button.isVisible()
    match.undo_button.click()
    panel.dialog.quick[0].click()
    panel.dialog.resolve_button.click()
    qtbot.waitUntil(lambda: view.detail.party.risk_score == 100)
    assert [d.decision for d in ofac.kyb.decisions(party_id)] == ["false_positive", "withdrawn"]


def test_a_refused_decision_is_shown_not_lost(panel: KybPanel, ofac: App, qtbot, monkeypatch):
    party_id = moreno(ofac)
    open_detail(panel, qtbot, party_id)
    (match,) = panel.partners.detail.body.findChildren(MatchView)

    def gone(*_args, **_kwargs):
        raise NotFound("ofac-sdn 15102 is not a possible match of counterparty 1 in its latest screening")
    monkeypatch.setattr(ofac.kyb, "decide", gone)
    match.false_button.click()
    panel.dialog.quick[0].click()
    panel.dialog.resolve_button.click()
    qtbot.waitUntil(lambda: any(box.isVisible() for box in panel.findChildren(QMessageBox, "ErrorBox")))
    assert ofac.kyb.decisions(party_id) == [] and ofac.kyb.get(party_id).risk_score == 100


# -- alerts ------------------------------------------------------------------------------------------------------

def test_acknowledge_then_resolve_with_a_required_reason(panel: KybPanel, ofac: App, qtbot):
    moreno(ofac)
    panel.show_tab("alerts")
    alerts = panel.alerts
    qtbot.waitUntil(lambda: alerts.model.rowCount() == 1)
    [alert] = ofac.kyb.alerts()
    assert alerts.selected().id == alert.id and "may be listed" in alerts.full_text.text()
    qtbot.waitUntil(lambda: panel.new_alerts == 1)
    assert panel.tab_buttons["alerts"].text() == "Alerts (1)"
    alerts.ack_button.click()
    qtbot.waitUntil(lambda: ofac.kyb.alerts()[0].status == "acknowledged")
    qtbot.waitUntil(lambda: panel.new_alerts == 0)
    alerts.status_buttons["acknowledged"].click()
    qtbot.waitUntil(lambda: alerts.model.rowCount() == 1 and alerts.model.alert(0).status == "acknowledged")
    assert "Acknowledged by Anna Muster" in alerts.meta.text()

    with pytest.raises(InvalidInput):  # the service refuses a resolve without a reason, too
        ofac.kyb.act(alert.id, "resolved", actor="cli", reason=" ")
    alerts.resolve_button.click()
    dialog = panel.dialog
    assert not dialog.resolve_button.isEnabled()
    assert "the match still counts in the risk" in texts(dialog)  # dismissing the match is done on the partner
    dialog.resolve_button.click()
    assert dialog.isVisible()
    dialog.quick[0].click()
    assert dialog.resolve_button.isEnabled()
    dialog.resolve_button.click()
    qtbot.waitUntil(lambda: ofac.kyb.alerts(status=None)[0].status == "resolved")
    resolved = ofac.kyb.alerts(status=None)[0]
    assert resolved.reason == "Different person: other date of birth" and resolved.acted_by == "Anna Muster"
    alerts.status_buttons["resolved"].click()
    qtbot.waitUntil(lambda: alerts.model.rowCount() == 1 and alerts.model.alert(0).status == "resolved")
    assert "Resolved by Anna Muster" in alerts.meta.text() and "other date of birth" in alerts.meta.text()


def test_severity_chips_filter_the_alerts(panel: KybPanel, ofac: App, qtbot):
    moreno(ofac)
    panel.show_tab("alerts")
    qtbot.waitUntil(lambda: panel.alerts.model.rowCount() == 1)
    panel.alerts.severity_buttons["critical"].click()
    assert panel.alerts.model.rowCount() == 0
    assert "severities" in panel.alerts.empty.text()
    panel.alerts.severity_buttons["critical"].click()
    assert panel.alerts.model.rowCount() == 1


def test_new_critical_alert_raises_the_badge_and_a_notification(panel: KybPanel, ofac: App, qtbot, monkeypatch):
    badges: list[int] = []
    panel.alerts_changed.connect(badges.append)
    monkeypatch.setattr(panel, "in_background", lambda: True)  # the user works in another program
    moreno(ofac)
    qtbot.waitUntil(lambda: bool(badges) and badges[-1] == 1)
    qtbot.waitUntil(lambda: panel.last_notification is not None)
    title, text = panel.last_notification
    assert title == "KYB alert (Critical): Daniel Moreno" and "may be listed" in text


# -- lists, CSV, reports -----------------------------------------------------------------------------------------

def test_list_freshness_import_and_update(panel: KybPanel, app: App, qtbot, kyb_fixtures: Path, monkeypatch):
    lists = panel.lists
    panel.show_tab("lists")
    qtbot.waitUntil(lambda: lists.loaded_once)
    lists.import_file("ofac-csv", str(kyb_fixtures / "ofac" / "csv-mini"))
    qtbot.waitUntil(lambda: "17 entries imported" in lists.outcome.text())
    qtbot.waitUntil(lambda: lists.stack.currentWidget() is lists.table)
    model = lists.model
    row = next(r for r in model.rows if r.list_id == "ofac-sdn")
    column = {c: model.COLUMNS.index(c) for c in model.COLUMNS}
    index = model.rows.index(row)
    assert model.data(model.index(index, column["age"])) == "Today"
    assert model.data(model.index(index, column["entries"])) == "17"
    missing = next(i for i, r in enumerate(model.rows) if r.version is None)
    assert model.data(model.index(missing, column["age"])) == "Not loaded"
    assert "older than a week or not loaded" in lists.warning.text()
    old = ListVersion(1, "un-sc", "v", None, "un-xml", "x", "0", 1, 1, [], True,
                      datetime.now(UTC) - timedelta(days=9))
    assert stale(kyb_ops.ListRow("un-sc", old, True)) and not stale(kyb_ops.ListRow("ofac-sdn", row.version, True))
    qtbot.waitUntil(lambda: not panel.partners.banner.isVisibleTo(panel))

    def fake_update(list_ids=None, *, actor, progress=None, cache_dir=None):
        progress(0.0, "ofac-sdn")
        progress(0.5, "eu-fsf")
        return [UpdateResult("ofac-sdn", "unchanged", "no change since the last download"),
                UpdateResult("eu-fsf", "skipped", "the EU file needs a download token")]
    monkeypatch.setattr(app.kyb.lists, "update", fake_update)
    lists.update_button.click()
    qtbot.waitUntil(lambda: lists.outcome.isVisibleTo(lists) and "Last update" in lists.outcome.text())
    assert "✓ OFAC Specially Designated Nationals (SDN): no change" in lists.outcome.text()
    assert "– EU consolidated financial sanctions: skipped — it needs a download token: enter it in Settings → KYB" \
        in lists.outcome.text()
    assert lists.update_button.isEnabled() and not lists.cancel_button.isVisibleTo(lists)


def test_list_update_can_be_stopped(panel: KybPanel, app: App, qtbot, monkeypatch):
    def slow_update(list_ids=None, *, actor, progress=None, cache_dir=None):
        for n, list_id in enumerate(("ofac-sdn", "eu-fsf", "un-sc")):
            progress(n / 3, list_id)
            panel.lists.progress.cancel() if n == 0 else None  # the user presses Stop during the first
        return []
    monkeypatch.setattr(app.kyb.lists, "update", slow_update)
    panel.show_tab("lists")
    panel.lists.update_now()
    qtbot.waitUntil(lambda: "Stopped" in panel.lists.outcome.text())
    assert panel.lists.progress is None


def test_csv_import_wizard_reports_the_rejected_row(panel: KybPanel, app: App, qtbot, tmp_path: Path):
    path = tmp_path / "partners.csv"
    path.write_text("Firma;Land;USt-IdNr\nAlpha GmbH;DE;DE136695976\nBeta AG;DE;DE123\nGamma Ltd;GB;\n",
                    encoding="utf-8")
    panel.open_csv(str(path))
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible())
    dialog = panel.dialog
    assert dialog.mapping() == {"name": "Firma", "country": "Land", "vat_number": "USt-IdNr"}
    preview = [dialog.preview.item(r, dialog.preview.columnCount() - 1).text() for r in range(3)]
    assert preview[0].startswith("✓") and preview[1].startswith("✗ VAT id") and preview[2].startswith("✓")
    dialog.combos["name"].setCurrentIndex(0)  # nothing chosen for the name: nothing to import
    assert not dialog.import_button.isEnabled() and "name" in dialog.error.text()
    dialog.combos["name"].setCurrentIndex(dialog.combos["name"].findData("Firma"))
    assert dialog.import_button.text() == "Import 3 rows"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert len(dialog.report.added) == 2 and [n for n, _r in dialog.report.rejected] == [3]
    assert dialog.summary.text() == "2 business partners added."
    assert dialog.rejected.rowCount() == 1 and dialog.rejected.item(0, 0).text() == "3"
    assert "not a valid VAT id" in dialog.rejected.item(0, 1).text()
    assert sorted(p.name for p in app.kyb.list()) == ["Alpha GmbH", "Gamma Ltd"]
    dialog.close_button.click()
    qtbot.waitUntil(lambda: panel.partners.model.rowCount() == 2)


def test_report_export_writes_pdf_and_json(panel: KybPanel, ofac: App, qtbot, tmp_path: Path):
    party_id = moreno(ofac)
    pdf = tmp_path / "moreno.pdf"
    panel.reports.write(party_id, str(pdf))
    qtbot.waitUntil(lambda: panel.reports.exported == [pdf])
    assert pdf.read_bytes().startswith(b"%PDF")
    panel.reports.write(party_id, str(tmp_path / "moreno.json"))
    qtbot.waitUntil(lambda: panel.reports.exported == [tmp_path / "moreno.json"])
    assert '"Daniel Moreno"' in (tmp_path / "moreno.json").read_text(encoding="utf-8")
    folder = tmp_path / "all"
    panel.reports.write_all(str(folder))
    qtbot.waitUntil(lambda: len(panel.reports.exported) == 3)
    assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".json", ".pdf"]
    assert panel.reports.dialog.objectName() == "KybExportedBox"


def test_language_switch_retranslates(panel: KybPanel, session: Session, qtbot):
    session.set_language("de", persist=False)
    qtbot.waitUntil(lambda: panel.tab_buttons["partners"].text() != "Business partners")
    assert panel.tab_buttons["lists"].text() == "Sanktionslisten"
    assert panel.partners.empty.title.text() == "Noch keine Geschäftspartner"
    session.set_language("en", persist=False)
    qtbot.waitUntil(lambda: panel.tab_buttons["partners"].text() == "Business partners")


def test_main_window_has_the_kyb_panel_and_its_badge(ofac: App, session: Session, qtbot):
    from gui.icons import NAMES
    from gui.main_window import MainWindow
    from secretary.settings import INTEGRATIONS

    unnamed = [i.name for i in INTEGRATIONS if i.name not in NAMES and i.name not in ("telegram", "signal")]
    if unnamed:  # Settings → Integrations cannot draw its cards: test_main_window says so already
        pytest.skip(f"no icon in gui/icons.py for {unnamed}")
    moreno(ofac)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.panels["kyb"], KybPanel)
    qtbot.waitUntil(lambda: "kyb" in window.badges and window.badges["kyb"].isVisible())
    assert window.badges["kyb"].text() == "1" and window.buttons["kyb"].accessibleName() == "KYB (1)"
    window.show_panel("kyb")
    qtbot.waitUntil(lambda: window.kyb.partners.model.rowCount() == 1)
    window.kyb.timer.stop()
    window.close()
    settle()
