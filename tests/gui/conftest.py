"""GUI fixtures: a real workspace opened through services, a session, the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.main_window import MainWindow
from gui.session import Session
from services import users
from services.app import App, open_app


def settle() -> None:
    """Let running ops finish and deliver their callbacks."""
    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()


@pytest.fixture
def app(workspace, qapp: QApplication) -> Iterator[App]:
    opened = open_app(workspace, immediate=True)
    yield opened
    settle()
    opened.close()


@pytest.fixture
def owner(app: App) -> int:
    return users.ensure_owner(app.db, "system", "anna@example.com", "Anna Muster")


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def session(app: App, owner: int, qsettings: QSettings, qapp: QApplication) -> Iterator[Session]:
    made = Session(app, None, qsettings)
    yield made
    settle()
    made.detach()
    i18n.install(qapp, "en")


@pytest.fixture
def window(session: Session, qtbot) -> MainWindow:
    made = MainWindow(session)
    qtbot.addWidget(made)
    made.show()
    return made


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Every test starts (and ends) in English, with its plural forms."""
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")
