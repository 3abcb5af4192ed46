"""Settings → AI: back-end, agents and policies in one form, inline errors, the connection test, the playground."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit, QSpinBox

from gui.errors import check_sentence
from gui.main_window import MainWindow
from gui.panels.settings_ai_page import AISettingsPage, hours_ok
from gui.panels.settings_form_panel import OptionList
from gui.session import Session
from tests.fakes.openai_api import FakeOpenAI

from .conftest import settle


def make_page(session: Session, qtbot) -> AISettingsPage:
    page = AISettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    return page


def editor(page: AISettingsPage, key: str):
    return page.editors[key]


def test_loading_shows_the_stored_values(session: Session, qtbot):
    session.app.settings.set_many({
        "ai.backend": "compatible", "ai.base_url": "http://10.0.0.5:11434/v1", "ai.model": "llama3.1:8b",
        "ai.temperature": 0.7, "ai.timeout_seconds": 45, "ai.agents": ["sales", "billing"],
        "ai.toxicity_action": "handoff", "ai.russian_reply": "en", "ai.other_language": "handoff",
        "ai.forbidden_topics": ["politics", "tax evasion"], "ai.disclaimer": "Written by an AI.",
        "ai.business_hours": "Mon-Fri 08:00-16:00", "ai.meeting_minutes": 45}, session.actor)
    page = make_page(session, qtbot)
    assert page.backend.currentData() == "compatible"
    assert editor(page, "ai.base_url").text() == "http://10.0.0.5:11434/v1"
    assert editor(page, "ai.model").text() == "llama3.1:8b"
    temperature = editor(page, "ai.temperature")
    assert isinstance(temperature, QDoubleSpinBox) and temperature.value() == 0.7
    assert editor(page, "ai.timeout_seconds").value() == 45
    assert [box.isChecked() for box in editor(page, "ai.agents")] == [True, False, True, False]
    toxicity = editor(page, "ai.toxicity_action")
    assert isinstance(toxicity, OptionList) and toxicity.currentData() == "handoff"
    assert editor(page, "ai.russian_reply").currentData() == "en"
    assert editor(page, "ai.other_language").currentData() == "handoff"
    topics = editor(page, "ai.forbidden_topics")
    assert isinstance(topics, QPlainTextEdit) and topics.toPlainText() == "politics\ntax evasion"
    assert editor(page, "ai.disclaimer").text() == "Written by an AI."
    assert editor(page, "ai.business_hours").text() == "Mon-Fri 08:00-16:00"
    assert editor(page, "ai.meeting_minutes").value() == 45
    assert page.test.isVisibleTo(page) and page.test.text() == "Test connection"


def test_server_address_is_shown_only_for_a_local_server(session: Session, qtbot):
    page = make_page(session, qtbot)
    address, model = page.fields["ai.base_url"], page.fields["ai.model"]
    assert page.backend.currentData() == "embedded"
    assert not address.isVisibleTo(page) and not model.isVisibleTo(page)
    assert not page.test.isVisibleTo(page)
    assert "No connection to test" in page.result.text()
    page.backend.setCurrentIndex(page.backend.findData("compatible"))
    assert address.isVisibleTo(page) and model.isVisibleTo(page)
    assert page.test.isVisibleTo(page) and page.test.text() == "Save and test connection"
    page.backend.setCurrentIndex(page.backend.findData("openai"))
    assert not address.isVisibleTo(page) and model.isVisibleTo(page)
    assert page.key_link.isVisibleTo(page)


def test_invalid_business_hours_are_marked_inline_and_nothing_is_saved(session: Session, qtbot):
    page = make_page(session, qtbot)
    editor(page, "ai.disclaimer").setText("Written by an AI.")
    hours = editor(page, "ai.business_hours")
    assert isinstance(hours, QLineEdit)
    for wrong in ("weekdays 9 to 5", "Mon-Fri 09:00-25:00"):
        hours.setText(wrong)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        error = page.errors["ai.business_hours"]
        assert error.isVisibleTo(page)
        assert "Mon-Fri 09:00-17:00, Sat 10:00-13:00" in error.text()
        assert page.status.text() == "Nothing was saved: correct the marked fields."
    settle()
    assert session.app.settings.get("ai.business_hours") == "Mon-Fri 09:00-17:00"
    assert session.app.settings.get("ai.disclaimer") == ""
    hours.textEdited.emit("Mon")
    assert not page.errors["ai.business_hours"].isVisibleTo(page)


def test_local_server_needs_an_address(session: Session, qtbot):
    page = make_page(session, qtbot)
    page.backend.setCurrentIndex(page.backend.findData("compatible"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors["ai.base_url"].text().startswith("Enter the server's address")
    settle()
    assert session.app.settings.get("ai.backend") == "embedded"


def test_saving_stores_every_value(session: Session, qtbot):
    page = make_page(session, qtbot)
    page.backend.setCurrentIndex(page.backend.findData("openai"))
    editor(page, "ai.model").setText("gpt-4o")
    editor(page, "ai.temperature").setValue(0.5)
    editor(page, "ai.timeout_seconds").setValue(60)
    boxes: list[QCheckBox] = editor(page, "ai.agents")
    boxes[3].setChecked(False)
    toxicity = editor(page, "ai.toxicity_action")
    toxicity.setCurrentIndex(toxicity.findData("block"))
    russian = editor(page, "ai.russian_reply")
    russian.setCurrentIndex(russian.findData("handoff"))
    editor(page, "ai.forbidden_topics").setPlainText("politics\n\n  medical advice  \n")
    editor(page, "ai.disclaimer").setText("Written by an AI assistant.")
    editor(page, "ai.business_hours").setText("Mon-Fri 09:00-17:00, Sat 10:00-13:00")
    minutes = editor(page, "ai.meeting_minutes")
    assert isinstance(minutes, QSpinBox)
    minutes.setValue(60)
    with qtbot.waitSignal(session.settings_saved, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    stored = session.app.settings.all()
    assert stored["ai.backend"] == "openai" and stored["ai.model"] == "gpt-4o"
    assert stored["ai.temperature"] == 0.5 and stored["ai.timeout_seconds"] == 60
    assert stored["ai.agents"] == ["sales", "support", "billing"]
    assert stored["ai.toxicity_action"] == "block" and stored["ai.russian_reply"] == "handoff"
    assert stored["ai.forbidden_topics"] == ["politics", "medical advice"]
    assert stored["ai.disclaimer"] == "Written by an AI assistant."
    assert stored["ai.business_hours"] == "Mon-Fri 09:00-17:00, Sat 10:00-13:00"
    assert stored["ai.meeting_minutes"] == 60


def test_no_agent_on_warns_that_everything_goes_to_a_person(session: Session, qtbot):
    page = make_page(session, qtbot)
    assert not page.notes["ai.agents"].isVisibleTo(page)
    for box in editor(page, "ai.agents"):
        box.setChecked(False)
    assert page.notes["ai.agents"].isVisibleTo(page)
    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert session.app.settings.get("ai.agents") == []


def test_connection_test_saves_then_lists_the_servers_models(session: Session, qtbot):
    with FakeOpenAI() as fake:
        session.app.secrets.set("compatible.api_key", fake.api_key, session.actor)
        page = make_page(session, qtbot)
        page.backend.setCurrentIndex(page.backend.findData("compatible"))
        editor(page, "ai.base_url").setText(fake.url)
        assert page.test.text() == "Save and test connection"
        qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.last is not None, timeout=10_000)
        assert page.last.ok and page.last.code == "ok"
        assert page.result.text().startswith(check_sentence("ok"))
        assert "text-embedding-3-small" in page.result.text()
        assert session.app.settings.get("ai.base_url") == fake.url
        assert page.test.text() == "Test connection" and page.test.isEnabled()


def test_connection_test_without_a_key_points_to_integrations(session: Session, qtbot):
    session.app.settings.set("ai.backend", "openai", session.actor)
    page = make_page(session, qtbot)
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last is not None, timeout=10_000)
    assert page.last.code == "not_configured"
    assert "enter the API key in Integrations" in page.result.text()


def test_the_key_link_and_the_playground_open_from_the_page(window: MainWindow, qtbot):
    window.navigate("settings:ai")
    panel = window.settings_panel
    page = panel.ai
    assert isinstance(page, AISettingsPage)
    page.open_page.emit("integrations")
    assert panel.current_page == "integrations"
    qtbot.mouseClick(page.try_button, Qt.MouseButton.LeftButton)
    assert page.playground is not None and page.playground.isVisible()
    assert not page.playground.isModal()
    first = page.playground
    page.open_playground()
    assert page.playground is first
    first.close()


def test_hours_are_real_clock_times():
    assert hours_ok("Mon-Fri 09:00-17:00, Sat 10:00-13:00")
    assert hours_ok("Sun 00:00-24:00")
    assert not hours_ok("Mon 17:00-09:00")
    assert not hours_ok("Mon 09:60-10:00")
    assert not hours_ok("Mon 09:00-24:30")
