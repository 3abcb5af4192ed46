"""A form bound to declared settings: one editor per key, errors inline, one Save button.

Values are checked with the declaration's own ``coerce`` before anything is
stored, so every wrong field is marked at once and nothing is half-saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.errors import describe
from gui.i18n import NATIVE_NAMES
from gui.icons import icon
from gui.operations import settings as settings_ops
from gui.session import Session
from gui.theme import SPACE
from secretary.errors import InvalidInput
from secretary.settings import Setting, setting

translate = QCoreApplication.translate
EMPTY_LIST_OK = {"ai.agents", "ai.forbidden_topics"}  # lists that may be emptied (others need one item)

PLACEHOLDERS = {"firm.vat_id": "DE123456789", "firm.email": "office@example.com", "firm.country": "DE",
                "firm.website": "https://example.com", "firm.phone": "+49 30 1234567", "firm.postcode": "10115",
                "ai.base_url": "http://localhost:11434/v1", "firm.name": "Muster & Partner",
                "ai.business_hours": "Mon-Fri 09:00-17:00, Sat 10:00-13:00"}


class OptionList(QWidget):
    """A choice shown as radio buttons, each with a one-line explanation; answers like a QComboBox."""

    currentIndexChanged = Signal(int)  # noqa: N815 - QComboBox's name, so forms treat both alike

    def __init__(self, values: tuple[Any, ...], texts: Callable[[Any], tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values, self.texts = values, texts
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        self.notes: list[QLabel] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACE // 2)
        for index, value in enumerate(values):
            button = QRadioButton(self)
            button.setObjectName(f"option:{value}")
            note = QLabel(self)
            note.setObjectName("Muted")
            note.setWordWrap(True)
            note.setContentsMargins(3 * SPACE, 0, 0, SPACE // 2)  # under the text, not the circle
            note.setBuddy(button)
            self.group.addButton(button, index)
            self.buttons.append(button)
            self.notes.append(note)
            column.addWidget(button)
            column.addWidget(note)
        self.group.idToggled.connect(lambda index, on: on and self.currentIndexChanged.emit(index))
        self.retranslate()

    def retranslate(self) -> None:
        for button, note, value in zip(self.buttons, self.notes, self.values, strict=True):
            title, explanation = self.texts(value)
            button.setText(title)
            note.setText(explanation)
            note.setVisible(bool(explanation))

    def count(self) -> int:
        return len(self.values)

    def currentIndex(self) -> int:  # noqa: N802 - QComboBox's name
        return self.group.checkedId()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        if 0 <= index < len(self.buttons):
            self.buttons[index].setChecked(True)

    def currentData(self) -> Any:  # noqa: N802
        index = self.group.checkedId()
        return self.values[index] if index >= 0 else None

    def findData(self, value: Any) -> int:  # noqa: N802
        return self.values.index(value) if value in self.values else -1


Editor = QLineEdit | QComboBox | OptionList | QSpinBox | QDoubleSpinBox | QCheckBox | QPlainTextEdit | list[QCheckBox]


def _reply_language(value: str) -> str:
    return {"uk": translate("SettingsForm", "In Ukrainian"), "en": translate("SettingsForm", "In English"),
            "de": translate("SettingsForm", "In German"), "ru": translate("SettingsForm", "In Russian"),
            "handoff": translate("SettingsForm", "Don't answer: hand it to a person")}[value]


def choice_text(key: str, value: str) -> str:
    if key == "ai.backend":
        return {"embedded": translate("SettingsForm", "Embedded (offline, on this computer)"),
                "openai": translate("SettingsForm", "OpenAI (cloud)"),
                "compatible": translate("SettingsForm", "Local LLM server (Ollama, llama.cpp, LM Studio, vLLM)")}[value]
    if key == "ai.agents":
        return {"sales": translate("SettingsForm", "Sales"), "support": translate("SettingsForm", "Support"),
                "billing": translate("SettingsForm", "Billing"),
                "operations": translate("SettingsForm", "Appointments and organisation")}[value]
    if key == "ai.toxicity_action":
        return {"calm": translate("SettingsForm", "Answer calmly"),
                "flag": translate("SettingsForm", "Answer and flag the conversation"),
                "handoff": translate("SettingsForm", "Hand it to a person"),
                "block": translate("SettingsForm", "Stop answering")}[value]
    if key in ("ai.russian_reply", "ai.other_language"):
        return _reply_language(value)
    if key in ("kyb.check_interval", "kyb.interval"):
        return {"daily": translate("SettingsForm", "Daily"), "weekly": translate("SettingsForm", "Weekly")}[value]
    if key == "kyb.lists":
        return {"ofac-sdn": translate("SettingsForm", "OFAC SDN"), "ofac-cons": translate("SettingsForm", "OFAC other"),
                "eu-fsf": translate("SettingsForm", "EU"), "uk-fcdo": translate("SettingsForm", "UK"),
                "un-sc": translate("SettingsForm", "UN")}[value]
    if key == "kb.embedder":
        return {"embedded": translate("SettingsForm", "Embedded (offline, on this computer)"),
                "openai": translate("SettingsForm", "OpenAI (cloud)"),
                "compatible": translate("SettingsForm", "Compatible server (the address on the AI page)")}[value]
    return NATIVE_NAMES.get(value, value) if key in ("ui.language", "firm.languages") else value


def hint(spec: Setting, exc: InvalidInput | None = None) -> str:
    """What to type instead, for an inline error under the field."""
    if spec.key == "firm.vat_id":
        return translate("SettingsForm", "Enter the VAT id with its country prefix, e.g. DE123456789.")
    if spec.key == "firm.country":
        return translate("SettingsForm", "Use the two-letter country code in capitals, e.g. DE or UA.")
    if spec.key == "firm.email":
        return translate("SettingsForm", "Enter an e-mail address like office@example.com.")
    if spec.pattern and spec.pattern.startswith("https?"):
        return translate("SettingsForm", "Enter an address starting with http:// or https://.")
    if spec.key == "ai.business_hours":
        return translate("SettingsForm", "Write days and times like this: Mon-Fri 09:00-17:00, Sat 10:00-13:00 "
                                         "(days Mon Tue Wed Thu Fri Sat Sun, times 00:00 to 24:00, start before "
                                         "end).")
    if spec.type is int:
        return translate("SettingsForm", "Enter a whole number from %1 to %2.").replace(
            "%1", str(spec.minimum)).replace("%2", str(spec.maximum))
    if spec.type is float:
        return translate("SettingsForm", "Enter a number from %1 to %2.").replace(
            "%1", str(spec.minimum)).replace("%2", str(spec.maximum))
    if spec.type is list:
        return translate("SettingsForm", "Choose at least one of the offered values.")
    return translate("SettingsForm", "This value is not accepted: %1").replace("%1", exc.message if exc else "")


class SettingsForm(QWidget):
    """Editors for ``keys``; emits ``saved`` with what was stored, ``unchanged`` when Save found nothing new."""

    saved = Signal(dict)
    unchanged = Signal()

    def __init__(self, session: Session, keys: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.specs = [setting(key) for key in keys]
        self.values: dict[str, Any] = {k: v for k, v in session.app.settings.all().items() if k in keys}
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}

        self.fields = {spec.key: self._field(spec) for spec in self.specs}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2 * SPACE)
        self._arrange(outer)

        buttons = QHBoxLayout()
        buttons.setSpacing(2 * SPACE)
        self.save_button = QPushButton(icon("save", "accent_text"), "", self)
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        outer.addLayout(buttons)
        self.load(self.values)
        self.retranslate_ui()

    def _field(self, spec: Setting) -> QWidget:
        """The editor of ``spec`` with its (hidden) inline error under it; its label goes to ``labels``."""
        field = QWidget(self)
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACE // 2)
        editor = self._editor(spec, field)
        if isinstance(editor, list):  # up to three a row, so longer labels are not cut off
            boxes = QGridLayout()
            boxes.setHorizontalSpacing(2 * SPACE)
            for n, box in enumerate(editor):
                boxes.addWidget(box, n // 3, n % 3)
            boxes.setColumnStretch(3, 1)
            column.addLayout(boxes)
        else:
            if not isinstance(editor, OptionList):
                editor.setMaximumWidth(60 * SPACE)
            column.addWidget(editor)
        error = QLabel(field)
        error.setObjectName("FieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.editors[spec.key], self.errors[spec.key], self.labels[spec.key] = editor, error, QLabel(self)
        return field

    def _arrange(self, outer: QVBoxLayout) -> None:
        """Put labels and fields on the page: one form, one row per setting (pages may group them)."""
        form = QFormLayout()
        form.setHorizontalSpacing(2 * SPACE)
        form.setVerticalSpacing(SPACE)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self.specs:
            form.addRow(self.labels[spec.key], self.fields[spec.key])
        outer.addLayout(form)

    def _editor(self, spec: Setting, parent: QWidget) -> Editor:
        if spec.type is list and spec.item_choices:
            return [QCheckBox(choice_text(spec.key, choice), parent) for choice in spec.item_choices]
        if spec.type is list:  # a free list: one item per line
            lines = QPlainTextEdit(parent)
            lines.setTabChangesFocus(True)
            lines.setFixedHeight(12 * SPACE)
            lines.textChanged.connect(lambda key=spec.key: self._clear_error(key))
            return lines
        if spec.type is bool:
            return QCheckBox(parent)
        if spec.type is int:
            spin = QSpinBox(parent)
            spin.setRange(int(spec.minimum or 0), int(spec.maximum or 2**31 - 1))
            return spin
        if spec.type is float:
            number = QDoubleSpinBox(parent)
            number.setRange(spec.minimum or 0.0, spec.maximum if spec.maximum is not None else 1e9)
            fine = spec.maximum is not None and spec.maximum <= 1  # a share such as a match threshold
            number.setDecimals(2 if fine else 1)
            number.setSingleStep(0.05 if fine else 0.1)
            return number
        if spec.choices:
            return QComboBox(parent)
        line = QLineEdit(parent)
        line.setPlaceholderText(PLACEHOLDERS.get(spec.key, ""))
        if spec.key == "firm.timezone":
            zones = [bytes(z.data()).decode() for z in QTimeZone.availableTimeZoneIds()]
            completer = QCompleter(zones, line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            line.setCompleter(completer)
        line.textEdited.connect(lambda _text, key=spec.key: self._clear_error(key))
        return line

    def retranslate_ui(self) -> None:
        for spec in self.specs:
            self.labels[spec.key].setText(translate("settings", spec.label))
            editor = self.editors[spec.key]
            if isinstance(editor, OptionList):
                editor.retranslate()
            if isinstance(editor, list):
                for box, choice in zip(editor, spec.item_choices, strict=True):
                    box.setText(choice_text(spec.key, choice))
            if isinstance(editor, QComboBox):
                current = editor.currentData()
                editor.clear()
                for choice in spec.choices:
                    editor.addItem(choice_text(spec.key, choice), choice)
                editor.setCurrentIndex(max(editor.findData(current if current is not None else
                                                           self.values.get(spec.key)), 0))
            if isinstance(editor, list | QWidget):
                for widget in editor if isinstance(editor, list) else [editor]:
                    widget.setAccessibleName(translate("settings", spec.label))
            if self.errors[spec.key].isVisible():
                self.errors[spec.key].setText(hint(spec))
        self.save_button.setText(translate("SettingsForm", "Save changes"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def load(self, values: dict[str, Any]) -> None:
        for spec in self.specs:
            value, editor = values.get(spec.key, spec.default), self.editors[spec.key]
            if isinstance(editor, list):
                for box, choice in zip(editor, spec.item_choices, strict=True):
                    box.setChecked(choice in (value or []))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QDoubleSpinBox):
                editor.setValue(float(value))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText("\n".join(value or []))
            elif isinstance(editor, OptionList):
                editor.setCurrentIndex(max(editor.findData(value), 0))
            elif isinstance(editor, QComboBox):
                if editor.count() == 0:
                    for choice in spec.choices:
                        editor.addItem(choice_text(spec.key, choice), choice)
                editor.setCurrentIndex(max(editor.findData(value), 0))
            else:
                editor.setText(str(value or ""))

    def raw_values(self) -> dict[str, Any]:
        raw: dict[str, Any] = {}
        for spec in self.specs:
            editor = self.editors[spec.key]
            if isinstance(editor, list):
                raw[spec.key] = [c for box, c in zip(editor, spec.item_choices, strict=True) if box.isChecked()]
            elif isinstance(editor, QCheckBox):
                raw[spec.key] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                raw[spec.key] = editor.value()
            elif isinstance(editor, QDoubleSpinBox):
                raw[spec.key] = round(editor.value(), editor.decimals())
            elif isinstance(editor, QPlainTextEdit):
                raw[spec.key] = [line.strip() for line in editor.toPlainText().splitlines() if line.strip()]
            elif isinstance(editor, QComboBox | OptionList):
                raw[spec.key] = editor.currentData()
            else:
                raw[spec.key] = editor.text()
        return raw

    def show_error(self, key: str, exc: InvalidInput | None = None) -> None:
        label = self.errors[key]
        label.setText(hint(setting(key), exc))
        label.show()
        editor = self.editors[key]
        if isinstance(editor, QLineEdit | QPlainTextEdit):
            editor.setProperty("invalid", True)
            editor.style().unpolish(editor)
            editor.style().polish(editor)

    def _clear_error(self, key: str) -> None:
        self.errors[key].hide()
        editor = self.editors[key]
        if isinstance(editor, QLineEdit | QPlainTextEdit) and editor.property("invalid"):
            editor.setProperty("invalid", False)
            editor.style().unpolish(editor)
            editor.style().polish(editor)

    def validate(self) -> dict[str, Any] | None:
        """The cleaned values, or None after marking every field that is wrong."""
        clean: dict[str, Any] = {}
        wrong = []
        for spec, (key, raw) in zip(self.specs, self.raw_values().items(), strict=True):
            self._clear_error(key)
            try:
                clean[key] = spec.coerce(raw)
                if spec.type is list and not clean[key] and key not in EMPTY_LIST_OK:
                    raise InvalidInput(f"{key}: empty", key=key)
                self.check(key, clean[key])
            except InvalidInput as exc:
                self.show_error(key, exc)
                wrong.append(key)
        if wrong:
            self._set_status(translate("SettingsForm", "Nothing was saved: correct the marked fields."), "FieldError")
            return None
        return clean

    def check(self, key: str, value: Any) -> None:
        """Rules beyond the declaration (a page may add some); raise InvalidInput to mark the field."""

    def save(self) -> None:
        clean = self.validate()
        if clean is None:
            return
        changes = {k: v for k, v in clean.items() if v != self.values.get(k)}
        if not changes:
            self._set_status(translate("SettingsForm", "No changes to save."), "Muted")
            self.unchanged.emit()
            return
        self.save_button.setEnabled(False)
        settings_ops.save_settings(self, self.session.app, changes, self.session.actor).success(
            self._saved).failure(self._failed).run()

    def _saved(self, stored: dict[str, Any]) -> None:
        self.save_button.setEnabled(True)
        self.values.update(stored)
        self.load(self.values)
        self._set_status(translate("SettingsForm", "Saved."), "Success")
        self.saved.emit(stored)
        self.session.settings_saved.emit(stored)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        key = exc.details.get("key") if isinstance(exc, InvalidInput) else None
        if isinstance(key, str) and key in self.errors:
            self.show_error(key, exc)  # type: ignore[arg-type]
            self._set_status(translate("SettingsForm", "Nothing was saved: correct the marked fields."), "FieldError")
        else:
            self._set_status(describe(exc), "FieldError")

    def set_status(self, text: str, style: str) -> None:
        """Replace the line next to Save (a page may say what saving led to)."""
        self._set_status(text, style)

    def _set_status(self, text: str, style: str) -> None:
        self.status.setObjectName(style)
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
