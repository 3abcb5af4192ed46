"""A local stand-in of the OpenAI API (chat, embeddings and models) over real HTTP.

The real ``openai`` SDK talks to it through a socket on 127.0.0.1, so the
adapter's request building, response parsing and error translation are all
exercised. It speaks the documented wire format: ``POST /v1/embeddings``
answers ``{"object": "list", "data": [{"object": "embedding", "index": i,
"embedding": ...}], "model": ..., "usage": {...}}`` with the vector either as a
JSON list (``encoding_format="float"``) or as base64 of little-endian float32
(``"base64"``, which the SDK asks for by default); ``GET /v1/models`` lists
models; a wrong bearer key gets 401 with an ``invalid_api_key`` error body.

Vectors are deterministic per (model, text): the same text always gets the
same unit vector. ``POST /v1/chat/completions`` answers from a script
(``script_chat``) or a deterministic default, plain or streamed as server-sent
events; see ``tests/fakes/openai_chat.py``. Every chat request body is kept in
``chat_requests`` (also those answered with an error).

Failures can be injected for any route: ``fail_next(429, retry_after=2)``
makes the next request(s) answer 429 with a ``retry-after`` header, any other
status (500, 503 ...) answers a server error; ``delay_next(seconds)`` holds the
next answer back (for timeouts); ``drop_next()`` closes the connection halfway
through the next answer (mid-stream for a streamed chat).
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import numpy as np

from tests.fakes import openai_chat
from tests.fakes.openai_chat import Scripted

MODELS = {"text-embedding-3-small": 1536, "text-embedding-3-large": 3072, "text-embedding-ada-002": 1536,
          "nomic-embed-text": 768}


def fake_vector(model: str, text: str, dimensions: int) -> list[float]:
    """The unit vector the stand-in returns for ``text`` (tests can predict it)."""
    seed = int.from_bytes(hashlib.sha256(f"{model}\0{text}".encode()).digest()[:8], "little")
    vector = np.random.default_rng(seed).standard_normal(dimensions).astype(np.float32)
    vector /= np.linalg.norm(vector)
    return [float(x) for x in vector]


class FakeOpenAI:
    """Serves ``/v1/chat/completions``, ``/v1/embeddings`` and ``/v1/models`` on a free port until :meth:`close`.

    ``api_key=None`` accepts any key, as local servers (Ollama, llama.cpp) do.
    """

    def __init__(self, api_key: str | None = "sk-test-key") -> None:
        self.api_key = api_key
        self.requests: list[dict[str, Any]] = []  # bodies of embedding requests, in order
        self.chat_requests: list[dict[str, Any]] = []  # bodies of chat requests, in order
        self.chat_authorizations: list[str | None] = []  # the Authorization header of each chat request
        self._failures: list[tuple[int, float | None]] = []
        self._delays: list[float] = []
        self._drops = 0
        self._chat = openai_chat.ChatScript()
        self._completions = 0
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

    def fail_next(self, status: int, retry_after: float | None = None, times: int = 1, *,
                  count: int | None = None) -> None:
        """Answer the next ``times`` requests with ``status`` (429 carries ``retry-after``); ``count`` is an alias."""
        with self._lock:
            self._failures.extend([(status, retry_after)] * (count if count is not None else times))

    def delay_next(self, seconds: float, times: int = 1) -> None:
        """Hold the next ``times`` answers back ``seconds`` each (a client with a shorter timeout gives up)."""
        with self._lock:
            self._delays.extend([seconds] * times)

    def drop_next(self, times: int = 1) -> None:
        """Close the connection halfway through the next ``times`` answers."""
        with self._lock:
            self._drops += times

    def script_chat(self, *responses: Scripted) -> None:
        """Queue chat answers: ``{"content": ...}``, ``{"tool_calls": [{"name", "arguments"}]}`` or callables.

        A callable gets the request body and returns such a dict. Once the queue is
        empty the default behaviour answers again (see ``tests/fakes/openai_chat.py``).
        """
        self._chat.push(*responses)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- request handling --------------------------------------------------------------------------------------

    def _handle(self, request: BaseHTTPRequestHandler, method: str) -> None:
        try:
            self._respond(request, method)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout) before the answer
            request.close_connection = True

    def _respond(self, request: BaseHTTPRequestHandler, method: str) -> None:
        length = int(request.headers.get("Content-Length") or 0)
        raw = request.rfile.read(length) if length else b""
        path = request.path.split("?")[0]
        chat = method == "POST" and path == "/v1/chat/completions"
        body: Any = None
        if chat:
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                body = {"unparsable": raw.decode("utf-8", "replace")}
            self.chat_requests.append(body)
            self.chat_authorizations.append(request.headers.get("Authorization"))
        with self._lock:
            delay = self._delays.pop(0) if self._delays else 0.0
            drop = self._drops > 0
            self._drops -= int(drop)
        if delay:
            time.sleep(delay)
        if self.api_key is not None and request.headers.get("Authorization") != f"Bearer {self.api_key}":
            self._send(request, 401, _error("Incorrect API key provided.", "invalid_request_error",
                                            "invalid_api_key"), drop=drop)
            return
        with self._lock:
            failure = self._failures.pop(0) if self._failures else None
        if failure is not None:
            status, retry_after = failure
            headers = {"retry-after": str(retry_after)} if retry_after is not None else {}
            kind = "rate_limit_exceeded" if status == 429 else "server_error"
            self._send(request, status, _error(f"injected {status}", kind, kind), headers, drop=drop)
            return
        if method == "GET" and path == "/v1/models":
            self._send(request, 200, {"object": "list", "data": [
                {"id": name, "object": "model", "created": 1700000000, "owned_by": "system"} for name in MODELS]},
                drop=drop)
        elif chat:
            self._chat_completion(request, body, drop)
        elif method == "POST" and path == "/v1/embeddings":
            self._embeddings(request, raw, drop)
        else:
            self._send(request, 404, _error(f"unknown path {path}", "invalid_request_error", "not_found"))

    def _chat_completion(self, request: BaseHTTPRequestHandler, body: Any, drop: bool) -> None:
        reason = openai_chat.problem(body)
        if reason:
            self._send(request, 400, _error(reason, "invalid_request_error", None), drop=drop)
            return
        answer = self._chat.answer(body)
        with self._lock:
            self._completions += 1
            number = self._completions
        if not body.get("stream"):
            self._send(request, 200, openai_chat.completion(body, answer, number), drop=drop)
            return
        request.send_response(200)
        request.send_header("Content-Type", "text/event-stream; charset=utf-8")
        request.send_header("Cache-Control", "no-cache")
        request.send_header("Transfer-Encoding", "chunked")
        request.end_headers()
        events = [f"data: {json.dumps(chunk)}\n\n" for chunk in openai_chat.chunks(body, answer, number)]
        events.append("data: [DONE]\n\n")
        if drop:  # a couple of events, then the connection goes without the closing chunk
            events = events[:2]
        for event in events:
            data = event.encode()
            request.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            request.wfile.flush()
        if drop:
            request.close_connection = True
            return
        request.wfile.write(b"0\r\n\r\n")

    def _embeddings(self, request: BaseHTTPRequestHandler, raw: bytes, drop: bool = False) -> None:
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
                                  "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}, drop=drop)

    @staticmethod
    def _send(request: BaseHTTPRequestHandler, status: int, body: Any,
              headers: dict[str, str] | None = None, drop: bool = False) -> None:
        data = json.dumps(body).encode()
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            request.send_header(name, value)
        request.end_headers()
        if drop:  # half the promised body, then the connection closes
            request.wfile.write(data[:len(data) // 2])
            request.close_connection = True
            return
        request.wfile.write(data)


def _error(message: str, kind: str, code: str | None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}
