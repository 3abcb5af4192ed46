"""The in-memory candidate search over an index's vectors (numpy; no SQL here).

Why this shape (measured on 2 cores, see benchmarks/results/knowledge.json):

- sqlite-vec ``vec0`` KNN scans every row through its own C loop with a
  top-k kept per row: bit vectors took 7 ms for k=10 over 200k rows, but
  50-65 ms for k=200 and 340 ms for k=1000, so quantized KNN plus re-scoring
  a candidate set cannot reach 1M rows in 30 ms. Point lookups of 500 float
  vectors out of a vec0 table took ~120 ms.
- One sign bit per dimension (``vec_quantize_binary``, Hamming distance) is too
  coarse for e5 vectors, which sit in a narrow cone (mean pairwise cosine
  0.80, the 10th and 1,000th neighbour of a query differ by ~0.05): recall@10
  after re-scoring 1,000 candidates stayed at 0.35 (raw) / 0.76 (centred)
  on 100k vectors.
- A full float32 scan in numpy is memory-bound: 1M x 384 took ~145 ms.

So: vectors are reduced by PCA to at most 128 dimensions (76 % of the variance
of e5 vectors; exact re-scoring repairs the rest) and held in memory. Up to
``IVF_MIN_ROWS`` all of them are scanned; above, k-means groups them into
inverted lists of ~1,000 rows and the closest 35 % of the lists are scanned
(scanning 25 % gave recall@10 0.94 at 1M rows, 50 % gave 0.985 but ~29 ms).
Whole lookups (with the exact re-scoring) measured p50 / p95 / recall@10:
10k rows 3.3 / 4.5 ms / 1.00, 100k 5.0 / 5.7 ms / 0.999, 1M 18.8 / 26.1 ms /
0.971; numpy brute force took 0.4, 7.4 and 79 ms. Memory: 512 bytes per row
(1M rows: ~0.5 GB); the first search of a process loads it (1M rows: ~18 s).

The best ``count`` rows by the approximate score are the candidates that
:mod:`storage.vector_index` re-scores exactly on the float vectors it keeps in
SQLite. Rows added after a build go to a "tail" that is scanned in full until
the next rebuild.
"""

from __future__ import annotations

import numpy as np

PCA_DIMS = 128  # dimensions kept after PCA
PCA_MIN_ROWS = 2048  # fewer rows than this: no reduction (a scan is cheap anyway)
IVF_MIN_ROWS = 200_000  # from here on, inverted lists (below, a full scan of the reduced vectors)
PROBE_FRACTION = 0.35  # share of the inverted lists scanned per query
ROWS_PER_LIST = 1000
MAX_LISTS = 2048
_SAMPLE = 50_000  # rows a PCA basis or k-means is fitted on


