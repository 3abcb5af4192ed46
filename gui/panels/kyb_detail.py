"""The selected business partner: identity, risk with its reasons, what each source said, possible
matches side by side, changes over time, and its alerts; the actions on it along the top."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.icons import icon
from gui.operations.kyb import Detail
from gui.panels.kyb_match_view import MatchView
from gui.panels.kyb_texts import (
    acted_text,
    alert_text,
    field_text,
    firm_time,
    interval_text,
    kind_text,
    level_text,
    list_title,
    reason_text,
    source_state_text,
    source_state_tone,
    source_text,
    status_text,
    version_text,
)
from gui.panels.kyb_widgets import RiskBadge, section, severity_chip, wrapped
from gui.theme import SPACE
from secretary.kyb.counterparty import SOURCES, Counterparty
from secretary.kyb.decisions import match_key

translate = QCoreApplication.translate


def not_asked_text(source: str, party: Counterparty) -> str:
    """Why a source has not said anything about this counterparty."""
    if source == "vies" and not party.vat_number:
        return translate("KybDetail", "Not asked: no VAT id entered.")
    if source == "gleif" and not party.lei_code:
        return translate("KybDetail", "Not asked: no LEI entered.")
    if source == "insolvency" and (party.country not in (None, "DE") or party.kind not in ("company", "person")):
        return translate("KybDetail", "Not asked: only German companies and persons are searched.")
    return translate("KybDetail", "Not asked yet: press Check now.")


class DetailView(QWidget):
    """Shows a :class:`Detail`; the buttons emit signals the panel turns into operations."""

    check = Signal()
    stop = Signal()  # stop the running check after the source being asked
    edit = Signal()
    status_change = Signal(str)
    export = Signal()
    resolve = Signal(int)
    acknowledge = Signal(int)
    decide = Signal(str, str, str)  # list, entity id, verdict (see MatchView)

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self.detail: Detail | None = None
        self.threshold: float | None = None
        self.busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE)
        top = QHBoxLayout()
        top.setSpacing(SPACE)
        self.name = QLabel(self)
        self.name.setObjectName("SectionTitle")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = RiskBadge(self)
        top.addWidget(self.name, 1)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.facts = QLabel(self)
        self.facts.setObjectName("Muted")
        layout.addWidget(self.facts)
        actions = QHBoxLayout()
        actions.setSpacing(SPACE)
        self.check_button = QPushButton(icon("mdi6.shield-search", "accent_text"), "", self)
        self.check_button.setObjectName("Primary")
        self.stop_button = QPushButton(icon("mdi6.stop-circle-outline"), "", self)
        self.stopping = False
        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), "", self)
        self.export_button = QPushButton(icon("pdf"), "", self)
        self.more_button = QToolButton(self)
        self.more_button.setIcon(icon("mdi6.dots-horizontal"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_menu = QMenu(self.more_button)
        self.pause_action = self.more_menu.addAction(icon("mdi6.pause-circle-outline"), "")
        self.archive_action = self.more_menu.addAction(icon("mdi6.archive-outline"), "")
        self.more_button.setMenu(self.more_menu)
        c = theme.colors()
        self.more_button.setStyleSheet(
            f"QToolButton {{ padding: 5px 12px; border-radius: 6px; border: 1px solid {c.border}; "
            f"background: {c.surface}; }} QToolButton:hover {{ border-color: {c.accent}; }} "
            "QToolButton::menu-indicator { image: none; width: 0px; }")
        for button in (self.check_button, self.stop_button, self.edit_button, self.export_button, self.more_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.check_button.clicked.connect(self.check)
        self.stop_button.clicked.connect(self._stop_clicked)
        self.edit_button.clicked.connect(self.edit)
        self.export_button.clicked.connect(self.export)
        self.pause_action.triggered.connect(lambda: self.status_change.emit(self._pause_target()))
        self.archive_action.triggered.connect(lambda: self.status_change.emit(self._archive_target()))
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.scroll, 1)
        self.body = QWidget()
        self.scroll.setWidget(self.body)
        self.retranslate_ui()

    def _pause_target(self) -> str:
        return "active" if self.detail and self.detail.party.status == "paused" else "paused"

    def _archive_target(self) -> str:
        return "active" if self.detail and self.detail.party.status == "archived" else "archived"

    def retranslate_ui(self) -> None:
        self.edit_button.setText(translate("KybDetail", "Edit…"))
        self.export_button.setText(translate("KybDetail", "Report…"))
        self.export_button.setToolTip(translate("KybDetail", "Save this business partner's KYB report as PDF or "
                                                             "JSON, e.g. for your files or an auditor."))
        self._update_buttons()
        if self.detail is not None:
            self.show_detail(self.detail)

    def set_busy(self, busy: bool, stopping: bool = False) -> None:
        """While a check runs: the button says so and cannot be pressed again; Stop stands beside it."""
        self.busy, self.stopping = busy, busy and stopping
        self._update_buttons()

    def _stop_clicked(self) -> None:
        self.set_busy(True, stopping=True)
        self.stop.emit()

    def _update_buttons(self) -> None:
        party = self.detail.party if self.detail else None
        self.check_button.setText(translate("KybDetail", "Checking…") if self.busy else
                                  translate("KybDetail", "Check now"))
        self.check_button.setEnabled(party is not None and not self.busy)
        self.check_button.setToolTip(translate("KybDetail", "Screen against the sanctions lists and ask the VAT, "
                                                            "LEI and insolvency registers now."))
        self.stop_button.setText(translate("KybDetail", "Stopping…") if self.stopping else
                                 translate("KybDetail", "Stop"))
        self.stop_button.setToolTip(translate("KybDetail", "Stop after the register being asked now; what was "
                                                           "already asked is kept."))
        self.stop_button.setVisible(self.busy)
        self.stop_button.setEnabled(self.busy and not self.stopping)
        paused, archived = party is not None and party.status == "paused", party is not None and \
            party.status == "archived"
        self.pause_action.setText(translate("KybDetail", "Resume monitoring") if paused else
                                  translate("KybDetail", "Pause monitoring"))
        self.pause_action.setToolTip(translate("KybDetail", "Paused business partners are not re-checked."))
        self.archive_action.setText(translate("KybDetail", "Restore from the archive") if archived else
                                    translate("KybDetail", "Archive"))
        self.pause_action.setVisible(not archived)
        self.more_button.setText(translate("KybDetail", "More"))
        self.more_button.setAccessibleName(translate("KybDetail", "More actions"))
        for button in (self.edit_button, self.export_button, self.more_button):
            button.setEnabled(party is not None)

    # content -------------------------------------------------------------------------------------------------
    def show_detail(self, detail: Detail) -> None:
        self.detail = detail
        party = detail.party
        self.name.setText(party.name)
        self.badge.set_risk(party.risk_level, party.risk_score, party.last_checked_at is not None)
        facts = [kind_text(party.kind)] + ([party.country] if party.country else []) + [status_text(party.status)]
        self.facts.setText(" · ".join(facts))
        self._update_buttons()
        position = self.scroll.verticalScrollBar().value()
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, SPACE, 0)
        column.setSpacing(2 * SPACE)
        column.addWidget(self._risk(detail))
        if detail.matches:
            column.addWidget(self._matches(detail))
        column.addWidget(self._sources(detail))
        column.addWidget(self._identity(party))
        column.addWidget(self._alerts(detail))
        column.addWidget(self._history(detail))
        column.addStretch(1)
        self.scroll.setWidget(body)  # the old body goes with it
        self.body = body
        self.scroll.verticalScrollBar().setValue(position)

    def _risk(self, detail: Detail) -> QWidget:
        party = detail.party
        frame, layout, title = section()
        title.setText(translate("KybDetail", "Risk"))
        if party.last_checked_at is None:
            layout.addWidget(wrapped(translate("KybDetail", "Not checked yet. Press Check now to screen this "
                                                            "business partner."), frame, "Muted"))
            return frame
        summary = translate("KybDetail", "Score %1 of 100: %2. Last check %3.").replace(
            "%1", QLocale().toString(party.risk_score)).replace("%2", level_text(party.risk_level)).replace(
            "%3", firm_time(party.last_checked_at, self.timezone))
        layout.addWidget(wrapped(summary, frame))
        reasons = party.risk_details.get("reasons", [])
        if not reasons:
            layout.addWidget(wrapped(translate("KybDetail", "Nothing was found that adds to the risk."), frame,
                                     "Muted"))
        for reason in reasons:
            line = QHBoxLayout()
            line.setSpacing(SPACE)
            points = QLabel(f"+{reason.get('points', 0)}", frame)
            points.setMinimumWidth(5 * SPACE)
            points.setStyleSheet("font-weight: 600;")
            points.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            text = wrapped(f"{source_text(str(reason.get('source', '')))}: "
                           f"{reason_text(str(reason.get('text', '')))}", frame)
            text.setToolTip(str(reason.get("text", "")))
            line.addWidget(points)
            line.addWidget(text, 1)
            layout.addLayout(line)
        layout.addWidget(wrapped(translate("KybDetail", "The score is the highest single reason: sanctions match "
                                                        "90–100, insolvency 70–89, invalid VAT id or lapsed LEI "
                                                        "40–69, recent register changes 20–39."), frame, "Muted"))
        return frame

    def _matches(self, detail: Detail) -> QWidget:
        frame, layout, title = section()
        title.setText(translate("KybDetail", "Possible sanctions matches (%1)").replace(
            "%1", QLocale().toString(len(detail.matches))))
        frame.setObjectName("")  # the matches are cards themselves
        layout.setContentsMargins(0, 0, 0, 0)
        for match in detail.matches:
            key = match_key(match)
            alert = next((a for a in detail.alerts if a.type == "sanctions_match" and isinstance(
                a.details.get("match"), dict) and match_key(a.details["match"]) == key), None)  # newest first
            view = MatchView(detail.party, match, detail.entries.get(key), alert, self.threshold,
                             detail.decisions.get(key), self.timezone, frame)
            view.decide.connect(lambda verdict, k=key: self.decide.emit(k[0], k[1], verdict))
            layout.addWidget(view)
        return frame

    def _sources(self, detail: Detail) -> QWidget:
        party = detail.party
        frame, layout, title = section()
        title.setText(translate("KybDetail", "Sources"))
        grid = QFormLayout()
        grid.setHorizontalSpacing(2 * SPACE)
        grid.setVerticalSpacing(SPACE)
        for source in SOURCES:
            state = party.check_state.get(source)
            if state:
                tone = source_state_tone(str(state.get("status")))
                head = f"{source_state_text(str(state.get('status')))} · {firm_time(state.get('at'), self.timezone)}"
                text = head + (f"\n{state['message']}" if state.get("message") else "")
            else:
                tone, text = "muted", not_asked_text(source, party)
            name = QLabel(frame)
            name.setText(source_text(source))
            value = wrapped(text, frame)
            value.setStyleSheet(f"color: {_tone(tone)};" if tone != "ok" else "")
            grid.addRow(name, value)
        layout.addLayout(grid)
        if detail.lists:
            lines = [translate("KybDetail", "%1: version %2, loaded %3").replace("%1", list_title(v.list_id))
                     .replace("%2", version_text(v.version)).replace("%3", firm_time(v.imported_at, self.timezone))
                     for v in detail.lists]
            layout.addWidget(wrapped(translate("KybDetail", "Screened against:") + "\n" + "\n".join(lines), frame,
                                     "Muted"))
        else:
            layout.addWidget(wrapped(translate("KybDetail", "No sanctions list is loaded yet, so nobody can be "
                                                            "screened. Load them on the Lists tab."), frame,
                                     "Warning"))
        return frame

    def _identity(self, party: Counterparty) -> QWidget:
        frame, layout, title = section()
        title.setText(translate("KybDetail", "Details"))
        form = QFormLayout()
        form.setHorizontalSpacing(2 * SPACE)
        form.setVerticalSpacing(SPACE // 2)
        rows = [("vat_number", party.vat_number), ("lei_code", party.lei_code),
                ("registration_number", party.registration_number), ("address", party.address),
                ("birth_date", party.birth_date),
                ("identifiers", ", ".join(f"{k} {n}" for k, n in party.identifiers)),
                ("check_interval", interval_text(party.check_interval)), ("notes", party.notes)]
        for field, value in rows:
            if value:
                form.addRow(QLabel(field_text(field), frame), wrapped(str(value), frame))
        form.addRow(QLabel(translate("KybDetail", "Monitored since"), frame),
                    QLabel(firm_time(party.created_at, self.timezone), frame))
        layout.addLayout(form)
        return frame

    def _alerts(self, detail: Detail) -> QWidget:
        frame, layout, title = section()
        title.setText(translate("KybDetail", "Alerts"))
        if not detail.alerts:
            layout.addWidget(wrapped(translate("KybDetail", "No alerts so far."), frame, "Muted"))
        for alert in detail.alerts:
            line = QHBoxLayout()
            line.setSpacing(SPACE)
            line.addWidget(severity_chip(alert.severity, frame), 0, Qt.AlignmentFlag.AlignTop)
            texts = QVBoxLayout()
            texts.setSpacing(2)
            texts.addWidget(wrapped(alert_text(alert), frame))
            state = acted_text(alert, self.timezone) or translate("KybDetail", "Raised %1, not acknowledged yet") \
                .replace("%1", firm_time(alert.created_at, self.timezone))
            texts.addWidget(wrapped(state, frame, "Muted"))
            line.addLayout(texts, 1)
            if alert.status == "new":
                ack = QPushButton(translate("KybDetail", "Acknowledge"), frame)
                ack.clicked.connect(lambda _c=False, a=alert.id: self.acknowledge.emit(a))
                line.addWidget(ack, 0, Qt.AlignmentFlag.AlignTop)
            if alert.status != "resolved":
                res = QPushButton(translate("KybDetail", "Resolve…"), frame)
                res.clicked.connect(lambda _c=False, a=alert.id: self.resolve.emit(a))
                line.addWidget(res, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(line)
        return frame

    def _history(self, detail: Detail) -> QWidget:
        frame, layout, title = section()
        title.setText(translate("KybDetail", "History"))
        if not detail.snapshots:
            layout.addWidget(wrapped(translate("KybDetail", "Nothing recorded yet: every check stores what each "
                                                            "source said, and changes show up here."), frame, "Muted"))
            return frame
        for diff in detail.diffs:
            changes = "\n".join(f"  {c.get('path')}: {_short(c.get('old'))} → {_short(c.get('new'))}"
                                for c in diff.changes)
            head = translate("KybDetail", "%1 · %2 changed").replace("%1", firm_time(diff.created_at, self.timezone)) \
                .replace("%2", source_text(diff.source))
            layout.addWidget(wrapped(f"{head}\n{changes}", frame))
        for snap in detail.snapshots:
            text = translate("KybDetail", "%1: answer first seen %2, last confirmed %3").replace(
                "%1", source_text(snap.source)).replace("%2", firm_time(snap.created_at, self.timezone)).replace(
                "%3", firm_time(snap.checked_at, self.timezone) or "—")
            label = wrapped(text, frame, "Muted")
            label.setToolTip(json.dumps(snap.data, ensure_ascii=False, indent=1, default=str)[:2000])
            layout.addWidget(label)
        return frame


def _short(value: object) -> str:
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _tone(tone: str) -> str:
    c = theme.colors()
    return {"warn": c.warn, "error": c.error, "muted": c.muted, "ok": c.ok}.get(tone, c.text)
