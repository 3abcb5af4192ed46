"""Why an alert is resolved or a possible match decided: a required sentence, the usual reasons one click away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from gui.theme import SPACE

translate = QCoreApplication.translate


def common_reasons() -> list[str]:
    return [translate("KybReason", "Different person: other date of birth"),
            translate("KybReason", "Different company: other country and register number"),
            translate("KybReason", "Checked with the partner; documents on file"),
            translate("KybReason", "Business relationship ended")]


def decision_texts(verdict: str) -> tuple[str, str, str, list[str]]:
    """Title, question, button and usual reasons of the dialog deciding a possible match."""
    if verdict == "confirmed":
        return (translate("KybReason", "Confirm match"),
                translate("KybReason", "Why is this the same person or company?"),
                translate("KybReason", "Confirm"),
                [translate("KybReason", "Same date of birth and passport number"),
                 translate("KybReason", "Same register number and address"),
                 translate("KybReason", "Confirmed with the partner's documents")])
    if verdict == "withdrawn":
        return (translate("KybReason", "Undo decision"),
                translate("KybReason", "Why is the decision taken back?"),
                translate("KybReason", "Undo decision"),
                [translate("KybReason", "Decided too early: needs more checking"),
                 translate("KybReason", "Decided for the wrong entry")])
    return (translate("KybReason", "Not the same (false positive)"),
            translate("KybReason", "Why is this someone else?"),
            translate("KybReason", "Not the same"),
            [translate("KybReason", "Different person: other date of birth"),
             translate("KybReason", "Different company: other country and register number"),
             translate("KybReason", "Checked with the partner; documents on file")])


class ReasonDialog(QDialog):
    """After ``exec()``, :meth:`reason` holds what was entered; Resolve stays disabled while it is empty."""

    def __init__(self, what: str, parent: QWidget | None = None,
                 texts: tuple[str, str, str, list[str]] | None = None) -> None:
        """``texts``: title, question, button and usual reasons (decision_texts); an alert's by default."""
        super().__init__(parent)
        window, question, action, reasons = texts or (
            translate("KybReason", "Resolve alert"), translate("KybReason", "Why is this alert resolved?"),
            translate("KybReason", "Resolve"), common_reasons())
        self.setObjectName("KybReasonDialog")
        self.setWindowTitle(window)
        self.setMinimumWidth(64 * SPACE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACE, 3 * SPACE, 3 * SPACE, 3 * SPACE)
        layout.setSpacing(2 * SPACE)
        title = QLabel(question, self)
        title.setObjectName("SectionTitle")
        about = QLabel(what, self)
        about.setObjectName("Muted")
        about.setWordWrap(True)
        about.setVisible(bool(what))
        explain = QLabel(translate("KybReason", "The reason is kept with your name and printed in the KYB report, "
                                                "so an auditor can follow the decision."), self)
        explain.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setFixedHeight(10 * SPACE)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(translate("KybReason", "e.g. %1").replace("%1", reasons[0]))
        for widget in (title, about, explain, self.text):
            layout.addWidget(widget)
        quick = QVBoxLayout()
        quick.setSpacing(SPACE // 2)
        self.quick: list[QPushButton] = []
        for reason in reasons:
            button = QPushButton(reason, self)
            button.setStyleSheet("text-align: left;")
            button.setToolTip(translate("KybReason", "Use this reason (you can still change it)"))
            button.clicked.connect(lambda _c=False, r=reason: self.text.setPlainText(r))
            quick.addWidget(button)
            self.quick.append(button)
        layout.addLayout(quick)
        self.cancel_button = QPushButton(translate("KybReason", "Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.resolve_button = QPushButton(action, self)
        self.resolve_button.setObjectName("Primary")
        self.resolve_button.setDefault(True)
        self.resolve_button.clicked.connect(self._accept_if_given)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.resolve_button)
        layout.addLayout(buttons)
        self.text.textChanged.connect(self._update)
        self._update()

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def _update(self) -> None:
        self.resolve_button.setEnabled(bool(self.reason()))

    def _accept_if_given(self) -> None:
        if self.reason():
            self.accept()
