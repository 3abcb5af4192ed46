"""The web chat widget: one <script> tag on the firm's site, a WebSocket on the local server.

The browser connects to ``/widget/{channel_id}/ws``. The connector checks the site
key and the page's ``Origin`` before upgrading, limits what one visitor or address
may send, and hands each message to the inbox as an :class:`IncomingMessage`.
Replies go to every open tab of the visitor; a visitor who is offline reads them
from history on the next connect, so ``send`` succeeds either way.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import hashlib
import hmac
import json
import logging
import re
import time
import unicodedata
import uuid
from collections import OrderedDict
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import WSCloseCode, WSMsgType, web

from secretary.channels import MAX_TEXT, ChannelHealth, IncomingMessage, OutgoingMessage, Sent
from secretary.errors import InvalidInput

log = logging.getLogger(__name__)

SCRIPT = Path(__file__).with_name("widget_static") / "widget.js"
VISITOR_ID = re.compile(r"[0-9a-f]{32,64}")  # the client draws 128 random bits
MESSAGE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}")
COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
MAX_FRAME_BYTES = 20 * 1024  # MAX_TEXT characters of 4-byte UTF-8 plus the envelope
HARD_FRAME_BYTES = 64 * 1024  # beyond this aiohttp closes the socket
MAX_NAME = 80
MAX_CHOICE = 256
HISTORY_LIMIT = 50
SEEN_PER_VISITOR = 256
MAX_TRACKED = 10_000  # visitors or addresses whose buckets and seen ids are remembered
DEFAULT_COLOR = "#2563eb"
Deliver = Callable[[int, IncomingMessage], None]
History = Callable[[str, int], list[dict[str, Any]]]


@dataclass(frozen=True)
class Limits:
    """How much one visitor, one address and one socket may send."""

    visitor_messages: int = 10
    visitor_window: float = 10.0
    ip_messages: int = 60
    ip_window: float = 60.0
    frames: int = 40  # every frame, typing included, per socket
    frames_window: float = 10.0
    sockets_per_ip: int = 8


class _Buckets:
    """Token buckets by key; the least recently used are forgotten past MAX_TRACKED."""

    def __init__(self, capacity: int, window: float) -> None:
        self.capacity = float(capacity)
        self.rate = capacity / window
        self._state: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, key: str) -> bool:
        now = time.monotonic()
        tokens, at = self._state.pop(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - at) * self.rate)
        allowed = tokens >= 1.0
        self._state[key] = (tokens - 1.0 if allowed else tokens, now)
        if len(self._state) > MAX_TRACKED:
            self._state.popitem(last=False)
        return allowed

    def retry_after(self, key: str) -> float:
        tokens, _at = self._state.get(key, (self.capacity, 0.0))
        return round(max(0.0, 1.0 - tokens) / self.rate, 1)


@dataclass(frozen=True)
class VisitorMessage:
    """A message frame from the browser, checked."""

    id: str
    text: str
    choice: str | None
    name: str | None
    language: str | None


def read_message(frame: dict[str, Any]) -> VisitorMessage | str:
    """The checked message of a ``{"type": "message"}`` frame, or the error code to answer with."""
    msg_id, text, choice = frame.get("id"), frame.get("text"), frame.get("choice")
    if not isinstance(msg_id, str) or not MESSAGE_ID.fullmatch(msg_id):
        return "bad_request"
    if not isinstance(text, str) or (choice is not None and not isinstance(choice, str)):
        return "bad_request"
    text = text.strip()
    if len(text) > MAX_TEXT or (choice is not None and len(choice) > MAX_CHOICE):
        return "too_long"
    if not text and not choice:
        return "empty"
    language = frame.get("lang")
    language = language if isinstance(language, str) and LANGUAGE.fullmatch(language) else None
    return VisitorMessage(msg_id, text, choice or None, clean_name(frame.get("name")), language)


def clean_name(value: object) -> str | None:
    """A display name: control characters dropped, whitespace collapsed, at most MAX_NAME characters."""
    if not isinstance(value, str):
        return None
    kept = "".join(ch for ch in value if unicodedata.category(ch)[0] != "C")
    return " ".join(kept.split())[:MAX_NAME].strip() or None


def normalize_origin(value: str) -> str | None:
    """``scheme://host[:port]`` in lower case without a default port, or None if it is not an origin."""
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
        return None
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        return None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    default = 80 if parts.scheme == "http" else 443
    return f"{parts.scheme}://{host}" + (f":{port}" if port not in (None, default) else "")


