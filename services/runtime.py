"""Running a workspace: the lock, the Huey consumer, the HTTP server, recovery.

Exactly one process per workspace runs the worker and connectors (two pollers
on one Telegram bot would lose or double messages). The first to take the
workspace lock runs them; anyone else (a GUI opened while ``serve`` runs)
becomes a client that only reads and enqueues, and the running process does
the work. A lock left behind by a crash is taken over on the next start.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web
from huey.consumer import Consumer

from secretary.errors import AuthFailed, InvalidInput, SecretaryError, WorkspaceLocked
from secretary.records import LockInfo
from services.answer_pool import AnswerPool, PooledResponder, default_size
from services.app import App
from services.server import LocalServer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RuntimeState:
    """What :meth:`Runtime.start` found: are we running the workspace, or someone else?"""

    owner: bool
    holder: LockInfo | None
    took_over: LockInfo | None = None
    recovered: int = 0
    http_port: int | None = None


class Runtime:
    """Starts and stops everything that runs in the background for one workspace."""

    def __init__(self, app: App, mode: str) -> None:
        self.app = app
        self.mode = mode
        self.consumer: Consumer | None = None
        self.server: LocalServer | None = None
        self.state: RuntimeState | None = None
        self.pool: AnswerPool | None = None

    def start(self, *, http: bool | str = False, port: int | None = None, workers: int | None = None,
              channels: bool = True) -> RuntimeState:
        """Take the lock and start the consumer (and the HTTP server); call on the main thread.

        If another live process holds the lock, nothing is started and the
        returned state names the holder (client mode).
        """
        try:
            self.app.lock.acquire(self.mode)
        except WorkspaceLocked as exc:
            holder = exc.details.get("holder")
            self.state = RuntimeState(owner=False, holder=holder if isinstance(holder, LockInfo) else None)
            log.info("workspace is run by another process: %s", exc)
            return self.state
        took_over = self.app.lock.took_over
        if took_over is not None:
            log.warning("took over the workspace lock left by %s (pid %s), which is no longer running",
                        took_over.mode, took_over.pid)
        http_port = None
        try:
            if http:
                host = str(self.app.settings.get("server.host"))
                wanted = int(self.app.settings.get("server.port")) if port is None else port
                self.server = LocalServer(self.app, host, wanted, helpers=self._helper_health)
                self.app.connectors.started.append(self._mount)
            if channels:
                started = self.app.connectors.start_all()
                log.info("%d channel connector(s) running", started)
            if self.server is not None:
                try:
                    http_port = self.server.start()
                    self.app.lock.set_http_port(http_port)
                except OSError as exc:
                    if http != "optional":
                        raise
                    log.error("the local HTTP server could not start (%s): the web widget is unavailable", exc)
                    self.server = None
            self.consumer = self.app.queue.consumer(workers or int(self.app.settings.get("queue.workers")))
            self._start_helpers()
            self.consumer.start()
            recovered = self.app.queue.recover()
        except BaseException:
            self.stop()
            raise
        self.state = RuntimeState(owner=True, holder=self.app.lock.info, took_over=took_over,
                                  recovered=recovered, http_port=http_port)
        return self.state

    def _start_helpers(self) -> None:
        """Answer helper processes (see services.answer_pool), unless switched off or a test's own responder."""
        size = default_size()
        wanted = bool(self.app.settings.get("queue.answer_helpers"))
        if size <= 0 or not wanted or self.app.queue.responder is not self.app.ai:
            return
        pool = AnswerPool(self.app.workspace.root, size, lambda: self.app.settings.version, self.app.workspace.logs)
        self.pool = pool
        self.app.queue.responder = PooledResponder(pool, self.app.ai)
        pool.start()

    def _helper_health(self) -> dict[str, int] | None:
        pool = self.pool
        return pool.health() if pool is not None else None

    def _mount(self, connector: object) -> None:
        """Channels served over HTTP add their routes: the web widget, and Telegram's webhook."""
        if self.server is None:
            return
        mount = getattr(connector, "mount", None)
        if mount is not None:
            self.server.mount(mount)
        handle = getattr(connector, "handle_webhook", None)
        if handle is not None:
            self.server.mount(telegram_webhook(int(connector.channel_id), handle))

    def wait(self, stop: threading.Event | None = None) -> None:
        """Block until SIGINT/SIGTERM (or ``stop`` is set), then stop everything."""
        stop = stop or threading.Event()

        def _handler(signum: int, _frame: object) -> None:
            log.info("received %s, stopping", signal.Signals(signum).name)
            stop.set()

        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, _handler)
        try:
            while not stop.wait(0.5):
                if self.consumer is not None:
                    self.consumer.check_worker_health()
        finally:
            self.stop()

    def stop(self) -> None:
        """Stop the consumer (letting running tasks finish), the server, and release the lock."""
        self.app.knowledge.stop()  # a long ingestion stops at the next document; it resumes next start
        self.app.connectors.stop_all()  # no new customer messages while the queue drains
        try:
            if self.consumer is not None:
                try:
                    self.consumer.stop(graceful=True)
                finally:
                    self.consumer = None
        finally:
            pool, self.pool = self.pool, None
            if pool is not None:  # after the consumer: its last tasks may still be in a helper
                self.app.queue.responder = self.app.ai
                pool.stop()
        if self.server is not None:
            self.server.stop()
            self.server = None
        self.app.lock.release()


def telegram_webhook(channel_id: int, handle: Callable[[bytes, str | None], Awaitable[None]]) \
        -> Callable[[web.Application], None]:
    """``POST /telegram/<channel id>/webhook``: Telegram's updates in webhook mode (polling is the default).

    Answers 200 once the update is stored, so Telegram retries anything that failed: 403 for a wrong
    secret token, 400 for a body that is no update, 503 while the channel cannot take it.
    """
    async def webhook(request: web.Request) -> web.Response:
        try:
            await handle(await request.read(), request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        except AuthFailed:
            return web.Response(status=403, text="wrong secret token")
        except InvalidInput as exc:
            return web.Response(status=400, text=str(exc))
        except SecretaryError as exc:
            return web.Response(status=503, text=str(exc))
        return web.Response(text="ok")

    def add(web_app: web.Application) -> None:
        web_app.router.add_post(f"/telegram/{channel_id}/webhook", webhook)
    return add
