"""The Inbox panel on the demo workspace, through the real inbox service (Huey immediate, no connector)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow
from gui.panels.inbox_panel import InboxPanel
from gui.panels.inbox_threads_model import PAGE_SIZE, ThreadsModel
from gui.session import Session
from secretary.channels import IncomingAttachment, IncomingMessage
from services import users
from services.app import App
from services.demo import create_demo
from storage import inbox_repo
from storage.inbox_views import ThreadFilter, ThreadRow

from .conftest import settle

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture
def demo(app: App) -> App:
    create_demo(app)
    return app


@pytest.fixture
def opened() -> list[QUrl]:
    return []


@pytest.fixture
def panel(demo: App, qsettings, qtbot, opened) -> Iterator[InboxPanel]:
    session = Session(demo, None, qsettings)
    made = InboxPanel(session, opener=lambda url: opened.append(url) or True)
    qtbot.addWidget(made)
    made.resize(1200, 800)
    made.show()
    made.activated()
    qtbot.waitUntil(lambda: made.threads.model.loaded_once and made.has_threads is not None)
    yield made
    made.timer.stop()
    settle()
    session.detach()


def by_title(app: App, title: str) -> ThreadRow:
    return next(t for t in app.inbox.threads(ThreadFilter(), 0, 100) if t.title == title)


def open_thread(panel: InboxPanel, qtbot, title: str) -> ThreadRow:
    thread = by_title(panel.session.app, title)
    assert panel.threads.select_id(thread.id)
    count = panel.session.app.inbox.count_messages(thread.id)
    qtbot.waitUntil(lambda: len(panel.conversation.bubbles) == count)
    return thread


def rows(panel: InboxPanel) -> list[ThreadRow]:
    model = panel.threads.model
    return [model.thread(i) for i in range(model.rowCount())]


def test_threads_are_listed_with_unread_counts_and_badge(panel: InboxPanel, qtbot):
    listed = rows(panel)
    stored = panel.session.app.inbox.threads(ThreadFilter(), 0, 100)
    assert [t.id for t in listed] == [t.id for t in stored] and len(listed) == 7
    assert all(t.unread > 0 for t in listed)
    assert panel.unread_threads == 7
    assert panel.stack.currentWidget() is panel.splitter
    assert panel.right.currentWidget() is panel.hint  # nothing selected: a calm hint


def test_opening_a_thread_shows_its_messages_and_marks_it_read(panel: InboxPanel, qtbot):
    thread = open_thread(panel, qtbot, "Sophie Müller")
    kinds = [b.kind for b in panel.conversation.bubbles.values()]
    assert kinds[0] == "customer" and "ai" in kinds
    assert panel.conversation_header.title.text() == "Sophie Müller"
    qtbot.waitUntil(lambda: panel.session.app.inbox.thread(thread.id).unread == 0)
    qtbot.waitUntil(lambda: panel.threads.thread(thread.id).unread == 0, timeout=5000)
    qtbot.waitUntil(lambda: panel.unread_threads == 6, timeout=5000)


def test_reply_takes_over_and_a_note_is_styled_as_a_note(panel: InboxPanel, qtbot):
    thread = open_thread(panel, qtbot, "Sophie Müller")
    assert thread.ai_enabled and "takes it over" in panel.composer.hint.text()
    panel.composer.editor.setPlainText("Die Liste kommt gleich per E-Mail.")
    qtbot.keyClick(panel.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(b.message.text.startswith("Die Liste") for b in panel.conversation.bubbles.values()))
    reply = next(b for b in panel.conversation.bubbles.values() if b.message.text.startswith("Die Liste"))
    assert reply.kind == "staff" and reply.message.status in ("pending", "sending")
    assert reply.tag.text() == "Katharina Weber"
    assert "Waiting to be sent" in reply.status.text() or "Sending" in reply.status.text()
    stored = panel.session.app.inbox.thread(thread.id)
    assert not stored.ai_enabled and stored.assignee_id == panel.me  # sending took the conversation over
    assert panel.composer.editor.toPlainText() == ""
    qtbot.waitUntil(lambda: panel.composer.send.text() == "Send")

    panel.composer.note.setChecked(True)
    panel.composer.editor.setPlainText("Call her back tomorrow.")
    panel.composer.submit()
    qtbot.waitUntil(lambda: any(b.kind == "note" for b in panel.conversation.bubbles.values()))
    note = next(b for b in panel.conversation.bubbles.values() if b.kind == "note")
    assert note.message.direction == "int" and "Note by" in note.tag.text()
    assert "#fff6d1" in note.bubble.styleSheet()
    assert "does not see it" in note.status.text()


def test_ai_toggle_take_over_and_hand_back_change_the_thread(panel: InboxPanel, qtbot, monkeypatch):
    service = panel.session.app.inbox
    # switching the AI on re-queues unfinished work (in immediate mode: indexing the demo documents right now)
    monkeypatch.setattr(panel.session.app.queue, "recover", lambda *a, **k: None)
    thread = open_thread(panel, qtbot, "Emily Carter")
    header = panel.conversation_header
    assert header.ai.isChecked() and header.handover.text() == "Take over"
    header.handover.click()
    qtbot.waitUntil(lambda: not service.thread(thread.id).ai_enabled)
    assert service.thread(thread.id).assignee_id == panel.me
    qtbot.waitUntil(lambda: header.handover.text() == "Hand back to AI")
    assert not header.ai.isChecked() and panel.composer.send.text() == "Send"
    header.handover.click()
    qtbot.waitUntil(lambda: service.thread(thread.id).ai_enabled)
    qtbot.waitUntil(lambda: header.ai.isChecked())
    header.ai.setChecked(False)
    qtbot.waitUntil(lambda: not service.thread(thread.id).ai_enabled)

    header.status.setCurrentIndex(header.status.findData("closed"))
    header.status.activated.emit(header.status.currentIndex())
    qtbot.waitUntil(lambda: service.thread(thread.id).status == "closed")
    header.labels.setText("vip, #billing")
    header.labels.editingFinished.emit()
    qtbot.waitUntil(lambda: service.thread(thread.id).labels == ("billing", "vip"))
    header.assign.setCurrentIndex(header.assign.findData(None))
    header.assign.activated.emit(header.assign.currentIndex())
    qtbot.waitUntil(lambda: service.thread(thread.id).assignee_id is None)


def test_filters_and_search_narrow_the_list(panel: InboxPanel, qtbot):
    tl = panel.threads
    tl.channel.setCurrentIndex(tl.channel.findData("signal"))
    qtbot.waitUntil(lambda: not tl.model.loading and {t.channel_type for t in rows(panel)} == {"signal"})
    assert len(rows(panel)) == 2
    tl.channel.setCurrentIndex(0)
    tl.status.setCurrentIndex(tl.status.findData("closed"))
    qtbot.waitUntil(lambda: not tl.model.loading and len(rows(panel)) == 2)
    assert {t.status for t in rows(panel)} == {"closed"}
    tl.status.setCurrentIndex(0)
    tl.search.setText("Leipzig")  # debounced: nothing happens on each key
    qtbot.waitUntil(lambda: not tl.model.loading and [t.title for t in rows(panel)] == ["Sophie Müller"])
    tl.search.clear()
    tl.mine.setChecked(True)  # the owner has no conversation assigned in the demo
    qtbot.waitUntil(lambda: not tl.model.loading and tl.model.rowCount() == 0)
    assert tl.stack.currentWidget() is tl.empty and "matches these filters" in tl.empty.text()
    tl.mine.setChecked(False)
    tl.unread.setChecked(True)
    qtbot.waitUntil(lambda: not tl.model.loading and len(rows(panel)) == 7)


def test_ctrl_f_focuses_search(panel: InboxPanel, qtbot):
    panel.activateWindow()
    qtbot.keyClick(panel, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.threads.search.hasFocus())


def test_a_message_from_another_process_appears_live(panel: InboxPanel, qtbot, monkeypatch, opened):
    app = panel.session.app
    monkeypatch.setattr(panel, "in_background", lambda: True)  # the user works in another program
    alerts: list[object] = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, *_a: alerts.append(widget))
    sophie = open_thread(panel, qtbot, "Sophie Müller")
    channel_id = by_title(app, "Emily Carter").channel_id
    qtbot.waitUntil(lambda: panel.unread_threads == 6, timeout=5000)  # Sophie's conversation was read
    before = panel.unread_threads
    app.inbox.receive(channel_id, IncomingMessage(chat_id="visitor-42", external_id="w-1",
                                                  text="Do you also do payroll for two employees?",
                                                  sender_name="Lena Brandt",
                                                  attachments=(IncomingAttachment("payslip.png", "image/png", PNG),)))
    qtbot.waitUntil(lambda: any(t.title == "Lena Brandt" for t in rows(panel)), timeout=5000)
    assert rows(panel)[0].title == "Lena Brandt"
    assert panel.threads.current_id == sophie.id  # the selection stays where it was
    qtbot.waitUntil(lambda: panel.unread_threads == before + 1, timeout=5000)
    assert panel.last_notification is not None and "Lena Brandt" in panel.last_notification[0]
    assert "payroll" in panel.last_notification[1]
    assert alerts or panel.tray is not None  # no tray offscreen: the taskbar entry is flashed instead

    new = by_title(app, "Lena Brandt")
    open_thread(panel, qtbot, "Lena Brandt")
    customer = next(b for b in panel.conversation.bubbles.values() if b.kind == "customer")
    assert [b.text() for b in customer.files] == ["payslip.png · 72 bytes"]
    customer.files[0].click()
    assert opened and opened[0].toLocalFile().endswith(".png") and Path(opened[0].toLocalFile()).exists()
    monkeypatch.setattr(panel, "in_background", lambda: False)  # back at the desk, the conversation open
    app.inbox.receive(channel_id, IncomingMessage(chat_id="visitor-42", external_id="w-2", text="Hello?",
                                                  sender_name="Lena Brandt"))
    qtbot.waitUntil(lambda: any(b.message.text == "Hello?" for b in panel.conversation.bubbles.values()),
                    timeout=5000)
    qtbot.waitUntil(lambda: app.inbox.thread(new.id).unread == 0, timeout=5000)  # read while open


def test_canned_responses_insert_text(panel: InboxPanel, qtbot):
    app = panel.session.app
    app.inbox.add_canned("Opening hours", "We are open Mon–Fri 9–17.", "en", "system")
    panel._load_canned()
    qtbot.waitUntil(lambda: len(panel.composer.canned) == 1)
    open_thread(panel, qtbot, "Emily Carter")
    action = next(a for a in panel.composer.menu.actions() if a.text().startswith("Opening hours"))
    action.trigger()
    assert panel.composer.editor.toPlainText() == "We are open Mon–Fri 9–17."


def test_failed_reply_offers_resend(panel: InboxPanel, qtbot):
    app = panel.session.app
    thread = open_thread(panel, qtbot, "Anna Schmidt")
    message_id = app.inbox.reply(thread.id, "Test", "system", "Katharina Weber")
    from storage.models import InboxMessage

    with app.db.writing("system") as session:
        row = session.get(InboxMessage, message_id)
        row.status, row.error = "failed", "the bot was blocked by the user"
    qtbot.waitUntil(lambda: message_id in panel.conversation.bubbles and
                    panel.conversation.bubbles[message_id].message.status == "failed", timeout=5000)
    bubble = panel.conversation.bubbles[message_id]
    assert "blocked by the user" in bubble.status.text()
    has_resend = hasattr(getattr(app, "outbox", None), "resend")
    assert bubble.resend_button.isVisibleTo(bubble) == has_resend
    if has_resend:
        bubble.resend_button.click()
        qtbot.waitUntil(lambda: panel.conversation.bubbles[message_id].message.status != "failed", timeout=5000)


def test_lazy_paging_of_threads_and_messages(app: App, qsettings, qtbot):
    users.ensure_owner(app.db, "system", "anna@example.com", "Anna Muster")
    with app.db.writing("system") as session:
        channel_id = inbox_repo.ensure_channel(session, "telegram", "Bulk bot")
        for i in range(3000):
            inbox_repo.receive(session, channel_id, f"chat-{i}", f"m-{i}", f"Message {i}", sender=f"Customer {i}")
        for i in range(250):
            inbox_repo.receive(session, channel_id, "chat-long", f"long-{i}", f"Line {i}", sender="Long Talker")
    model = ThreadsModel(app.inbox.threads)
    model.set_filter(ThreadFilter())
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
    assert len({model.thread(i).id for i in range(model.rowCount())}) == 2 * PAGE_SIZE

    session = Session(app, None, qsettings)
    panel = InboxPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    panel.activated()
    qtbot.waitUntil(lambda: panel.threads.model.rowCount() == PAGE_SIZE)
    long = by_title(app, "Long Talker")
    assert panel.threads.select_id(long.id)
    view = panel.conversation
    qtbot.waitUntil(lambda: len(view.bubbles) == 200)
    assert view.first == 50 and view.order[-1] == max(view.order)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())  # opened at the newest message
    bar.setValue(0)  # scrolling to the top loads the older messages
    qtbot.waitUntil(lambda: len(view.bubbles) == 250)
    assert view.first == 0 and view.order == sorted(view.order)
    panel.timer.stop()
    settle()
    session.detach()


def test_main_window_has_the_inbox_and_its_badge(demo: App, qsettings, qtbot):
    session = Session(demo, None, qsettings)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.panels["inbox"], InboxPanel)
    qtbot.waitUntil(lambda: "inbox" in window.badges and window.badges["inbox"].isVisible())
    assert window.badges["inbox"].text() == "7"
    assert window.buttons["inbox"].accessibleName() == "Inbox (7)"
    window.inbox.timer.stop()
    window.close()
    settle()
    session.detach()


def test_empty_workspace_points_to_channel_setup(session: Session, qtbot):
    panel = InboxPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    navigated: list[str] = []
    panel.navigate.connect(navigated.append)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty)
    assert "secretary channel add" in panel.empty_command.text()
    panel.empty_button.click()
    assert navigated == ["settings:integrations"]
    panel.timer.stop()
    QApplication.processEvents()
