"""Knowledge sources, their documents and chunks: storing what ingestion found.

Vectors live in storage.vector_index and the FTS5 index follows ``chunks`` by
triggers, so replacing a document's chunks here also clears its old vectors
and full-text entries in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from secretary.knowledge import ChunkDraft, ExtractedDocument
from storage.models import Chunk, Document, KnowledgeSource, utcnow


@dataclass(frozen=True)
class SourceInfo:
    """A knowledge source as front ends list it."""

    id: int
    name: str
    type: str
    uri: str | None
    status: str
    status_reason: str | None
    last_ingested_at: datetime | None
    documents: int
    chunks: int
    progress_done: int
    progress_total: int
    failed_items: list[dict[str, str]]
    include_patterns: list[str]
    exclude_patterns: list[str]
    watch: bool


@dataclass(frozen=True)
class StoredDocument:
    """What the pipeline needs to decide whether a document changed."""

    id: int
    uri: str
    content_hash: str


def _info(source: KnowledgeSource, documents: int, chunks: int) -> SourceInfo:
    return SourceInfo(id=source.id, name=source.name, type=source.type, uri=source.uri, status=source.status,
                      status_reason=source.status_reason, last_ingested_at=source.last_ingested_at,
                      documents=documents, chunks=chunks, progress_done=source.progress_done,
                      progress_total=source.progress_total, failed_items=list(source.failed_items or []),
                      include_patterns=list(source.include_patterns or []),
                      exclude_patterns=list(source.exclude_patterns or []), watch=source.watch)


def list_sources(session: Session) -> list[SourceInfo]:
    """Every source with its document and chunk counts, by name."""
    docs = dict(session.execute(select(Document.source_id, func.count()).group_by(Document.source_id)).all())
    chunks = dict(session.execute(select(Document.source_id, func.count(Chunk.id))
                                  .join(Chunk, Chunk.document_id == Document.id)
                                  .group_by(Document.source_id)).all())
    return [_info(s, docs.get(s.id, 0), chunks.get(s.id, 0))
            for s in session.scalars(select(KnowledgeSource).order_by(KnowledgeSource.name))]


def find_source(session: Session, name_or_id: str | int) -> KnowledgeSource | None:
    """A source by id, exact name, or URI."""
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        found = session.get(KnowledgeSource, int(name_or_id))
        if found is not None:
            return found
    return session.scalar(select(KnowledgeSource).where(
        (KnowledgeSource.name == str(name_or_id)) | (KnowledgeSource.uri == str(name_or_id))))


def source_info(session: Session, source_id: int) -> SourceInfo | None:
    return next((s for s in list_sources(session) if s.id == source_id), None)


def add_source(session: Session, name: str, type_: str, uri: str, include: Sequence[str] = (),
               exclude: Sequence[str] = (), watch: bool = False) -> int:
    """Create a queued source; returns its id."""
    source = KnowledgeSource(name=name, type=type_, uri=uri, include_patterns=list(include),
                             exclude_patterns=list(exclude), status="queued", watch=watch)
    session.add(source)
    session.flush()
    return source.id


def remove_source(session: Session, source_id: int) -> None:
    """Delete a source with its documents, chunks, vectors and full-text entries."""
    session.execute(delete(Chunk).where(Chunk.document_id.in_(
        select(Document.id).where(Document.source_id == source_id))))
    session.execute(delete(Document).where(Document.source_id == source_id))
    source = session.get(KnowledgeSource, source_id)
    if source is not None:
        session.delete(source)
    session.flush()


def set_status(session: Session, source_id: int, status: str, reason: str | None = None, *,
               failed_items: list[dict[str, str]] | None = None, finished: bool = False) -> None:
    source = session.get(KnowledgeSource, source_id)
    if source is None:
        return
    source.status = status
    source.status_reason = reason
    if failed_items is not None:
        source.failed_items = failed_items
    if finished:
        source.last_ingested_at = utcnow()
    session.flush()


def set_progress(session: Session, source_id: int, done: int, total: int) -> None:
    source = session.get(KnowledgeSource, source_id)
    if source is not None:
        source.progress_done, source.progress_total = done, total
        session.flush()


def stored_documents(session: Session, source_id: int) -> dict[str, StoredDocument]:
    """The source's documents by URI."""
    rows = session.execute(select(Document.id, Document.uri, Document.content_hash)
                           .where(Document.source_id == source_id)).all()
    return {uri: StoredDocument(id, uri, digest) for id, uri, digest in rows}


def replace_document(session: Session, source_id: int, doc: ExtractedDocument, content_hash: str,
                     chunks: Sequence[ChunkDraft]) -> int:
    """Insert or update the document at ``doc.uri`` with new chunks (old chunks and vectors go)."""
    document = session.scalar(select(Document).where(Document.source_id == source_id, Document.uri == doc.uri))
    metadata: dict[str, Any] = dict(doc.metadata)
    if doc.pages:
        metadata["pages"] = len(doc.pages)
    if document is None:
        document = Document(source_id=source_id, uri=doc.uri, title=doc.title[:500], mime_type=doc.mime_type,
                            language=doc.language, content_hash=content_hash, content=doc.text,
                            document_metadata=metadata)
        session.add(document)
        session.flush()
    else:
        session.execute(delete(Chunk).where(Chunk.document_id == document.id))
        document.title, document.mime_type, document.language = doc.title[:500], doc.mime_type, doc.language
        document.content_hash, document.content, document.document_metadata = content_hash, doc.text, metadata
    session.add_all(Chunk(document_id=document.id, position=c.position, content=c.text,
                          heading_path=c.heading_path, page=c.page, char_start=c.char_start, char_end=c.char_end)
                    for c in chunks)
    session.flush()
    return document.id


def remove_documents(session: Session, document_ids: Sequence[int]) -> None:
    """Delete documents (and their chunks, vectors and full-text entries)."""
    if document_ids:
        session.execute(delete(Chunk).where(Chunk.document_id.in_(document_ids)))
        session.execute(delete(Document).where(Document.id.in_(document_ids)))
        session.flush()


def chunk_texts(session: Session, chunk_ids: Sequence[int]) -> dict[int, str]:
    """Chunk id to text with its heading (what gets embedded)."""
    rows = session.execute(select(Chunk.id, Chunk.heading_path, Chunk.content, Document.title)
                           .join(Document, Document.id == Chunk.document_id)
                           .where(Chunk.id.in_(chunk_ids))).all()
    return {cid: "\n".join(part for part in (title, heading, content) if part) for cid, heading, content, title in rows}


def sources_due(session: Session, now: datetime) -> list[int]:
    """Watched sources whose re-check interval has passed."""
    due = []
    for source in session.scalars(select(KnowledgeSource).where(KnowledgeSource.watch.is_(True),
                                                                KnowledgeSource.status != "processing")):
        last = source.last_ingested_at
        if last is None or (now - last).total_seconds() >= source.recheck_minutes * 60:
            due.append(source.id)
    return due


def unfinished_sources(session: Session) -> list[int]:
    """Sources left queued or processing (by a crash): resumed at start-up."""
    return list(session.scalars(select(KnowledgeSource.id).where(
        KnowledgeSource.status.in_(("queued", "processing")))))
