"""Screening a batch on several processes (``kyb screen --workers``): the same matches, in input order."""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle

import pytest

from secretary.kyb.formats import parse
from secretary.kyb.matching import Query, ScreeningIndex
from services.kyb import bulk


@pytest.fixture(scope="module")
def listed(kyb_fixtures):  # type: ignore[no-untyped-def]
    return [*parse("ofac-csv", kyb_fixtures / "ofac" / "csv-mini").entries,
            *parse("un-xml", kyb_fixtures / "un" / "un_consolidated_sample.xml").entries]


@pytest.fixture(scope="module")
def index(listed) -> ScreeningIndex:  # type: ignore[no-untyped-def]
    return ScreeningIndex.build(listed)


def _batch(entries, n: int) -> list[Query]:  # type: ignore[no-untyped-def]
    listed = [(name.full, entry.schema) for entry in entries for name in entry.names][:60]
    unrelated = [("Anna Schmidt", "Person"), ("Müller Bau GmbH", "Company"), ("Олена Коваленко", "Person")]
    pool = [*listed, *unrelated]
    return [Query(f"{name} {i % 7}" if i % 5 == 0 else name, schema) for i, (name, schema) in
            ((i, pool[i % len(pool)]) for i in range(n))]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_large_batch_runs_on_two_processes_with_the_same_matches_in_order(index, listed) -> None:  # type: ignore[no-untyped-def]
    queries = _batch(listed, 2 * bulk.MIN_PER_WORKER + 40)
    serial = [index.screen(q, threshold=0.7) for q in queries]
    parallel = bulk.screen_many(index, queries, 0.7, workers=2)
    assert bulk.last_processes == 2
    assert parallel == serial
    assert sum(1 for found in parallel if found) > len(queries) // 2  # most listed names are found


def test_a_small_batch_stays_in_this_process(index, listed) -> None:  # type: ignore[no-untyped-def]
    queries = _batch(listed, 30)
    assert bulk.screen_many(index, queries, 0.7, workers=4) == [index.screen(q, threshold=0.7) for q in queries]
    assert bulk.last_processes == 1


def test_screening_makes_no_reference_cycles(index, listed) -> None:  # type: ignore[no-untyped-def]
    # what lets a screening-only process freeze its index and its workers run without the cycle collector
    queries = _batch(listed, 300) + [Query("Олександр Шевченко", "LegalEntity", "UA", "1970", ("UA123456789",))]
    gc.collect()
    gc.disable()
    try:
        results = [index.screen(q, threshold=0.5) for q in queries]
        assert any(results)
        assert gc.collect() == 0
    finally:
        gc.enable()


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_screening_only_process_keeps_its_index_frozen(index, listed) -> None:  # type: ignore[no-untyped-def]
    queries = _batch(listed, 2 * bulk.MIN_PER_WORKER)
    bulk.screening_only()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        assert bulk.screen_many(index, queries, 0.7, workers=2) == [index.screen(q, threshold=0.7) for q in queries]
        assert gc.get_freeze_count() > frozen // 2  # the batch did not hand the index back to the collector
    finally:
        gc.unfreeze()
    bulk.screen_many(index, queries, 0.7, workers=2)
    assert gc.get_freeze_count() == 0  # frozen only for the batch when nothing was before


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_worker_that_dies_loses_no_answer(index, listed, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    queries = _batch(listed, 2 * bulk.MIN_PER_WORKER + 40)
    serial = [index.screen(q, threshold=0.7) for q in queries]

    def dies(take, screen_range, answers) -> None:  # type: ignore[no-untyped-def]
        number = take()
        pickle.dump((number, screen_range(number)), answers)  # one range answered
        take()  # one taken, never answered
        answers.write(b"\x80\x05partial")  # killed in the middle of writing the next
        answers.flush()
        os._exit(9)

    monkeypatch.setattr(bulk, "_work", dies)
    with caplog.at_level(logging.WARNING, logger="services.kyb.bulk"):
        assert bulk.screen_many(index, queries, 0.7, workers=2) == serial
    assert "screened again here" in caplog.text
