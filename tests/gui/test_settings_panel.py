"""Settings: the firm form, inline validation, secrets and connection tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from gui.errors import check_sentence
from gui.main_window import MainWindow
from gui.panels.settings_panel import SettingsPanel

from .conftest import settle


def open_settings(window: MainWindow, page: str) -> SettingsPanel:
    window.navigate(f"settings:{page}")
    panel = window.settings_panel
    assert panel.current_page == page
    return panel


def test_firm_name_is_saved(window: MainWindow, qtbot):
    form = open_settings(window, "firm").firm
    name = form.editors["firm.name"]
    assert isinstance(name, QLineEdit)
    name.setText("Muster & Partner")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.status.text() == "Saved.")
    assert window.session.app.settings.get("firm.name") == "Muster & Partner"


def test_invalid_vat_id_is_marked_inline_and_nothing_is_saved(window: MainWindow, qtbot):
    form = open_settings(window, "firm").firm
    form.editors["firm.name"].setText("Muster & Partner")
    form.editors["firm.vat_id"].setText("12345")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    error = form.errors["firm.vat_id"]
    assert error.isVisibleTo(form)
    assert error.text() == "Enter the VAT id with its country prefix, e.g. DE123456789."
    assert not form.errors["firm.name"].isVisibleTo(form)
    assert form.status.text() == "Nothing was saved: correct the marked fields."
    settle()
    assert window.session.app.settings.get("firm.name") == ""
    assert window.session.app.settings.get("firm.vat_id") == ""
    form.editors["firm.vat_id"].setText("DE123456789")
    form.editors["firm.vat_id"].textEdited.emit("DE123456789")
    assert not error.isVisibleTo(form)


def test_secret_is_stored_and_never_shown(window: MainWindow, qtbot):
    page = open_settings(window, "integrations").integrations
    row = page.rows()["openai.api_key"]
    qtbot.waitUntil(lambda: row.is_set is False)
    assert row.chip.text() == "not set"
    assert row.field.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(row.field, "123456:SECRET-token")
    qtbot.mouseClick(row.save, Qt.MouseButton.LeftButton)
    assert row.field.text() == ""  # gone from the widget at once
    qtbot.waitUntil(lambda: row.is_set is True)
    assert window.session.app.secrets.is_set("openai.api_key")
    assert row.chip.text() == "set"
    assert row.field.text() == ""
    assert "SECRET" not in row.field.placeholderText()
    for widget in page.findChildren(QLineEdit):
        assert "SECRET" not in widget.text()
    qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.is_set is False)
    assert not window.session.app.secrets.is_set("openai.api_key")


def test_connection_test_without_token_says_not_configured(window: MainWindow, qtbot):
    page = open_settings(window, "integrations").integrations
    telegram = page.cards["openai"]
    qtbot.mouseClick(telegram.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: telegram.last is not None)
    assert telegram.last.code == "not_configured"
    assert telegram.result.text().startswith(check_sentence("not_configured"))
    assert "openai.api_key is not set" in telegram.result.text()
    assert telegram.test.isEnabled()


def test_ai_backend_choice_updates_status_bar(window: MainWindow, qtbot):
    form = open_settings(window, "ai").ai
    backend = form.editors["ai.backend"]
    backend.setCurrentIndex(backend.findData("compatible"))
    form.editors["ai.base_url"].setText("http://localhost:11434/v1")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ai_status.text.text() == "AI: compatible server")
    assert window.session.app.settings.get("ai.base_url") == "http://localhost:11434/v1"


def test_workspace_page_shows_path_schema_and_store(window: MainWindow, qtbot):
    page = open_settings(window, "workspace").workspace
    qtbot.waitUntil(lambda: page.report is not None)
    assert page.values["folder"].text() == str(window.session.app.workspace.root)
    assert "(up to date)" in page.values["schema"].text()
    assert page.values["secrets"].text().startswith("encrypted file")
    assert page.values["holder"].text() == "Nobody: background work is stopped"


def test_language_combo_applies_live(window: MainWindow, qtbot):
    page = open_settings(window, "language").language
    page.combo.setCurrentIndex(page.combo.findData("de"))
    assert window.session.language == "de"
    qtbot.waitUntil(lambda: window.session.app.settings.get("ui.language") == "de")


def test_knowledge_page_openai_without_key_says_not_ready(window: MainWindow, qtbot):
    page = open_settings(window, "knowledge").knowledge
    kind = page.form.editors["kb.embedder"]
    kind.setCurrentIndex(kind.findData("openai"))
    assert page.form.editors["kb.embedding_model"].isEnabled()
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not set up yet" in page.form.status.text(), timeout=10_000)
    assert page.form.status.text().startswith("This feature is not set up yet. Check it in Settings.")
    assert "API key" in page.form.status.text()
    assert window.session.app.settings.get("kb.embedder") == "openai"


def test_knowledge_page_embedded_creates_the_index_then_is_in_use(window: MainWindow, qtbot):
    from tests.fakes.embedder import HashingEmbedder

    app = window.session.app
    embedder = HashingEmbedder()
    app.knowledge.embedders.override(embedder)
    page = open_settings(window, "knowledge").knowledge
    qtbot.waitUntil(lambda: page.state is not None)
    assert page.values["reindexing"].text() == "No"
    kind = page.form.editors["kb.embedder"]
    assert kind.currentData() == "embedded"
    assert not page.form.editors["kb.embedding_model"].isEnabled()
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)  # nothing changed: switch anyway
    expected = (f"The knowledge base is being re-indexed with {embedder.name}; search keeps using the current "
                "index until it is done.")
    qtbot.waitUntil(lambda: page.form.status.text() == expected, timeout=10_000)
    settle()
    qtbot.waitUntil(lambda: page.values["model"].text() == embedder.name)
    assert page.values["dimensions"].text() == str(embedder.dimensions)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form.status.text() == "Already in use.", timeout=10_000)
