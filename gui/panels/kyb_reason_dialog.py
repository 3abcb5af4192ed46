"""Why an alert is resolved: a required sentence, with the usual reasons one click away."""

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


class ReasonDialog(QDialog):
    """After ``exec()``, :meth:`reason` holds what was entered; Resolve stays disabled while it is empty."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KybReasonDialog")
        self.setWindowTitle(translate("KybReason", "Resolve alert"))
        self.setMinimumWidth(64 * SPACE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACE, 3 * SPACE, 3 * SPACE, 3 * SPACE)
        layout.setSpacing(2 * SPACE)
        title = QLabel(translate("KybReason", "Why is this alert resolved?"), self)
        title.setObjectName("SectionTitle")
        about = QLabel(what, self)
        about.setObjectName("Muted")
        about.setWordWrap(True)
        about.setVisible(bool(what))
        explain = QLabel(translate("KybReason", "The reason is kept with the alert and printed in the KYB report, "
                                                "so an auditor can follow the decision."), self)
        explain.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setFixedHeight(10 * SPACE)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(translate("KybReason", "e.g. Different person: other date of birth"))
        for widget in (title, about, explain, self.text):
            layout.addWidget(widget)
        quick = QVBoxLayout()
        quick.setSpacing(SPACE // 2)
        self.quick: list[QPushButton] = []
        for reason in common_reasons():
            button = QPushButton(reason, self)
            button.setStyleSheet("text-align: left;")
            button.setToolTip(translate("KybReason", "Use this reason (you can still change it)"))
            button.clicked.connect(lambda _c=False, r=reason: self.text.setPlainText(r))
            quick.addWidget(button)
            self.quick.append(button)
        layout.addLayout(quick)
        self.cancel_button = QPushButton(translate("KybReason", "Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.resolve_button = QPushButton(translate("KybReason", "Resolve"), self)
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
