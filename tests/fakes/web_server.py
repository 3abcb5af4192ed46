"""A local web server for fetch tests: fixed replies, redirects, huge and slow bodies.

Each path maps to a :class:`Reply`. A reply with ``trickle`` set sends its body
one byte at a time with that pause between bytes (a slow-loris server), for at
most ``TRICKLE_LIMIT`` seconds, so a test that goes wrong still ends.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TRICKLE_LIMIT = 20.0


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    trickle: float | None = None  # seconds between single bytes of the body
    send_length: bool = True  # False: no Content-Length, the body ends when the connection closes


class WebServer:
    """Serves ``routes`` on 127.0.0.1 in a background thread; use as a context manager."""

    def __init__(self, routes: dict[str, Reply]) -> None:
        self.routes = routes
        self.requests: list[str] = []
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server.requests.append(self.path)
                reply = server.routes.get(self.path, Reply(404, b"not found", content_type="text/plain"))
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.send_length and reply.trickle is None:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                try:
                    if reply.trickle is None:
                        self.wfile.write(reply.body)
                    else:
                        self._trickle(reply)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should

            def _trickle(self, reply: Reply) -> None:
                ends = time.monotonic() + TRICKLE_LIMIT
                body = reply.body or b"x" * 100_000
                for i in range(len(body)):
                    if server._stop.is_set() or time.monotonic() > ends:
                        return
                    self.wfile.write(body[i:i + 1])
                    self.wfile.flush()
                    server._stop.wait(reply.trickle)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> WebServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
