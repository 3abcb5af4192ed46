"""The queue: answering, recovery after a crash, idempotency, and a real Huey consumer."""

from __future__ import annotations

import threading
import time

from services import conversation
from services.app import open_app
from services.runtime import Runtime
from storage import inbox_repo
from storage.models import InboxMessage, Thread


def _receive(app, text: str, external_id: str, chat: str = "chat-1") -> int:
    with app.db.writing("connector:test") as session:
        channel = inbox_repo.ensure_channel(session, "telegram", "Bot")
        return inbox_repo.receive(session, channel, chat, external_id, text).message_id


def _replies(app) -> dict[int, str]:
    with app.db.reading() as session:
        rows = session.query(InboxMessage).filter(InboxMessage.direction == "out").all()
        return {row.reply_to_id: row.content for row in rows}


def _reply_languages(app) -> dict[int, str]:
    with app.db.reading() as session:
        rows = session.query(InboxMessage).filter(InboxMessage.direction == "out").all()
        return {row.reply_to_id: row.language for row in rows}


def test_answer_in_the_customers_language_once(app):
    message = _receive(app, "Guten Tag, ich brauche bitte einen Termin.", "m1")
    app.queue.answer(message)
    app.queue.answer(message)  # re-delivered task: still one reply
    replies = _replies(app)
    assert list(replies) == [message] and replies[message]
    assert _reply_languages(app) == {message: "de"}  # answered in the customer's language
    with app.db.reading() as session:
        assert session.get(InboxMessage, message).status == "answered"


def test_redelivered_message_is_stored_once(app):
    first = _receive(app, "Hello", "same-id")
    again = _receive(app, "Hello", "same-id")
    assert first == again
    assert app.status().counts["inbox_messages"] == 1


def test_recover_finds_every_unanswered_message_but_not_human_threads(app):
    ids = [_receive(app, f"Привіт, питання {i}", f"m{i}") for i in range(3)]
    human = _receive(app, "I want a human", "m-h", chat="chat-2")
    with app.db.writing("user:test") as session:
        session.get(Thread, session.get(InboxMessage, human).thread_id).ai_enabled = False
    assert len(conversation.unanswered(app.db)) == 3
    app.queue.recover()
    replies = _replies(app)
    assert set(replies) == set(ids) and all(replies.values())
    assert set(_reply_languages(app).values()) == {"uk"}
    assert conversation.unanswered(app.db) == []


def test_real_consumer_answers_stored_and_new_messages(workspace, restore_signals):
    app = open_app(workspace)  # a real SqliteHuey file, not immediate mode
    try:
        stored_before_start = [_receive(app, f"Hi, question {i}", f"old-{i}") for i in range(5)]  # "crash" backlog
        runtime = Runtime(app, "worker")
        state = runtime.start(workers=2)
        assert state.owner and state.recovered == 5
        new = [_receive(app, f"Hallo, Frage {i}", f"new-{i}") for i in range(15)]
        for message in new:
            app.queue.answer(message)
        for message in new[:5]:
            app.queue.answer(message)  # duplicates in the queue
        deadline = time.monotonic() + 30
        while len(_replies(app)) < 20 and time.monotonic() < deadline:
            time.sleep(0.1)
        runtime.stop()
        replies = _replies(app)
        assert set(replies) == set(stored_before_start + new)
        assert app.status().counts["inbox_messages"] == 40  # 20 in, exactly 20 out
    finally:
        app.close()


def test_racing_workers_store_one_reply(app):
    message = _receive(app, "Hello", "race")
    barrier = threading.Barrier(4)

    def work():
        barrier.wait()
        app.queue.answer(message)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert list(_replies(app)) == [message]
