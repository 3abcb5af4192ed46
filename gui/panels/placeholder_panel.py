"""Calm empty states for the panels whose feature has not landed yet.

Each says what will live here, how many rows of it the workspace already
holds, and offers the one action that helps now (usually a Settings page).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.icons import icon
from gui.operations import op
from gui.panels.base_panel import Panel
from gui.session import Session
from gui.theme import SPACE

translate = QCoreApplication.translate


def count_phrase(table: str, n: int) -> str:
    """'12 contacts' in the interface language, for the tables the placeholders count."""
    phrases: dict[str, Callable[[int], str]] = {
        "threads": lambda k: translate("Counts", "%n conversation(s)", "", k),
        "inbox_messages": lambda k: translate("Counts", "%n message(s)", "", k),
        "channels": lambda k: translate("Counts", "%n channel(s)", "", k),
        "contacts": lambda k: translate("Counts", "%n contact(s)", "", k),
        "leads": lambda k: translate("Counts", "%n lead(s)", "", k),
        "tasks": lambda k: translate("Counts", "%n task(s)", "", k),
        "bookings": lambda k: translate("Counts", "%n booking(s)", "", k),
        "events": lambda k: translate("Counts", "%n calendar event(s)", "", k),
        "knowledge_sources": lambda k: translate("Counts", "%n source(s)", "", k),
        "documents": lambda k: translate("Counts", "%n document(s)", "", k),
        "chunks": lambda k: translate("Counts", "%n indexed passage(s)", "", k),
        "invoices": lambda k: translate("Counts", "%n invoice(s)", "", k),
        "payments": lambda k: translate("Counts", "%n payment(s)", "", k),
        "counterparties": lambda k: translate("Counts", "%n business partner(s)", "", k),
        "alerts": lambda k: translate("Counts", "%n alert(s)", "", k),
    }
    return phrases[table](n)


@dataclass(frozen=True)
class Placeholder:
    key: str
    tables: tuple[str, ...]
    action_target: str | None  # where the action button leads, e.g. "settings:integrations"


PLACEHOLDERS: tuple[Placeholder, ...] = (
    Placeholder("inbox", ("threads", "inbox_messages", "channels"), "settings:integrations"),
    Placeholder("crm", ("contacts", "leads", "tasks"), None),
    Placeholder("calendar", ("bookings", "events"), "settings:integrations"),
    Placeholder("invoices", ("invoices", "payments"), "settings:firm"),
)


def texts(key: str) -> tuple[str, str, str, str]:
    """Title, what will be here, when it arrives, and the action's label ('' for none)."""
    if key == "inbox":
        return (translate("PlaceholderPanel", "Inbox"),
                translate("PlaceholderPanel", "Every conversation from Telegram, Signal and your web site's chat "
                                              "in one list, with the AI's answers and a one-click take-over."),
                translate("PlaceholderPanel", "The three-pane inbox arrives with the Inbox feature."),
                translate("PlaceholderPanel", "Connect Telegram"))
    if key == "crm":
        return (translate("PlaceholderPanel", "CRM"),
                translate("PlaceholderPanel", "Your pipeline as a board: every lead with its stage, value and "
                                              "next task, and each contact's full history."),
                translate("PlaceholderPanel", "The pipeline board arrives with the CRM feature."), "")
    if key == "calendar":
        return (translate("PlaceholderPanel", "Calendar"),
                translate("PlaceholderPanel", "Meetings booked by customers and by you, with your business hours, "
                                              "holidays and buffers."),
                translate("PlaceholderPanel", "The week view arrives with the Calendar feature."),
                translate("PlaceholderPanel", "Connect Google Calendar"))
    return (translate("PlaceholderPanel", "Invoices"),
            translate("PlaceholderPanel", "Invoices with live totals and VAT, exported as PDF, XRechnung or "
                                          "ZUGFeRD and sent on the customer's channel."),
            translate("PlaceholderPanel", "The invoice list and editor arrive with the Invoices feature."),
            translate("PlaceholderPanel", "Check the firm's details"))


class PlaceholderPanel(Panel):
    navigate = Signal(str)

    def __init__(self, session: Session, placeholder: Placeholder, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.key = placeholder.key
        self.placeholder = placeholder
        self.setObjectName(f"PlaceholderPanel_{placeholder.key}")
        self.counts: dict[str, int] | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6 * SPACE, 6 * SPACE, 6 * SPACE, 6 * SPACE)
        outer.addStretch(2)
        column = QWidget(self)
        column.setMaximumWidth(72 * SPACE)
        # stretches, not an alignment flag: the column then gets a real width and wrapped text its height
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(column, 6)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(3)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 * SPACE)
        self.icon = QLabel(self)
        self.icon.setPixmap(icon(placeholder.key, "accent").pixmap(56, 56))
        self.title = QLabel(self)
        self.title.setObjectName("EmptyTitle")
        self.description = QLabel(self)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("SectionTitle")
        self.arrival = QLabel(self)
        self.arrival.setObjectName("Muted")
        for label in (self.icon, self.title, self.description, self.counts_label, self.arrival):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.action = QPushButton(self)
        self.action.setObjectName("Primary")
        self.action.setVisible(placeholder.action_target is not None)
        if placeholder.action_target:
            target = placeholder.action_target
            self.action.clicked.connect(lambda: self.navigate.emit(target))
        layout.addSpacing(SPACE)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title, description, arrival, action = texts(self.key)
        self.title.setText(title)
        self.description.setText(description)
        self.arrival.setText(arrival)
        self.action.setText(action)
        self.counts_label.setText(self.counts_text())

    def counts_text(self) -> str:
        if self.counts is None:
            return ""
        present = [(t, self.counts.get(t, 0)) for t in self.placeholder.tables]
        if not any(n for _t, n in present):
            return translate("PlaceholderPanel", "Nothing stored here yet.")
        phrases = [count_phrase(t, n) for t, n in present if n]
        return translate("PlaceholderPanel", "Already in this workspace: %1").replace(
            "%1", QLocale().createSeparatedList(phrases))

    def activated(self) -> None:
        app = self.session.app
        op(self, lambda: app.status().counts).success(self._show_counts).run()

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.counts_label.setText(self.counts_text())
