"""One possible sanctions match: our record beside the listed entry, what agrees highlighted, the score explained.

The buttons decide the match (each asks for a reason, see secretary.kyb.decisions):
"Not the same" dismisses it as a false positive (its alert is resolved, it adds no
risk), "Confirm match" confirms it (risk 100, its alert stays open for follow-up),
"Undo decision" takes the decision in force back.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui import theme
from gui.icons import icon
from gui.panels.kyb_texts import alert_status_text, decision_text, list_title
from gui.theme import SPACE
from secretary.kyb.counterparty import Alert, Counterparty
from secretary.kyb.decisions import MatchDecision, dismissed
from secretary.kyb.records import ListEntry

translate = QCoreApplication.translate
ROWS = ("names", "birth", "countries", "identifiers", "programmes", "addresses")


def _key(number: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", number.upper())


def our_values(party: Counterparty) -> dict[str, list[str]]:
    identifiers = [f"{kind} {number}" for kind, number in party.identifiers]
    identifiers += [f"VAT {party.vat_number}"] if party.vat_number else []
    identifiers += [f"LEI {party.lei_code}"] if party.lei_code else []
    identifiers += [party.registration_number] if party.registration_number else []
    return {"names": [party.name], "birth": [party.birth_date] if party.birth_date else [],
            "countries": [party.country] if party.country else [], "identifiers": identifiers, "programmes": [],
            "addresses": [party.address] if party.address else []}


def listed_values(entry: ListEntry) -> dict[str, list[str]]:
    return {"names": [n.full for n in entry.names], "birth": list(entry.birth_dates),
            "countries": list(entry.countries),
            "identifiers": [" ".join(x for x in (i.kind, i.number, f"({i.country})" if i.country else "") if x)
                            for i in entry.identifiers],
            "programmes": list(entry.programmes), "addresses": list(entry.addresses)}


def agreeing(party: Counterparty, entry: ListEntry, matched_name: str) -> dict[str, set[str]]:
    """The listed values that agree with our record, per row (highlighted in the view)."""
    births = {b for b in entry.birth_dates if party.birth_date and (
        b.startswith(party.birth_date) or party.birth_date.startswith(b))}
    ours = {_key(n) for n in [*(n for _k, n in party.identifiers), party.vat_number or "", party.lei_code or "",
                              party.registration_number or ""] if n}
    ids = {text for i, text in zip(entry.identifiers, listed_values(entry)["identifiers"], strict=True)
           if _key(i.number) in ours}
    return {"names": {matched_name} if matched_name else set(), "birth": births,
            "countries": {c for c in entry.countries if c == party.country}, "identifiers": ids}


def row_title(row: str) -> str:
    titles = {"names": translate("KybMatch", "Names and aliases"), "birth": translate("KybMatch", "Date of birth"),
              "countries": translate("KybMatch", "Countries"), "identifiers": translate("KybMatch", "Identifiers"),
              "programmes": translate("KybMatch", "Sanctions programmes"),
              "addresses": translate("KybMatch", "Addresses")}
    return titles[row]


def cell_html(values: list[str], agree: set[str], limit: int = 8) -> str:
    c = theme.colors()
    if not values:
        return f"<span style='color:{c.muted}'>—</span>"
    parts = []
    for value in values[:limit]:
        text = html.escape(value)
        parts.append(f"<span style='color:{c.ok}; font-weight:600'>✓ {text}</span>" if value in agree else text)
    if len(values) > limit:
        more = translate("KybMatch", "and %n more", "", len(values) - limit)
        parts.append(f"<span style='color:{c.muted}'>{html.escape(more)}</span>")
    return "<br>".join(parts)


class MatchView(QFrame):
    """Side-by-side comparison of one match; ``decide(verdict)``: "false_positive", "confirmed" or "withdrawn"."""

    decide = Signal(str)

    def __init__(self, party: Counterparty, match: dict[str, Any], entry: ListEntry | None, alert: Alert | None,
                 threshold: float | None = None, decision: MatchDecision | None = None, timezone: str = "UTC",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.alert = alert
        self.decision = decision
        c = theme.colors()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * SPACE, 2 * SPACE, 2 * SPACE, 2 * SPACE)
        layout.setSpacing(SPACE)
        score = float(match.get("score", 0))
        title = QLabel(self)
        title.setObjectName("SectionTitle")
        title.setWordWrap(True)
        title.setText(translate("KybMatch", "%1 on %2").replace("%1", str(match.get("name", ""))).replace(
            "%2", list_title(str(match.get("list", "")))))
        layout.addWidget(title)
        score_line = translate("KybMatch", "Name score %1").replace("%1", QLocale().toString(score, "f", 2))
        if threshold is not None:
            score_line += " · " + translate("KybMatch", "alerts from %1").replace(
                "%1", QLocale().toString(threshold, "f", 2))
        self.score = QLabel(score_line, self)
        tone = c.muted if dismissed(decision, score) else c.error if score >= (threshold or 1.0) else c.warn
        self.score.setStyleSheet(f"color: {tone}; font-weight: 600;")
        layout.addWidget(self.score)

        grid = QGridLayout()
        grid.setHorizontalSpacing(2 * SPACE)
        grid.setVerticalSpacing(SPACE)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        heads = (translate("KybMatch", "Our record"),
                 translate("KybMatch", "Listed entry (id %1)").replace("%1", str(match.get("entity_id", ""))))
        for column, text in enumerate(heads, start=1):
            head = QLabel(text, self)
            head.setStyleSheet(f"color: {c.muted}; font-weight: 600;")
            head.setWordWrap(True)
            grid.addWidget(head, 0, column)
        ours = our_values(party)
        listed = listed_values(entry) if entry is not None else {row: [] for row in ROWS}
        agree = agreeing(party, entry, str(match.get("matched_name", ""))) if entry is not None else {}
        shown = [row for row in ROWS if ours[row] or listed[row]]
        for n, row in enumerate(shown, start=1):
            name = QLabel(row_title(row), self)
            name.setObjectName("Muted")
            name.setAlignment(Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, n, 0)
            for column, (values, hits) in enumerate(((ours[row], set()), (listed[row], agree.get(row, set()))),
                                                    start=1):
                cell = QLabel(cell_html(values, hits), self)
                cell.setTextFormat(Qt.TextFormat.RichText)
                cell.setWordWrap(True)
                cell.setAlignment(Qt.AlignmentFlag.AlignTop)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, n, column)
        layout.addLayout(grid)
        if entry is None:
            gone = QLabel(translate("KybMatch", "This entry is not in the current list version any more."), self)
            gone.setObjectName("Warning")
            gone.setWordWrap(True)
            layout.addWidget(gone)

        why = QLabel(self)
        why.setWordWrap(True)
        why.setObjectName("Muted")
        why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        why.setText(translate("KybMatch", "How the score came about: %1").replace(
            "%1", str(match.get("explanation") or "—")))
        layout.addWidget(why)

        buttons = QHBoxLayout()
        buttons.setSpacing(SPACE)
        self.state = QLabel(self)
        self.state.setObjectName("Muted")
        self.state.setWordWrap(True)
        self.false_button = QPushButton(icon("mdi6.close-circle-outline"),
                                        translate("KybMatch", "Not the same (false positive)…"), self)
        self.confirm_button = QPushButton(icon("mdi6.check-decagram-outline", "accent_text"),
                                          translate("KybMatch", "Confirm match…"), self)
        self.confirm_button.setObjectName("Primary")
        self.undo_button = QPushButton(icon("mdi6.undo-variant"), translate("KybMatch", "Undo decision…"), self)
        self.false_button.setToolTip(translate("KybMatch", "Someone else, e.g. another date of birth: the match then "
                                                           "adds no risk and alerts no more, unless a later list "
                                                           "version makes it match more closely."))
        self.confirm_button.setToolTip(translate("KybMatch", "The match is real: the risk is 100 and the alert stays "
                                                             "open for follow-up."))
        self.undo_button.setToolTip(translate("KybMatch", "Take the decision back: the match counts as found again."))
        layout.addWidget(self.state)  # the decision in force, on a line of its own: it can be long
        buttons.addStretch(1)
        for button in (self.undo_button, self.false_button, self.confirm_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        verdict = decision.decision if decision is not None else ""
        still = verdict != "false_positive" or dismissed(decision, score)  # a dismissed one may score higher now
        self.false_button.setVisible(not (verdict == "false_positive" and still))
        self.confirm_button.setVisible(verdict != "confirmed")
        self.undo_button.setVisible(decision is not None)
        self.false_button.clicked.connect(lambda: self.decide.emit("false_positive"))
        self.confirm_button.clicked.connect(lambda: self.decide.emit("confirmed"))
        self.undo_button.clicked.connect(lambda: self.decide.emit("withdrawn"))
        if decision is not None:
            text = decision_text(decision, timezone)
            if not still:
                again = translate("KybMatch", "It matches more closely now (score %1 then): decide again.")
                text += " " + again.replace("%1", QLocale().toString(decision.score, "f", 2))
            self.state.setText(text)
        elif alert is not None and alert.status != "new":
            text = alert_status_text(alert.status)
            if alert.reason:
                text += f": {alert.reason}"
            self.state.setText(text)
        self.state.setVisible(bool(self.state.text()))
