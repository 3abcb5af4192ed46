"""A local stand-in of the OpenAI API (embeddings and models) over real HTTP.

The real ``openai`` SDK talks to it through a socket on 127.0.0.1, so the
adapter's request building, response parsing and error translation are all
exercised. It speaks the documented wire format: ``POST /v1/embeddings``
answers ``{"object": "list", "data": [{"object": "embedding", "index": i,
"embedding": ...}], "model": ..., "usage": {...}}`` with the vector either as a
JSON list (``encoding_format="float"``) or as base64 of little-endian float32
(``"base64"``, which the SDK asks for by default); ``GET /v1/models`` lists
models; a wrong bearer key gets 401 with an ``invalid_api_key`` error body.

Vectors are deterministic per (model, text): the same text always gets the
same unit vector. Failures can be injected: ``fail_next(429, retry_after=2)``
makes the next request(s) answer 429 with a ``retry-after`` header, and any
other status (500, 503 ...) answers a server error.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import numpy as np

MODELS = {"text-embedding-3-small": 1536, "text-embedding-3-large": 3072, "text-embedding-ada-002": 1536,
          "nomic-embed-text": 768}


def fake_vector(model: str, text: str, dimensions: int) -> list[float]:
    """The unit vector the stand-in returns for ``text`` (tests can predict it)."""
    seed = int.from_bytes(hashlib.sha256(f"{model}\0{text}".encode()).digest()[:8], "little")
    vector = np.random.default_rng(seed).standard_normal(dimensions).astype(np.float32)
    vector /= np.linalg.norm(vector)
    return [float(x) for x in vector]


class FakeOpenAI:
    """Serves ``/v1/embeddings`` and ``/v1/models`` on a free port until :meth:`close`."""

    def __init__(self, api_key: str = "sk-test-key") -> None:
        self.api_key = api_key
        self.requests: list[dict[str, Any]] = []  # bodies of embedding requests, in order
        self._failures: list[tuple[int, float | None]] = []
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                fake._handle(self, "GET")

            def do_POST(self) -> None:  # noqa: N802
                fake._handle(self, "POST")

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()

    def fail_next(self, status: int, count: int = 1, retry_after: float | None = None) -> None:
        """Answer the next ``count`` requests with ``status`` (429 carries ``retry-after``)."""
        with self._lock:
            self._failures.extend([(status, retry_after)] * count)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- request handling --------------------------------------------------------------------------------------

    def _handle(self, request: BaseHTTPRequestHandler, method: str) -> None:
        length = int(request.headers.get("Content-Length") or 0)
        raw = request.rfile.read(length) if length else b""
        if request.headers.get("Authorization") != f"Bearer {self.api_key}":
            self._send(request, 401, _error("Incorrect API key provided.", "invalid_request_error",
                                            "invalid_api_key"))
            return
        with self._lock:
            failure = self._failures.pop(0) if self._failures else None
        if failure is not None:
            status, retry_after = failure
            headers = {"retry-after": str(retry_after)} if retry_after is not None else {}
            kind = "rate_limit_exceeded" if status == 429 else "server_error"
            self._send(request, status, _error(f"injected {status}", kind, kind), headers)
            return
        path = request.path.split("?")[0]
        if method == "GET" and path == "/v1/models":
            self._send(request, 200, {"object": "list", "data": [
                {"id": name, "object": "model", "created": 1700000000, "owned_by": "system"} for name in MODELS]})
        elif method == "POST" and path == "/v1/embeddings":
            self._embeddings(request, raw)
        else:
            self._send(request, 404, _error(f"unknown path {path}", "invalid_request_error", "not_found"))

    def _embeddings(self, request: BaseHTTPRequestHandler, raw: bytes) -> None:
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self._send(request, 400, _error("body is not JSON", "invalid_request_error", None))
            return
        self.requests.append(body)
        model, texts = body.get("model"), body.get("input")
        if model not in MODELS:
            self._send(request, 404, _error(f"The model `{model}` does not exist", "invalid_request_error",
                                            "model_not_found"))
            return
        if isinstance(texts, str):
            texts = [texts]
        if not isinstance(texts, list) or not texts or any(not isinstance(t, str) or not t for t in texts):
            self._send(request, 400, _error("'input' must be a non-empty string or array of non-empty strings",
                                            "invalid_request_error", None))
            return
        dimensions = int(body.get("dimensions") or MODELS[model])
        data = []
        for i, text in enumerate(texts):
            vector = fake_vector(model, text, dimensions)
            if body.get("encoding_format", "float") == "base64":
                payload: Any = base64.b64encode(struct.pack(f"<{dimensions}f", *vector)).decode("ascii")
            else:
                payload = vector
            data.append({"object": "embedding", "index": i, "embedding": payload})
        tokens = sum(len(t.split()) for t in texts)
        self._send(request, 200, {"object": "list", "data": data, "model": model,
                                  "usage": {"prompt_tokens": tokens, "total_tokens": tokens}})

    @staticmethod
    def _send(request: BaseHTTPRequestHandler, status: int, body: Any,
              headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            request.send_header(name, value)
        request.end_headers()
        request.wfile.write(data)


def _error(message: str, kind: str, code: str | None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}
