"""Adding or changing a business partner, with each field's problem said right under it.

Fields are checked as they are left (the same rules the service applies:
country code, VAT id and LEI check digits, date of birth); the save runs on
the thread pool, and what the service still refuses (a duplicate, a rule
checked only there) lands under the field it names.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.errors import describe
from gui.operations import kyb as kyb_ops
from gui.panels.kyb_texts import field_text, interval_text, kind_text
from gui.theme import SPACE
from secretary.errors import Conflict, InvalidInput
from secretary.kyb.counterparty import INTERVALS, KINDS, Counterparty, CounterpartyInput, clean
from secretary.kyb.sources import validate_lei, validate_vat

if TYPE_CHECKING:
    from services.kyb.service import KybService

translate = QCoreApplication.translate
FIELDS = ("name", "kind", "country", "vat_number", "lei_code", "registration_number", "address", "birth_date",
          "imo", "check_interval", "notes")


def field_sentence(field: str, message: str) -> str:
    """What to do about a refused value, in the interface language."""
    if field == "name":
        if "longer" in message:
            return translate("KybEdit", "The name is too long: at most 300 characters.")
        return translate("KybEdit", "Enter the name of the business partner.")
    sentences = {
        "country": translate("KybEdit", "Enter the two-letter country code, e.g. DE, AT or UA."),
        "vat_number": translate("KybEdit", "This is not a valid VAT id. Check the country prefix and the digits "
                                           "(a German one is DE and 9 digits)."),
        "lei_code": translate("KybEdit", "This is not a valid LEI. An LEI has 20 letters and digits; check for "
                                         "typos."),
        "birth_date": translate("KybEdit", "Enter the date of birth as YYYY, YYYY-MM or YYYY-MM-DD, not in the "
                                           "future."),
        "kind": translate("KybEdit", "Choose the type of business partner."),
        "check_interval": translate("KybEdit", "Choose how often to check."),
    }
    return sentences.get(field, translate("KybEdit", "This value was not accepted."))


def problems(data: CounterpartyInput) -> dict[str, tuple[str, str]]:
    """``{field: (sentence, service message)}`` for what the service would refuse (checked here, no I/O)."""
    found: dict[str, tuple[str, str]] = {}
    for field, check in (("vat_number", validate_vat), ("lei_code", validate_lei)):
        value = getattr(data, field)
        if value and value.strip():
            try:
                check(value)
            except InvalidInput as exc:
                found[field] = (field_sentence(field, exc.message), exc.message)
                data = replace(data, **{field: None})
    try:
        clean(data)
    except InvalidInput as exc:
        field = str(exc.details.get("field") or "name")
        found.setdefault(field, (field_sentence(field, exc.message), exc.message))
    return found


class EditDialog(QDialog):
    """Add (``party`` None) or edit a counterparty; emits ``saved(id)`` after the service stored it."""

    saved = Signal(int)

    def __init__(self, service: KybService, actor: str, party: Counterparty | None = None,
                 default_interval: str = "weekly", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor, self.party = service, actor, party
        self.setObjectName("KybEditDialog")
        self.setMinimumWidth(72 * SPACE)
        self.touched: set[str] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACE, 3 * SPACE, 3 * SPACE, 3 * SPACE)
        layout.setSpacing(2 * SPACE)
        self.title = QLabel(self)
        self.title.setObjectName("SectionTitle")
        self.intro = QLabel(self)
        self.intro.setObjectName("Muted")
        self.intro.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setSpacing(SPACE)
        self.form.setHorizontalSpacing(2 * SPACE)
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        for field in FIELDS:
            if field in ("kind", "check_interval"):
                widget: QWidget = QComboBox(self)
            elif field == "notes":
                widget = QPlainTextEdit(self)
                widget.setFixedHeight(9 * SPACE)
                widget.setTabChangesFocus(True)
            else:
                widget = QLineEdit(self)
                widget.editingFinished.connect(lambda f=field: self._touched(f))
            widget.setObjectName(f"field_{field}")
            error = QLabel(self)
            error.setObjectName("FieldError")
            error.setWordWrap(True)
            error.hide()
            cell = QVBoxLayout()
            cell.setSpacing(SPACE // 2)
            cell.addWidget(widget)
            cell.addWidget(error)
            label = QLabel(self)
            label.setBuddy(widget)
            self.form.addRow(label, cell)
            self.inputs[field], self.labels[field], self.errors[field] = widget, label, error
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for kind in KINDS:
            self.kind.addItem("", kind)
        for interval in INTERVALS:
            self.interval.addItem("", interval)
        layout.addLayout(self.form)
        self.general = QLabel(self)
        self.general.setObjectName("FieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        layout.addWidget(self.general)
        layout.addStretch(1)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("Primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self._fill(party, default_interval)
        self.retranslate_ui()

    # widgets by role -------------------------------------------------------------------------------------------
    @property
    def kind(self) -> QComboBox:
        return self.inputs["kind"]  # type: ignore[return-value]

    @property
    def interval(self) -> QComboBox:
        return self.inputs["check_interval"]  # type: ignore[return-value]

    def line(self, field: str) -> QLineEdit:
        return self.inputs[field]  # type: ignore[return-value]

    def _fill(self, party: Counterparty | None, default_interval: str) -> None:
        self.interval.setCurrentIndex(max(0, self.interval.findData(default_interval)))
        if party is None:
            self._kind_changed()
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(party.kind)))
        self.interval.setCurrentIndex(max(0, self.interval.findData(party.check_interval)))
        for field in ("name", "country", "vat_number", "lei_code", "registration_number", "address", "birth_date"):
            self.line(field).setText(getattr(party, field) or "")
        self.line("imo").setText(next((n for k, n in party.identifiers if k == "IMO"), ""))
        self.inputs["notes"].setPlainText(party.notes or "")  # type: ignore[attr-defined]
        self._kind_changed()

    def retranslate_ui(self) -> None:
        editing = self.party is not None
        title = translate("KybEdit", "Edit business partner") if editing else translate(
            "KybEdit", "Add a business partner")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(translate("KybEdit", "Only the name is required. A VAT id, LEI or date of birth makes "
                                                "the checks more precise and avoids false alarms."))
        for field, label in self.labels.items():
            label.setText(translate("KybEdit", "IMO number") if field == "imo" else field_text(field))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_text(str(self.kind.itemData(i))))
        for i in range(self.interval.count()):
            self.interval.setItemText(i, interval_text(str(self.interval.itemData(i))))
        hints = {"name": translate("KybEdit", "e.g. Muster Handels GmbH"),
                 "country": translate("KybEdit", "e.g. DE"), "vat_number": translate("KybEdit", "e.g. DE and 9 digits"),
                 "lei_code": translate("KybEdit", "20 letters and digits"),
                 "birth_date": translate("KybEdit", "YYYY-MM-DD"), "imo": "9123456"}
        for field, hint in hints.items():
            self.line(field).setPlaceholderText(hint)
        self.cancel_button.setText(translate("KybEdit", "Cancel"))
        self.save_button.setText(translate("KybEdit", "Save") if editing else translate("KybEdit", "Add"))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.form.setRowVisible(self.labels["birth_date"], kind == "person")
        self.form.setRowVisible(self.labels["imo"], kind == "vessel")
        self._fit()

    def _fit(self) -> None:
        """Grow (never shrink) to the height the rows need now: error lines and rows come and go."""
        layout = self.layout()
        layout.invalidate()
        layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    # values and checks -------------------------------------------------------------------------------------
    def data(self) -> CounterpartyInput:
        kind = str(self.kind.currentData())
        kept = tuple((k, n) for k, n in (self.party.identifiers if self.party else ()) if k != "IMO")
        imo = self.line("imo").text().strip()
        identifiers = kept + ((("IMO", imo),) if imo and kind == "vessel" else ())

        def text(field: str) -> str | None:
            return self.line(field).text().strip() or None
        return CounterpartyInput(
            name=self.line("name").text(), kind=kind, country=text("country"), vat_number=text("vat_number"),
            lei_code=text("lei_code"), address=text("address"), registration_number=text("registration_number"),
            birth_date=text("birth_date") if kind == "person" else None,
            notes=self.inputs["notes"].toPlainText().strip() or None,  # type: ignore[attr-defined]
            check_interval=str(self.interval.currentData()),
            contact_id=self.party.contact_id if self.party else None, identifiers=identifiers)

    def _touched(self, field: str) -> None:
        if not shiboken6.isValid(self):  # a field losing focus while the dialog is destroyed
            return
        self.touched.add(field)
        self.validate(only=self.touched)

    def validate(self, only: set[str] | None = None) -> bool:
        """Show the problems of the fields in ``only`` (all with None); True when nothing is refused."""
        found = problems(self.data())
        for field in self.errors:
            shown = found.get(field) if only is None or field in only else None
            self.show_problem(field, shown)
        self._fit()
        return not found

    def show_problem(self, field: str, problem: tuple[str, str] | None) -> None:
        error = self.errors.get(field, self.general)
        error.setText(problem[0] if problem else "")
        error.setToolTip(problem[1] if problem else "")
        error.setVisible(problem is not None)
        widget = self.inputs.get(field)
        if isinstance(widget, QLineEdit):
            widget.setProperty("invalid", problem is not None)
            widget.style().polish(widget)

    def submit(self) -> None:
        if not self.validate():
            first = next(f for f in FIELDS if self.errors[f].isVisible())
            self.inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.general.hide()
        self.save_button.setEnabled(False)
        party_id = self.party.id if self.party else None
        kyb_ops.save(self, self.service, party_id, self.data(), self.actor).success(self._saved).failure(
            self._refused).run()

    def _saved(self, counterparty_id: int) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(int(counterparty_id))
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, Conflict):
            self.show_problem("name", (translate("KybEdit", "This business partner is monitored already. Find "
                                                            "it in the list, or change the name."), exc.message))
        elif isinstance(exc, InvalidInput) and exc.details.get("field") in self.errors:
            field = str(exc.details["field"])
            self.show_problem(field, (field_sentence(field, exc.message), exc.message))
        else:
            self.general.setText(describe(exc))
            self.general.show()
