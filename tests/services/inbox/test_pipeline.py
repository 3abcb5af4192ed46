"""The message pipeline: receive once → AI answer → send once, with retries, failures and staff actions."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from secretary.audit import ACTOR_SYSTEM
from secretary.channels import IncomingAttachment
from secretary.errors import InvalidInput, RateLimited, RemoteUnavailable
from storage import channels_repo
from storage.models import Attachment, AuditLog, InboxMessage, Thread
from tests.fakes.connector import FakeConnector


@pytest.fixture
def wired(app):
    with app.db.writing(ACTOR_SYSTEM) as session:
        channel = channels_repo.add(session, "telegram", "Test bot", {})
    connector = FakeConnector(channel.id)
    app.connectors.attach(channel.id, connector)
    app.outbox.retry = lambda message_id, delay: app.outbox.send(message_id)  # retry at once (no real waiting)
    return app, connector


def _out(app) -> list[InboxMessage]:
    with app.db.reading() as session:
        return list(session.scalars(select(InboxMessage).where(InboxMessage.direction == "out")
                                    .order_by(InboxMessage.id)))


def test_message_is_answered_and_sent_exactly_once(wired) -> None:
    app, connector = wired
    connector.push("42", "42:1", "Hello!", sender_name="Anna")
    connector.push("42", "42:1", "Hello!", sender_name="Anna")  # the channel re-delivers the update
    assert len(connector.sent) == 1 and connector.sent[0].chat_id == "42"
    assert connector.sent[0].reply_to_external_id == "42:1"
    [reply] = _out(app)
    assert reply.status == "sent" and reply.external_id.startswith("out-") and reply.sent_at is not None
    app.queue.recover()  # start-up recovery finds nothing to do
    assert len(connector.sent) == 1


def test_messages_and_replies_are_audited_without_their_text(wired) -> None:
    """The hot path writes plain statements; the audit log still gets one create row each, by who wrote it."""
    app, connector = wired
    connector.push("42", "42:7", "My IBAN is DE89370400440532013000, what now?", sender_name="Anna")
    with app.db.reading() as session:
        rows = list(session.scalars(select(AuditLog).where(AuditLog.action == "inbox_messages.create")
                                    .order_by(AuditLog.id)))
        thread = session.scalars(select(Thread)).one()
    assert [(r.actor.split(":")[0], r.new_values["direction"]) for r in rows] == [("connector", "in"), ("ai", "out")]
    assert all("content" not in r.new_values and "message_metadata" not in r.new_values for r in rows)
    assert "DE89370400440532013000" not in str([r.new_values for r in rows])
    assert rows[0].new_values["thread_id"] == thread.id
    assert rows[0].resource_id == str(rows[1].new_values["reply_to_id"])
    assert thread.last_message_at is not None and thread.language == "en"


def test_temporary_failures_are_retried_then_sent(wired) -> None:
    app, connector = wired
    connector.fail_next(RemoteUnavailable("network down"), RateLimited("slow down", retry_after=1))
    connector.push("7", "7:1", "Guten Tag!")
    assert len(connector.sent) == 1
    [reply] = _out(app)
    assert reply.status == "sent" and reply.send_attempts == 3


def test_permanent_failure_is_visible_and_can_be_resent(wired) -> None:
    app, connector = wired
    connector.fail_next(InvalidInput("the customer blocked the bot"))
    connector.push("9", "9:1", "Hi")
    [reply] = _out(app)
    assert reply.status == "failed" and "blocked" in reply.error and not connector.sent
    app.outbox.resend(reply.id, "cli")
    app.outbox.send(reply.id)
    assert _out(app)[0].status == "sent" and len(connector.sent) == 1


def test_a_send_cut_off_by_a_crash_is_never_sent_twice(wired) -> None:
    app, connector = wired
    connector.fail_next(RemoteUnavailable("x"))
    app.outbox.retry = lambda _id, _delay: None  # the process "dies" before the retry
    connector.push("5", "5:1", "Hello")
    [reply] = _out(app)
    with app.db.writing(ACTOR_SYSTEM) as session:  # as if killed right after claiming it for sending
        session.get(InboxMessage, reply.id).status = "sending"
    app.queue.recover()
    [reply] = _out(app)
    assert reply.status == "uncertain" and "check the chat" in reply.error and not connector.sent


def test_widget_messages_cut_off_are_resent_with_the_same_key(app) -> None:
    with app.db.writing(ACTOR_SYSTEM) as session:
        channel = channels_repo.add(session, "widget", "Site", {})
    connector = FakeConnector(channel.id)
    app.connectors.attach(channel.id, connector)
    connector.fail_next(RemoteUnavailable("x"))
    app.outbox.retry = lambda _id, _delay: None
    connector.push("visitor-1", "c-1", "Hello")
    [reply] = _out(app)
    with app.db.writing(ACTOR_SYSTEM) as session:
        session.get(InboxMessage, reply.id).status = "sending"
    app.queue.recover()
    assert _out(app)[0].status == "sent" and connector.sent[0].idempotency_key == f"msg-{reply.id}"


def test_staff_take_over_reply_note_and_hand_back(wired) -> None:
    app, connector = wired
    connector.push("11", "11:1", "Hello!")
    thread_id = _out(app)[0].thread_id
    app.inbox.take_over(thread_id, None, "cli")
    connector.push("11", "11:2", "Are you there?")
    assert len(connector.sent) == 1  # the AI stays quiet while a person has the conversation
    app.inbox.reply(thread_id, "Yes, Jonas here. How can I help?", "cli", sender="Jonas")
    app.inbox.note(thread_id, "Customer is in a hurry", "cli")
    assert [m.text for m in connector.sent][-1] == "Yes, Jonas here. How can I help?"
    assert len(connector.sent) == 2  # the note is never sent
    app.inbox.hand_back(thread_id, "cli")  # the AI answers what was left unanswered
    assert len(connector.sent) == 3
    rows = app.inbox.messages(thread_id)
    assert [r.direction for r in rows].count("int") == 1
    with app.db.reading() as session:
        assert session.get(Thread, thread_id).ai_enabled is True


def test_attachments_are_stored_with_limits(wired, tmp_path) -> None:
    app, connector = wired
    pdf = b"%PDF-1.4 test document"
    exe = b"MZ\x90\x00 pretend program"
    connector.push("12", "12:1", "Here are my documents", attachments=(
        IncomingAttachment("Lohnsteuer.pdf", "application/pdf", pdf),
        IncomingAttachment("invoice.pdf.exe", "application/pdf", exe),
        IncomingAttachment("../../etc/passwd", "text/plain", b"root:x:0:0")))
    with app.db.reading() as session:
        files = list(session.scalars(select(Attachment).order_by(Attachment.id)))
        message = session.scalar(select(InboxMessage).where(InboxMessage.external_id == "12:1"))
    assert [f.filename for f in files] == ["Lohnsteuer.pdf", "passwd"]
    assert app.inbox.attachment_path(files[0].file_path).read_bytes() == pdf
    assert "invoice.pdf.exe" in message.message_metadata["refused_attachments"][0]
    with pytest.raises(InvalidInput):
        app.inbox.attachment_path("../secretary.db")


def test_oversized_text_is_truncated_not_lost(wired) -> None:
    app, connector = wired
    connector.push("13", "13:1", "x" * 10_000)
    with app.db.reading() as session:
        message = session.scalar(select(InboxMessage).where(InboxMessage.external_id == "13:1"))
    assert len(message.content) == 4000 and message.message_metadata["truncated_from"] == 10_000
