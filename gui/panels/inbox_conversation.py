"""The messages of one conversation, lazily: the newest page first, older pages when scrolled to the top.

Pages are read on the thread pool (never the UI thread) and bubbles are only
built for loaded messages, so a conversation with 100,000 messages opens as
fast as one with ten. A live refresh re-reads the last few messages (delivery
states move on) and appends new ones, following the bottom if the user is there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QScrollArea, QVBoxLayout, QWidget

from gui.errors import describe
from gui.operations import op, run_quietly
from gui.panels.inbox_bubble import MessageBubble
from gui.panels.inbox_texts import channel_name
from gui.theme import SPACE
from services.inbox.service import InboxService
from storage.inbox_views import AttachmentRow, MessageRow, ThreadRow

translate = QCoreApplication.translate
PAGE_SIZE = 200
TAIL = 20  # messages re-read by a refresh, so their delivery state follows
Opener = Callable[[QUrl], bool]
Page = tuple[int, int, list[MessageRow]]  # (total count, offset of the first row, rows)


def tail_page(service: InboxService, thread_id: int, first: int | None = None, known: int = 0) -> Page:
    """The newest page, or (with ``first``/``known``) everything after the last ``TAIL`` known messages."""
    total = service.count_messages(thread_id)
    offset = max(0, total - PAGE_SIZE) if first is None else max(first, known - TAIL, total - 2 * PAGE_SIZE)
    return total, offset, service.messages(thread_id, offset, max(total - offset, 0))


class ConversationView(QScrollArea):
    """Bubbles of one thread; ``opened`` fires when its first page is shown."""

    opened = Signal(int)

    def __init__(self, service: InboxService, opener: Opener | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.opener: Opener = opener or QDesktopServices.openUrl
        self.resend: Callable[[int], None] | None = None
        self.thread: ThreadRow | None = None
        self.bubbles: dict[int, MessageBubble] = {}
        self.order: list[int] = []
        self.first = 0  # offset of the oldest loaded message
        self.total = 0
        self._generation = 0
        self._loading_older = False
        self._refreshing = False
        self._anchor: int | None = None  # distance from the bottom to keep while older pages arrive
        self._stick = False
        self.setObjectName("Conversation")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("ConversationBody")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(2 * SPACE, 2 * SPACE, 2 * SPACE, 2 * SPACE)
        self.column.setSpacing(SPACE)
        self.column.addStretch(1)
        self.older = QLabel(body)
        self.older.setObjectName("Muted")
        self.older.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(self.older)
        self.setWidget(body)
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scroll)
        bar.rangeChanged.connect(self._on_range)

    # --- loading ----------------------------------------------------------------------------------------------
    def open(self, thread: ThreadRow) -> None:
        """Show ``thread``: clear, then load its newest page."""
        self._generation += 1
        self.thread = thread
        self._clear()
        self.older.setText(translate("Inbox", "Loading the conversation…"))
        generation, service = self._generation, self.service
        run_quietly(op(self, lambda: tail_page(service, thread.id)).success(
            lambda page: self._first_page(generation, page)).failure(lambda exc: self._failed(generation, exc)))

    def _clear(self) -> None:
        for bubble in self.bubbles.values():
            bubble.setParent(None)
            bubble.deleteLater()
        self.bubbles.clear()
        self.order.clear()
        self.first = self.total = 0
        self._loading_older = self._refreshing = False

    def _first_page(self, generation: int, page: Page) -> None:
        if generation != self._generation or self.thread is None:
            return
        self.total, self.first, rows = page
        self._stick = True
        self._append(rows)
        self._update_older()
        self.opened.emit(self.thread.id)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.older.setText(describe(exc))

    def refresh(self) -> None:
        """Follow new messages and delivery states of the open thread."""
        if self.thread is None or self._refreshing or not self.order:
            if self.thread is not None and not self.order and not self._refreshing:
                self.open(self.thread)  # an empty or failed load: try again from scratch
            return
        self._refreshing = True
        generation, service, thread_id = self._generation, self.service, self.thread.id
        first, known = self.first, self.first + len(self.order)
        run_quietly(op(self, lambda: tail_page(service, thread_id, first, known)).success(
            lambda page: self._tail(generation, page)).failure(lambda _exc: self._tail_failed(generation)))

    def _tail_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._refreshing = False

    def _tail(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return
        self._refreshing = False
        self.total, offset, rows = page
        if offset > self.first + len(self.order) and self.thread is not None:
            self.open(self.thread)  # more arrived than a refresh reads: start from the newest page
            return
        bar = self.verticalScrollBar()
        self._stick = self._stick or bar.value() >= bar.maximum() - SPACE
        fresh = []
        for message in rows:
            bubble = self.bubbles.get(message.id)
            if bubble is not None:
                bubble.update_message(message)
            elif not self.order or message.id > self.order[-1]:
                fresh.append(message)
        self._append(fresh)

    def _append(self, rows: list[MessageRow]) -> None:
        for message in rows:
            bubble = self._bubble(message)
            self.column.addWidget(bubble)
            self.bubbles[message.id] = bubble
            self.order.append(message.id)

    def _bubble(self, message: MessageRow) -> MessageBubble:
        channel = channel_name(self.thread.channel_type) if self.thread else ""
        bubble = MessageBubble(message, channel, self.open_attachment, self.resend, self.widget())
        bubble.set_max_width(self._bubble_width())
        return bubble

    # --- older pages ------------------------------------------------------------------------------------------
    def _on_scroll(self, value: int) -> None:
        if value <= SPACE and self.first > 0 and not self._loading_older and self.thread is not None:
            self.load_older()

    def load_older(self) -> None:
        if self.thread is None or self.first <= 0 or self._loading_older:
            return
        self._loading_older = True
        self.older.setText(translate("Inbox", "Loading earlier messages…"))
        generation, service, thread_id = self._generation, self.service, self.thread.id
        offset = max(0, self.first - PAGE_SIZE)
        limit = self.first - offset
        run_quietly(op(self, lambda: service.messages(thread_id, offset, limit)).success(
            lambda rows: self._older(generation, offset, rows)).failure(
            lambda exc: self._failed(generation, exc)))

    def _older(self, generation: int, offset: int, rows: list[MessageRow]) -> None:
        if generation != self._generation:
            return
        bar = self.verticalScrollBar()
        self._anchor = bar.maximum() - bar.value()
        position = self.column.indexOf(self.older) + 1
        for message in reversed([m for m in rows if m.id not in self.bubbles]):
            bubble = self._bubble(message)
            self.column.insertWidget(position, bubble)
            self.bubbles[message.id] = bubble
            self.order.insert(0, message.id)
        self.first = offset
        self._loading_older = False
        self._update_older()

    def _on_range(self, _minimum: int, maximum: int) -> None:
        bar = self.verticalScrollBar()
        if self._anchor is not None:
            bar.setValue(maximum - self._anchor)  # older messages above: the ones in view stay put
            self._anchor = None
        elif self._stick:
            bar.setValue(maximum)
            self._stick = False

    def _update_older(self) -> None:
        if self.first > 0:
            self.older.setText(translate("Inbox", "Scroll up for %n earlier message(s)", "", self.first))
        elif self.order:
            self.older.setText(translate("Inbox", "Beginning of the conversation"))
        else:
            self.older.setText(translate("Inbox", "No messages yet"))

    # --- the rest ---------------------------------------------------------------------------------------------
    def open_attachment(self, attachment: AttachmentRow) -> None:
        try:
            path: Path = self.service.attachment_path(attachment.file_path)
        except Exception as exc:  # noqa: BLE001 - a refused path is shown, not raised
            QMessageBox.warning(self, translate("Inbox", "Could not open the file"), describe(exc))
            return
        if not path.exists() or not self.opener(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(self, translate("Inbox", "Could not open the file"),
                                translate("Inbox", "“%1” is missing or no program can open it.").replace(
                                    "%1", attachment.filename))

    def _bubble_width(self) -> int:
        return int(self.viewport().width() * 0.72)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        width = self._bubble_width()
        for bubble in self.bubbles.values():
            bubble.set_max_width(width)

    def retranslate_ui(self) -> None:
        for bubble in self.bubbles.values():
            bubble.retranslate_ui()
        if self.thread is not None and self.order:
            self._update_older()

    def follow(self) -> None:
        """Scroll to the newest message once the next refresh has added it."""
        self._stick = True

    def scroll_to_bottom(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
