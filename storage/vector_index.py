"""Vector indexes with model versioning, and nearest-neighbour search over them.

Each row of ``embedding_indexes`` is one index: the model that fills it, its
dimensions and its state. A new model gets a new index, ``building`` beside
the ``ready`` one: search keeps using the ready index while the new one fills
(ingestion and re-embedding resume from :func:`missing_chunk_ids` after a
crash), then :func:`mark_ready` swaps them and drops the old index's vectors.

Storage: ``vec_<id>_float`` holds each chunk's float32 vector (``chunk_id``
primary key, a ``seq`` stamp that grows with every write, the vector as a
little-endian float32 blob), and trigger ``vec_<id>_chunk_ad`` deletes it with
its chunk. These are plain tables, not sqlite-vec ``vec0`` tables: vec0's KNN
keeps a per-row top-k that made quantized search with re-scoring too slow at
1M rows, and its point lookups too (storage.vector_ann explains the figures).

Search (:func:`knn`): an in-memory :class:`~storage.vector_ann.AnnIndex` of
each index (PCA-reduced vectors, inverted lists from 100k rows on) picks ~500
candidates; their float vectors are read in one query and scored exactly.
The in-memory structure is loaded on first use (about a second per 100k rows),
refreshed from ``seq`` on every search (new rows appended, a deleted chunk
simply no longer comes back from SQLite) and rebuilt when it grows stale.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

import numpy as np
from sqlalchemy import CursorResult, select, text
from sqlalchemy.orm import Session

from secretary.errors import Conflict, InvalidInput, NotFound
from storage.models import EmbeddingIndex, utcnow
from storage.vector_ann import AnnIndex

CANDIDATES = 500  # rows re-scored on full vectors per query
EXACT_FILTER_MAX = 4096  # a candidate filter this small is scored exactly, without the in-memory index
_LOAD_BATCH = 50_000
MIN_LANGUAGE_CHUNKS = 5  # fewer chunks in a language: calibrate it with the overall mean (see language_means)


@dataclass(frozen=True)
class IndexInfo:
    """One embedding index as callers see it."""

    id: int
    model: str
    dimensions: int
    status: str  # building | ready | retired
    created_at: datetime
    completed_at: datetime | None


def table_name(index_id: int) -> str:
    """The table holding index ``index_id``'s vectors."""
    return f"vec_{int(index_id)}_float"


def _trigger_name(index_id: int) -> str:
    return f"vec_{int(index_id)}_chunk_ad"


def _info(row: EmbeddingIndex) -> IndexInfo:
    return IndexInfo(id=row.id, model=row.model, dimensions=row.dimensions, status=row.status,
                     created_at=row.created_at, completed_at=row.completed_at)


def _row(session: Session, index_id: int) -> EmbeddingIndex:
    row = session.get(EmbeddingIndex, index_id)
    if row is None:
        raise NotFound(f"no embedding index {index_id}")
    return row


def _live_row(session: Session, index_id: int) -> EmbeddingIndex:
    row = _row(session, index_id)
    if row.status == "retired":
        raise Conflict(f"embedding index {index_id} ({row.model}) is retired")
    return row


# -- life cycle ------------------------------------------------------------------------------------------------


def create_index(session: Session, model: str, dimensions: int) -> int:
    """Start a new, empty index for ``model``; a half-built index of another switch is given up."""
    if not 1 <= int(dimensions) <= 16_384:
        raise InvalidInput(f"an embedding index needs 1 to 16384 dimensions, not {dimensions}")
    for old in session.scalars(select(EmbeddingIndex).where(EmbeddingIndex.status == "building")).all():
        _retire(session, old)
    row = EmbeddingIndex(model=model, dimensions=int(dimensions), status="building")
    session.add(row)
    session.flush()
    table = table_name(row.id)
    session.execute(text(f"CREATE TABLE {table} (chunk_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, "
                         "embedding BLOB NOT NULL)"))
    session.execute(text(f"CREATE INDEX {table}_seq ON {table} (seq)"))
    # No foreign key (a batch migration of chunks would cascade into it): a trigger removes the vector instead.
    session.execute(text(f"CREATE TRIGGER {_trigger_name(row.id)} AFTER DELETE ON chunks BEGIN "
                         f"DELETE FROM {table} WHERE chunk_id = old.id; END"))
    return row.id


