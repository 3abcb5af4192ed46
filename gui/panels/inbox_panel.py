"""Inbox: every conversation from Telegram, Signal and the web chat, like Chatwoot.

Left the thread list (filters, search, lazy pages), right the open
conversation: its header (who answers, status, assignee, labels), the bubbles
and the composer. The panel polls the database's change counter twice a second
(``app.watcher()``, a cheap PRAGMA) and re-reads only after a commit, from any
process, through the op helper. New customer messages raise a desktop
notification while the window is in the background, and the unread count goes
to the Inbox button of the rail.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.icons import icon
from gui.operations import op, run_quietly
from gui.panels import inbox_ops
from gui.panels.base_panel import PageHeader, page_layout
from gui.panels.inbox_canned_dialog import CannedDialog
from gui.panels.inbox_composer import Composer
from gui.panels.inbox_conversation import ConversationView, Opener
from gui.panels.inbox_header import ConversationHeader
from gui.panels.inbox_thread_list import ThreadList
from gui.panels.live_panel import LivePanel
from gui.session import Session
from gui.theme import SPACE
from storage.inbox_views import ThreadRow

translate = QCoreApplication.translate


def empty_state(parent: QWidget) -> tuple[QWidget, QLabel, QLabel, QLabel, QPushButton]:
    """A centred column: icon, title, text, a command line, one button."""
    page = QWidget(parent)
    outer = QVBoxLayout(page)
    outer.addStretch(2)
    column = QWidget(page)
    column.setMaximumWidth(72 * SPACE)
    layout = QVBoxLayout(column)
    layout.setSpacing(2 * SPACE)
    picture = QLabel(column)
    picture.setPixmap(icon("inbox", "accent").pixmap(56, 56))
    title, text, command = QLabel(column), QLabel(column), QLabel(column)
    title.setObjectName("EmptyTitle")
    command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    command.setStyleSheet("font-family: monospace;")
    for label in (picture, title, text, command):
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        label.setWordWrap(True)
        layout.addWidget(label)
    button = QPushButton(icon("integrations", "accent_text"), "", column)
    button.setObjectName("Primary")
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
    centre = QHBoxLayout()  # stretches, not an alignment flag: wrapped text then gets its full height
    centre.addStretch(1)
    centre.addWidget(column, 6)
    centre.addStretch(1)
    outer.addLayout(centre)
    outer.addStretch(3)
    return page, title, text, command, button


class InboxPanel(LivePanel):
    key = "inbox"
    navigate = Signal(str)
    unread_changed = Signal(int)  # conversations with unread customer messages (the rail badge)

    def __init__(self, session: Session, parent: QWidget | None = None, *, opener: Opener | None = None) -> None:
        super().__init__(session, parent)
        self.service = session.app.inbox
        self.me = session.owner_id
        self.drafts: dict[int, str] = {}
        self.unread_threads = 0
        self.marker: int | None = None  # newest unread customer message seen by the poll
        self.has_threads: bool | None = None
        self._dirty = True
        self._polling = False
        layout = page_layout(self)
        self.header = PageHeader(self)
        layout.addWidget(self.header)

        self.stack = QStackedWidget(self)
        self.loading = QLabel(self)
        self.loading.setObjectName("Muted")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty, self.empty_title, self.empty_text, self.empty_command, self.empty_button = empty_state(self)
        self.empty_button.clicked.connect(lambda: self.navigate.emit("settings:integrations"))
        self.threads = ThreadList(self.service.threads, self.me, self)
        self.threads.setMinimumWidth(36 * SPACE)
        self.threads.selected.connect(self._on_selected)

        self.right = QStackedWidget(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("Muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        pane = QWidget(self)
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.setSpacing(0)
        self.conversation_header = ConversationHeader(session.user_names, self.me, pane)
        self.conversation = ConversationView(self.service, opener, pane)
        outbox = getattr(session.app, "outbox", None)
        resend = getattr(outbox, "resend", None)
        if callable(resend):
            self.conversation.resend = lambda message_id: self._resend(resend, message_id)
        self.composer = Composer(pane)
        pane_layout.addWidget(self.conversation_header)
        pane_layout.addWidget(self.conversation, 1)
        pane_layout.addWidget(self.composer)
        self.right.addWidget(self.hint)
        self.right.addWidget(pane)
        self.pane = pane
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.threads)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setHandleWidth(2 * SPACE)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([44 * SPACE, 100 * SPACE])
        for page in (self.loading, self.empty, self.splitter):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)

        h = self.conversation_header
        h.ai_toggled.connect(lambda on: self._act(lambda tid: self.service.set_ai(tid, on, session.actor)))
        h.take_over.connect(lambda: self._act(lambda tid: self.service.take_over(tid, self.me, session.actor)))
        h.hand_back.connect(lambda: self._act(lambda tid: self.service.hand_back(tid, session.actor)))
        h.status_changed.connect(lambda s: self._act(lambda tid: self.service.set_status(tid, s, session.actor)))
        h.assignee_changed.connect(lambda u: self._act(lambda tid: self.service.assign(tid, u, session.actor)))
        h.labels_changed.connect(lambda ls: self._act(lambda tid: self.service.set_labels(tid, ls, session.actor)))
        self.composer.send_reply.connect(self.send_reply)
        self.composer.add_note.connect(self.add_note)
        self.composer.manage_canned.connect(self.manage_canned)
        self.conversation.opened.connect(self._on_opened)
        self.threads.model.refreshed.connect(self._on_refreshed)
        self.find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find.setContext(Qt.ShortcutContext.WindowShortcut)  # only while the Inbox is the visible panel
        self.find.activated.connect(self.focus_search)

        self.watch(session.app)
        self.retranslate_ui()
        self.stack.setCurrentWidget(self.loading)
        self._poll()
        self._load_canned()

    # --- texts ------------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.header.set_texts(translate("Inbox", "Inbox"), "")
        self.loading.setText(translate("Inbox", "Loading the conversations…"))
        self.hint.setText(translate("Inbox", "Choose a conversation on the left to read it and reply."))
        self.empty_title.setText(translate("Inbox", "No channels connected yet"))
        self.empty_text.setText(translate(
            "Inbox", "Connect Telegram, Signal or your web site's chat, and every conversation with your "
                     "customers lands here, answered by the AI until you take over. Set a channel up in "
                     "Settings → Integrations, or on the command line:"))
        self.empty_command.setText("secretary channel add telegram --token-stdin")
        self.empty_button.setText(translate("Inbox", "Open Settings → Integrations"))
        self.threads.retranslate_ui()
        self.conversation_header.retranslate_ui()
        self.conversation.retranslate_ui()
        self.composer.retranslate_ui()

    # --- loading and live updates -----------------------------------------------------------------------------
    def activated(self) -> None:
        if not self.threads.model.loaded_once:
            self.threads.apply_filter()
        elif self._dirty:
            self.refresh()
        self._dirty = False

    def refresh(self) -> None:
        """Re-read the loaded threads and the open conversation (keeps selection and scroll position)."""
        if not self.threads.model.loaded_once:
            self.threads.apply_filter()
        else:
            self.threads.model.refresh()
        self.conversation.refresh()

    def _poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        service, app = self.service, self.session.app
        def read() -> tuple[object, object]:
            return inbox_ops.poll(service), inbox_ops.has_any(service, lambda: app.status().counts.get("channels", 0))
        run_quietly(op(self, read).success(self._polled).failure(lambda _exc: setattr(self, "_polling", False)))

    def _polled(self, result: tuple[inbox_ops.Poll, tuple[int, int]]) -> None:
        self._polling = False
        polled, (threads, channels) = result
        self.has_threads = bool(threads)
        page = self.splitter if threads or channels else self.empty
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
        if polled.unread_threads != self.unread_threads:
            self.unread_threads = polled.unread_threads
            self.unread_changed.emit(polled.unread_threads)
        newest = polled.newest
        if newest is not None and self.marker is not None and newest.message_id > self.marker:
            self.notify(newest)
        if newest is not None:
            self.marker = max(self.marker or 0, newest.message_id)
        elif self.marker is None:
            self.marker = 0

    def notify(self, arrival: inbox_ops.Arrival) -> None:
        """A desktop notification for a new customer message, only while the window is in the background."""
        if not self.in_background():
            return
        title = translate("Inbox", "New message from %1").replace("%1", arrival.title)
        self._notify_thread = arrival.thread_id
        self.show_notification(title, arrival.text)

    def notification_clicked(self) -> None:
        self.open_thread(getattr(self, "_notify_thread", None))

    def open_thread(self, thread_id: int | None) -> None:
        """Select ``thread_id`` if the list holds it (clearing filters otherwise would surprise)."""
        if thread_id is not None:
            self.threads.select_id(thread_id)

    # --- the open conversation --------------------------------------------------------------------------------
    def _on_selected(self, thread: ThreadRow | None) -> None:
        previous = self.conversation.thread
        if previous is not None:
            self.drafts[previous.id] = self.composer.editor.toPlainText()
        if thread is None:
            if previous is not None and self.threads.current_id is None:
                self.right.setCurrentWidget(self.hint)
                self.conversation.thread = None
            return
        self.right.setCurrentWidget(self.pane)
        self.conversation_header.set_thread(thread)
        self.composer.set_ai(thread.ai_enabled)
        self.composer.editor.setPlainText(self.drafts.pop(thread.id, ""))
        self.conversation.open(thread)

    def _on_opened(self, thread_id: int) -> None:
        thread = self.threads.thread(thread_id) or self.conversation.thread
        if thread is not None and thread.unread:
            self._mark_read(thread_id)  # the watcher sees the commit and refreshes the list and the badge

    def _on_refreshed(self) -> None:
        """The open thread's row was re-read: follow changes made elsewhere, and read what arrived."""
        current = self.conversation.thread
        thread = self.threads.thread(current.id) if current is not None else None
        if thread is None:
            return
        if thread != current:
            self.conversation.thread = thread
            self.conversation_header.set_thread(thread)
            self.composer.set_ai(thread.ai_enabled)
        if thread.unread and self.isVisible() and not self.in_background():
            self._mark_read(thread.id)

    def _mark_read(self, thread_id: int) -> None:
        service, actor = self.service, self.session.actor
        run_quietly(op(self, lambda: service.mark_read(thread_id, actor)).success(lambda _r: None))

    def _show_thread(self, thread: ThreadRow) -> None:
        if self.conversation.thread is not None and self.conversation.thread.id == thread.id:
            self.conversation.thread = thread
            self.conversation_header.set_thread(thread)
            self.composer.set_ai(thread.ai_enabled)
        self.refresh()

    def _act(self, action: Callable[[int], Any]) -> None:
        thread = self.conversation.thread
        if thread is None:
            return
        thread_id, service = thread.id, self.service
        op(self, lambda: inbox_ops.act(service, thread_id, lambda: action(thread_id))).success(
            self._show_thread).failure(lambda exc: self._action_failed(thread, exc)).run()

    def _action_failed(self, thread: ThreadRow, exc: BaseException) -> None:
        from gui.errors import show_error

        self._show_thread(thread)  # put the header back to what is stored
        show_error(self, exc)

    def send_reply(self, text: str) -> None:
        thread = self.conversation.thread
        if thread is None:
            return
        service, actor, me = self.service, self.session.actor, self.me
        sender = self.session.user_names.get(me) if me is not None else None
        self.composer.send.setEnabled(False)
        op(self, lambda: inbox_ops.send(service, thread.id, text, actor, sender, me, thread.ai_enabled)).success(
            self._sent).failure(self._send_failed).run()

    def add_note(self, text: str) -> None:
        thread = self.conversation.thread
        if thread is None:
            return
        service, actor = self.service, self.session.actor
        sender = self.session.user_names.get(self.me) if self.me is not None else None
        self.composer.send.setEnabled(False)
        op(self, lambda: inbox_ops.note(service, thread.id, text, actor, sender)).success(self._sent).failure(
            self._send_failed).run()

    def _sent(self, thread: ThreadRow) -> None:
        self.composer.clear_text()
        self.conversation.follow()
        self._show_thread(thread)

    def _send_failed(self, exc: BaseException) -> None:
        from gui.errors import show_error

        self.composer.send.setEnabled(bool(self.composer.text()))
        show_error(self, exc)

    def _resend(self, resend: Callable[[int, str], object], message_id: int) -> None:
        actor = self.session.actor
        op(self, lambda: resend(message_id, actor)).success(lambda _r: self.refresh()).run()

    # --- canned responses -------------------------------------------------------------------------------------
    def _load_canned(self) -> None:
        run_quietly(op(self, self.service.canned).success(self.composer.set_canned))

    def manage_canned(self) -> None:
        dialog = CannedDialog(self.service, self.session.actor, self)
        dialog.changed.connect(self._load_canned)
        dialog.open()

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.splitter:
            self.threads.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.threads.search.selectAll()
