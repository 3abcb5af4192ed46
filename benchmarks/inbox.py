"""Inbox pipeline benchmark: customer messages through receive → AI (embedded) → send, with a real consumer.

Messages arrive through a connector (in-process, no network) as fast as they
come; we measure messages per second until every reply was handed back to the
channel, and the added latency per message (receive → reply handed to the
channel), p50 and p95. The burst runs twice: with the answer helper processes
the app starts by default (one per core beyond the first, at most two), and with
everything in one process. Results: benchmarks/results/inbox.json.
"""

from __future__ import annotations

import json
import os
import platform
import signal
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("SECRETARY_SECRET_STORE", "file")

from secretary.audit import ACTOR_SYSTEM  # noqa: E402
from secretary.channels import ChannelHealth, IncomingMessage, OutgoingMessage, Sent  # noqa: E402
from services.app import open_app  # noqa: E402
from services.runtime import Runtime  # noqa: E402
from storage import channels_repo  # noqa: E402
from storage.workspace import Workspace  # noqa: E402

RESULTS = Path(__file__).with_name("results")
MIX = ["Hello!", "Thank you!", "Guten Tag!", "Дякую!", "How much does an income tax return cost?",
       "Wann haben Sie geöffnet?", "Скільки коштує бухгалтерія для ФОП?", "Can I talk to a person please?",
       "Where is my invoice?", "Ich möchte einen Termin vereinbaren"]


class TimingConnector:
    """Records when each reply is handed over, keyed by the message it answers."""

    def __init__(self, channel_id: int) -> None:
        self.channel_id = channel_id
        self.deliver = None
        self.handed: dict[str, float] = {}
        self.lock = threading.Lock()

    def start(self, deliver):  # type: ignore[no-untyped-def]
        self.deliver = deliver

    def stop(self) -> None:
        self.deliver = None

    def send(self, message: OutgoingMessage) -> Sent:
        with self.lock:
            self.handed[message.reply_to_external_id or ""] = time.perf_counter()
        return Sent(external_id=None)

    def health(self) -> ChannelHealth:
        return ChannelHealth("running")


def run(n: int = 400, chats: int = 80, rate: float | None = None, helpers: bool = True) -> dict[str, float]:
    """A burst of ``n`` messages (throughput), or ``rate`` messages per second (latency under load).

    ``helpers``: the AI runs in answer helper processes (the default), or all in this one.
    """
    app = open_app(Workspace(Path(tempfile.mkdtemp(prefix="bench-inbox-")) / "ws"))
    app.settings.set("queue.answer_helpers", helpers, ACTOR_SYSTEM)
    from services.demo import create_demo
    create_demo(app, now=datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    app.knowledge.recover()  # not immediate: queued; run the ingestion now, before timing
    for source in app.knowledge.list():
        app.knowledge.ingest(source.id)
    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    with app.db.writing(ACTOR_SYSTEM) as session:
        channel = channels_repo.add(session, "telegram", "bench", {})
    connector = TimingConnector(channel.id)
    runtime = Runtime(app, "worker")
    runtime.start(workers=int(os.environ.get("BENCH_WORKERS", "2")), channels=False)
    app.connectors.attach(channel.id, connector)
    app.ai.playground("warm up the models")
    pool = runtime.pool
    deadline = time.perf_counter() + 60
    while pool is not None and pool.ready() < pool.size and time.perf_counter() < deadline:
        time.sleep(0.05)  # answer helpers start in the background (a second or two each)
    arrived: dict[str, float] = {}
    start = time.perf_counter()
    for i in range(n):
        if rate:
            time.sleep(max(0.0, start + i / rate - time.perf_counter()))
        external = f"{i % chats}:{i}"
        arrived[external] = time.perf_counter()
        connector.deliver(channel.id, IncomingMessage(chat_id=str(i % chats), external_id=external,
                                                      text=MIX[i % len(MIX)]))
    while len(connector.handed) < n and time.perf_counter() - start < 600:
        time.sleep(0.01)
    elapsed = max(connector.handed.values()) - start
    helper_processes = runtime.pool.size if runtime.pool is not None else 0
    runtime.stop()
    for s, handler in saved.items():
        signal.signal(s, handler)
    app.close()
    latencies = sorted((connector.handed[k] - arrived[k]) * 1000 for k in arrived if k in connector.handed)
    return {"messages": n, "answered": len(connector.handed), "helper_processes": helper_processes,
            "messages_per_s": round(n / elapsed, 1),
            "p50_ms": round(statistics.median(latencies), 1),
            "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 1)}


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    results = {"burst": run(n), "burst_one_process": run(n, helpers=False), "paced_10_per_s": run(n // 4, rate=10.0),
               "paced_20_per_s": run(n // 4, rate=20.0)}
    print(results)
    RESULTS.mkdir(exist_ok=True)
    payload = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                           "platform": platform.platform()},
               "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "results": results}
    (RESULTS / "inbox.json").write_text(json.dumps(payload, indent=2) + "\n")


if __name__ == "__main__":
    main()
