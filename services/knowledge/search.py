"""Hybrid knowledge search: query embedding, vector KNN, BM25, fusion, citations.

The vectors come from the active (ready) index, embedded with the model that
index was built with, so search keeps working on the old index while a model
switch re-embeds in the background. Without a ready index, or when its model
cannot load here, search falls back to BM25 alone.

The fusion (secretary.fusion.hybrid) is dense-first: vector scores are
calibrated per document language (the query's similarity to each language's
mean passage is subtracted), then BM25 adds a boost gated by how many query
words a chunk really contains. See secretary/fusion.py for why and the
measured figures.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from secretary import fusion
from secretary.errors import SecretaryError
from secretary.knowledge import Embedder, SearchFilters, SearchHit
from storage import knowledge_search, vector_index
from storage.db import Database
from storage.vector_index import IndexInfo

log = logging.getLogger(__name__)

MODES = ("hybrid", "dense", "bm25")
_MEANS_TTL = 300.0  # seconds a language-means figure is reused while the index grows


class EmbedderSource(Protocol):
    """Anything that hands out the embedder of a model name (services.knowledge.embedder_factory)."""

    def for_model(self, name: str | None) -> Embedder: ...


@dataclass
class SearchTiming:
    """Where the time of the last search went, in milliseconds (for benchmarks and logs)."""

    embed_ms: float = 0.0
    knn_ms: float = 0.0
    bm25_ms: float = 0.0
    total_ms: float = 0.0


QUERY_CACHE = 1024  # query vectors kept (~1.5 MB at 384 dimensions)

class KnowledgeSearch:
    """``search(query, k, filters)`` over the workspace's knowledge base, best hit first."""

    def __init__(self, db: Database, embedder: Embedder | EmbedderSource | None) -> None:
        self._db = db
        self._embedder = embedder
        self._means: dict[int, tuple[int, float, dict[str | None, np.ndarray]]] = {}
        self._lock = threading.Lock()
        self._queries: dict[tuple[str, str], np.ndarray] = {}  # insertion-ordered: oldest first
        self.timing = SearchTiming()

    # -- public ----------------------------------------------------------------------------------------------

    def search(self, query: str, k: int = 5, filters: SearchFilters = SearchFilters()) -> list[SearchHit]:
        """The ``k`` best chunks for ``query`` with citation fields and a marked snippet."""
        return self.search_batch([query], k=k, filters=filters)[0]

    def search_batch(self, queries: Sequence[str], k: int = 5, filters: SearchFilters = SearchFilters(),
                     mode: str = "hybrid") -> list[list[SearchHit]]:
        """Many searches with one embedding call (the model stays loaded between them)."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        filters = filters or SearchFilters()
        start = time.perf_counter()
        with self._db.reading() as session:
            index = vector_index.active_index(session)
        embedder = self._embedder_for(index) if mode != "bm25" else None
        vectors: Any = None
        if embedder is not None and index is not None and any(q.strip() for q in queries):
            vectors = self._query_vectors(embedder, [q if q.strip() else " " for q in queries])
        embedded = time.perf_counter()
        results = []
        timing = SearchTiming(embed_ms=(embedded - start) * 1000)
        with self._db.reading() as session:
            allowed = knowledge_search.filtered_chunk_ids(session, filters)
            for i, query in enumerate(queries):
                if not query.strip() or k <= 0:
                    results.append([])
                    continue
                vector = None if vectors is None or index is None else vectors[i]
                ranked = self._rank(session, index, query, vector, k, filters, allowed, mode, timing)
                found = knowledge_search.hits(session, ranked[:k], query)
                if vector is not None and index is not None and found:
                    found = self._with_similarity(session, index, vector, found)
                results.append(found)
        timing.total_ms = (time.perf_counter() - start) * 1000
        self.timing = timing
        return results

    def rank(self, query: str, k: int = 5, filters: SearchFilters = SearchFilters(),
             mode: str = "hybrid") -> list[tuple[int, float]]:
        """(chunk id, score) of the best ``k`` chunks; ``mode`` "dense" or "bm25" ranks by one part alone."""
        hits = self.search_batch([query], k=k, filters=filters, mode=mode)[0]
        return [(h.chunk_id, h.score) for h in hits]

    # -- internals -------------------------------------------------------------------------------------------

    def _query_vectors(self, embedder: Embedder, queries: list[str]) -> np.ndarray:
        """Query vectors, remembered for the last :data:`QUERY_CACHE` queries (customers ask the same things)."""
        with self._lock:
            cached = {q: self._queries[(embedder.name, q)] for q in queries if (embedder.name, q) in self._queries}
        missing = [q for q in dict.fromkeys(queries) if q not in cached]
        if missing:
            fresh = embedder.embed_queries(missing)
            with self._lock:
                for query, vector in zip(missing, fresh, strict=True):
                    self._queries[(embedder.name, query)] = vector
                    cached[query] = vector
                while len(self._queries) > QUERY_CACHE:
                    self._queries.pop(next(iter(self._queries)))
        return np.vstack([cached[q] for q in queries])

    @staticmethod
    def _with_similarity(session: Any, index: IndexInfo, vector: Any, found: list[SearchHit]) -> list[SearchHit]:
        """The hits with their query-chunk cosine similarity: an absolute confidence the fused rank lacks."""
        ids = [hit.chunk_id for hit in found]
        similarity = dict(vector_index.knn(session, index.id, vector, len(ids), ids))
        return [dataclasses.replace(hit, similarity=similarity.get(hit.chunk_id)) for hit in found]

    def _embedder_for(self, index: IndexInfo | None) -> Embedder | None:
        if index is None or self._embedder is None:
            return None
        try:
            if hasattr(self._embedder, "for_model"):
                return self._embedder.for_model(index.model)
        except SecretaryError as exc:
            log.warning("vector search is off: %s", exc)
            return None
        embedder: Embedder = self._embedder  # type: ignore[assignment]
        if embedder.name != index.model:
            log.warning("the active index was built with %s, not %s: full-text search only",
                        index.model, embedder.name)
            return None
        return embedder

    def _rank(self, session: Any, index: IndexInfo | None, query: str, vector: Any, k: int,
              filters: SearchFilters, allowed: list[int] | None, mode: str,
              timing: SearchTiming) -> list[tuple[int, float]]:
        depth = max(50, 5 * k)
        dense: list[tuple[int, float]] = []
        t0 = time.perf_counter()
        if vector is not None and index is not None:
            dense = vector_index.knn(session, index.id, vector, depth, allowed)
        t1 = time.perf_counter()
        lexical = knowledge_search.bm25(session, query, depth, filters) if mode != "dense" else []
        t2 = time.perf_counter()
        timing.knn_ms += (t1 - t0) * 1000
        timing.bm25_ms += (t2 - t1) * 1000
        if mode == "dense":
            return dense
        if mode == "bm25" or vector is None or index is None:
            return lexical
        return self._fuse(session, index, query, vector, dict(dense), dict(lexical))

    def _fuse(self, session: Any, index: IndexInfo, query: str, vector: Any, dense: dict[int, float],
              lexical: dict[int, float]) -> list[tuple[int, float]]:
        # Score every candidate on both sides: exact vectors for BM25-only chunks, BM25 for vector-only ones.
        lexical_only = [c for c in lexical if c not in dense]
        if lexical_only:
            dense.update(vector_index.knn(session, index.id, vector, len(lexical_only), lexical_only))
        dense_only = [c for c in dense if c not in lexical]
        if dense_only:
            lexical.update(knowledge_search.bm25(session, query, len(dense_only), chunk_ids=dense_only))
        facts = knowledge_search.chunk_facts(session, list(dense.keys() | lexical.keys()))
        query_vector = np.asarray(vector, dtype=np.float32)
        offsets = {lang: float(mean @ query_vector) for lang, mean in self._language_means(session, index).items()}
        calibrated = fusion.language_calibrated(dense, {c: f[1] for c, f in facts.items()}, offsets)
        terms = knowledge_search.query_terms(query)
        coverage = {c: fusion.term_coverage(terms, f[0]) for c, f in facts.items()}
        return fusion.hybrid(calibrated, lexical, coverage)

    def _language_means(self, session: Any, index: IndexInfo) -> dict[str | None, np.ndarray]:
        """Per-language mean passages, recomputed when the index changed noticeably or got old."""
        version = vector_index.index_version(session, index.id)
        with self._lock:
            cached = self._means.get(index.id)
        if cached is not None:
            cached_version, computed_at, means = cached
            fresh = time.monotonic() - computed_at < _MEANS_TTL and version <= cached_version * 1.1 + 100
            if version == cached_version or fresh:
                return means
        means = vector_index.language_means(session, index.id)
        with self._lock:
            self._means[index.id] = (version, time.monotonic(), means)
        return means
