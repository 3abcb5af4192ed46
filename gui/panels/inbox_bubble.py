"""One message of a conversation as a chat bubble.

Customer messages sit on the left, the AI's and staff replies on the right
with a tag naming the author, internal notes in a yellow note style. Files are
chips that open the stored attachment; an AI reply carries a collapsed "Why
this answer" with its route, flags, tools and sources; outgoing messages say
how their delivery went and offer Resend when it failed or is uncertain.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from gui import theme
from gui.icons import icon
from gui.panels.ai_playground import SERIOUS, backend_name, chip, flag_name, intent_name, language_name
from gui.panels.inbox_texts import author_tag, message_time, send_state, size_text
from gui.theme import SPACE
from storage.inbox_views import AttachmentRow, MessageRow

translate = QCoreApplication.translate
NOTE_LIGHT = ("#fff6d1", "#e9d27a")  # background, border of internal notes
NOTE_DARK = ("#3d3720", "#6b5d2a")


def kind_of(message: MessageRow) -> str:
    """customer, ai, staff or note: decides side and colour."""
    if message.direction == "int" or message.status == "note":
        return "note"
    if message.direction == "in":
        return "customer"
    return "ai" if message.author_kind == "ai" else "staff"


def route(message: MessageRow) -> dict[str, Any] | None:
    """What the AI decided for this reply: its trace, or the few facts older replies carry in metadata."""
    trace = message.trace if isinstance(message.trace, dict) else None
    meta = message.metadata or {}
    if trace is None and not any(k in meta for k in ("intent", "sources", "tool")):
        return None
    trace = dict(trace or {})
    trace.setdefault("intent", meta.get("intent"))
    trace.setdefault("sources", meta.get("sources") or [])
    if not trace.get("tool_calls") and meta.get("tool"):
        trace["tool_calls"] = [{"name": meta["tool"]}]
    return trace


def _word(code: str) -> str:
    return intent_name(code).replace("_", " ")


def route_line(trace: dict[str, Any]) -> str:
    """Language · topic · agent, in words."""
    parts = []
    if trace.get("language"):
        parts.append(translate("Inbox", "Language: %1").replace("%1", language_name(str(trace["language"]))))
    if trace.get("intent"):
        parts.append(translate("Inbox", "Topic: %1").replace("%1", _word(str(trace["intent"]))))
    if trace.get("agent"):
        parts.append(translate("Inbox", "Agent: %1").replace("%1", _word(str(trace["agent"]))))
    return " · ".join(parts)


def _bubble_style(kind: str) -> str:
    c = theme.colors()
    if kind == "note":
        bg, border = NOTE_DARK if c is theme.DARK else NOTE_LIGHT
    elif kind == "customer":
        bg, border = c.surface, c.border
    else:
        bg, border = c.accent_soft, c.accent_soft
    return (f"QFrame#Bubble {{ background: {bg}; border: 1px solid {border}; border-radius: 12px; }}"
            f"QFrame#Bubble QLabel {{ background: transparent; border: none; }}")


class MessageBubble(QWidget):
    """A full-width row holding the bubble on its side."""

    def __init__(self, message: MessageRow, channel: str, open_file: Callable[[AttachmentRow], None],
                 resend: Callable[[int], None] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.kind = kind_of(message)
        self.channel = channel
        self._resend = resend
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.bubble = QFrame(self)
        self.bubble.setObjectName("Bubble")
        self.bubble.setProperty("kind", self.kind)
        self.bubble.setStyleSheet(_bubble_style(self.kind))
        if self.kind == "customer":
            row.addWidget(self.bubble)
            row.addStretch(1)
        else:
            row.addStretch(1)
            row.addWidget(self.bubble)
        layout = QVBoxLayout(self.bubble)
        layout.setContentsMargins(3 * SPACE // 2, SPACE, 3 * SPACE // 2, SPACE)
        layout.setSpacing(SPACE // 2)

        head = QHBoxLayout()
        head.setSpacing(SPACE)
        self.tag = QLabel(self.bubble)
        self.tag.setObjectName("BubbleTag")
        self.tag.setStyleSheet("font-weight: 600;")
        self.time = QLabel(message_time(message.at), self.bubble)
        self.time.setObjectName("Muted")
        self.time.setToolTip(message.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
        head.addWidget(self.tag)
        head.addStretch(1)
        head.addWidget(self.time)
        layout.addLayout(head)
        self.text = QLabel(message.text, self.bubble)
        self.text.setObjectName("BubbleText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)

        self.files: list[QPushButton] = []
        if message.attachments:
            files = QHBoxLayout()
            files.setSpacing(SPACE // 2)
            for attachment in message.attachments:
                kind = "pdf" if attachment.mime_type == "application/pdf" else "file"
                button = QPushButton(icon(kind, "accent"), f"{attachment.filename} · {size_text(attachment.size)}",
                                     self.bubble)
                button.setObjectName("AttachmentChip")
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _c=False, a=attachment: open_file(a))
                files.addWidget(button)
                self.files.append(button)
            files.addStretch(1)
            layout.addLayout(files)

        self.trace = route(message) if self.kind == "ai" else None
        self.why: QToolButton | None = None
        self.details: QWidget | None = None
        if self.trace is not None:
            self.why = QToolButton(self.bubble)
            self.why.setObjectName("WhyButton")
            self.why.setCheckable(True)
            self.why.setArrowType(Qt.ArrowType.RightArrow)
            self.why.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.why.setAutoRaise(True)
            c = theme.colors()
            self.why.setStyleSheet(f"QToolButton {{ border: none; background: transparent; color: {c.muted}; "
                                   f"padding: 0px; }} QToolButton:hover {{ color: {c.accent}; }}")
            self.why.toggled.connect(self._toggle_details)
            layout.addWidget(self.why, 0, Qt.AlignmentFlag.AlignLeft)
            self.details = self._build_details(self.trace)
            self.details.hide()
            layout.addWidget(self.details)

        status = QHBoxLayout()
        status.setSpacing(SPACE)
        self.status = QLabel(self.bubble)
        self.status.setObjectName("BubbleStatus")
        self.status.setWordWrap(True)
        self.resend_button = QPushButton(icon("reindex"), "", self.bubble)
        self.resend_button.setObjectName("ResendButton")
        self.resend_button.clicked.connect(lambda: self._resend and self._resend(self.message.id))
        status.addWidget(self.status, 1)
        status.addWidget(self.resend_button)
        layout.addLayout(status)
        self.retranslate_ui()

    def _build_details(self, trace: dict[str, Any]) -> QWidget:
        box = QWidget(self.bubble)
        box.setObjectName("WhyDetails")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(SPACE, 0, 0, 0)
        layout.setSpacing(SPACE // 2)
        self.route_label = QLabel(box)
        self.route_label.setWordWrap(True)
        layout.addWidget(self.route_label)
        flags = [str(f) for f in trace.get("flags") or []]
        if trace.get("handoff") and "handoff" not in flags:
            flags.append("handoff")
        if flags:
            chips = QHBoxLayout()
            chips.setSpacing(SPACE // 2)
            for flag in flags:
                chips.addWidget(chip(flag_name(flag), "error" if flag in SERIOUS else "warn", box))
            chips.addStretch(1)
            layout.addLayout(chips)
        self.tools_label = QLabel(box)
        self.tools_label.setWordWrap(True)
        self.sources_label = QLabel(box)
        self.sources_label.setWordWrap(True)
        for label in (self.tools_label, self.sources_label):
            label.setObjectName("Muted")
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        return box

    def _toggle_details(self, shown: bool) -> None:
        if self.why is not None and self.details is not None:
            self.why.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
            self.details.setVisible(shown)

    def update_message(self, message: MessageRow) -> None:
        """A newer copy of the same message (its delivery moved on)."""
        if (message.status, message.error) != (self.message.status, self.message.error):
            self.message = message
            self._show_status()

    def _show_status(self) -> None:
        m = self.message
        if self.kind == "note":
            tone, text = "muted", translate("Inbox", "Internal note: the customer does not see it")
        elif self.kind == "customer":
            tone, text = "muted", ""
        else:
            tone, text = send_state(m.status, m.error, self.channel)
        color = getattr(theme.colors(), tone)
        self.status.setStyleSheet(f"color: {color};")
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.resend_button.setVisible(self._resend is not None and m.status in ("failed", "uncertain"))

    def retranslate_ui(self) -> None:
        m = self.message
        self.tag.setText(translate("Inbox", "Note by %1").replace("%1", author_tag("staff", m.sender))
                         if self.kind == "note" else author_tag(m.author_kind, m.sender))
        self.resend_button.setText(translate("Inbox", "Resend"))
        if self.why is not None and self.trace is not None:
            self.why.setText(translate("Inbox", "Why this answer"))
            trace = self.trace
            self.route_label.setText(route_line(trace) or translate("Inbox", "No route recorded"))
            tools = [str(call.get("name")) for call in trace.get("tool_calls") or [] if isinstance(call, dict)]
            self.tools_label.setText(translate("Inbox", "Tools used: %1").replace("%1", ", ".join(tools))
                                     if tools else translate("Inbox", "No tools used"))
            self.tools_label.setVisible(True)
            sources = [str(s) for s in trace.get("sources") or []]
            backend = backend_name(str(trace["backend"])) if trace.get("backend") else ""
            lines = [translate("Inbox", "Sources: %1").replace("%1", "; ".join(sources)) if sources
                     else translate("Inbox", "No documents cited")]
            if backend:
                lines.append(translate("Inbox", "Written by: %1").replace("%1", backend))
            self.sources_label.setText("\n".join(lines))
        self._show_status()

    def set_max_width(self, width: int) -> None:
        """At most ``width``, at least as wide as the text needs up to that (a wrapped label alone shrinks)."""
        width = max(width, 30 * SPACE)
        metrics = self.text.fontMetrics()
        lines = self.message.text.splitlines() or [""]
        natural = max(metrics.horizontalAdvance(line) for line in lines)
        natural = max(natural, self.tag.sizeHint().width() + self.time.sizeHint().width() + SPACE,
                      sum(b.sizeHint().width() + SPACE for b in self.files), 30 * SPACE if self.why else 0)
        self.bubble.setMinimumWidth(min(natural + 3 * SPACE + 4, width))
        self.bubble.setMaximumWidth(width)
