"""Knowledge sources, documents and chunks (vectors and FTS live in storage.index)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, Timestamped, utcnow


class KnowledgeSource(Timestamped, Base):
    __tablename__ = "knowledge_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    type: Mapped[str] = mapped_column(String(10))  # file | folder | url | note
    uri: Mapped[str | None] = mapped_column(String(2000))
    include_patterns: Mapped[list[Any]] = mapped_column(default=list)
    exclude_patterns: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(12), default="queued")  # queued | processing | ready | failed
    status_reason: Mapped[str | None] = mapped_column(Text)
    last_ingested_at: Mapped[datetime | None]
    progress_done: Mapped[int] = mapped_column(default=0, server_default="0")
    progress_total: Mapped[int] = mapped_column(default=0, server_default="0")
    failed_items: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")  # [{"uri", "error"}]
    watch: Mapped[bool] = mapped_column(default=False, server_default="0")  # re-checked on a schedule
    recheck_minutes: Mapped[int] = mapped_column(default=60, server_default="60")
    __audit_exclude__ = ("progress_done", "progress_total")  # ticks during ingestion


class Document(Timestamped, Base):
    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("source_id", "uri"),)
    __audit_exclude__ = ("content",)  # whole document text: the hash records the change

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("knowledge_sources.id", ondelete="CASCADE"))
    uri: Mapped[str] = mapped_column(String(2000))  # file path or URL it came from
    title: Mapped[str] = mapped_column(String(500))
    mime_type: Mapped[str | None] = mapped_column(String(120))
    language: Mapped[str | None] = mapped_column(String(8))
    content_hash: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)
    document_metadata: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Chunk(Timestamped, Base):
    __tablename__ = "chunks"
    __audit__ = False  # thousands per document: the knowledge service audits the document instead
    __table_args__ = (UniqueConstraint("document_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int]
    content: Mapped[str] = mapped_column(Text)
    heading_path: Mapped[str | None] = mapped_column(String(1000))
    page: Mapped[int | None]
    char_start: Mapped[int]
    char_end: Mapped[int]


class EmbeddingIndex(Timestamped, Base):
    """One vector index: the model that filled it and where it is in its life.

    Its vectors live in ``vec_<id>_float`` (see storage.vector_index); a new model
    gets a new index, built beside the ready one, which is retired when it is done.
    """

    __tablename__ = "embedding_indexes"

    id: Mapped[int] = mapped_column(primary_key=True)
    model: Mapped[str] = mapped_column(String(200))
    dimensions: Mapped[int]
    status: Mapped[str] = mapped_column(String(10), default="building")  # building | ready | retired
    completed_at: Mapped[datetime | None]
