"""Settings → Integrations: each outside service with its secrets and a "Test connection".

Telegram and Signal are channels: their cards only point to Settings → Channels.

Stored values are never shown or read back into a field: a secret is only
"set" or "not set", can be replaced by typing a new one, or removed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from gui.errors import check_sentence, describe
from gui.icons import icon
from gui.operations import settings as settings_ops
from gui.panels.base_panel import card
from gui.session import Session
from gui.theme import SPACE, colors
from secretary.settings import INTEGRATIONS, Integration, SecretSpec
from services.integrations import CheckResult

translate = QCoreApplication.translate


class SecretRow:
    """Label, password field, set/not-set chip, Save and Remove for one secret."""

    def __init__(self, page: IntegrationsPage, spec: SecretSpec, grid: QGridLayout, row: int,
                 parent: QWidget) -> None:
        self.page, self.spec = page, spec
        self.is_set: bool | None = None
        self.label = QLabel(parent)
        self.field = QLineEdit(parent)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setObjectName(f"secret:{spec.name}")
        self.chip = QLabel(parent)
        self.save = QPushButton(parent)
        self.remove = QPushButton(icon("remove"), "", parent)
        self.message = QLabel(parent)
        self.message.setObjectName("FieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.save.setEnabled(False)
        self.remove.setEnabled(False)
        self.field.textChanged.connect(lambda text: self.save.setEnabled(bool(text.strip())))
        self.field.returnPressed.connect(self.store)
        self.save.clicked.connect(self.store)
        self.remove.clicked.connect(self.delete)
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.field, row, 1)
        grid.addWidget(self.chip, row, 2)
        grid.addWidget(self.save, row, 3)
        grid.addWidget(self.remove, row, 4)
        grid.addWidget(self.message, row + 1, 1, 1, 4)

    def retranslate(self) -> None:
        name = translate("settings", self.spec.label)
        self.label.setText(name)
        self.field.setAccessibleName(name)
        self.save.setText(translate("IntegrationsPage", "Save"))
        self.remove.setText(translate("IntegrationsPage", "Remove"))
        self.remove.setAccessibleName(translate("IntegrationsPage", "Remove %1").replace("%1", name))
        self.set_state(self.is_set)

    def set_state(self, is_set: bool | None) -> None:
        self.is_set = is_set
        if is_set is None:
            self.chip.setText(translate("IntegrationsPage", "checking…"))
            self.chip.setObjectName("Chip")
        elif is_set:
            self.chip.setText(translate("IntegrationsPage", "set"))
            self.chip.setObjectName("ChipOk")
        else:
            self.chip.setText(translate("IntegrationsPage", "not set"))
            self.chip.setObjectName("Chip")
        self.chip.style().unpolish(self.chip)
        self.chip.style().polish(self.chip)
        self.field.setPlaceholderText(
            translate("IntegrationsPage", "Stored. Type a new value to replace it.") if is_set else
            translate("IntegrationsPage", "Paste the value here"))
        self.remove.setEnabled(bool(is_set))

    def store(self) -> None:
        value = self.field.text()
        if not value.strip():
            return
        self.field.clear()  # the value leaves the widget at once; only the op holds it
        self.message.hide()
        self.save.setEnabled(False)
        session = self.page.session
        settings_ops.set_secret(self.page, session.app, self.spec.name, value, session.actor).success(
            lambda _r: self._done(True)).failure(self._failed).run()

    def delete(self) -> None:
        session = self.page.session
        self.remove.setEnabled(False)
        settings_ops.delete_secret(self.page, session.app, self.spec.name, session.actor).success(
            lambda _r: self._done(False)).failure(self._failed).run()

    def _done(self, is_set: bool) -> None:
        self.set_state(is_set)
        self.page.session.settings_saved.emit({})  # the audit log has a new entry

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe(exc))
        self.message.show()
        self.set_state(self.is_set)


class IntegrationCard:
    """One integration: title, its secrets, and the connection test with its result."""

    def __init__(self, page: IntegrationsPage, integration: Integration, parent: QWidget) -> None:
        self.page, self.integration = page, integration
        self.frame, layout = card(parent)
        self.frame.setObjectName("Card")
        head = QHBoxLayout()
        head.setSpacing(SPACE)
        logo = QLabel(self.frame)
        logo.setPixmap(icon(integration.name, "accent").pixmap(20, 20))
        self.title = QLabel(self.frame)
        self.title.setObjectName("SectionTitle")
        head.addWidget(logo)
        head.addWidget(self.title)
        head.addStretch(1)
        layout.addLayout(head)
        self.note = QLabel(self.frame)
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACE)
        grid.setVerticalSpacing(SPACE // 2)
        grid.setColumnStretch(1, 1)
        self.rows = [SecretRow(page, spec, grid, 2 * i, self.frame) for i, spec in enumerate(integration.secrets)]
        layout.addLayout(grid)
        test = QHBoxLayout()
        test.setSpacing(SPACE)
        self.test = QPushButton(icon("test"), "", self.frame)
        self.test.setObjectName(f"test:{integration.name}")
        self.test.clicked.connect(self.run_test)
        self.result_icon = QLabel(self.frame)
        self.result = QLabel(self.frame)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test.addWidget(self.test, 0, Qt.AlignmentFlag.AlignTop)
        test.addWidget(self.result_icon, 0, Qt.AlignmentFlag.AlignTop)
        test.addWidget(self.result, 1)
        layout.addLayout(test)
        self.last: CheckResult | None = None

    def retranslate(self) -> None:
        self.title.setText(translate("settings", self.integration.label))
        notes = {
            "openai": translate("IntegrationsPage", "Used when the AI back-end is OpenAI (Settings → AI)."),
            "compatible": translate("IntegrationsPage", "Ollama, llama.cpp, vLLM or LM Studio; the address is set "
                                                        "in Settings → AI."),
            "stripe": translate("IntegrationsPage", "Licence and billing; a restricted read-only key is enough "
                                                    "for the test."),
            "google_calendar": translate("IntegrationsPage", "Keeps bookings in step with your Google Calendar."),
        }
        self.note.setText(notes.get(self.integration.name, ""))
        self.test.setText(translate("IntegrationsPage", "Test connection"))
        for secret_row in self.rows:
            secret_row.retranslate()
        self.show_result(self.last)

    def run_test(self) -> None:
        self.test.setEnabled(False)
        self.result_icon.setPixmap(icon("busy").pixmap(16, 16))
        self.result.setText(translate("IntegrationsPage", "Testing…"))
        settings_ops.check_integration(self.page, self.page.session.app, self.integration.name).success(
            self.show_result).failure(self._failed).run()

    def show_result(self, result: CheckResult | None) -> None:
        self.test.setEnabled(True)
        self.last = result
        if result is None:
            self.result_icon.clear()
            self.result.setText("")
            return
        tone = "ok" if result.ok else ("warn" if result.code in ("not_configured", "not_available") else "error")
        self.result_icon.setPixmap(icon({"ok": "ok", "warn": "warn", "error": "error"}[tone], tone).pixmap(16, 16))
        text = html.escape(check_sentence(result.code), quote=False)
        if result.detail:  # what exactly happened, quieter than the sentence
            text += f"<br><span style='color:{colors().muted}'>{html.escape(result.detail, quote=False)}</span>"
        self.result.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.test.setEnabled(True)
        self.result_icon.setPixmap(icon("error", "error").pixmap(16, 16))
        self.result.setText(describe(exc))


CHANNELS = ("telegram", "signal")  # set up as channels, each with its own token or number


class ChannelLinkCard:
    """Telegram or Signal: one line that leads to Settings → Channels."""

    def __init__(self, page: IntegrationsPage, integration: Integration, parent: QWidget) -> None:
        self.integration = integration
        self.frame, layout = card(parent)
        line = QHBoxLayout()
        line.setSpacing(SPACE)
        logo = QLabel(self.frame)
        logo.setPixmap(icon(integration.name, "accent").pixmap(20, 20))
        self.title = QLabel(self.frame)
        self.title.setObjectName("SectionTitle")
        self.link = QLabel(self.frame)
        self.link.setObjectName(f"link:{integration.name}")
        self.link.setWordWrap(True)
        self.link.linkActivated.connect(page.open_page.emit)
        line.addWidget(logo)
        line.addWidget(self.title)
        line.addSpacing(SPACE)
        line.addWidget(self.link, 1)
        layout.addLayout(line)

    def retranslate(self) -> None:
        self.title.setText(translate("settings", self.integration.label))
        where = html.escape(translate("IntegrationsPage", "Settings → Channels"))
        text = {"telegram": translate("IntegrationsPage", "Bots are added and tested in %1."),
                "signal": translate("IntegrationsPage", "Numbers are added and tested in %1.")}[self.integration.name]
        self.link.setText(html.escape(text).replace(
            "%1", f"<a href='channels' style='color:{colors().accent}'>{where}</a>"))


class IntegrationsPage(QWidget):
    open_page = Signal(str)  # another Settings page to show (Telegram and Signal live in Channels)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 * SPACE)
        self.cards = {i.name: IntegrationCard(self, i, self) for i in INTEGRATIONS if i.name not in CHANNELS}
        self.links = {i.name: ChannelLinkCard(self, i, self) for i in INTEGRATIONS if i.name in CHANNELS}
        for integration in INTEGRATIONS:
            shown = self.links.get(integration.name) or self.cards[integration.name]
            layout.addWidget(shown.frame)
        layout.addStretch(1)
        self.retranslate_ui()

    def rows(self) -> dict[str, SecretRow]:
        return {r.spec.name: r for c in self.cards.values() for r in c.rows}

    def refresh(self) -> None:
        settings_ops.secret_states(self, self.session.app).success(self._show_states).run()

    def _show_states(self, states: dict[str, bool]) -> None:
        for name, secret_row in self.rows().items():
            secret_row.set_state(states.get(name, False))

    def retranslate_ui(self) -> None:
        for integration_card in self.cards.values():
            integration_card.retranslate()
        for link in self.links.values():
            link.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
