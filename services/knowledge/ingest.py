"""Ingestion: source → documents → chunks → vectors, incremental and resumable.

Each document is committed on its own (text, chunks and full-text entries in
one transaction), so a process killed mid-way keeps everything finished so far.
Vectors are computed afterwards from what the database says is missing, so the
embedding step resumes exactly where it stopped. Unchanged documents (same
content hash) are skipped; files gone from a folder are deleted with their
chunks and vectors. One bad file never stops the batch: its error is recorded
on the source and the rest continue.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from secretary.chunking import chunk_document
from secretary.errors import SecretaryError
from secretary.knowledge import Embedder
from services.knowledge import sources
from services.knowledge.extract import extract_file
from services.knowledge.fetch import fetch_url
from services.language import detect_language
from storage import knowledge_repo, vector_index
from storage.db import Database

log = logging.getLogger(__name__)
ACTOR = "job:ingest"
EMBED_BATCH = 32
MAX_FILE_BYTES = 50 * 2**20

Progress = Callable[[str, int, int], None]  # (phase, done, total)
EmbedderFor = Callable[[str | None], Embedder]  # model name of an index (None: the configured one)


@dataclass
class IngestReport:
    """What one ingestion run did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    embedded: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.added + self.updated + self.unchanged


class Cancelled(Exception):
    """Ingestion was stopped on request; what was committed stays."""


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _items(kind: str, uri: str, include: list[str], exclude: list[str]) -> list[str]:
    if kind == "url":
        return [uri]
    if kind == "file":
        return [str(Path(uri))]
    root = Path(uri)
    if not root.is_dir():
        raise SecretaryError(f"{uri}: the folder no longer exists or cannot be read")
    return [str(p) for p in sources.folder_files(root, include, exclude)]


def _ingest_item(db: Database, source_id: int, kind: str, item: str, known: dict, report: IngestReport,
                 chunk_sizes: tuple[int, int]) -> None:
    if kind == "url":
        doc = fetch_url(item)
        digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    else:
        path = Path(item)
        if path.stat().st_size > MAX_FILE_BYTES:
            extract_file(path, max_bytes=MAX_FILE_BYTES)  # refuses with a clear sentence, reading nothing
        digest = _file_hash(path)  # unchanged files are skipped before any extraction
        stored = known.get(item)
        if stored is not None and stored.content_hash == digest:
            report.unchanged += 1
            return
        doc = extract_file(path, max_bytes=MAX_FILE_BYTES)
    stored = known.get(doc.uri)
    if stored is not None and stored.content_hash == digest:
        report.unchanged += 1
        return
    if doc.language is None:
        doc = replace(doc, language=detect_language(doc.text))
    drafts = chunk_document(doc, max_chars=chunk_sizes[0], overlap=chunk_sizes[1])
    with db.writing(ACTOR) as session:
        knowledge_repo.replace_document(session, source_id, doc, digest, drafts)
    if stored is None:
        report.added += 1
    else:
        report.updated += 1


def ingest_documents(db: Database, source_id: int, *, progress: Progress | None = None,
                     cancel: threading.Event | None = None, chunk_sizes: tuple[int, int] = (1200, 150)
                     ) -> IngestReport:
    """Bring the source's documents and chunks up to date (no embedding)."""
    report = IngestReport()
    with db.reading() as session:
        source = knowledge_repo.find_source(session, source_id)
        if source is None:
            raise SecretaryError(f"knowledge source {source_id} no longer exists")
        kind, uri = source.type, source.uri or ""
        include, exclude = list(source.include_patterns or []), list(source.exclude_patterns or [])
        known = knowledge_repo.stored_documents(session, source_id)
    items = _items(kind, uri, include, exclude)
    for done, item in enumerate(items):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress:
            progress("documents", done, len(items))
        try:
            _ingest_item(db, source_id, kind, item, known, report, chunk_sizes)
        except (SecretaryError, OSError) as exc:
            log.warning("could not ingest %s: %s", item, exc)
            report.failed.append({"uri": item, "error": str(exc)})
    if kind != "url":  # files that disappeared from the folder (or the single file) go
        present = set(items)
        gone = [d.id for u, d in known.items() if u not in present]
        if gone:
            with db.writing(ACTOR) as session:
                knowledge_repo.remove_documents(session, gone)
            report.removed = len(gone)
    if progress:
        progress("documents", len(items), len(items))
    return report


def embed_missing(db: Database, index_id: int, embedder: Embedder, *, progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> int:
    """Embed every chunk the index lacks, in batches, each committed; returns how many."""
    with db.reading() as session:
        total = vector_index.missing_count(session, index_id)
    done = 0
    while True:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        with db.reading() as session:
            ids = vector_index.missing_chunk_ids(session, index_id, EMBED_BATCH)
            texts = knowledge_repo.chunk_texts(session, ids)
        if not ids:
            break
        ordered = [cid for cid in ids if cid in texts]
        vectors = embedder.embed_passages([texts[cid] for cid in ordered])
        with db.writing(ACTOR) as session:
            vector_index.add_vectors(session, index_id, ordered, vectors)
        done += len(ordered)
        if progress:
            progress("embeddings", done, max(total, done))
    return done


def ensure_indexes(db: Database, embedder_for: EmbedderFor) -> list[tuple[int, Embedder]]:
    """The indexes that must receive vectors: the active one and one being built, if any.

    With no index at all (first ingestion), one is created for the configured model.
    """
    with db.reading() as session:
        active = vector_index.active_index(session)
        building = vector_index.building_index(session)
    if active is None and building is None:
        embedder = embedder_for(None)
        with db.writing(ACTOR) as session:
            index_id = vector_index.create_index(session, embedder.name, embedder.dimensions)
        return [(index_id, embedder)]
    return [(index.id, embedder_for(index.model)) for index in (active, building) if index is not None]


def finish_building(db: Database) -> None:
    """Make a fully embedded building index the active one (the old one is retired)."""
    with db.reading() as session:
        building = vector_index.building_index(session)
        missing = vector_index.missing_count(session, building.id) if building else 1
    if building is not None and missing == 0:
        with db.writing(ACTOR) as session:
            vector_index.mark_ready(session, building.id)
