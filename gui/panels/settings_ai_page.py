"""Settings → AI: which model answers, which agents answer, the rules they follow, and a way to try it.

One form (one Save) in three cards: Back-end, Agents, Policies. The connection
test checks the saved settings, so with unsaved back-end changes it saves first
and says so on its button. "Try it" opens the playground next to the page.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.errors import check_sentence, describe
from gui.icons import icon
from gui.operations import settings as settings_ops
from gui.panels.ai_playground import PlaygroundDialog, Runner
from gui.panels.base_panel import card
from gui.panels.settings_form_panel import Editor, OptionList, SettingsForm, choice_text
from gui.session import Session
from gui.theme import SPACE, colors
from secretary.errors import InvalidInput
from secretary.settings import Setting
from services.integrations import CheckResult

translate = QCoreApplication.translate
BACKEND_KEYS = ["ai.backend", "ai.base_url", "ai.model", "ai.temperature", "ai.timeout_seconds"]
POLICY_KEYS = ["ai.toxicity_action", "ai.russian_reply", "ai.other_language", "ai.forbidden_topics",
               "ai.disclaimer", "ai.business_hours", "ai.meeting_minutes"]
AI_KEYS = [*BACKEND_KEYS, "ai.agents", *POLICY_KEYS]
_HOURS = re.compile(r"\s*(\w{3})(?:-(\w{3}))? (\d{2}):(\d{2})-(\d{2}):(\d{2})\s*")


def hours_ok(text: str) -> bool:
    """Times are real clock times and each span starts before it ends (the declared pattern checks the shape)."""
    for part in filter(None, (p.strip() for p in text.split(","))):
        match = _HOURS.fullmatch(part)
        if match is None:
            return False
        h1, m1, h2, m2 = (int(g) for g in match.groups()[2:])
        if m1 > 59 or m2 > 59 or h1 > 23 or h2 > 24 or (h2 == 24 and m2) or (h1, m1) >= (h2, m2):
            return False
    return True


def backend_texts(value: str) -> tuple[str, str]:
    return {
        "embedded": (translate("AISettings", "Embedded"),
                     translate("AISettings", "Runs offline on this computer. Nothing to set up.")),
        "openai": (translate("AISettings", "OpenAI (cloud)"),
                   translate("AISettings", "Needs the API key in Integrations. Personal data in messages is masked "
                                           "before they leave this computer.")),
        "compatible": (translate("AISettings", "Local LLM server"),
                       translate("AISettings", "Ollama, llama.cpp, LM Studio or vLLM on this computer or in your "
                                               "office network. The data stays in your network.")),
    }[value]


def toxicity_texts(value: str) -> tuple[str, str]:
    return {
        "calm": (translate("AISettings", "Answer calmly"),
                 translate("AISettings", "A polite reply that steers back to the matter.")),
        "flag": (translate("AISettings", "Answer calmly and flag the conversation"),
                 translate("AISettings", "As above, and the conversation is marked for a person to look at.")),
        "handoff": (translate("AISettings", "Hand it to a person"),
                    translate("AISettings", "One calm line says a colleague takes over; the conversation "
                                            "waits in the Inbox.")),
        "block": (translate("AISettings", "Stop answering"),
                  translate("AISettings", "One short notice, then the AI stays silent in this conversation; "
                                          "it is marked as abusive for review.")),
    }[value]


def agent_note(agent: str) -> str:
    return {
        "sales": translate("AISettings", "New enquiries, prices and offers; records leads in the CRM."),
        "support": translate("AISettings", "Questions about your services, answered from your documents."),
        "billing": translate("AISettings", "Invoices, payments and reminders."),
        "operations": translate("AISettings", "Booking, moving and cancelling meetings."),
    }[agent]


class AISettingsPage(SettingsForm):
    """The AI page: a SettingsForm laid out in cards, with a connection test and the playground."""

    open_page = Signal(str)  # another Settings page to show (the API keys live in Integrations)

    def __init__(self, session: Session, parent: QWidget | None = None, run: Runner | None = None) -> None:
        self.run = run
        self.notes: dict[str, QLabel] = {}
        self.last: CheckResult | None = None
        self._test_pending = False
        self.playground: PlaygroundDialog | None = None
        super().__init__(session, AI_KEYS, parent)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        frame, inner = card(self)
        self.try_title = QLabel(frame)
        self.try_title.setObjectName("SectionTitle")
        self.try_note = QLabel(frame)
        self.try_note.setObjectName("Muted")
        self.try_note.setWordWrap(True)
        self.try_button = QPushButton(icon("test"), "", frame)
        self.try_button.setObjectName("TryAI")
        self.try_button.clicked.connect(self.open_playground)
        inner.addWidget(self.try_title)
        inner.addWidget(self.try_note)
        inner.addLayout(_left(self.try_button))
        outer.addSpacing(SPACE)
        outer.addWidget(frame)
        self.backend.currentIndexChanged.connect(lambda _i: self.show_result(None))  # an old result misleads
        for key in ("ai.base_url", "ai.model"):
            self._line(key).textChanged.connect(lambda _t: self._sync())
        for box in self._agent_boxes():
            box.toggled.connect(lambda _on: self._sync())
        self.saved.connect(lambda _stored: self._after_save())
        self.unchanged.connect(self._after_save)
        self.retranslate_ui()

    # -- building -------------------------------------------------------------------------------------------------
    def _editor(self, spec: Setting, parent: QWidget) -> Editor:
        if spec.key == "ai.backend":
            return OptionList(spec.choices, backend_texts, parent)
        if spec.key == "ai.toxicity_action":
            return OptionList(spec.choices, toxicity_texts, parent)
        editor = super()._editor(spec, parent)
        if isinstance(editor, QAbstractSpinBox):
            editor.setMinimumWidth(14 * SPACE)
        return editor

    def _field(self, spec: Setting) -> QWidget:
        if spec.key == "ai.agents":  # one per line, each with what it handles, instead of a row of boxes
            return self._agents_field(spec)
        field = super()._field(spec)
        editor = self.editors[spec.key]
        if isinstance(editor, QAbstractSpinBox):
            editor.setMaximumWidth(16 * SPACE)
        if spec.key in ("ai.model", "ai.temperature", "ai.forbidden_topics", "ai.disclaimer",
                        "ai.business_hours", "ai.base_url"):
            self.notes[spec.key] = self._muted(field)
            column = field.layout()
            assert isinstance(column, QVBoxLayout)
            column.insertWidget(1, self.notes[spec.key])
        return field

    def _agents_field(self, spec: Setting) -> QWidget:
        field = QWidget(self)
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACE // 2)
        boxes = []
        for agent in spec.item_choices:
            box = QCheckBox(choice_text(spec.key, agent), field)
            box.setObjectName(f"agent:{agent}")
            boxes.append(box)
            self.notes[f"agent:{agent}"] = self._muted(field, indent=True)
            column.addWidget(box)
            column.addWidget(self.notes[f"agent:{agent}"])
        self.notes[spec.key] = QLabel(field)
        self.notes[spec.key].setObjectName("Warning")
        self.notes[spec.key].setWordWrap(True)
        error = QLabel(field)
        error.setObjectName("FieldError")
        error.hide()
        column.addWidget(self.notes[spec.key])
        column.addWidget(error)
        self.editors[spec.key], self.errors[spec.key], self.labels[spec.key] = boxes, error, QLabel(self)
        return field

    def _muted(self, parent: QWidget, indent: bool = False) -> QLabel:
        label = QLabel(parent)
        label.setObjectName("Muted")
        label.setWordWrap(True)
        if indent:
            label.setContentsMargins(3 * SPACE, 0, 0, SPACE // 2)
        return label

    def _arrange(self, outer: QVBoxLayout) -> None:
        self.titles: dict[str, QLabel] = {}
        self.forms: dict[str, QFormLayout] = {}
        for group, keys in (("backend", BACKEND_KEYS), ("agents", ["ai.agents"]), ("policies", POLICY_KEYS)):
            frame, inner = card(self)
            frame.setObjectName("Card")
            self.titles[group] = QLabel(frame)
            self.titles[group].setObjectName("SectionTitle")
            inner.addWidget(self.titles[group])
            form = QFormLayout()
            form.setHorizontalSpacing(2 * SPACE)
            form.setVerticalSpacing(2 * SPACE)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key in keys:
                if key in ("ai.backend", "ai.agents"):  # their card's title says what they are
                    self.fields[key].setParent(frame)
                    inner.addWidget(self.fields[key])
                    self.labels[key].hide()
                else:
                    self.fields[key].setParent(frame)
                    form.addRow(self.labels[key], self.fields[key])
            inner.addLayout(form)
            self.forms[group] = form
            if group == "backend":
                self._add_test(frame, inner)
            outer.addWidget(frame)

    def _add_test(self, frame: QWidget, inner: QVBoxLayout) -> None:
        self.key_link = QLabel(frame)
        self.key_link.setWordWrap(True)
        self.key_link.linkActivated.connect(self.open_page.emit)
        self.test = QPushButton(icon("test"), "", frame)
        self.test.setObjectName("test:ai")
        self.test.clicked.connect(self.run_test)
        self.result_icon = QLabel(frame)
        self.result = QLabel(frame)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setSpacing(SPACE)
        row.addWidget(self.test, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.result_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.result, 1)
        inner.addWidget(self.key_link)
        inner.addLayout(row)

    # -- helpers --------------------------------------------------------------------------------------------------
    @property
    def backend(self) -> OptionList:
        editor = self.editors["ai.backend"]
        assert isinstance(editor, OptionList)
        return editor

    def _line(self, key: str) -> QLineEdit:
        editor = self.editors[key]
        assert isinstance(editor, QLineEdit)
        return editor

    def _agent_boxes(self) -> list[QCheckBox]:
        editor = self.editors["ai.agents"]
        assert isinstance(editor, list)
        return editor

    def _backend_dirty(self) -> bool:
        raw = self.raw_values()
        return any(str(raw[k]).strip() != str(self.values.get(k, "")).strip()
                   for k in ("ai.backend", "ai.base_url"))

    def _sync(self) -> None:
        """Show what the chosen back-end needs; name what the test button will do."""
        kind = self.backend.currentData()
        form = self.forms["backend"]
        for key in ("ai.model", "ai.temperature", "ai.timeout_seconds"):
            form.setRowVisible(self.fields[key], kind != "embedded")
        form.setRowVisible(self.fields["ai.base_url"], kind == "compatible")
        self.key_link.setVisible(kind != "embedded")
        self.test.setVisible(kind != "embedded")
        self.test.setEnabled(True)
        self.test.setText(translate("AISettings", "Save and test connection") if self._backend_dirty() else
                          translate("AISettings", "Test connection"))
        if kind == "embedded" and self.last is None:
            self.result_icon.setPixmap(icon("info").pixmap(16, 16))
            self.result.setText(translate("AISettings", "No connection to test: the embedded back-end runs on this "
                                                        "computer."))
        self._line("ai.model").setPlaceholderText("llama3.1:8b" if kind == "compatible" else "gpt-4o-mini")
        self.notes["ai.agents"].setVisible(not any(box.isChecked() for box in self._agent_boxes()))

    def check(self, key: str, value: Any) -> None:
        if key == "ai.business_hours" and not hours_ok(value):
            raise InvalidInput(f"{key}: {value!r} is not a valid time", key=key)
        if key == "ai.base_url" and self.backend.currentData() == "compatible" and not re.fullmatch(
                r"https?://\S+", value):
            raise InvalidInput(f"{key}: a server address is needed", key=key)
        if key == "ai.model" and self.backend.currentData() != "embedded" and not value:
            raise InvalidInput(f"{key}: a model name is needed", key=key)

    def show_error(self, key: str, exc: InvalidInput | None = None) -> None:
        super().show_error(key, exc)
        self._error_text(key)

    def _error_text(self, key: str) -> None:
        """The two errors the declarations alone cannot name."""
        if key == "ai.base_url":
            self.errors[key].setText(translate("AISettings", "Enter the server's address, e.g. "
                                                             "http://localhost:11434/v1 for Ollama."))
        elif key == "ai.model":
            self.errors[key].setText(translate("AISettings", "Enter the name of the model, as the server lists "
                                                             "it."))

    # -- connection test -----------------------------------------------------------------------------------------
    def run_test(self) -> None:
        if self._backend_dirty():
            if self.validate() is None:
                return
            self._test_pending = True
            self.save()
        else:
            self._check()

    def _after_save(self) -> None:
        self._sync()
        if self._test_pending:
            self._test_pending = False
            self._check()

    def _failed(self, exc: BaseException) -> None:
        self._test_pending = False
        super()._failed(exc)

    def _check(self) -> None:
        self.test.setEnabled(False)
        self.result_icon.setPixmap(icon("busy").pixmap(16, 16))
        self.result.setText(translate("AISettings", "Testing…"))
        settings_ops.check_integration(self, self.session.app, str(self.backend.currentData())).success(
            self.show_result).failure(self._test_failed).run()

    def show_result(self, result: CheckResult | None) -> None:
        self._sync()
        self.last = result
        if result is None:
            self.result_icon.clear()
            self.result.setText("")
            self._sync()
            return
        tone = "ok" if result.ok else ("warn" if result.code in ("not_configured", "not_available") else "error")
        self.result_icon.setPixmap(icon({"ok": "ok", "warn": "warn", "error": "error"}[tone], tone).pixmap(16, 16))
        sentence = check_sentence(result.code)
        if result.code == "not_configured":
            sentence = translate("AISettings", "Not set up yet: enter the API key in Integrations, then test again.")
        text = html.escape(sentence, quote=False)
        if result.detail:
            text += f"<br><span style='color:{colors().muted}'>{html.escape(result.detail, quote=False)}</span>"
        self.result.setText(text)

    def _test_failed(self, exc: BaseException) -> None:
        self._sync()
        self.result_icon.setPixmap(icon("error", "error").pixmap(16, 16))
        self.result.setText(describe(exc))

    # -- playground -----------------------------------------------------------------------------------------------
    def open_playground(self) -> None:
        """One non-modal window beside the settings, so rules can be changed, saved and tried again."""
        if self.playground is None:
            self.playground = PlaygroundDialog(self.session, self.run, self.window())
        self.playground.show()
        self.playground.raise_()
        self.playground.activateWindow()

    # -- texts ----------------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if not hasattr(self, "try_button"):
            return  # the form calls this before the page has built its own parts
        for key in ("ai.base_url", "ai.model"):
            if self.errors[key].isVisibleTo(self):
                self._error_text(key)
        self.titles["backend"].setText(translate("AISettings", "Back-end"))
        self.titles["agents"].setText(translate("AISettings", "Agents"))
        self.titles["policies"].setText(translate("AISettings", "Policies"))
        self.labels["ai.timeout_seconds"].setText(translate("AISettings", "Time limit"))
        spin = self.editors["ai.timeout_seconds"]
        assert isinstance(spin, QSpinBox)
        spin.setSuffix(" " + translate("AISettings", "s", "seconds"))
        for agent in ("sales", "support", "billing", "operations"):
            self.notes[f"agent:{agent}"].setText(agent_note(agent))
        notes = {
            "ai.agents": translate("AISettings", "No agent is on: every message is handed to a person."),
            "ai.base_url": translate("AISettings", "Ollama: http://localhost:11434/v1 · LM Studio: "
                                                   "http://localhost:1234/v1"),
            "ai.model": translate("AISettings", "The model's name as the service lists it; the connection test "
                                                "shows the available ones."),
            "ai.temperature": translate("AISettings", "Lower keeps answers factual and consistent; higher makes "
                                                      "them more varied."),
            "ai.forbidden_topics": translate("AISettings", "One topic per line. The AI politely declines to talk "
                                                           "about them."),
            "ai.disclaimer": translate("AISettings", "Added at the end of every AI reply. Leave empty for none."),
            "ai.business_hours": translate("AISettings", "Example: Mon-Fri 09:00-17:00, Sat 10:00-13:00. Meetings "
                                                         "are offered only within these hours."),
        }
        for key, text in notes.items():
            self.notes[key].setText(text)
        self._line("ai.disclaimer").setPlaceholderText(translate(
            "AISettings", "e.g. This answer was written by an AI assistant."))
        where = html.escape(translate("AISettings", "Settings → Integrations"))
        self.key_link.setText(html.escape(translate("AISettings", "API keys are kept in %1.")).replace(
            "%1", f"<a href='integrations' style='color:{colors().accent}'>{where}</a>"))
        self.try_title.setText(translate("AISettings", "Try it"))
        self.try_note.setText(translate(
            "AISettings", "Write a message as a customer would and see the reply, the route it took, the tools it "
                          "used and what the AI model was shown. Nothing is sent or saved. Save your changes first: "
                          "the playground uses the saved settings."))
        self.try_button.setText(translate("AISettings", "Open the AI playground"))
        self._sync()
        self.show_result(self.last)


def _left(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return row

