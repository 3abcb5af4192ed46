"""AI benchmarks: ``secretary ai classify`` throughput and embedded-responder reply latency.

Run with ``make bench`` (or ``python -m benchmarks.ai``); results go to
benchmarks/results/ai.json. Inputs are the project's own labelled messages
(evals/data), cycled to the wanted count.
"""

from __future__ import annotations

import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("SECRETARY_SECRET_STORE", "file")

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).with_name("results")
DATA = ROOT / "evals" / "data"


def _messages(n: int) -> list[str]:
    texts: list[str] = []
    for name in ("intent_eval.jsonl", "language_eval.jsonl", "pii.jsonl"):
        with (DATA / name).open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return list(itertools.islice(itertools.cycle(texts), n))


def classify_cli(n: int = 5000) -> dict[str, float]:
    """Messages per second through ``secretary ai classify --json`` (process start included)."""
    stdin = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in _messages(n))
    env = {**os.environ, "SECRETARY_HOME": tempfile.mkdtemp(prefix="bench-ai-")}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cli.main", "ai", "classify", "--json"], input=stdin, text=True,
                          capture_output=True, env=env, check=True)
    elapsed = time.perf_counter() - start
    assert len(done.stdout.splitlines()) == n
    return {"messages": n, "seconds": round(elapsed, 2), "messages_per_s": round(n / elapsed, 1)}


def classify_in_process(n: int = 5000) -> dict[str, float]:
    """Messages per second of the analyser alone, warm (what a long-running worker sees)."""
    from secretary.ai.langid import detect
    from secretary.ai.supervisor import Analyzer

    analyzer = Analyzer(detect)
    texts = _messages(n)
    analyzer.analyze_batch(texts[:100])
    start = time.perf_counter()
    for i in range(0, n, 256):
        analyzer.analyze_batch(texts[i:i + 256])
    elapsed = time.perf_counter() - start
    return {"messages": n, "messages_per_s": round(n / elapsed, 1), "mean_ms": round(1000 * elapsed / n, 3)}


def embedded_replies(n: int = 60) -> dict[str, float]:
    """Latency of one full orchestrator run with the embedded responder on the demo workspace (dry run)."""
    from services.app import open_app
    from services.demo import create_demo
    from storage.workspace import Workspace

    app = open_app(Workspace(Path(tempfile.mkdtemp(prefix="bench-ai-demo-")) / "ws"), immediate=True)
    now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    create_demo(app, now=now)
    app.knowledge.recover()
    app.ai.clock = lambda: now
    questions = [t for t in _messages(400) if len(t) > 15][:n]
    app.ai.playground("warm up")
    timings = []
    for text in questions:
        start = time.perf_counter()
        app.ai.playground(text)
        timings.append((time.perf_counter() - start) * 1000)
    app.close()
    timings.sort()
    return {"replies": len(timings), "p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 1)}


def main() -> None:
    results = {"classify_cli": classify_cli(), "classify_in_process": classify_in_process(),
               "embedded_reply": embedded_replies()}
    for name, figures in results.items():
        print(f"{name:<22} {figures}")
    RESULTS.mkdir(exist_ok=True)
    payload = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                           "platform": platform.platform()},
               "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "results": results}
    (RESULTS / "ai.json").write_text(json.dumps(payload, indent=2) + "\n")


if __name__ == "__main__":
    main()
