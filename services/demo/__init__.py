"""The demo workspace (``secretary init --demo``): a believable small firm to try the app on.

:func:`create_demo` fills a fresh workspace with Weber & Partner, a German-
Ukrainian tax, bookkeeping and IT-services firm in Berlin: settings, staff,
knowledge documents with their chunks, CRM, inbox conversations in three
languages, calendar, licence, invoices and KYB monitoring. All of it is data
written by the project; nothing is downloaded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secretary.chunking import chunk_document
from secretary.errors import Conflict
from secretary.knowledge import ExtractedDocument
from secretary.settings import setting
from services.demo.data import (
    ACTOR,
    DOCUMENTS,
    FIRM_SETTINGS,
    KNOWLEDGE_SOURCE_NAME,
    OWNER,
    build,
    document_texts,
    title_of,
)
from services.users import ensure_owner
from storage import demo_repo

if TYPE_CHECKING:
    from services.app import App

__all__ = ["ACTOR", "DemoSummary", "create_demo"]


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo added."""

    users: int
    documents: int
    chunks: int
    contacts: int
    leads: int
    tasks: int
    notes: int
    channels: int
    threads: int
    messages: int
    events: int
    bookings: int
    plans: int
    invoices: int
    counterparties: int
    alerts: int


def _refuse_if_used(app: App, texts: dict[str, str]) -> None:
    with app.db.reading() as session:
        reason = demo_repo.existing_data(session, KNOWLEDGE_SOURCE_NAME)
    if reason:
        raise Conflict(f"cannot create the demo: {reason}", workspace=str(app.workspace.root))
    for name, text in texts.items():
        path = app.workspace.documents / name
        if path.exists() and path.read_bytes() != text.encode("utf-8"):
            raise Conflict(f"cannot create the demo: {path} exists with other content", path=str(path))


def _documents(folder: Path, texts: dict[str, str]) -> list[dict[str, Any]]:
    """Documents and chunks as ingestion would store them (same chunker, hash of the file's bytes),
    so the first ingestion run finds them unchanged and only adds their vectors."""
    documents = []
    for name, text in texts.items():
        uri, title = str(folder / name), title_of(text, name)
        drafts = chunk_document(ExtractedDocument(uri=uri, title=title, text=text, mime_type="text/markdown",
                                                  language=DOCUMENTS[name]))
        documents.append({"uri": uri, "title": title, "language": DOCUMENTS[name], "content": text,
                          "content_hash": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                          "chunks": [{"position": d.position, "content": d.text, "heading_path": d.heading_path,
                                      "char_start": d.char_start, "char_end": d.char_end} for d in drafts]})
    return documents


def create_demo(app: App, *, now: datetime | None = None) -> DemoSummary:
    """Fill the empty workspace of ``app`` with the demo firm; returns what was added.

    Raises Conflict, changing nothing, if the workspace already has the demo or
    any contacts. The owner account (kept if one exists) and the settings are
    written by their services; every other row goes in one transaction, and the
    document files written beforehand are removed again if it fails.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    texts = document_texts()
    _refuse_if_used(app, texts)
    for key, value in FIRM_SETTINGS.items():  # fail before writing anything
        setting(key).coerce(value)
    data = build(now)
    folder = app.workspace.documents
    documents = _documents(folder, texts)
    source = {"name": KNOWLEDGE_SOURCE_NAME, "uri": str(folder), "ingested_at": now}

    owner_id = ensure_owner(app.db, ACTOR, OWNER["email"], OWNER["name"], OWNER["language"])
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in texts.items():
            path = folder / name
            if not path.exists():
                path.write_bytes(text.encode("utf-8"))  # bytes: no newline translation on Windows
                written.append(path)
        with app.db.writing(ACTOR) as session:
            reason = demo_repo.existing_data(session, KNOWLEDGE_SOURCE_NAME)  # again, under the write lock
            if reason:
                raise Conflict(f"cannot create the demo: {reason}", workspace=str(app.workspace.root))
            counts = demo_repo.insert_demo(session, data, source, documents, owner_id)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    app.settings.set_many(FIRM_SETTINGS, ACTOR)
    _load_demo_lists(app)
    return DemoSummary(**counts)


DEMO_LISTS = Path(__file__).with_name("lists")


def _load_demo_lists(app: App) -> None:
    """Small real-format list excerpts, so screening works in the demo before any download."""
    for fmt, name in (("ofac-csv", "ofac-sdn"), ("un-xml", "un-consolidated.xml")):
        app.kyb.lists.import_file(fmt, DEMO_LISTS / name, actor=ACTOR, origin=f"demo excerpt ({name}; not current)")
