"""Settings → Channels: the list with health, adding through the dialog, the tests, switching off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from gui.main_window import MainWindow
from gui.panels import channel_ops
from gui.panels.channel_add_dialog import ChannelAddDialog
from gui.panels.settings_channels_page import ChannelsPage
from gui.session import Session
from secretary.channels import ChannelHealth, ChannelInfo
from secretary.records import LockInfo
from services.demo import create_demo
from services.runtime import RuntimeState
from tests.fakes.telegram_api import TOKEN, FakeTelegram

from .conftest import settle


@pytest.fixture
def demo(session: Session) -> Session:
    create_demo(session.app)
    return session


def make_page(session: Session, qtbot) -> ChannelsPage:
    page = ChannelsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    return page


def names(page: ChannelsPage) -> dict[str, tuple[bool, str]]:
    """Channel name -> (active, chip text)."""
    return {row.info.name: (row.info.is_active, row.chip.text()) for row in page.rows.values()}


def add_dialog(page: ChannelsPage, kind: str) -> ChannelAddDialog:
    dialog = page.open_add(kind)
    assert dialog.kind == kind and dialog.stack.currentWidget() is dialog.form
    return dialog


def test_demo_channels_are_listed_with_on_and_off(demo: Session, qtbot):
    page = make_page(demo, qtbot)
    assert names(page) == {"Web site chat": (True, "Not running"), "Telegram bot": (False, "Off"),
                           "Signal": (False, "Off")}
    widget = next(row for row in page.rows.values() if row.info.type == "widget")
    assert widget.details.text().startswith("on http://127.0.0.1:8765, ") and "weber-partner" in widget.details.text()
    assert widget.snippet.isVisibleTo(page) and widget.off.isVisibleTo(page)
    telegram = next(row for row in page.rows.values() if row.info.type == "telegram")
    assert "@WeberPartnerBot" in telegram.details.text()
    assert not telegram.off.isVisibleTo(page)
    assert not page.empty.isVisibleTo(page)


def test_empty_workspace_says_what_belongs_here(session: Session, qtbot):
    page = make_page(session, qtbot)
    assert page.rows == {}
    assert page.empty.isVisibleTo(page) and "Telegram bot" in page.empty.text()


def test_adding_a_widget_shows_the_snippet_and_the_new_channel(demo: Session, qtbot):
    page = make_page(demo, qtbot)
    dialog = add_dialog(page, "widget")
    form = dialog.forms["widget"]
    form.origins.setPlainText("https://www.muster.de\nhttps://shop.muster.de/")
    form.name.setText("Muster site")
    form.position.setCurrentIndex(form.position.findData("left"))
    form.language.setCurrentIndex(form.language.findData("uk"))
    form.greeting.setText("Hello!")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None)
    snippet = dialog.snippet.box.toPlainText()
    assert dialog.snippet.isVisibleTo(dialog) and dialog.snippet.box.isReadOnly()
    assert snippet.startswith('<script src="http://127.0.0.1:8765/widget.js"') and 'data-position="left"' in snippet
    assert 'data-language="uk"' in snippet
    assert dialog.done_title.text() == "“Muster site” was added."
    assert "next start" in dialog.done_text.text()
    qtbot.mouseClick(dialog.snippet.copy, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.clipboard().text() == snippet
    qtbot.waitUntil(lambda: "Muster site" in names(page))
    row = next(row for row in page.rows.values() if row.info.name == "Muster site")
    assert "https://shop.muster.de" in row.details.text()
    info = demo.app.channels.get(row.info.id)
    assert info.config["allowed_origins"] == ["https://shop.muster.de", "https://www.muster.de"]
    assert info.config["greeting"] == "Hello!"
    dialog.close()


def test_invalid_origin_is_marked_inline_and_nothing_is_added(demo: Session, qtbot):
    page = make_page(demo, qtbot)
    before = len(demo.app.channels.list())
    dialog = add_dialog(page, "widget")
    form = dialog.forms["widget"]
    form.origins.setPlainText("https://ok.example\nwww.muster.de/contact")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.errors["origins"].isVisibleTo(dialog))
    assert "www.muster.de/contact" in form.errors["origins"].text()
    assert dialog.result is None and dialog.save.isEnabled()
    settle()
    assert len(demo.app.channels.list()) == before
    form.origins.setPlainText("https://www.muster.de")
    assert not form.errors["origins"].isVisibleTo(dialog)  # editing clears the mark
    dialog.close()


def test_bad_telegram_token_shows_the_services_error(demo: Session, qtbot):
    page = make_page(demo, qtbot)
    before = len(demo.app.channels.list())
    dialog = add_dialog(page, "telegram")
    form = dialog.forms["telegram"]
    assert form.token.echoMode() == QLineEdit.EchoMode.Password
    assert "@BotFather" in form.intro.text() and "/newbot" in form.intro.text()
    qtbot.keyClicks(form.token, "12345:short")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.errors["token"].isVisibleTo(dialog))
    assert "not a complete bot token" in form.errors["token"].text()
    assert not form.errors["api_url"].isVisibleTo(dialog)
    settle()
    assert len(demo.app.channels.list()) == before
    dialog.close()


def test_telegram_test_names_the_bot_and_save_adds_it(session: Session, qtbot):
    page = make_page(session, qtbot)
    dialog = add_dialog(page, "telegram")
    form = dialog.forms["telegram"]
    with FakeTelegram() as telegram:
        form.token.setText(TOKEN)
        form.api_url.setText(telegram.url)
        qtbot.mouseClick(form.test.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.test.button.isEnabled(), timeout=15_000)
    assert "@secretary_test_bot" in form.test.result.text()
    assert form.name.placeholderText() == "@secretary_test_bot"
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None)
    info = dialog.result.info
    assert info.name == "@secretary_test_bot" and info.config["api_url"] == telegram.url
    assert session.app.channels.token(info.id) == TOKEN
    assert not dialog.snippet.isVisibleTo(dialog)
    dialog.close()


def test_telegram_test_with_a_wrong_token_says_so(session: Session, qtbot):
    page = make_page(session, qtbot)
    form = add_dialog(page, "telegram").forms["telegram"]
    with FakeTelegram() as telegram:
        form.token.setText("987654321:AAH-wrong-token_0123456789abcdefghij")
        form.api_url.setText(telegram.url)
        qtbot.mouseClick(form.test.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.test.button.isEnabled(), timeout=15_000)
    assert "Telegram rejected the token" in form.test.result.text()


def test_signal_test_with_a_missing_executable_shows_the_install_hint(session: Session, qtbot, tmp_path: Path):
    page = make_page(session, qtbot)
    dialog = add_dialog(page, "signal")
    form = dialog.forms["signal"]
    assert "Java 21" in form.intro.text() and "docs/signal-setup.md" in form.intro.text()
    form.number.setText("+49 30 1234567")
    form.signal_cli.setText(str(tmp_path / "no-signal-cli"))
    qtbot.mouseClick(form.test.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.test.button.isEnabled())
    text = form.test.result.text()
    assert "signal-cli was not found" in text and "Java 21" in text and "docs/signal-setup.md" in text
    assert "no-signal-cli" in text
    form.number.setText("0301234567")
    qtbot.mouseClick(form.test.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.errors["number"].isVisibleTo(dialog))
    assert "international format" in form.errors["number"].text()
    dialog.close()


def test_switching_a_channel_off_updates_the_list(demo: Session, qtbot):
    page = make_page(demo, qtbot)
    widget = next(row for row in page.rows.values() if row.info.type == "widget")
    qtbot.mouseClick(widget.off, Qt.MouseButton.LeftButton)
    box = page.confirm
    assert box is not None and "Web site chat" in box.text()
    box.findChild(type(widget.off), "ConfirmOff").click()
    qtbot.waitUntil(lambda: names(page)["Web site chat"] == (False, "Off"))
    assert not demo.app.channels.get(widget.info.id).is_active
    assert "conversations stay" in page.status.text()


def test_health_chips_show_each_state(demo: Session, qtbot):
    page = make_page(demo, qtbot)
    page.timer.stop()
    channels = [ChannelInfo(1, "telegram", "Bot", True), ChannelInfo(2, "signal", "Number", True),
                ChannelInfo(3, "widget", "Site", True, {"allowed_origins": ["https://a.example"]}),
                ChannelInfo(4, "telegram", "Old bot", False), ChannelInfo(5, "telegram", "New", True)]
    health = {1: ChannelHealth("running"), 2: ChannelHealth("failed", "signal-cli was not found at signal-cli; "
                                                                      "install it (see README: Signal setup)",
                                                            "executable not found"),
              3: ChannelHealth("degraded", "retrying", "connection reset by peer", restarts=2)}
    page.show_channels(channels, health)
    chips = {row.info.name: (row.tone, row.chip.text(), row.reason.text()) for row in page.rows.values()}
    assert chips["Bot"] == ("ok", "Running", "")
    assert chips["Number"][:2] == ("error", "Failed") and "Java 21" in chips["Number"][2]
    assert chips["Site"] == ("warn", "Reconnecting", "connection reset by peer")
    assert chips["Old bot"][:2] == ("muted", "Off")
    assert chips["New"][:2] == ("muted", "Not running")
    assert list(page.rows) == [1, 2, 3, 5, 4]  # switched-off channels last


def test_a_channel_run_by_secretary_serve_says_so(demo: Session, qtbot):
    demo.runtime = RuntimeState(owner=False, holder=LockInfo(pid=4242, host="office", mode="serve",
                                                             started_at="2025-01-01T08:00:00+00:00"))
    page = make_page(demo, qtbot)
    assert names(page)["Web site chat"] == (True, "Runs in secretary serve (pid 4242)")
    assert page.runner.isVisibleTo(page)
    assert channel_ops.chip(ChannelInfo(1, "signal", "S", False), None, "x")[1] == "Off"


def test_integrations_point_to_channels(window: MainWindow, qtbot):
    window.navigate("settings:integrations")
    panel = window.settings_panel
    link = panel.integrations.links["telegram"]
    assert "Settings → Channels" in link.link.text()
    link.link.linkActivated.emit("channels")
    assert panel.current_page == "channels"
    qtbot.waitUntil(lambda: panel.channels.loaded)
    assert panel.channels.timer.isActive()  # refreshes while on screen
    panel.show_page("integrations")
    assert not panel.channels.timer.isActive()
