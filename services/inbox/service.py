"""What happens to customer messages: stored once, attachments kept safely, answered, and handled by staff."""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from secretary.audit import ACTOR_SYSTEM
from secretary.channels import (
    ALLOWED_MIME_PREFIXES,
    ALLOWED_MIME_TYPES,
    MAX_ATTACHMENT_BYTES,
    MAX_TEXT,
    IncomingAttachment,
    IncomingMessage,
)
from secretary.errors import InvalidInput, NotFound
from services.queue import Queue
from storage import inbox_repo, inbox_views
from storage.db import Database
from storage.inbox_views import MessageRow, ThreadFilter, ThreadRow
from storage.models import CannedResponse, Thread

log = logging.getLogger(__name__)
THREAD_STATUSES = ("open", "waiting", "handed_off", "closed")
_SAFE_NAME = re.compile(r"[^\w.\- ]+", re.UNICODE)


class InboxService:
    """The one way messages enter and staff act on conversations (``app.inbox``)."""

    def __init__(self, db: Database, queue: Queue, attachments: Path) -> None:
        self._db, self._queue, self._attachments = db, queue, attachments
        self.send: Callable[[int], object] = lambda _message_id: None  # enqueue sending (set by the outbox wiring)
        self.received: list[Callable[[int, int], None]] = []  # (message id, thread id) after a new message

    # -- receiving ----------------------------------------------------------------------------------------------

    def receive(self, channel_id: int, incoming: IncomingMessage) -> inbox_repo.Received:
        """Store a customer's message once (by the channel's message id) and queue its answer."""
        text = incoming.text or ""
        metadata: dict[str, object] = {}
        if len(text) > MAX_TEXT:
            text, metadata["truncated_from"] = text[:MAX_TEXT], len(incoming.text)
        if incoming.choice is not None:  # a pressed button: the AI reads the button's data
            metadata["button_label"] = text[:200]
            text = incoming.choice[:200]
        files, refused = self._store_files(incoming.attachments)
        if refused:
            metadata["refused_attachments"] = refused
        if not text.strip() and files:
            text = "[" + ", ".join(name for name, *_ in files) + "]"
        with self._db.writing(f"connector:{channel_id}") as session:
            received = inbox_repo.receive(session, channel_id, incoming.chat_id, incoming.external_id, text,
                                          sender=(incoming.sender_name or incoming.sender_id or None),
                                          language=None, metadata=metadata)
            if received.created:
                for name, path, mime, size, digest in files:
                    inbox_repo.add_attachment(session, received.message_id, name, path, mime, size, digest)
        if received.created:
            self._queue.answer(received.message_id)
            for hook in list(self.received):
                hook(received.message_id, received.thread_id)
        return received

    def _store_files(self, attachments: Sequence[IncomingAttachment]) -> tuple[list[tuple[str, str, str, int, str]],
                                                                               list[str]]:
        stored, refused = [], []
        for item in attachments:
            mime = (item.mime_type or mimetypes.guess_type(item.filename)[0] or "application/octet-stream").lower()
            name = _SAFE_NAME.sub("_", Path(item.filename or "file").name)[:120] or "file"
            if len(item.data) > MAX_ATTACHMENT_BYTES:
                refused.append(f"{name}: larger than {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB")
                continue
            if not (mime.startswith(ALLOWED_MIME_PREFIXES) or mime in ALLOWED_MIME_TYPES) or _executable(item.data):
                refused.append(f"{name}: file type {mime} is not accepted")
                continue
            digest = hashlib.sha256(item.data).hexdigest()
            relative = Path("attachments") / digest[:2] / f"{digest}{Path(name).suffix[:10]}"
            target = self._attachments.parent / relative
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                partial = target.with_suffix(target.suffix + ".part")
                partial.write_bytes(item.data)
                partial.replace(target)  # a killed process leaves a .part file, never half a file
            stored.append((name, relative.as_posix(), mime, len(item.data), digest))
        return stored, refused

    def attachment_path(self, file_path: str) -> Path:
        """Absolute path of a stored attachment (refuses paths outside the attachments folder)."""
        path = (self._attachments.parent / file_path).resolve()
        if self._attachments.resolve() not in path.parents:
            raise InvalidInput("attachment path outside the workspace")
        return path

    # -- reading ------------------------------------------------------------------------------------------------

    def threads(self, f: ThreadFilter = ThreadFilter(), offset: int = 0, limit: int = 100) -> list[ThreadRow]:
        """A page of threads, newest activity first."""
        with self._db.reading() as session:
            return inbox_views.list_threads(session, f, offset, limit)

    def count_threads(self, f: ThreadFilter = ThreadFilter()) -> int:
        with self._db.reading() as session:
            return inbox_views.count_threads(session, f)

    def messages(self, thread_id: int, offset: int = 0, limit: int = 200) -> list[MessageRow]:
        """A page of a conversation, oldest first."""
        with self._db.reading() as session:
            return inbox_views.messages(session, thread_id, offset, limit)

    def visitor_history(self, channel_id: int, chat_id: str, limit: int = 50) -> list[dict[str, str]]:
        """A conversation as the web widget shows it: ids match the live frames, so nothing shows twice."""
        with self._db.reading() as session:
            rows = inbox_repo.conversation_tail(session, channel_id, chat_id, limit)
        return [{"id": (m.external_id or f"in-{m.id}") if m.direction == "in" else f"msg-{m.id}",
                 "from": "visitor" if m.direction == "in" else "agent", "text": m.content,
                 "at": m.created_at.isoformat()} for m in rows]

    def ai_answers(self, thread_id: int) -> bool:
        """Whether the AI answers this conversation (not taken over by a person)."""
        with self._db.reading() as session:
            return inbox_repo.ai_enabled(session, thread_id)

    def count_messages(self, thread_id: int) -> int:
        with self._db.reading() as session:
            return inbox_views.count_messages(session, thread_id)

    def thread(self, thread_id: int) -> ThreadRow:
        """One thread's list row (NotFound if it does not exist)."""
        with self._db.reading() as session:
            rows = inbox_views.list_threads(session, ThreadFilter(thread_id=thread_id), 0, 1)
        if not rows:
            raise NotFound(f"thread {thread_id} does not exist")
        return rows[0]

    # -- staff actions ------------------------------------------------------------------------------------------

    def reply(self, thread_id: int, text: str, actor: str, sender: str | None = None) -> int:
        """A staff reply: stored, then sent through the thread's channel."""
        text = text.strip()
        if not text:
            raise InvalidInput("the reply is empty")
        if len(text) > MAX_TEXT:
            raise InvalidInput(f"the reply is longer than {MAX_TEXT} characters")
        with self._db.writing(actor) as session:
            message_id = inbox_repo.add_outgoing(session, thread_id, text, author_kind="staff", sender=sender)
            self._read_up_to(session, thread_id)
        self.send(message_id)
        return message_id

    def note(self, thread_id: int, text: str, actor: str, sender: str | None = None) -> int:
        """An internal note in the conversation (never sent to the customer)."""
        if not text.strip():
            raise InvalidInput("the note is empty")
        with self._db.writing(actor) as session:
            return inbox_repo.add_outgoing(session, thread_id, text.strip()[:MAX_TEXT], author_kind="staff",
                                           sender=sender, status="note", direction="int")

    def set_ai(self, thread_id: int, enabled: bool, actor: str) -> None:
        """Switch the AI on or off for one conversation; switching on answers what is still unanswered."""
        with self._db.writing(actor) as session:
            thread = self._get(session, thread_id)
            thread.ai_enabled = enabled
            if enabled and thread.status == "handed_off":
                thread.status = "open"
        if enabled:
            self._queue.recover()

    def take_over(self, thread_id: int, user_id: int | None, actor: str) -> None:
        """A person takes the conversation: AI off, assigned to them."""
        with self._db.writing(actor) as session:
            thread = self._get(session, thread_id)
            thread.ai_enabled, thread.assignee_id = False, user_id
            if thread.status == "handed_off":
                thread.status = "open"

    def hand_back(self, thread_id: int, actor: str) -> None:
        """Give the conversation back to the AI."""
        self.set_ai(thread_id, True, actor)

    def assign(self, thread_id: int, user_id: int | None, actor: str) -> None:
        with self._db.writing(actor) as session:
            self._get(session, thread_id).assignee_id = user_id

    def set_status(self, thread_id: int, status: str, actor: str) -> None:
        if status not in THREAD_STATUSES:
            raise InvalidInput(f"status must be one of {', '.join(THREAD_STATUSES)}")
        with self._db.writing(actor) as session:
            self._get(session, thread_id).status = status

    def set_labels(self, thread_id: int, labels: Sequence[str], actor: str) -> None:
        clean = sorted({label.strip()[:40] for label in labels if label.strip()})
        with self._db.writing(actor) as session:
            self._get(session, thread_id).labels = clean

    def mark_read(self, thread_id: int, actor: str = ACTOR_SYSTEM) -> None:
        with self._db.writing(actor) as session:
            self._read_up_to(session, thread_id)

    def _read_up_to(self, session: Any, thread_id: int) -> None:
        self._get(session, thread_id)
        inbox_repo.mark_read(session, thread_id)

    @staticmethod
    def _get(session: object, thread_id: int) -> Thread:
        thread = session.get(Thread, thread_id)  # type: ignore[attr-defined]
        if thread is None:
            raise NotFound(f"thread {thread_id} does not exist")
        return thread

    # -- canned responses ---------------------------------------------------------------------------------------

    def canned(self) -> list[tuple[int, str, str, str | None]]:
        """(id, title, text, language) of every canned response."""
        with self._db.reading() as session:
            return inbox_repo.canned(session)

    def add_canned(self, title: str, text: str, language: str | None, actor: str) -> int:
        if not title.strip() or not text.strip():
            raise InvalidInput("a canned response needs a title and a text")
        with self._db.writing(actor) as session:
            row = CannedResponse(title=title.strip()[:120], text=text.strip()[:MAX_TEXT], language=language)
            session.add(row)
            session.flush()
            return row.id

    def remove_canned(self, canned_id: int, actor: str) -> None:
        with self._db.writing(actor) as session:
            row = session.get(CannedResponse, canned_id)
            if row is None:
                raise NotFound(f"canned response {canned_id} does not exist")
            session.delete(row)


def _executable(data: bytes) -> bool:
    """Windows/Linux/macOS executables and scripts are refused whatever type they claim."""
    return data[:2] == b"MZ" or data[:4] in (b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe") or \
        data[:2] == b"#!"