def appearance(options: dict[str, Any]) -> dict[str, Any]:
    """The widget's look as the config endpoint serves it; anything malformed falls back to defaults."""
    color, language = options.get("color"), options.get("language")
    return {
        "color": color if isinstance(color, str) and COLOR.fullmatch(color) else DEFAULT_COLOR,
        "position": "left" if options.get("position") == "left" else "right",
        "title": _per_language(options.get("title"), 80),
        "greeting": _per_language(options.get("greeting"), 500),
        "language": language if language in ("en", "de", "uk") else None,
        "max_text": MAX_TEXT,
    }


def _per_language(value: object, limit: int) -> dict[str, str]:
    """``{"de": "...", "default": "..."}`` from such a dict or from one string for every language."""
    texts = {"default": value} if isinstance(value, str) else value if isinstance(value, dict) else {}
    return {str(lang)[:8]: str(text)[:limit] for lang, text in texts.items() if text}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _history_item(item: dict[str, Any]) -> dict[str, Any]:
    return {"id": str(item.get("id", "")), "from": "visitor" if item.get("from") == "visitor" else "agent",
            "text": str(item.get("text", "")), "at": str(item.get("at", ""))}


class WidgetConnector:
    """One widget channel: its routes on the local server and its open visitor sockets.

    Everything about sockets runs on the server's event loop; ``send`` and
    ``typing`` hop onto it from any thread.
    """

    def __init__(self, channel_id: int, *, site_key: str, allowed_origins: Sequence[str], history: History,
                 options: dict[str, Any] | None = None, limits: Limits | None = None) -> None:
        if not site_key:
            raise InvalidInput("the widget needs a site key")
        self.channel_id = channel_id
        self.options = appearance(options or {})
        self.limits = limits or Limits()
        self._site_key = site_key.encode()
        self._origins = frozenset(o for o in map(normalize_origin, allowed_origins) if o)
        self._history = history
        self._deliver: Deliver | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._sockets: dict[str, set[web.WebSocketResponse]] = {}
        self._per_ip: dict[str, int] = {}
        self._seen: OrderedDict[str, OrderedDict[str, None]] = OrderedDict()
        self._visitor_buckets = _Buckets(self.limits.visitor_messages, self.limits.visitor_window)
        self._ip_buckets = _Buckets(self.limits.ip_messages, self.limits.ip_window)
        self._last_error: str | None = None

    # -- Connector protocol -------------------------------------------------------------

    def start(self, deliver: Deliver) -> None:
        """Accept visitors; every checked message goes to ``deliver`` (on a worker thread)."""
        self._deliver = deliver

    def stop(self) -> None:
        """Refuse new visitors and close the open sockets; safe to call twice."""
        self._deliver = None
        self._on_loop(self._close_all, wait=True)

    def send(self, message: OutgoingMessage) -> Sent:
        """Push a reply to the visitor's open tabs; an offline visitor gets it from history later."""
        if not VISITOR_ID.fullmatch(message.chat_id):
            raise InvalidInput("not a widget visitor id", chat_id=message.chat_id)
        frame_id = message.idempotency_key or uuid.uuid4().hex
        frame = {"type": "message", "from": "agent", "id": frame_id, "text": message.text,
                 "buttons": [[{"text": b.text, "data": b.data} for b in row] for row in message.buttons],
                 "at": _now()}
        self._on_loop(lambda: self._push(message.chat_id, frame), wait=True)
        return Sent(external_id=frame_id)

    def typing(self, visitor_id: str, on: bool) -> None:
        """Show or hide "typing…" in the visitor's open tabs (does not wait)."""
        self._on_loop(lambda: self._push(visitor_id, {"type": "typing", "on": bool(on)}), wait=False)

    def health(self) -> ChannelHealth:
        """Stopped until started, starting until the local server runs, then running with the visitor count."""
        if self._deliver is None:
            return ChannelHealth("stopped", last_error=self._last_error)
        if self._loop is None or not self._loop.is_running():
            return ChannelHealth("starting", "waiting for the local server", self._last_error)
        return ChannelHealth("running", f"{len(self._sockets)} visitors online", self._last_error)

    # -- mounting on the local server -------------------------------------------------------

    def mount(self, web_app: web.Application) -> None:
        """Add ``/widget.js`` (once per app) and this channel's config and WebSocket routes."""
        if not any(r.canonical == "/widget.js" for r in web_app.router.resources()):
            web_app.router.add_get("/widget.js", serve_script)
        base = f"/widget/{self.channel_id}"
        web_app.router.add_get(f"{base}/config", self._config)
        web_app.router.add_get(f"{base}/ws", self._socket)
        web_app.on_startup.append(self._on_startup)
        web_app.on_shutdown.append(self._on_shutdown)

    async def _on_startup(self, _app: web.Application) -> None:
        self._loop = asyncio.get_running_loop()

    async def _on_shutdown(self, _app: web.Application) -> None:
        await self._close_all()

    def _authorize(self, request: web.Request) -> str:
        if not hmac.compare_digest(request.query.get("key", "").encode(), self._site_key):
            raise web.HTTPForbidden(text="wrong site key")
        origin = request.headers.get("Origin", "")
        if normalize_origin(origin) not in self._origins:
            raise web.HTTPForbidden(text="origin not allowed")
        return origin

    async def _config(self, request: web.Request) -> web.Response:
        origin = self._authorize(request)
        return web.json_response(self.options, headers={
            "Access-Control-Allow-Origin": origin, "Vary": "Origin", "Cache-Control": "no-cache"})

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        self._authorize(request)
        visitor = request.query.get("visitor", "")
        if not VISITOR_ID.fullmatch(visitor):
            raise web.HTTPBadRequest(text="bad visitor id")
        if self._deliver is None:
            raise web.HTTPServiceUnavailable(text="channel stopped")
        ip = request.remote or "unknown"
        if self._per_ip.get(ip, 0) >= self.limits.sockets_per_ip:
            raise web.HTTPTooManyRequests(text="too many connections")
        ws = web.WebSocketResponse(heartbeat=30, max_msg_size=HARD_FRAME_BYTES)
        await ws.prepare(request)
        self._per_ip[ip] = self._per_ip.get(ip, 0) + 1
        self._sockets.setdefault(visitor, set()).add(ws)
        try:
            await ws.send_json({"type": "hello", "visitor": visitor, "max_text": MAX_TEXT,
                                "history": await self._read_history(visitor)})
            frames = _Buckets(self.limits.frames, self.limits.frames_window)
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    await self._on_frame(ws, visitor, ip, msg.data, frames)
                elif msg.type == WSMsgType.BINARY:
                    await _error(ws, "bad_json")
        except (ConnectionError, RuntimeError):
            pass  # the visitor left mid-send
        finally:
            self._forget_socket(visitor, ip, ws)
        return ws

    async def _read_history(self, visitor: str) -> list[dict[str, Any]]:
        try:
            items = await asyncio.to_thread(self._history, visitor, HISTORY_LIMIT)
        except Exception as exc:  # the visitor still chats; the inbox logs its own failure
            log.warning("widget %s: history of a visitor failed: %s", self.channel_id, exc)
            return []
        return [_history_item(item) for item in items[-HISTORY_LIMIT:]]

    def _forget_socket(self, visitor: str, ip: str, ws: web.WebSocketResponse) -> None:
        self._per_ip[ip] -= 1
        if self._per_ip[ip] <= 0:
            del self._per_ip[ip]
        tabs = self._sockets.get(visitor, set())
        tabs.discard(ws)
        if not tabs:
            self._sockets.pop(visitor, None)

    # -- frames from the browser -------------------------------------------------------------

    async def _on_frame(self, ws: web.WebSocketResponse, visitor: str, ip: str, data: str,
                        frames: _Buckets) -> None:
        if len(data.encode()) > MAX_FRAME_BYTES:
            found = re.search(r'"id"\s*:\s*"([0-9a-f-]{36})"', data[:200])
            return await _error(ws, "too_long", found.group(1) if found else None)
        if not frames.take(""):
            return await _error(ws, "rate_limited", retry_after=frames.retry_after(""))
        try:
            frame = json.loads(data)
        except ValueError:
            return await _error(ws, "bad_json")
        if not isinstance(frame, dict):
            return await _error(ws, "bad_json")
        kind = frame.get("type")
        if kind == "typing":
            return None  # nothing shows a visitor's typing yet; the frame bucket bounds it
        if kind == "ping":
            return await ws.send_json({"type": "pong"})
        if kind != "message":
            return await _error(ws, "bad_request")
        return await self._on_message(ws, visitor, ip, frame)

    async def _on_message(self, ws: web.WebSocketResponse, visitor: str, ip: str, frame: dict[str, Any]) -> None:
        message = read_message(frame)
        if isinstance(message, str):
            raw_id = frame.get("id")
            return await _error(ws, message, raw_id if isinstance(raw_id, str) and MESSAGE_ID.fullmatch(raw_id)
                                else None)
        if self._was_seen(visitor, message.id):
            return await ws.send_json({"type": "ack", "id": message.id, "duplicate": True})
        if not self._visitor_buckets.take(visitor):
            return await _error(ws, "rate_limited", message.id, self._visitor_buckets.retry_after(visitor))
        if not self._ip_buckets.take(ip):
            return await _error(ws, "rate_limited", message.id, self._ip_buckets.retry_after(ip))
        deliver = self._deliver
        if deliver is None:
            return await _error(ws, "unavailable", message.id)
        self._remember(visitor, message.id)  # before delivering: a resend racing this one is a duplicate
        incoming = IncomingMessage(chat_id=visitor, external_id=message.id, text=message.text, sender_id=visitor,
                                   sender_name=message.name, choice=message.choice, language_hint=message.language)
        try:
            await asyncio.to_thread(deliver, self.channel_id, incoming)
        except Exception as exc:  # the browser keeps the message queued and sends it again
            self._seen.get(visitor, OrderedDict()).pop(message.id, None)
            self._last_error = f"delivering a widget message failed: {exc}"
            log.exception("widget %s: delivering a message failed", self.channel_id)
            return await _error(ws, "unavailable", message.id)
        await ws.send_json({"type": "ack", "id": message.id})
        echo = {"type": "message", "from": "visitor", "id": message.id, "text": message.text, "at": _now()}
        for tab in list(self._sockets.get(visitor, ())):
            if tab is not ws:
                await _send_quietly(tab, echo)
        return None

    def _was_seen(self, visitor: str, msg_id: str) -> bool:
        seen = self._seen.get(visitor)
        return seen is not None and msg_id in seen

    def _remember(self, visitor: str, msg_id: str) -> None:
        seen = self._seen.pop(visitor, None) or OrderedDict()
        self._seen[visitor] = seen
        seen[msg_id] = None
        if len(seen) > SEEN_PER_VISITOR:
            seen.popitem(last=False)
        if len(self._seen) > MAX_TRACKED:
            self._seen.popitem(last=False)

    # -- pushing to the browser ---------------------------------------------------------------

    async def _push(self, visitor: str, frame: dict[str, Any]) -> None:
        for ws in list(self._sockets.get(visitor, ())):
            await _send_quietly(ws, frame)

    async def _close_all(self) -> None:
        for ws in [ws for tabs in self._sockets.values() for ws in tabs]:
            await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server stopping")

    def _on_loop(self, make: Callable[[], Coroutine[Any, Any, None]], *, wait: bool) -> None:
        """Run ``make()`` on the server loop; from a worker thread, wait up to 5 s if asked."""
        loop = self._loop
        if loop is None or loop.is_closed() or not loop.is_running():
            return  # no server, so no sockets: nothing to push
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            loop.create_task(make())
            return
        future = asyncio.run_coroutine_threadsafe(make(), loop)
        if wait:
            try:
                future.result(timeout=5)
            except (concurrent.futures.TimeoutError, RuntimeError, ConnectionError) as exc:
                future.cancel()
                log.warning("widget %s: pushing to a visitor failed: %s", self.channel_id, exc)


async def _error(ws: web.WebSocketResponse, code: str, msg_id: str | None = None,
                 retry_after: float | None = None) -> None:
    frame: dict[str, Any] = {"type": "error", "code": code}
    if msg_id:
        frame["id"] = msg_id
    if retry_after is not None:
        frame["retry_after"] = retry_after
    await ws.send_json(frame)


async def _send_quietly(ws: web.WebSocketResponse, frame: dict[str, Any]) -> None:
    if ws.closed:
        return
    try:
        await ws.send_json(frame)
    except (ConnectionError, RuntimeError):
        pass  # that tab just closed; the others still get it


@functools.cache
def _script() -> tuple[bytes, str]:
    body = SCRIPT.read_bytes()
    return body, '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


async def serve_script(request: web.Request) -> web.StreamResponse:
    """``GET /widget.js``: the script, cacheable for an hour and revalidated by ETag."""
    body, etag = _script()
    headers = {"ETag": etag, "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"}
    if request.headers.get("If-None-Match") == etag:
        return web.Response(status=304, headers=headers)
    return web.Response(body=body, content_type="application/javascript", charset="utf-8", headers=headers)
