"""The knowledge base's use cases: add, list, remove, re-index, switch model, search.

Ingestion runs as Huey tasks (in whichever process runs the workspace), one
source at a time per task; progress is written to the source row so every
front end (GUI, CLI, another process) can show it. Unfinished work is resumed
at start-up, and watched folders and URLs are re-checked on a schedule.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from huey import crontab

from secretary.errors import Conflict, InvalidInput, NotFound
from secretary.knowledge import Embedder, SearchFilters, SearchHit
from services.knowledge import ingest, sources
from services.knowledge.embedder_factory import EmbedderFactory
from services.knowledge.search import KnowledgeSearch
from services.queue import Queue
from services.settings_service import SettingsService
from storage import knowledge_repo, vector_index
from storage.db import Database
from storage.knowledge_repo import SourceInfo

log = logging.getLogger(__name__)
RESULT_SECONDS = 30.0  # how long an identical search is answered from memory


class KnowledgeService:
    """Everything front ends do with the knowledge base."""

    def __init__(self, db: Database, settings: SettingsService, queue: Queue, embedders: EmbedderFactory) -> None:
        self._searcher: KnowledgeSearch | None = None
        self._results: dict[tuple[str, int, SearchFilters], tuple[float, tuple[SearchHit, ...]]] = {}
        self._results_lock = threading.Lock()
        self._db = db
        self._settings = settings
        self._queue = queue
        self.embedders = embedders
        self._lock = threading.Lock()  # one ingestion at a time per process: embedding uses both cores
        self._running: tuple[int | None, threading.Event] | None = None  # what runs now, and its stop flag
        self._enqueued: set[int] = set()  # queued in this process and not started yet
        self._ingest_task = queue.huey.task(retries=2, retry_delay=30, name="kb_ingest")(self.ingest)
        self._reembed_task = queue.huey.task(retries=2, retry_delay=30, name="kb_reembed")(self.reembed)
        queue.huey.periodic_task(crontab(minute="*/15"), name="kb_recheck")(self.recheck)
        queue.recoverers.append(self.recover)

    # -- sources -------------------------------------------------------------------------------------------------

    def add(self, target: str, *, name: str | None = None, include: Sequence[str] = (),
            exclude: Sequence[str] = (), watch: bool | None = None, actor: str) -> int:
        """Add a file, folder or URL as a source and queue its ingestion; returns the source id."""
        kind = sources.kind_of(target)
        uri = target if kind == "url" else str(Path(target).expanduser().resolve())
        name = (name or sources.default_name(target, kind)).strip()[:200]
        if not name:
            raise InvalidInput("a knowledge source needs a name")
        with self._db.writing(actor) as session:
            existing = knowledge_repo.find_source(session, name)
            if existing is not None:
                raise Conflict(f"a knowledge source named {name!r} exists already; remove it or pick another name")
            source_id = knowledge_repo.add_source(session, name, kind, uri, include, exclude,
                                                  watch=kind != "file" if watch is None else watch)
        self._enqueue(source_id)
        return source_id

    def list(self) -> list[SourceInfo]:
        with self._db.reading() as session:
            return knowledge_repo.list_sources(session)

    def get(self, name_or_id: str | int) -> SourceInfo:
        with self._db.reading() as session:
            source = knowledge_repo.find_source(session, name_or_id)
            info = knowledge_repo.source_info(session, source.id) if source else None
        if info is None:
            raise NotFound(f"no knowledge source {name_or_id!r}")
        return info

    def remove(self, name_or_id: str | int, *, actor: str) -> SourceInfo:
        """Delete a source with its documents, chunks and vectors."""
        info = self.get(name_or_id)
        with self._db.writing(actor) as session:
            knowledge_repo.remove_source(session, info.id)
        self.forget_results()
        return info

    def reindex(self, name_or_id: str | int | None = None, *, actor: str) -> list[int]:
        """Queue an incremental re-ingestion of one source or all; returns the source ids."""
        ids = [self.get(name_or_id).id] if name_or_id is not None else [s.id for s in self.list()]
        with self._db.writing(actor) as session:
            for source_id in ids:
                knowledge_repo.set_status(session, source_id, "queued")
        for source_id in ids:
            self._enqueue(source_id)
        return ids

    # -- background work -----------------------------------------------------------------------------------------

    def _enqueue(self, source_id: int) -> None:
        self._enqueued.add(source_id)
        self._ingest_task(source_id)

    def ingest(self, source_id: int) -> ingest.IngestReport | None:
        """Ingest one source now (the body of the kb_ingest task)."""
        self._enqueued.discard(source_id)
        with self._lock:
            try:
                return self._ingest_locked(source_id)
            finally:
                self.forget_results()

    def _progress(self, source_id: int):
        def report(phase: str, done: int, total: int) -> None:
            with self._db.writing(ingest.ACTOR) as session:
                knowledge_repo.set_progress(session, source_id, done, total)
        return report

    def _ingest_locked(self, source_id: int) -> ingest.IngestReport | None:
        with self._db.reading() as session:
            if knowledge_repo.find_source(session, source_id) is None:
                return None  # removed while queued
        with self._db.writing(ingest.ACTOR) as session:
            knowledge_repo.set_status(session, source_id, "processing")
        progress = self._progress(source_id)
        cancel = threading.Event()
        self._running = (source_id, cancel)
        try:
            report = ingest.ingest_documents(self._db, source_id, progress=progress, cancel=cancel,
                                             chunk_sizes=self._chunk_sizes())
            for index_id, embedder in ingest.ensure_indexes(self._db, self.embedders.for_model):
                report.embedded += ingest.embed_missing(self._db, index_id, embedder, progress=progress,
                                                        cancel=cancel)
            ingest.finish_building(self._db)
        except ingest.Cancelled:
            with self._db.writing(ingest.ACTOR) as session:
                knowledge_repo.set_status(session, source_id, "queued", "stopped; continues with the next re-index")
            return None
        except Exception as exc:
            log.exception("ingestion of source %s failed", source_id)
            with self._db.writing(ingest.ACTOR) as session:
                knowledge_repo.set_status(session, source_id, "failed", str(exc), finished=True)
            raise
        finally:
            self._running = None
        status, reason = "ready", None
        if report.failed and report.documents == 0:
            status = "failed"
            reason = report.failed[0]["error"] if len(report.failed) == 1 else \
                f"none of the {len(report.failed)} documents could be read"
        elif report.failed:
            reason = f"{len(report.failed)} of {len(report.failed) + report.documents} documents could not be read"
        with self._db.writing(ingest.ACTOR) as session:
            knowledge_repo.set_status(session, source_id, status, reason, failed_items=report.failed, finished=True)
        return report

    def stop(self, source_id: int | None = None) -> bool:
        """Ask the ingestion running in this process (of ``source_id``, or any) to stop after the
        current document or batch; what was committed stays and the source is queued again."""
        running = self._running
        if running is None or (source_id is not None and running[0] not in (source_id, None)):
            return False
        running[1].set()
        return True

    def recover(self) -> int:
        """Re-queue sources left queued or processing, and a model switch left half-done."""
        if self._lock.locked():
            return 0  # ingesting right now: what is unfinished is being worked on
        with self._db.reading() as session:
            ids = [i for i in knowledge_repo.unfinished_sources(session) if i not in self._enqueued]
            building = vector_index.building_index(session)
        for source_id in ids:
            self._enqueue(source_id)
        if building is not None and not ids:
            self._reembed_task()
        return len(ids) + (1 if building is not None and not ids else 0)

    def recheck(self) -> int:
        """Queue watched sources whose re-check interval passed (periodic task)."""
        with self._db.reading() as session:
            due = knowledge_repo.sources_due(session, datetime.now(UTC))
        due = [i for i in due if i not in self._enqueued]
        for source_id in due:
            self._enqueue(source_id)
        return len(due)

    # -- embedding model -----------------------------------------------------------------------------------------

    def switch_model(self, *, actor: str) -> int | None:
        """Start re-embedding everything with the configured model; search keeps the old index until done.

        Returns the new index id, or None when the configured model is the active one already.
        """
        embedder = self.embedders.for_model(None)
        with self._db.writing(actor) as session:
            active = vector_index.active_index(session)
            building = vector_index.building_index(session)
            if active is not None and active.model == embedder.name and building is None:
                return None
            if building is not None and building.model == embedder.name:
                index_id = building.id
            else:
                index_id = vector_index.create_index(session, embedder.name, embedder.dimensions)
        self._reembed_task()
        return index_id

    def reembed(self) -> int:
        """Fill the building index and make it active (the body of the kb_reembed task)."""
        with self._lock:
            cancel = threading.Event()
            self._running = (None, cancel)
            done = 0
            try:
                for index_id, embedder in ingest.ensure_indexes(self._db, self.embedders.for_model):
                    done += ingest.embed_missing(self._db, index_id, embedder, cancel=cancel)
                ingest.finish_building(self._db)
            except ingest.Cancelled:
                log.info("re-embedding stopped after %d vectors; it resumes at the next start", done)
            finally:
                self._running = None
            return done

    def index_state(self) -> dict[str, object]:
        """Active and building index (model, dimensions, vectors, missing) for status displays."""
        with self._db.reading() as session:
            return vector_index.describe(session)

    # -- search --------------------------------------------------------------------------------------------------

    def searcher(self) -> KnowledgeSearch:
        """The searcher (one per service: it keeps per-index calibration and recent query vectors)."""
        if self._searcher is None:
            self._searcher = KnowledgeSearch(self._db, self.embedders)
        return self._searcher

    def search(self, query: str, k: int = 5, filters: SearchFilters | None = None) -> list[SearchHit]:
        """The best ``k`` hits; identical searches within :data:`RESULT_SECONDS` are answered from memory
        (customers ask the same questions; any change to the knowledge base in this process clears it)."""
        filters = filters or SearchFilters()
        key = (query, k, filters)
        now = time.monotonic()
        with self._results_lock:
            cached = self._results.get(key)
            if cached is not None and now - cached[0] < RESULT_SECONDS:
                return list(cached[1])
        hits = self.searcher().search(query, k=k, filters=filters)
        with self._results_lock:
            self._results[key] = (now, tuple(hits))
            while len(self._results) > 512:
                self._results.pop(next(iter(self._results)))
        return hits

    def forget_results(self) -> None:
        """Drop remembered search results (documents changed)."""
        with self._results_lock:
            self._results.clear()

    def _chunk_sizes(self) -> tuple[int, int]:
        size = int(self._settings.get("kb.chunk_chars"))
        return size, min(int(self._settings.get("kb.chunk_overlap")), size // 2)  # overlap < size, always

    def embedder(self) -> Embedder:
        return self.embedders.for_model(None)