class AnnIndex:
    """Approximate candidate search over unit vectors keyed by int64 ids."""

    def __init__(self, ids: np.ndarray, vectors: np.ndarray, *, seed: int = 0) -> None:
        rng = np.random.default_rng(seed)
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.dimensions = int(vectors.shape[1])
        self.built_rows = len(ids)
        self.mean: np.ndarray | None = None
        self.basis: np.ndarray | None = None
        if len(ids) >= PCA_MIN_ROWS and self.dimensions > PCA_DIMS:
            sample = vectors[rng.choice(len(ids), min(len(ids), _SAMPLE), replace=False)]
            self.mean = sample.mean(axis=0)
            centred = sample - self.mean
            _, eigenvectors = np.linalg.eigh(centred.T @ centred)  # ascending eigenvalues
            self.basis = np.ascontiguousarray(eigenvectors[:, ::-1][:, :PCA_DIMS], dtype=np.float32)
        reduced = self._reduce(vectors)
        self.centroids: np.ndarray | None = None
        self.offsets = np.zeros(1, dtype=np.int64)
        if len(ids) >= IVF_MIN_ROWS:
            nlist = int(np.clip(len(ids) // ROWS_PER_LIST, 64, MAX_LISTS))
            self.centroids = _kmeans(reduced, nlist, rng)
            lists = _assign(reduced, self.centroids)
            order = np.argsort(lists, kind="stable")
            self.offsets = np.concatenate([[0], np.cumsum(np.bincount(lists, minlength=nlist))]).astype(np.int64)
            self.ids = np.ascontiguousarray(np.asarray(ids, dtype=np.int64)[order])
            self.codes = np.ascontiguousarray(reduced[order])
        else:
            self.ids = np.asarray(ids, dtype=np.int64).copy()
            self.codes = reduced
        self._tail_ids: list[np.ndarray] = []
        self._tail_codes: list[np.ndarray] = []
        self.tail_rows = 0

    @property
    def rows(self) -> int:
        return self.built_rows + self.tail_rows

    def needs_rebuild(self) -> bool:
        """True when rows added since the build call for reduction, inverted lists or fresh ones."""
        if self.centroids is None and self.rows >= IVF_MIN_ROWS:
            return True
        if self.basis is None and self.dimensions > PCA_DIMS and self.rows >= PCA_MIN_ROWS:
            return True
        if self.basis is None:
            return False  # exact vectors: nothing goes stale
        return self.tail_rows > (self.built_rows // 4 if self.centroids is not None else self.built_rows)

    def append(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Add rows (scanned in full until the next build)."""
        if len(ids):
            self._tail_ids.append(np.asarray(ids, dtype=np.int64))
            self._tail_codes.append(self._reduce(np.asarray(vectors, dtype=np.float32)))
            self.tail_rows += len(ids)
        if len(self._tail_ids) > 16:  # keep the per-query loop short
            self._tail_ids = [np.concatenate(self._tail_ids)]
            self._tail_codes = [np.ascontiguousarray(np.vstack(self._tail_codes))]

    def candidates(self, query: np.ndarray, count: int, allowed: np.ndarray | None = None) -> np.ndarray:
        """Ids of the (about) ``count`` best rows for ``query`` by approximate score, best first.

        ``allowed`` (sorted int64 ids) restricts the search; then every row is scored.
        """
        q = np.asarray(query, dtype=np.float32).reshape(-1)
        zq = q if self.basis is None else q @ self.basis
        parts_ids: list[np.ndarray] = []
        parts_scores: list[np.ndarray] = []
        if self.centroids is not None and allowed is None:
            nprobe = max(1, int(round(len(self.centroids) * PROBE_FRACTION)))
            for lst in _top(self.centroids @ zq, nprobe):
                a, b = self.offsets[lst], self.offsets[lst + 1]
                if b > a:
                    parts_ids.append(self.ids[a:b])
                    parts_scores.append(self.codes[a:b] @ zq)
        else:
            parts_ids.append(self.ids)
            parts_scores.append(self.codes @ zq)
        for tail_ids, tail_codes in zip(self._tail_ids, self._tail_codes, strict=True):
            parts_ids.append(tail_ids)
            parts_scores.append(tail_codes @ zq)
        ids = np.concatenate(parts_ids) if parts_ids else np.zeros(0, np.int64)
        scores = np.concatenate(parts_scores) if parts_scores else np.zeros(0, np.float32)
        if allowed is not None:
            keep = np.isin(ids, allowed, assume_unique=False)
            ids, scores = ids[keep], scores[keep]
        best = _top(scores, count)
        return ids[best[np.argsort(-scores[best], kind="stable")]]

    def _reduce(self, vectors: np.ndarray) -> np.ndarray:
        if self.basis is None:
            return np.ascontiguousarray(vectors, dtype=np.float32)
        assert self.mean is not None
        return np.ascontiguousarray((vectors - self.mean) @ self.basis, dtype=np.float32)


def _top(scores: np.ndarray, count: int) -> np.ndarray:
    """Positions of the ``count`` highest scores (unordered).

    A threshold taken from a strided sample keeps ~2x ``count`` survivors in one
    vectorised pass (0.4 ms on 1M) instead of a full argpartition (8-15 ms).
    """
    n = len(scores)
    if n <= count:
        return np.arange(n)
    step = n // (count * 16)
    if step >= 4:
        sample = scores[::step]
        rank = min(len(sample) - 1, 2 * count // step + 1)
        threshold = np.partition(sample, len(sample) - 1 - rank)[len(sample) - 1 - rank]
        survivors = np.flatnonzero(scores >= threshold)
        if count <= len(survivors) <= 8 * count:
            return survivors[np.argpartition(-scores[survivors], count - 1)[:count]]
    return np.argpartition(-scores, count - 1)[:count]


def _assign(reduced: np.ndarray, centroids: np.ndarray, block: int = 65_536) -> np.ndarray:
    """Nearest centroid (Euclidean) of every row, in blocks to bound memory."""
    half_norms = 0.5 * (centroids * centroids).sum(axis=1)
    out = np.empty(len(reduced), dtype=np.int64)
    for start in range(0, len(reduced), block):
        part = reduced[start:start + block]
        out[start:start + block] = np.argmax(part @ centroids.T - half_norms, axis=1)
    return out


def _kmeans(reduced: np.ndarray, k: int, rng: np.random.Generator, iterations: int = 8) -> np.ndarray:
    """Lloyd's k-means on a sample; empty clusters are re-seeded from random rows."""
    sample = reduced[rng.choice(len(reduced), min(len(reduced), max(_SAMPLE, 32 * k)), replace=False)]
    centroids = sample[rng.choice(len(sample), k, replace=False)].copy()
    for _ in range(iterations):
        labels = _assign(sample, centroids)
        counts = np.bincount(labels, minlength=k)
        sums = np.stack([np.bincount(labels, weights=sample[:, j], minlength=k)
                         for j in range(sample.shape[1])], axis=1)
        empty = counts == 0
        centroids = np.where(empty[:, None], sample[rng.choice(len(sample), k)], sums / np.maximum(counts, 1)[:, None])
    return np.ascontiguousarray(centroids, dtype=np.float32)
