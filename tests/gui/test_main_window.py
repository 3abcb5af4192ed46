"""The main window: rail, shortcuts, status bar, remembered geometry, runtime state."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel

from gui.main_window import PANELS, MainWindow
from gui.panels.placeholder_panel import PlaceholderPanel
from gui.session import Session
from services.app import open_app
from services.runtime import Runtime
from storage.lock import WorkspaceLock

from .conftest import settle


def test_every_rail_button_opens_its_panel(window: MainWindow, qtbot):
    for key in PANELS:
        qtbot.mouseClick(window.buttons[key], Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.panels[key]
        assert window.current_panel == key
        assert window.buttons[key].isChecked()
    settle()


def test_rail_buttons_have_accessible_names(window: MainWindow):
    assert [window.buttons[k].accessibleName() for k in PANELS] == [
        "Home", "Inbox", "CRM", "Calendar", "Knowledge", "Invoices", "KYB", "Audit", "Settings"]


def test_ctrl_3_goes_to_crm(window: MainWindow, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_panel == "crm"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_panel == "settings"


def test_placeholder_says_what_will_be_there_and_counts_rows(window: MainWindow, qtbot):
    window.show_panel("crm")
    panel = window.panels["crm"]
    assert isinstance(panel, PlaceholderPanel)
    qtbot.waitUntil(lambda: panel.counts is not None)
    assert "pipeline board arrives with the CRM feature" in panel.arrival.text()
    assert panel.counts_label.text() == "Nothing stored here yet."
    panel._show_counts({"contacts": 12, "leads": 1, "tasks": 0})
    assert panel.counts_label.text() == "Already in this workspace: 12 contacts and 1 lead"


def test_home_shows_counts(window: MainWindow, qtbot):
    home = window.panels["home"]
    window.show_panel("home")
    qtbot.waitUntil(lambda: home.report is not None)
    assert home.cards["threads"].number.text() == "0"
    assert home.empty_card.isVisibleTo(home)


def test_geometry_and_panel_are_restored(session: Session, qtbot):
    first = MainWindow(session)
    qtbot.addWidget(first)
    first.show()
    first.resize(QSize(760, 540))
    first.move(40, 30)
    first.show_panel("audit")
    qtbot.waitUntil(lambda: first.size() == QSize(760, 540))
    first.close()
    settle()
    second = MainWindow(session)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == QSize(760, 540)
    assert second.current_panel == "audit"
    settle()


def test_status_bar_names_ai_backend_and_secret_store(window: MainWindow):
    assert window.ai_status.text.text() == "AI: embedded (offline)"
    assert window.secrets_status.text.text() == "Secrets: encrypted file"
    assert window.worker_status.text.text() == "Background work is not running"


def test_client_mode_shows_who_runs_the_workspace(app, qsettings, owner, qtbot, workspace):
    serve = WorkspaceLock(workspace.lock_file)
    serve.acquire("serve")
    runtime = Runtime(app, "gui")
    try:
        state = runtime.start()
        assert not state.owner
        session = Session(app, state, qsettings)
        window = MainWindow(session)
        qtbot.addWidget(window)
        text = window.worker_status.text.text()
        assert text == f"Background work runs in secretary serve (pid {os.getpid()})"
        assert runtime.consumer is None  # nothing of ours started
        session.detach()
    finally:
        runtime.stop()
        serve.release()


def test_owner_mode_runs_background_work_here(workspace, qsettings, qtbot):
    app = open_app(workspace)  # a real consumer, not immediate mode
    runtime = Runtime(app, "gui")
    try:
        state = runtime.start()
        assert state.owner
        session = Session(app, state, qsettings)
        window = MainWindow(session)
        qtbot.addWidget(window)
        assert window.worker_status.text.text() == "Background work runs here"
        window.close()
        settle()
        session.detach()
    finally:
        runtime.stop()
        app.close()
    signal.signal(signal.SIGINT, signal.default_int_handler)  # Huey's consumer replaced it


@pytest.mark.parametrize(("language", "settings_label", "home_label"), [
    ("de", "Einstellungen", "Startseite"),
    ("uk", "Налаштування", "Головна"),
])
def test_language_switch_retranslates_visible_texts(window: MainWindow, session: Session, qtbot, language,
                                                    settings_label, home_label):
    assert window.buttons["settings"].text() == "Settings"
    session.set_language(language)
    qtbot.waitUntil(lambda: window.buttons["settings"].text() == settings_label)  # Qt posts LanguageChange
    assert window.buttons["home"].text() == home_label
    assert window.settings_panel.side_title.text() == settings_label
    titles = {label.text() for label in window.panels["settings"].findChildren(QLabel, "PageTitle")}
    assert "Firm" not in titles and "Integrations" not in titles
    settle()
    assert session.app.settings.get("ui.language") == language
    session.set_language("en")
    qtbot.waitUntil(lambda: window.buttons["settings"].text() == "Settings")


def test_tasks_indicator_shows_running_operations(window: MainWindow, qtbot):
    import threading

    from gui.operations import op

    release = threading.Event()
    op(window, lambda: release.wait(5)).with_progress("Screening all business partners…").run()
    qtbot.waitUntil(window.tasks.isVisible)
    assert window.tasks.text.text() == "Screening all business partners…"
    op(window, lambda: release.wait(5)).with_progress("Downloading sanctions lists…").run()
    qtbot.waitUntil(lambda: window.tasks.text.text().startswith("2 tasks running"))
    release.set()
    qtbot.waitUntil(lambda: not window.tasks.isVisible())
