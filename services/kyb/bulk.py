"""Screening many names on every core: ``secretary kyb screen --workers N`` and the benchmark.

Screening is pure Python, so one process uses one core. For a batch, this process forks
workers that share the index it built (copy-on-write: no second build, no second copy of
~150 MB) and screens too, so N processes are this one and N - 1 workers. Before forking, the
garbage collector's view of every existing object is frozen (``gc.freeze``): otherwise each
worker's collector writes to the header of every object it walks and the kernel copies
nearly every page of the index into it, which cost a quarter of the speed. The batch is cut
into small ranges taken by whichever process is free (a shared counter), so one slowed down
(another program on its core) does not hold the rest back; a worker writes each range's
answers to a temporary file as it goes, and the ranges of a worker that failed or was killed
are screened again here, so the answers are always complete, in input order. Where ``fork`` does not exist (Windows)
or the batch is small, names are screened in this process only."""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import pickle
import signal
import tempfile
from collections.abc import Callable, Sequence
from typing import IO, Any

MIN_PER_WORKER = 500  # below this a worker's start-up costs more than it saves
CHUNKS_PER_WORKER = 32  # ranges per process, taken as processes free up (small: the last one is short)
MIN_CHUNK = 50

last_processes = 0  # how many processes the last call used (tests, benchmark)
log = logging.getLogger(__name__)


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
    """``index.screen`` for every query, in order, on up to ``workers`` processes (this one included)."""
    global last_processes
    workers = min(workers, len(queries) // MIN_PER_WORKER)
    if workers <= 1 or not hasattr(os, "fork"):
        last_processes = 1
        return [index.screen(q, threshold=threshold, limit=limit) for q in queries]
    # Small ranges handed out as processes free up: one slowed down (another program, a harder
    # share of names) does not hold the others back at the end.
    size = max(MIN_CHUNK, -(-len(queries) // (workers * CHUNKS_PER_WORKER)))
    ranges = [(i, min(i + size, len(queries))) for i in range(0, len(queries), size)]
    counter = multiprocessing.get_context("fork").Value("i", 0)

    def take() -> int | None:
        with counter.get_lock():
            number = int(counter.value)
            counter.value = number + 1
        return number if number < len(ranges) else None

    def screen_range(number: int) -> list[list[Any]]:
        start, end = ranges[number]
        return [index.screen(q, threshold=threshold, limit=limit) for q in queries[start:end]]

    done: dict[int, list[list[Any]]] = {}
    children: list[tuple[int, IO[bytes]]] = []
    frozen = gc.get_freeze_count()
    gc.freeze()
    try:
        children = [_fork(take, screen_range) for _ in range(workers - 1)]
        while (number := take()) is not None:  # this process screens too: no start-up, no results to send
            done[number] = screen_range(number)
        while children:
            done.update(_collect(*children.pop()))
    finally:
        for pid, answers in children:  # interrupted: the workers are stopped, not left behind
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
            _collect(pid, answers)
        if not frozen:
            gc.unfreeze()
    missing = [number for number in range(len(ranges)) if number not in done]
    if missing:
        log.warning("a screening worker stopped before it answered: %d of %d ranges screened again here",
                    len(missing), len(ranges))
        done.update((number, screen_range(number)) for number in missing)
    last_processes = workers
    return [matches for number in range(len(ranges)) for matches in done[number]]


def _fork(take: Callable[[], int | None], screen_range: Callable[[int], list[list[Any]]]) -> tuple[int, IO[bytes]]:
    """A worker process sharing this one's memory: it screens ranges until none is left, writing
    each range's answers to a temporary file as it goes (never waiting for this process to read)."""
    answers = tempfile.TemporaryFile()  # noqa: SIM115 (closed by _collect)
    pid = os.fork()
    if pid == 0:  # the worker: never returns
        _work(take, screen_range, answers)
    return pid, answers


def _work(take: Callable[[], int | None], screen_range: Callable[[int], list[list[Any]]], answers: IO[bytes]) -> None:
    status = 1
    try:
        gc.disable()  # a worker makes no reference cycles (see screening_only): its collector would only walk caches
        while (number := take()) is not None:
            pickle.dump((number, screen_range(number)), answers, protocol=pickle.HIGHEST_PROTOCOL)
        answers.flush()
        status = 0
    finally:
        os._exit(status)  # no exit handlers, no flushing of the parent's buffers: they are the parent's


def _collect(pid: int, answers: IO[bytes]) -> dict[int, list[list[Any]]]:
    """A worker's answers: every range it finished (one that failed or was stopped answered fewer)."""
    os.waitpid(pid, 0)
    found: dict[int, list[list[Any]]] = {}
    with answers:
        answers.seek(0)
        while True:
            try:
                number, matches = pickle.load(answers)
            except Exception:  # the end, or a worker stopped in the middle of writing: what came before counts
                break
            found[number] = matches
    return found