def _retire(session: Session, row: EmbeddingIndex) -> None:
    session.execute(text(f"DROP TRIGGER IF EXISTS {_trigger_name(row.id)}"))
    session.execute(text(f"DROP TABLE IF EXISTS {table_name(row.id)}"))
    row.status = "retired"
    _forget(session, row.id)


def retire_index(session: Session, index_id: int) -> None:
    """Give up index ``index_id`` and drop its vectors."""
    _retire(session, _row(session, index_id))


def mark_ready(session: Session, index_id: int) -> None:
    """Make a fully embedded index the one search uses; the previous ready index is retired and dropped.

    Raises Conflict while chunks still lack a vector in it.
    """
    row = _live_row(session, index_id)
    if row.status == "ready":
        return
    missing = missing_count(session, index_id)
    if missing:
        raise Conflict(f"embedding index {index_id} still lacks {missing} vectors")
    for old in session.scalars(select(EmbeddingIndex).where(EmbeddingIndex.status == "ready")).all():
        _retire(session, old)
    row.status = "ready"
    row.completed_at = utcnow()


def _latest(session: Session, status: str) -> IndexInfo | None:
    row = session.scalars(select(EmbeddingIndex).where(EmbeddingIndex.status == status)
                          .order_by(EmbeddingIndex.id.desc()).limit(1)).first()
    return _info(row) if row is not None else None


def active_index(session: Session) -> IndexInfo | None:
    """The ready index search uses, if any."""
    return _latest(session, "ready")


def building_index(session: Session) -> IndexInfo | None:
    """The index being filled for a model switch (or the first ingestion), if any."""
    return _latest(session, "building")


def get_index(session: Session, index_id: int) -> IndexInfo:
    """Index ``index_id`` (NotFound if there is none)."""
    return _info(_row(session, index_id))


# -- vectors ---------------------------------------------------------------------------------------------------


def add_vectors(session: Session, index_id: int, chunk_ids: list[int], vectors: Any) -> int:
    """Store (or replace) the vectors of ``chunk_ids``; returns how many were stored.

    Rows are normalised to unit length. A chunk deleted meanwhile is skipped,
    so no vector outlives its chunk.
    """
    row = _live_row(session, index_id)
    matrix = np.asarray(vectors, dtype=np.float32)
    if matrix.ndim != 2 or matrix.shape != (len(chunk_ids), row.dimensions):
        raise InvalidInput(f"expected {len(chunk_ids)} vectors of {row.dimensions} dimensions, "
                           f"got shape {matrix.shape}")
    if not len(chunk_ids):
        return 0
    if not np.isfinite(matrix).all():
        raise InvalidInput("vectors contain NaN or infinity")
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix = (matrix / np.where(norms > 0, norms, 1.0)).astype("<f4")
    table = table_name(index_id)
    seq = session.execute(text(f"SELECT coalesce(max(seq), 0) FROM {table}")).scalar_one()
    params = [{"id": int(cid), "seq": seq + i + 1, "v": matrix[i].tobytes()} for i, cid in enumerate(chunk_ids)]
    result = cast(CursorResult[Any], session.execute(text(f"INSERT OR REPLACE INTO {table} (chunk_id, seq, embedding) "
                                  "SELECT :id, :seq, :v WHERE EXISTS (SELECT 1 FROM chunks WHERE id = :id)"), params))
    return int(result.rowcount) if result.rowcount is not None and result.rowcount >= 0 else len(params)


def missing_chunk_ids(session: Session, index_id: int, limit: int, after: int = 0) -> list[int]:
    """Ids of chunks (above ``after``, ascending) that have no vector in the index yet."""
    table = table_name(_live_row(session, index_id).id)
    rows = session.execute(text(f"SELECT c.id FROM chunks c WHERE c.id > :after AND NOT EXISTS "
                                f"(SELECT 1 FROM {table} v WHERE v.chunk_id = c.id) ORDER BY c.id LIMIT :limit"),
                           {"after": after, "limit": int(limit)})
    return [r[0] for r in rows]


def missing_count(session: Session, index_id: int) -> int:
    """How many chunks have no vector in the index yet."""
    table = table_name(_live_row(session, index_id).id)
    return int(session.execute(text(f"SELECT count(*) FROM chunks c WHERE NOT EXISTS "
                                    f"(SELECT 1 FROM {table} v WHERE v.chunk_id = c.id)")).scalar_one())


