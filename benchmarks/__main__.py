"""Foundation benchmarks: audited writes, bulk inserts, queue throughput, start-up.

Run with ``make bench``. Each figure is the median of a few runs on a fresh
temporary workspace; results are written to benchmarks/results/foundation.json.
"""

from __future__ import annotations

import json
import os
import platform
import signal
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SECRETARY_SECRET_STORE", "file")

from services.app import open_app  # noqa: E402
from services.runtime import Runtime  # noqa: E402
from storage import inbox_repo  # noqa: E402
from storage.models import Contact  # noqa: E402
from storage.workspace import Workspace  # noqa: E402

RESULTS = Path(__file__).with_name("results")


def _fresh(immediate: bool = True):
    return open_app(Workspace(Path(tempfile.mkdtemp(prefix="bench-"))), immediate=immediate)


def audited_single_writes(n: int = 300) -> float:
    app = _fresh()
    start = time.perf_counter()
    for i in range(n):
        with app.db.writing("bench") as session:
            session.add(Contact(name=f"c{i}"))
    elapsed = time.perf_counter() - start
    app.close()
    return n / elapsed


def audited_bulk_insert(n: int = 10_000) -> float:
    app = _fresh()
    start = time.perf_counter()
    with app.db.writing("bench") as session:
        session.add_all(Contact(name=f"c{i}", email=f"c{i}@x.example") for i in range(n))
    elapsed = time.perf_counter() - start
    app.close()
    return n / elapsed


def queue_end_to_end(n: int = 300) -> float:
    app = _fresh(immediate=False)
    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    runtime = Runtime(app, "worker")
    runtime.start(workers=2)
    with app.db.writing("bench") as session:
        channel = inbox_repo.ensure_channel(session, "widget", "bench")
    start = time.perf_counter()
    for i in range(n):
        with app.db.writing("bench") as session:
            message = inbox_repo.receive(session, channel, f"chat{i % 20}", f"m{i}", "Hello, a question").message_id
        app.queue.answer(message)
    while app.status().counts["inbox_messages"] < 2 * n:
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    runtime.stop()
    for s, handler in saved.items():
        signal.signal(s, handler)
    app.close()
    return n / elapsed


def startup_ms() -> float:
    root = Path(tempfile.mkdtemp(prefix="bench-"))
    open_app(Workspace(root)).close()
    start = time.perf_counter()
    open_app(Workspace(root)).close()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    cases = {
        "audited_single_row_transactions_per_s": audited_single_writes,
        "audited_bulk_insert_rows_per_s": audited_bulk_insert,
        "queue_messages_answered_per_s": queue_end_to_end,
        "open_workspace_ms": startup_ms,
    }
    results = {}
    for name, fn in cases.items():
        runs = [fn() for _ in range(3)]
        results[name] = round(statistics.median(runs), 1)
        print(f"{name:<42} {results[name]:>10}")
    RESULTS.mkdir(exist_ok=True)
    payload = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                           "platform": platform.platform()},
               "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "results": results}
    (RESULTS / "foundation.json").write_text(json.dumps(payload, indent=2) + "\n")


if __name__ == "__main__":
    main()
