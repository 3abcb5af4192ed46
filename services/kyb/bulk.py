"""Screening many names on every core: ``secretary kyb screen --workers N`` and the benchmark.

Screening is pure Python, so one process uses one core. For a batch, the index
built in this process is shared with forked worker processes (copy-on-write: no
second build, no second copy of ~150 MB). Before forking, the garbage collector's
view of every existing object is frozen (``gc.freeze``): otherwise each child's
collector writes to the header of every object it walks and the kernel copies
nearly every page of the index into each child, which cost a quarter of the
speed. The batch is cut into small ranges handed to whichever worker is free, so one
worker slowed down (another program on its core) does not hold the rest back; results
come back in input order. Where ``fork`` does not exist
(Windows) or the batch is small, names are screened in this process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Sequence
from typing import Any

MIN_PER_WORKER = 500  # below this a worker's start-up costs more than it saves
CHUNKS_PER_WORKER = 8  # ranges per worker, handed out as workers free up
MIN_CHUNK = 100

_SHARED: tuple[Any, Sequence[Any], float, int] | None = None  # (index, queries, threshold, limit), inherited
last_processes = 0  # how many processes the last call used (tests, benchmark)


def screening_only() -> None:
    """Say this process only screens from now on (``secretary kyb screen``): what exists — above
    all the index — is taken out of the cyclic garbage collector's sight.

    The index is two million small objects; every full collection walked them all (~0.6 s here,
    several times in a batch). Screening makes no reference cycles (the tests check), so nothing
    is kept that counting references would not free. Not for the long-running app: what it holds
    now may later become cyclic garbage that would then never be collected.
    """
    gc.collect()
    gc.freeze()


def default_workers() -> int:
    """Every core (the CLI's ``--workers auto``)."""
    return max(1, os.cpu_count() or 1)


def screen_many(index: Any, queries: Sequence[Any], threshold: float, limit: int = 10,
                workers: int = 1) -> list[list[Any]]:
    """``index.screen`` for every query, in order, on up to ``workers`` processes."""
    global _SHARED, last_processes
    workers = min(workers, len(queries) // MIN_PER_WORKER)
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        last_processes = 1
        return [index.screen(q, threshold=threshold, limit=limit) for q in queries]
    _SHARED = (index, queries, threshold, limit)  # the workers inherit these; only ranges travel
    # Small ranges handed out as workers free up: a worker slowed down (another program, a
    # harder share of names) does not hold the others back at the end.
    size = max(MIN_CHUNK, -(-len(queries) // (workers * CHUNKS_PER_WORKER)))
    ranges = [(i, min(i + size, len(queries))) for i in range(0, len(queries), size)]
    frozen = gc.get_freeze_count()
    gc.freeze()
    try:
        # a worker makes no reference cycles (see screening_only): its collector would only walk its caches
        with multiprocessing.get_context("fork").Pool(workers, initializer=gc.disable) as pool:
            parts = pool.map(_screen_range, ranges, chunksize=1)
        last_processes = workers
    finally:
        if not frozen:
            gc.unfreeze()
        _SHARED = None
    return [matches for part in parts for matches in part]


def _screen_range(bounds: tuple[int, int]) -> list[list[Any]]:
    assert _SHARED is not None, "screen_many's workers are forked from the process that holds the index"
    index, queries, threshold, limit = _SHARED
    return [index.screen(q, threshold=threshold, limit=limit) for q in queries[bounds[0]:bounds[1]]]