def vector_count(session: Session, index_id: int) -> int:
    """How many vectors the index holds."""
    table = table_name(_live_row(session, index_id).id)
    return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def load_vectors(session: Session, index_id: int) -> tuple[np.ndarray, np.ndarray]:
    """Every (chunk id, vector) of the index, as an int64 array and a float32 matrix."""
    ids, matrix, _ = _load(session, get_index(session, index_id))
    return ids, matrix


def describe(session: Session) -> dict[str, object]:
    """The active and building index with counts, for status displays and ``kb list``."""
    out: dict[str, object] = {}
    for key, info in (("active", active_index(session)), ("building", building_index(session))):
        out[key] = None if info is None else {
            "id": info.id, "model": info.model, "dimensions": info.dimensions, "status": info.status,
            "vectors": vector_count(session, info.id), "missing": missing_count(session, info.id),
            "created_at": info.created_at.isoformat(),
            "completed_at": info.completed_at.isoformat() if info.completed_at else None}
    return out


def index_version(session: Session, index_id: int) -> int:
    """A number that grows with every write to the index (cheap; for caches of derived figures)."""
    table = table_name(_live_row(session, index_id).id)
    return int(session.execute(text(f"SELECT coalesce(max(seq), 0) FROM {table}")).scalar_one())


def language_means(session: Session, index_id: int, per_language: int = 2000,
                   min_chunks: int = MIN_LANGUAGE_CHUNKS) -> dict[str | None, np.ndarray]:
    """The mean vector of each document language's chunks (from up to ``per_language`` of them),
    and under ``"*"`` the mean of all of them.

    A language with fewer than ``min_chunks`` chunks gets no mean of its own: the
    mean of one or two passages is those passages, and subtracting the query's
    similarity to it would erase exactly the signal search needs. Such languages
    are calibrated with the overall mean instead.
    """
    info = _info(_live_row(session, index_id))
    table = table_name(info.id)
    counts = session.execute(text(f"SELECT d.language, count(*) FROM {table} v JOIN chunks c ON c.id = v.chunk_id "
                                  "JOIN documents d ON d.id = c.document_id GROUP BY d.language")).all()
    means: dict[str | None, np.ndarray] = {}
    total = np.zeros(info.dimensions, dtype=np.float64)
    weight = 0
    for language, count in counts:
        rows = session.execute(text(f"SELECT v.embedding FROM {table} v JOIN chunks c ON c.id = v.chunk_id "
                                    "JOIN documents d ON d.id = c.document_id "
                                    "WHERE d.language IS :lang AND v.chunk_id % :stride = 0 LIMIT :n"),
                               {"lang": language, "stride": max(1, count // per_language), "n": per_language}).all()
        if rows:
            matrix = np.frombuffer(b"".join(r[0] for r in rows), dtype="<f4").reshape(len(rows), info.dimensions)
            mean = matrix.mean(axis=0)
            total += mean * count
            weight += count
            if count >= min_chunks:
                means[language] = mean.astype(np.float32)
    if weight:
        means["*"] = (total / weight).astype(np.float32)
    return means


# -- search ----------------------------------------------------------------------------------------------------


def knn(session: Session, index_id: int, query_vector: Any, k: int,
        candidate_ids_filter: Any = None) -> list[tuple[int, float]]:
    """The ``k`` chunks closest to ``query_vector`` as (chunk id, cosine similarity), best first.

    ``candidate_ids_filter`` (chunk ids) restricts the search to those chunks.
    """
    info = _info(_live_row(session, index_id))
    query = np.asarray(query_vector, dtype=np.float32).reshape(-1)
    if query.shape[0] != info.dimensions:
        raise InvalidInput(f"query has {query.shape[0]} dimensions, index {index_id} has {info.dimensions}")
    norm = float(np.linalg.norm(query))
    if k <= 0 or norm == 0 or not np.isfinite(norm):
        return []
    query = query / norm
    allowed = None
    if candidate_ids_filter is not None:
        allowed = np.unique(np.fromiter((int(i) for i in candidate_ids_filter), dtype=np.int64))
        if len(allowed) == 0:
            return []
    if allowed is not None and len(allowed) <= EXACT_FILTER_MAX:
        candidates = allowed
    else:
        cached = _cached(session, info)
        with cached.lock:
            candidates = cached.ann.candidates(query, max(CANDIDATES, 4 * k), allowed)
    ids, matrix = _fetch(session, index_id, candidates, info.dimensions)
    if allowed is None or len(allowed) > EXACT_FILTER_MAX:
        _note_missing(session, info, len(set(candidates.tolist())) - len(ids))
    if not len(ids):
        return []
    scores = matrix @ query
    best = np.argsort(-scores, kind="stable")[:k]
    return [(int(ids[i]), float(scores[i])) for i in best]


def _fetch(session: Session, index_id: int, chunk_ids: np.ndarray, dimensions: int) -> tuple[np.ndarray, np.ndarray]:
    """The stored vectors of ``chunk_ids`` (those that still exist), in one query."""
    rows = session.execute(text(f"SELECT chunk_id, embedding FROM {table_name(index_id)} "
                                "WHERE chunk_id IN (SELECT value FROM json_each(:ids))"),
                           {"ids": json.dumps([int(i) for i in chunk_ids])}).all()
    if not rows:
        return np.zeros(0, np.int64), np.zeros((0, dimensions), np.float32)
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype="<f4").reshape(len(rows), dimensions)
    return ids, matrix.astype(np.float32, copy=False)


# -- the in-memory structure per index ---------------------------------------------------------------------------


@dataclass
class _Cached:
    ann: AnnIndex
    max_seq: int
    lock: threading.Lock
    dead: int = 0  # candidates found deleted since the build


_CACHE: dict[tuple[str, int, str], _Cached] = {}
_CACHE_LOCK = threading.Lock()


def _key(session: Session, info: IndexInfo) -> tuple[str, int, str]:
    return str(session.get_bind().engine.url), info.id, info.created_at.isoformat()


def _forget(session: Session, index_id: int) -> None:
    url = str(session.get_bind().engine.url)
    with _CACHE_LOCK:
        for key in [k for k in _CACHE if k[0] == url and k[1] == index_id]:
            del _CACHE[key]


def _load(session: Session, info: IndexInfo) -> tuple[np.ndarray, np.ndarray, int]:
    """All ids and vectors of an index, read in batches into preallocated arrays."""
    table = table_name(info.id)
    total = int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    ids = np.empty(total, dtype=np.int64)
    matrix = np.empty((total, info.dimensions), dtype=np.float32)
    max_seq, filled = 0, 0
    result = session.execute(text(f"SELECT chunk_id, seq, embedding FROM {table}"))
    while filled < total:
        batch = result.fetchmany(_LOAD_BATCH)
        if not batch:
            break
        n = min(len(batch), total - filled)
        ids[filled:filled + n] = [r[0] for r in batch[:n]]
        matrix[filled:filled + n] = np.frombuffer(b"".join(r[2] for r in batch[:n]), dtype="<f4").reshape(n, -1)
        max_seq = max(max_seq, max(r[1] for r in batch[:n]))
        filled += n
    result.close()
    return ids[:filled], matrix[:filled], max_seq


def _build(session: Session, info: IndexInfo) -> _Cached:
    ids, matrix, max_seq = _load(session, info)
    return _Cached(AnnIndex(ids, matrix), max_seq, threading.Lock())


def _cached(session: Session, info: IndexInfo) -> _Cached:
    """The index's in-memory structure, brought up to date with what SQLite holds."""
    key = _key(session, info)
    table = table_name(info.id)
    top = int(session.execute(text(f"SELECT coalesce(max(seq), 0) FROM {table}")).scalar_one())
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
        if cached is None or top < cached.max_seq or cached.dead > max(64, cached.ann.rows // 10):
            cached = _CACHE[key] = _build(session, info)
        elif top > cached.max_seq:
            rows = session.execute(text(f"SELECT chunk_id, seq, embedding FROM {table} WHERE seq > :s"),
                                   {"s": cached.max_seq}).all()
            vectors = np.frombuffer(b"".join(r[2] for r in rows), dtype="<f4").reshape(len(rows), info.dimensions)
            with cached.lock:
                cached.ann.append(np.fromiter((r[0] for r in rows), np.int64, len(rows)), vectors)
                cached.max_seq = max(r[1] for r in rows)
            if cached.ann.needs_rebuild():
                cached = _CACHE[key] = _build(session, info)
        return cached


def _note_missing(session: Session, info: IndexInfo, missing: int) -> None:
    if missing > 0:
        cached = _CACHE.get(_key(session, info))
        if cached is not None:
            cached.dead += missing


def index_table_names(session: Session) -> list[str]:
    """The vector tables that exist (for checks and clean-up)."""
    rows = session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 'vec_[0-9]*'"))
    return sorted(r[0] for r in rows)
