"""The local HTTP server of the appliance: ``/health`` and ``/metrics`` for now.

Runs aiohttp on its own event loop in a background thread, bound to loopback
by default. Later issues mount the chat widget and the Telegram webhook here.
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from services.app import App


class LocalServer:
    """aiohttp in a thread; ``start()`` returns once the socket is bound."""

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 8765,
                 helpers: Callable[[], dict[str, int] | None] = lambda: None) -> None:
        self.app = app
        self.helpers = helpers  # the answer helper processes' state (services.answer_pool), if any run
        self.host = host
        self.port = port
        self.started = time.monotonic()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._mounts: list[Callable[[web.Application], None]] = []

    def mount(self, add_routes: Callable[[web.Application], None]) -> None:
        """Have ``add_routes(web_app)`` add routes (a chat widget, a webhook); call before ``start()``."""
        self._mounts.append(add_routes)

    def _web_app(self) -> web.Application:
        web_app = web.Application(client_max_size=1024 * 1024)
        web_app.router.add_get("/health", self._health)
        web_app.router.add_get("/metrics", self._metrics)
        for add_routes in self._mounts:
            add_routes(web_app)
        return web_app

    async def _health(self, _request: web.Request) -> web.Response:
        status = await asyncio.to_thread(self.app.status)
        body = {"status": "ok", "version": status.version, "schema": status.schema_version,
                "schema_current": status.schema_version == status.schema_head,
                "worker": "running" if status.lock and status.lock.pid == _pid() else "elsewhere",
                "queue_pending": await asyncio.to_thread(self.app.queue.pending),
                "uptime_s": round(time.monotonic() - self.started, 1),
                "channels": {str(cid): dataclasses.asdict(h) for cid, h in self.app.connectors.health().items()},
                "answer_helpers": self.helpers()}
        return web.json_response(body)

    async def _metrics(self, _request: web.Request) -> web.Response:
        status = await asyncio.to_thread(self.app.status)
        pending = await asyncio.to_thread(self.app.queue.pending)
        lines = ["# HELP secretary_rows Rows per table.", "# TYPE secretary_rows gauge"]
        lines += [f'secretary_rows{{table="{table}"}} {count}' for table, count in status.counts.items()]
        lines += ["# HELP secretary_queue_pending Tasks waiting in the queue.", "# TYPE secretary_queue_pending gauge",
                  f"secretary_queue_pending {pending}",
                  "# HELP secretary_uptime_seconds Seconds since the server started.",
                  "# TYPE secretary_uptime_seconds gauge",
                  f"secretary_uptime_seconds {time.monotonic() - self.started:.1f}"]
        helpers = self.helpers()
        if helpers is not None:
            lines += ["# HELP secretary_answer_helpers Answer helper processes by state.",
                      "# TYPE secretary_answer_helpers gauge",
                      f'secretary_answer_helpers{{state="wanted"}} {helpers["processes"]}',
                      f'secretary_answer_helpers{{state="ready"}} {helpers["ready"]}',
                      "# HELP secretary_answer_helper_restarts_total Helpers that died and were replaced.",
                      "# TYPE secretary_answer_helper_restarts_total counter",
                      f"secretary_answer_helper_restarts_total {helpers['restarts']}"]
        return web.Response(text="\n".join(lines) + "\n", content_type="text/plain")

    async def _serve(self) -> None:
        self._runner = web.AppRunner(self._web_app(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        sockets = site._server.sockets if site._server else []  # port 0 means "any free port"
        if sockets:
            self.port = sockets[0].getsockname()[1]

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        try:
            self._loop.run_until_complete(self._serve())
        except BaseException as exc:  # reported to start() below
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self._runner.cleanup() if self._runner else asyncio.sleep(0))
        self._loop.close()

    def start(self) -> int:
        """Bind and serve in the background; returns the port. Raises OSError if the port is taken."""
        self._thread = threading.Thread(target=self._run, name="http-server", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise OSError(f"cannot listen on {self.host}:{self.port}: {self._error}") from self._error
        return self.port

    def stop(self) -> None:
        """Stop serving and join the thread."""
        if self._loop and self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread:
            self._thread.join(10)


def _pid() -> int:
    import os

    return os.getpid()
