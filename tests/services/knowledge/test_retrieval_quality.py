"""Retrieval quality on the multilingual set: BM25 alone, vectors alone and the hybrid, per setting.

The hybrid must be at least as good as the better of its parts in every
setting (same-language, cross-language) on hit@1 and hit@5. The figures go to
benchmarks/results/retrieval_quality.json for the README.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.knowledge.embedders import default_embedder
from services.knowledge.search import KnowledgeSearch
from tests.services.knowledge import quality_set

RESULTS = Path(__file__).resolve().parents[3] / "benchmarks" / "results" / "retrieval_quality.json"


@pytest.fixture(scope="module")
def embedder():
    return default_embedder()


def test_hybrid_is_at_least_as_good_as_either_part_in_every_setting(app, embedder):
    chunk_ids = quality_set.ingest(app.db, embedder)
    figures = quality_set.evaluate(KnowledgeSearch(app.db, embedder), chunk_ids)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"model": embedder.name, "documents": len(quality_set.DOCUMENTS),
                                   "questions": len(quality_set.QUESTIONS), "figures": figures},
                                  indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(json.dumps(figures, indent=1))
    for setting in ("same-language", "cross-language"):
        for metric in ("hit@1", "hit@5"):
            best_part = max(figures["bm25"][setting][metric], figures["dense"][setting][metric])
            assert figures["hybrid"][setting][metric] >= best_part, (setting, metric, figures)
    hybrid = figures["hybrid"]
    assert hybrid["same-language"]["hit@1"] >= 0.9 and hybrid["same-language"]["hit@5"] >= 0.95
    assert hybrid["cross-language"]["hit@1"] >= 0.5 and hybrid["cross-language"]["hit@5"] >= 0.8
