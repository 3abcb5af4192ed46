"""Starting the desktop app: Qt, theme and translations, the workspace, the runtime, the window."""

from __future__ import annotations

import logging
import signal
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import i18n, theme
from gui.errors import describe, technical
from gui.first_run_dialog import FirstRunDialog, needs_first_run
from gui.icons import icon
from gui.main_window import MainWindow
from gui.operations import wait_for_all
from gui.session import APPLICATION, ORGANISATION, Session
from services.app import open_app
from services.runtime import Runtime, RuntimeState

if TYPE_CHECKING:
    from storage.workspace import Workspace

log = logging.getLogger(__name__)


def _quit_on_signals(qapp: QApplication) -> QTimer:
    """Ctrl+C / SIGTERM quit cleanly (the runtime stops, the lock is released).

    Huey's consumer installs its own handlers, which only act inside its own
    loop; ours replace them. The first Ctrl+C asks Qt to quit; a second one
    kills at once. The timer wakes Python now and then so a handler can run
    while Qt's C++ event loop has control.
    """
    def handler(signum: int, _frame: object) -> None:
        log.info("received %s, quitting", signal.Signals(signum).name)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        qapp.quit()

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
    timer = QTimer(qapp, interval=300)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer


def _show_fatal(exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "AI Secretary cannot start"),
                      describe(exc))
    box.setDetailedText(technical(exc))
    box.exec()


def _screenshot_then_quit(qapp: QApplication, window: MainWindow, path: str) -> None:
    """Save what the screen shows (the real window system's pixels) and quit: for checks and docs."""
    def shoot() -> None:
        screen = window.screen() or qapp.primaryScreen()
        picture = screen.grabWindow(0) if qapp.platformName() not in ("offscreen", "minimal") else window.grab()
        if not picture.save(path):
            log.error("could not save the screenshot to %s", path)
        qapp.quit()

    QTimer.singleShot(1500, shoot)


def main(workspace: Workspace | None = None, *, screenshot: str | None = None) -> int:
    """Run the desktop app on ``workspace`` (default: the user's); returns the exit code.

    With ``screenshot``, the first-run wizard is skipped, the screen is saved to
    that PNG file once the window is up, and the app quits.
    """
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setOrganizationName(ORGANISATION)
    qapp.setApplicationName(APPLICATION)
    qapp.setApplicationDisplayName(APPLICATION)
    theme.apply(qapp)
    theme.follow_system(qapp)
    qapp.setWindowIcon(QIcon(icon("home", "accent")))

    try:
        app = open_app(workspace)
    except Exception as exc:  # noqa: BLE001 - shown as a sentence, then we stop
        log.exception("cannot open the workspace")
        _show_fatal(exc)
        return 1
    i18n.install(qapp, str(app.settings.get("ui.language")))

    runtime = Runtime(app, "gui")
    state: RuntimeState | None
    try:
        # main thread, before exec(): Huey installs signal handlers here. The local HTTP server serves
        # the web widget; if its port is taken the app still runs, without it.
        state = runtime.start(http="optional")
    except Exception as exc:  # noqa: BLE001 - the window still opens, without background work
        log.exception("background work could not start")
        state = None
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Background work is off"),
                          describe(exc))
        box.setDetailedText(technical(exc))
        box.exec()
    signal_timer = _quit_on_signals(qapp)

    session = Session(app, state)
    window: MainWindow | None = None
    stopped = False

    def shutdown() -> None:
        nonlocal stopped
        if stopped:
            return
        stopped = True
        signal_timer.stop()
        if window is not None:
            window.save_state()
        wait_for_all(10_000)
        session.detach()
        runtime.stop()

    qapp.aboutToQuit.connect(shutdown)
    try:
        first_run = needs_first_run(app) and screenshot is None
        if first_run:
            dialog = FirstRunDialog(session)
            dialog.exec()  # closing it without finishing is fine: the wizard comes back next time
        window = MainWindow(session)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: window and window.refresh_icons())
        if first_run and not session.app.settings.get("workspace.demo"):
            window.show_panel("inbox")  # after setting up, the inbox, never an empty grey window
        window.show()
        if screenshot:
            _screenshot_then_quit(qapp, window, screenshot)
        return qapp.exec()
    finally:
        shutdown()
        app.close()


if __name__ == "__main__":
    raise SystemExit(main())
