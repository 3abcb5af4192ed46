"""The top of an open conversation: who and where, who answers (AI or a person), status, assignee, labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.icons import icon
from gui.panels.inbox_texts import STATUSES, channel_icon, channel_name, status_name
from gui.theme import SPACE, colors
from storage.inbox_views import ThreadRow

translate = QCoreApplication.translate


def split_labels(text: str) -> list[str]:
    """'billing, #lead  vip' → ['billing', 'lead', 'vip']."""
    parts = text.replace(";", ",").replace(",", " ").split()
    return list(dict.fromkeys(p.lstrip("#").strip() for p in parts if p.lstrip("#").strip()))


class ConversationHeader(QFrame):
    ai_toggled = Signal(bool)
    take_over = Signal()
    hand_back = Signal()
    status_changed = Signal(str)
    assignee_changed = Signal(object)  # user id or None
    labels_changed = Signal(list)

    def __init__(self, users: dict[int, str], me: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConversationHeader")
        self.setStyleSheet(f"QFrame#ConversationHeader {{ border: none; border-bottom: 1px solid {colors().border}; }}")
        self.users, self.me = users, me
        self.thread: ThreadRow | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, SPACE)
        outer.setSpacing(SPACE)

        top = QHBoxLayout()
        top.setSpacing(SPACE)
        self.channel_icon = QLabel(self)
        self.channel_icon.setFixedSize(4 * SPACE, 4 * SPACE)
        self.channel_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.title = QLabel(self)
        self.title.setObjectName("SectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("Muted")
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        self.ai = QCheckBox(self)
        self.ai.setObjectName("AiToggle")
        self.handover = QPushButton(self)
        self.handover.setObjectName("Primary")
        top.addWidget(self.channel_icon)
        top.addLayout(names, 1)
        top.addWidget(self.ai)
        top.addWidget(self.handover)
        outer.addLayout(top)

        fields = QHBoxLayout()
        fields.setSpacing(SPACE)
        self.status_label, self.assign_label, self.labels_label = QLabel(self), QLabel(self), QLabel(self)
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem("", status)
        self.assign = QComboBox(self)
        self.labels = QLineEdit(self)
        self.labels.setObjectName("LabelsEdit")
        self.labels.setMinimumWidth(22 * SPACE)
        for combo in (self.status, self.assign):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, field, stretch in ((self.status_label, self.status, 0), (self.assign_label, self.assign, 0),
                                      (self.labels_label, self.labels, 1)):
            label.setObjectName("Muted")
            label.setBuddy(field)
            fields.addWidget(label)
            fields.addWidget(field, stretch)
        outer.addLayout(fields)

        self.ai.toggled.connect(self.ai_toggled.emit)
        self.handover.clicked.connect(self._on_handover)
        self.status.activated.connect(lambda _i: self.status_changed.emit(self.status.currentData()))
        self.assign.activated.connect(lambda _i: self.assignee_changed.emit(self.assign.currentData()))
        self.labels.editingFinished.connect(self._on_labels)
        self.retranslate_ui()

    def _on_handover(self) -> None:
        if self.thread is None:
            return
        (self.hand_back if not self.thread.ai_enabled else self.take_over).emit()

    def _on_labels(self) -> None:
        if self.thread is None:
            return
        labels = split_labels(self.labels.text())
        if labels != sorted(self.thread.labels) and labels != list(self.thread.labels):
            self.labels_changed.emit(labels)

    def set_thread(self, thread: ThreadRow) -> None:
        """Show ``thread``'s values (without emitting the change signals)."""
        editing_labels = self.labels.hasFocus() and self.thread is not None and self.thread.id == thread.id
        self.thread = thread
        blockers = [QSignalBlocker(w) for w in (self.ai, self.status, self.assign, self.labels)]
        self.channel_icon.setPixmap(icon(channel_icon(thread.channel_type), "accent").pixmap(28, 28))
        self.title.setText(thread.title)
        kind = channel_name(thread.channel_type)
        same = thread.channel_name.strip().lower() in (kind.lower(), thread.channel_type)
        self.subtitle.setText(kind if same else f"{kind} · {thread.channel_name}")
        self.ai.setChecked(thread.ai_enabled)
        self.status.setCurrentIndex(max(0, self.status.findData(thread.status)))
        self._fill_assign()
        if not editing_labels:  # a live refresh never overwrites what the user is typing
            self.labels.setText(", ".join(thread.labels))
        del blockers
        self._texts_for_thread()

    def _fill_assign(self) -> None:
        blocker = QSignalBlocker(self.assign)
        self.assign.clear()
        self.assign.addItem(translate("Inbox", "Nobody"), None)
        for user_id, name in sorted(self.users.items(), key=lambda item: item[1].lower()):
            text = translate("Inbox", "%1 (me)").replace("%1", name) if user_id == self.me else name
            self.assign.addItem(text, user_id)
        if self.thread is not None and self.thread.assignee_id is not None \
                and self.assign.findData(self.thread.assignee_id) < 0:
            self.assign.addItem(self.thread.assignee_name or f"#{self.thread.assignee_id}", self.thread.assignee_id)
        current = self.thread.assignee_id if self.thread else None
        self.assign.setCurrentIndex(max(0, self.assign.findData(current)))
        del blocker

    def _texts_for_thread(self) -> None:
        ai_on = self.thread is not None and self.thread.ai_enabled
        if ai_on:
            self.handover.setText(translate("Inbox", "Take over"))
            self.handover.setIcon(icon("crm", "accent_text"))
            self.handover.setToolTip(translate("Inbox", "Answer this customer yourself: the AI stops answering "
                                                        "here and the conversation is assigned to you."))
        else:
            self.handover.setText(translate("Inbox", "Hand back to AI"))
            self.handover.setIcon(icon("ai", "accent_text"))
            self.handover.setToolTip(translate("Inbox", "Let the AI answer again; it also answers messages "
                                                        "still waiting for a reply."))
        self.ai.setToolTip(translate("Inbox", "On: the AI answers this customer. Off: only people answer.")
                           if ai_on else translate("Inbox", "Off: only people answer this customer."))

    def retranslate_ui(self) -> None:
        self.ai.setText(translate("Inbox", "AI answers"))
        self.status_label.setText(translate("Inbox", "Status"))
        self.assign_label.setText(translate("Inbox", "Assigned to"))
        self.labels_label.setText(translate("Inbox", "Labels"))
        self.labels.setPlaceholderText(translate("Inbox", "e.g. vip, invoice (Enter saves)"))
        self.status.setAccessibleName(translate("Inbox", "Status"))
        self.assign.setAccessibleName(translate("Inbox", "Assigned to"))
        for i, status in enumerate(STATUSES):
            self.status.setItemText(i, status_name(status))
        self._fill_assign()
        self._texts_for_thread()
