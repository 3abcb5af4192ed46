"""The first-run wizard and the app's start-up."""

from __future__ import annotations

import signal
import sys
import types

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gui.first_run_dialog import FirstRunDialog, needs_first_run
from gui.session import Session
from services import users
from services.app import open_app

from .conftest import settle


def test_wizard_sets_up_firm_owner_and_channels(app, qsettings, qtbot):
    assert needs_first_run(app)
    session = Session(app, None, qsettings)
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.next_step()
    assert dialog.stack.currentIndex() == 0  # the firm name is required
    assert dialog.errors["firm.name"].isVisibleTo(dialog)
    dialog.fields["firm.name"].setText("Muster & Partner")
    dialog.fields["firm.city"].setText("Berlin")
    dialog.next_step()
    assert dialog.stack.currentIndex() == 1
    dialog.fields["owner.name"].setText("Anna Muster")
    dialog.fields["owner.email"].setText("not-an-address")
    dialog.next_step()
    assert dialog.stack.currentIndex() == 1
    assert dialog.errors["owner.email"].text() == "Enter an e-mail address like office@example.com."
    dialog.fields["owner.email"].setText("anna@example.com")
    dialog.next_step()
    assert dialog.stack.currentIndex() == 2
    assert dialog.skip_button.isVisible()
    dialog.skip()  # embedded AI
    dialog.fields["telegram.bot_token"].setText("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0")
    assert dialog.next_button.text() == "Finish"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.next_step()
    assert session.owner_id == users.owner_id(app.db) is not None
    assert app.settings.get("firm.name") == "Muster & Partner"
    assert app.settings.get("firm.city") == "Berlin"
    assert app.settings.get("ai.backend") == "embedded"
    [bot] = [c for c in app.channels.list() if c.type == "telegram"]  # the token became a Telegram channel
    assert app.channels.token(bot.id) == "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"
    assert not needs_first_run(app)
    session.detach()


def test_demo_button_creates_the_demo_workspace(app, qsettings, qtbot, monkeypatch):
    calls = []

    def create_demo(demo_app):
        calls.append(demo_app)
        users.ensure_owner(demo_app.db, "system", "demo@example.com", "Demo Owner")
        demo_app.settings.set_many({"workspace.demo": True, "firm.name": "Demo GmbH"}, "system")

    monkeypatch.setitem(sys.modules, "services.demo", types.SimpleNamespace(create_demo=create_demo))
    session = Session(app, None, qsettings)
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.demo_button.click()
    assert calls == [app]
    assert dialog.demo_created
    assert session.owner_id is not None
    assert not needs_first_run(app)
    session.detach()


def test_wizard_shows_failures_as_sentences(app, qsettings, qtbot, monkeypatch):
    def create_demo(_app):
        from secretary.errors import Conflict

        raise Conflict("the workspace already has contacts")

    monkeypatch.setitem(sys.modules, "services.demo", types.SimpleNamespace(create_demo=create_demo))
    session = Session(app, None, qsettings)
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.demo_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert dialog.message.text().startswith("The change clashes with a newer one.")
    assert dialog.demo_button.isEnabled()
    session.detach()


def test_main_runs_and_quits_cleanly(workspace, qapp: QApplication, tmp_path, monkeypatch):
    from gui import app as gui_app
    from gui.session import Session as RealSession

    prepared = open_app(workspace)
    prepared.settings.set("firm.name", "Muster & Partner", "system")  # no wizard
    prepared.close()
    monkeypatch.setattr(gui_app, "Session", lambda app, state: RealSession(app, state, _ini(tmp_path)))
    seen = {}

    def look_and_quit() -> None:
        windows = [w for w in qapp.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible()]
        seen["window"] = bool(windows)
        if windows:
            seen["worker"] = windows[0].worker_status.text.text()
            windows[0].close()  # as a person would: closing the last window quits
        else:
            qapp.quit()

    QTimer.singleShot(500, look_and_quit)
    fallback = QTimer(singleShot=True, interval=5000, timeout=qapp.quit)  # should the window not close
    fallback.start()
    try:
        assert gui_app.main(workspace) == 0
    finally:
        fallback.stop()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    settle()
    assert seen == {"window": True, "worker": "Background work runs here"}
    reopened = open_app(workspace)
    try:
        assert reopened.lock.holder() is None  # the runtime stopped and released the lock
    finally:
        reopened.close()


def _ini(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat)
