"""The AI playground: type a customer's message, see what the AI would answer and why.

A dry run of the whole pipeline (the service promises it sends and saves
nothing): the reply, streamed while it is written, then the route, flags, the
text as the cloud model sees it, the tools called, sources, back-end and tokens.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.errors import describe
from gui.icons import icon
from gui.operations import op
from gui.panels.base_panel import PageHeader, card
from gui.session import Session
from gui.theme import SPACE, colors
from secretary.ai.records import ToolCall, Trace

translate = QCoreApplication.translate
Runner = Callable[[str, int | None, Callable[[str], None] | None], Trace]
SERIOUS = {"toxic", "injection", "blocked", "forbidden_topic"}  # red chips; the rest are amber


def service_runner(session: Session) -> Runner:
    """The real playground of the AI service, looked up when a message is sent."""
    def run(text: str, contact_id: int | None, on_delta: Callable[[str], None] | None) -> Trace:
        return session.app.ai.playground(text, contact_id=contact_id, on_delta=on_delta)
    return run


def language_name(code: str) -> str:
    return {"en": translate("Playground", "English"), "de": translate("Playground", "German"),
            "uk": translate("Playground", "Ukrainian"), "ru": translate("Playground", "Russian"),
            "other": translate("Playground", "another language")}.get(code, code)


def intent_name(code: str) -> str:
    return {"sales": translate("Playground", "sales"), "support": translate("Playground", "support"),
            "billing": translate("Playground", "billing"),
            "operations": translate("Playground", "appointments and organisation"),
            "smalltalk": translate("Playground", "small talk"),
            "human": translate("Playground", "wants a person")}.get(code, code)


def flag_name(flag: str) -> str:
    return {"toxic": translate("Playground", "Abusive"), "injection": translate("Playground", "Prompt injection"),
            "handoff": translate("Playground", "Handed to a person"),
            "ungrounded": translate("Playground", "Not backed by your documents"),
            "forbidden_topic": translate("Playground", "Forbidden topic"),
            "blocked": translate("Playground", "Not answered"),
            "pii": translate("Playground", "Personal data masked")}.get(flag, flag.replace("_", " "))


def trace_flags(trace: Trace) -> list[str]:
    """The flags to show, including hand-off and block when only their booleans say so."""
    flags = list(dict.fromkeys(trace.flags))
    for name, on in (("handoff", trace.handoff), ("blocked", trace.blocked)):
        if on and name not in flags:
            flags.append(name)
    return flags


def route_text(trace: Trace) -> str:
    language = language_name(trace.language)
    if trace.reply_language and trace.reply_language != trace.language:
        language = translate("Playground", "%1, answered in %2").replace("%1", language).replace(
            "%2", language_name(trace.reply_language))
    agent = intent_name(trace.agent) if trace.agent else translate("Playground", "none (the supervisor answered)")
    return translate("Playground", "Language: %1 · Topic: %2 · Agent: %3").replace("%1", language).replace(
        "%2", intent_name(trace.intent)).replace("%3", agent)


def backend_name(backend: str) -> str:
    return {"embedded": translate("Playground", "Embedded"), "openai": translate("Playground", "OpenAI"),
            "compatible": translate("Playground", "Local LLM server"),
            "embedded (fallback)": translate("Playground", "Embedded (the chosen back-end did not answer)")}.get(
        backend, backend)


def usage_text(trace: Trace) -> str:
    name = backend_name(trace.backend)
    if not trace.usage.total:
        return translate("Playground", "%1 · no tokens used").replace("%1", name)
    return translate("Playground", "%1 · %2 tokens (%3 in, %4 out)").replace("%1", name).replace(
        "%2", str(trace.usage.total)).replace("%3", str(trace.usage.prompt_tokens)).replace(
        "%4", str(trace.usage.completion_tokens))


def compact(value: Any, limit: int = 90) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def chip(text: str, tone: str, parent: QWidget) -> QLabel:
    """A small rounded label in a theme colour (error, warn, ok or muted)."""
    c = colors()
    color = QColor(getattr(c, tone))
    label = QLabel(text, parent)
    label.setObjectName(f"FlagChip:{tone}")
    rgb = f"{color.red()}, {color.green()}, {color.blue()}"
    label.setStyleSheet(f"QLabel {{ border-radius: 10px; padding: 2px 10px; color: {color.name()}; "
                        f"background: rgba({rgb}, 30); border: 1px solid rgba({rgb}, 90); }}")
    return label


class Playground(QWidget):
    """Message box, Send, and the trace of the last run."""

    delta = Signal(int, str)  # run number, piece of reply text; emitted from the worker thread

    def __init__(self, session: Session, run: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.run = run or service_runner(session)
        self.trace: Trace | None = None
        self.error: BaseException | None = None
        self.runs = 0
        self.busy = False
        self.delta.connect(self._on_delta, Qt.ConnectionType.QueuedConnection)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACE, 3 * SPACE, 3 * SPACE, 2 * SPACE)
        layout.setSpacing(2 * SPACE)
        self.header = PageHeader(self)
        layout.addWidget(self.header)
        self.message = QPlainTextEdit(self)
        self.message.setObjectName("PlaygroundMessage")
        self.message.setTabChangesFocus(True)
        self.message.setFixedHeight(12 * SPACE)
        self.message.textChanged.connect(self._sync)
        layout.addWidget(self.message)
        controls = QHBoxLayout()
        controls.setSpacing(2 * SPACE)
        self.send = QPushButton(icon("mdi6.send", "accent_text"), "", self)
        self.send.setObjectName("Primary")
        self.send.clicked.connect(self.submit)
        self.state = QLabel(self)
        self.state.setObjectName("Muted")
        self.state.setWordWrap(True)
        controls.addWidget(self.send, 0, Qt.AlignmentFlag.AlignTop)
        controls.addWidget(self.state, 1)
        layout.addLayout(controls)
        self.message.installEventFilter(self)  # Ctrl+Enter sends; a plain Enter is a new line

        self.results = QWidget()
        self._build_results()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.results)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()
        self._sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.message and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submit()
            return True
        return super().eventFilter(watched, event)

    def _build_results(self) -> None:
        column = QVBoxLayout(self.results)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2 * SPACE)
        self.error_label = QLabel(self.results)
        self.error_label.setObjectName("FieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.error_label)
        self.reply_card, inner = card(self.results)
        self.reply_title = QLabel(self.reply_card)
        self.reply_title.setObjectName("SectionTitle")
        self.reply = QLabel(self.reply_card)
        self.reply.setObjectName("PlaygroundReply")
        self.reply.setWordWrap(True)
        self.reply.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reply.setTextFormat(Qt.TextFormat.PlainText)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(SPACE)
        inner.addWidget(self.reply_title)
        inner.addWidget(self.reply)
        inner.addLayout(self.chips)
        column.addWidget(self.reply_card)
        self.details_card, inner = card(self.results)
        self.details_title = QLabel(self.details_card)
        self.details_title.setObjectName("SectionTitle")
        inner.addWidget(self.details_title)
        form = QFormLayout()
        form.setHorizontalSpacing(2 * SPACE)
        form.setVerticalSpacing(SPACE)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in ("route", "masked", "sources", "backend"):
            self.names[key], self.values[key] = QLabel(self.details_card), QLabel(self.details_card)
            self.values[key].setWordWrap(True)
            self.values[key].setTextFormat(Qt.TextFormat.PlainText)
            self.values[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.names[key], self.values[key])
        self.values["masked"].setObjectName("PlaygroundMasked")
        self.values["masked"].setStyleSheet(f"QLabel {{ background: {colors().window}; border-radius: 6px; "
                                            f"padding: 4px 8px; font-family: monospace; }}")
        self.tools = QTreeWidget(self.details_card)
        self.tools.setObjectName("PlaygroundTools")
        self.tools.setColumnCount(2)
        self.tools.setHeaderHidden(True)
        self.tools.header().setStretchLastSection(True)
        self.tools.setUniformRowHeights(False)
        self.tools.setRootIsDecorated(True)
        self.tools.setWordWrap(True)
        self.tools.setMinimumHeight(12 * SPACE)
        self.tools.itemExpanded.connect(lambda _item: self._fit_tools())
        self.tools.itemCollapsed.connect(lambda _item: self._fit_tools())
        self.names["tools"] = QLabel(self.details_card)
        self.no_tools = QLabel(self.details_card)
        tools_box = QVBoxLayout()
        tools_box.setSpacing(0)
        tools_box.addWidget(self.no_tools)
        tools_box.addWidget(self.tools)
        form.addRow(self.names["tools"], tools_box)
        inner.addLayout(form)
        column.addWidget(self.details_card)
        column.addStretch(1)
        self.error_label.hide()
        self.reply_card.hide()
        self.details_card.hide()

    # -- running --------------------------------------------------------------------------------------------------
    def _sync(self) -> None:
        self.send.setEnabled(not self.busy and bool(self.message.toPlainText().strip()))

    def submit(self) -> None:
        text = self.message.toPlainText().strip()
        if self.busy or not text:
            return
        self.runs += 1
        number, self.busy, self.trace, self.error = self.runs, True, None, None
        self._sync()
        self.error_label.hide()
        self.details_card.hide()
        self._set_chips([])
        self.reply.setText("")
        self.reply_card.show()
        self.state.setText(translate("Playground", "The AI is working on it…"))

        def on_delta(piece: str) -> None:  # on the worker thread: only a queued signal crosses over
            try:
                self.delta.emit(number, piece)
            except RuntimeError:  # the window closed meanwhile
                pass

        run = self.run
        op(self, lambda: run(text, None, on_delta)).success(
            lambda trace: self._done(number, trace)).failure(
            lambda exc: self._failed(number, exc)).with_progress(translate("Playground", "Trying the AI…")).run()

    def _on_delta(self, number: int, piece: str) -> None:
        if number == self.runs and self.busy:
            self.reply.setText(self.reply.text() + piece)

    def _done(self, number: int, trace: Trace) -> None:
        if number != self.runs:
            return
        self.busy = False
        self.trace = trace
        self._sync()
        self._show_trace()

    def _failed(self, number: int, exc: BaseException) -> None:
        if number != self.runs:
            return
        self.busy, self.error = False, exc
        self._sync()
        self.state.setText("")
        self.reply_card.hide()
        self.error_label.setText(describe(exc))
        self.error_label.show()

    # -- showing --------------------------------------------------------------------------------------------------
    def _show_trace(self) -> None:
        trace = self.trace
        if trace is None:
            return
        self.state.setText(translate("Playground", "Done. Nothing was sent or saved."))
        if trace.reply:
            self.reply.setText(trace.reply)
        else:
            self.reply.setText(translate("Playground", "(no reply: the customer gets no answer from the AI)"))
        self._set_chips(trace_flags(trace))
        self.values["route"].setText(route_text(trace))
        self.values["masked"].setText(trace.masked_input or "—")
        self.values["sources"].setText("\n".join(trace.sources) or translate("Playground", "None"))
        self.values["backend"].setText(usage_text(trace))
        self._fill_tools(trace.tool_calls)
        self.reply_card.show()
        self.details_card.show()

    def _set_chips(self, flags: list[str]) -> None:
        while (item := self.chips.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()
        if self.trace is not None and not flags:
            self.chips.addWidget(chip(translate("Playground", "No concerns"), "ok", self.reply_card))
        for flag in flags:
            self.chips.addWidget(chip(flag_name(flag), "error" if flag in SERIOUS else "warn", self.reply_card))
        self.chips.addStretch(1)

    def _fill_tools(self, calls: tuple[ToolCall, ...]) -> None:
        self.tools.clear()
        for call in calls:
            failed = call.error is not None
            top = QTreeWidgetItem([call.name, compact(call.arguments)])
            top.setIcon(0, icon("error" if failed else "ok", "error" if failed else "ok"))
            top.addChild(QTreeWidgetItem([translate("Playground", "Arguments"), compact(call.arguments, 2000)]))
            if failed:
                top.addChild(QTreeWidgetItem([translate("Playground", "Error"), str(call.error)]))
            else:
                top.addChild(QTreeWidgetItem([translate("Playground", "Result"), compact(call.result, 2000)]))
            for row in (top, *(top.child(i) for i in range(top.childCount()))):
                row.setToolTip(1, row.text(1))  # long results are cut at the column's edge
            self.tools.addTopLevelItem(top)
        self.tools.resizeColumnToContents(0)
        self.tools.setVisible(bool(calls))
        self.no_tools.setVisible(not calls)
        self._fit_tools()

    def _fit_tools(self) -> None:
        """Tall enough for its rows, so the page scrolls instead of a box inside a box."""
        height = 2 * self.tools.frameWidth() + SPACE
        item = self.tools.topLevelItem(0)
        while item is not None:
            height += self.tools.visualItemRect(item).height() or 3 * SPACE
            item = self.tools.itemBelow(item)
        self.tools.setFixedHeight(max(height, 4 * SPACE))

    # -- texts ----------------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.header.set_texts(translate("Playground", "AI playground"), translate(
            "Playground", "Write a message as a customer would. The AI handles it with the saved settings. This is "
                          "a dry run: nothing is sent or saved."))
        self.message.setPlaceholderText(translate("Playground", "e.g. Hello, what does a tax return cost? My "
                                                                "number is +49 170 1234567."))
        self.message.setAccessibleName(translate("Playground", "Customer message"))
        self.send.setText(translate("Playground", "Send"))
        self.send.setToolTip(translate("Playground", "Send (Ctrl+Enter)"))
        if not self.state.text():
            self.state.setText(translate("Playground", "Ctrl+Enter sends."))
        self.reply_title.setText(translate("Playground", "Reply"))
        self.details_title.setText(translate("Playground", "How the AI got there"))
        for key, text in (("route", translate("Playground", "Route")),
                          ("masked", translate("Playground", "What the AI model saw")),
                          ("sources", translate("Playground", "Sources")),
                          ("backend", translate("Playground", "Back-end")),
                          ("tools", translate("Playground", "Tools used"))):
            self.names[key].setText(text)
        self.no_tools.setText(translate("Playground", "None"))
        if self.trace is not None and not self.busy:
            self._show_trace()
        elif self.error is not None:
            self.error_label.setText(describe(self.error))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class PlaygroundDialog(QDialog):
    """The playground in its own non-modal window, beside Settings."""

    def __init__(self, session: Session, run: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlaygroundDialog")
        self.setModal(False)
        self.resize(100 * SPACE, 90 * SPACE)
        self.playground = Playground(session, run, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.playground)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("Playground", "AI playground"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
