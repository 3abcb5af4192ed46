"""A local stand-in of the Telegram Bot API over real HTTP.

python-telegram-bot talks to it through a socket on 127.0.0.1, so the
connector's request building, long polling, file downloads and error
translation are all exercised. Routes follow the real service:
``/bot<TOKEN>/<method>`` (GET with a query string, or POST with a form-encoded,
multipart or JSON body: PTB posts forms, whose values arrive as strings with
nested values as JSON strings) and ``/file/bot<TOKEN>/<file_path>`` for
downloads. Answers have the documented shape ``{"ok": true, "result": ...}`` or
``{"ok": false, "error_code": N, "description": "...", "parameters": {...}}``;
a wrong token gets 401 ``Unauthorized``.

Methods: getMe, deleteWebhook, setWebhook, getUpdates (long
poll honouring ``timeout``; ``offset`` confirms earlier updates; a newer poll
ends an older one with 409, as Telegram does; 409 too while a webhook is set),
sendMessage (recorded in ``sent``; checks length, empty text, button data and
the replied-to message like the real API), answerCallbackQuery and getFile.

Tests push what customers do with ``push_text``, ``push_callback``,
``push_photo`` and ``push_document`` (see ``tests/fakes/telegram_objects.py``
for the JSON built), inject failures with ``fail_next(method, status,
retry_after=...)``, block a chat with ``block(chat_id)``, and take the server
down and back on the same port with ``close()`` / ``restart()``.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

from tests.fakes import telegram_objects as objects

TOKEN = "123456789:AAH-test-token_0123456789abcdefghij"
MAX_MESSAGE = 4096  # UTF-16 code units, as Telegram counts
DOWNLOAD_LIMIT = 20 * 1024 * 1024  # getFile refuses bigger files
class FakeTelegram:
    """Serves one bot's Bot API on a free port (or ``port``) until :meth:`close`."""

    def __init__(self, token: str = TOKEN, *, username: str = "secretary_test_bot", port: int = 0) -> None:
        self.token = token
        self.bot_user = {"id": int(token.split(":")[0]), "is_bot": True, "first_name": "Secretary",
                         "username": username, "can_join_groups": True,
                         "can_read_all_group_messages": False, "supports_inline_queries": False}
        self.sent: list[dict[str, Any]] = []  # parameters of every accepted sendMessage
        self.answered: list[dict[str, Any]] = []  # parameters of every answerCallbackQuery
        self.calls: list[dict[str, Any]] = []  # {"method", "params", "content_type"} of every API call
        self.webhook: dict[str, Any] = {}
        self.blocked: set[int] = set()
        self._updates: list[dict[str, Any]] = []
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._files: dict[str, tuple[dict[str, Any], bytes]] = {}
        self._failures: dict[str, list[tuple[int, float | None]]] = {}
        self._ids = {"update": 100_000, "message": 0, "file": 0, "callback": 0}
        self._poll_generation = 0
        self._closed = False
        self._cond = threading.Condition()
        self.port = port
        self._serve()

    # -- lifecycle ---------------------------------------------------------------------------------------------

    def _serve(self) -> None:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                fake._handle(self)

            def do_POST(self) -> None:  # noqa: N802
                fake._handle(self)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"  # the connector's api_url
        self._closed = False
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        """Stop answering: the port refuses connections and pending long polls are cut off."""
        with self._cond:
            if self._closed:
                return
            self._closed = True
            self._cond.notify_all()
        self.server.shutdown()
        self.server.server_close()

    def restart(self) -> None:
        """Answer again on the same port, with the same queued updates and records."""
        self.close()
        self._serve()

    def __enter__(self) -> FakeTelegram:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what the customers do ---------------------------------------------------------------------------------

    def push_text(self, chat_id: int, text: str, *, user: dict[str, Any] | None = None,
                  chat_type: str = "private", entities: list[dict[str, Any]] | None = None,
                  reply_to_bot: bool = False, edited: bool = False) -> dict[str, Any]:
        """Queue a text message; mention and command entities are found as Telegram would when not given."""
        message = self._new_message(chat_id, user, chat_type)
        message["text"] = text
        found = entities if entities is not None else objects.entities_in(text)
        if found:
            message["entities"] = found
        if reply_to_bot:
            message["reply_to_message"] = self._bot_message(chat_id, message["chat"])
        self._push({"edited_message" if edited else "message": message})
        return message

    def push_callback(self, chat_id: int, data: str, message_id: int, *,
                      user: dict[str, Any] | None = None) -> str:
        """Queue an inline-button press on the bot's message ``message_id``; returns the query id."""
        with self._cond:
            self._ids["callback"] += 1
            query_id = f"{4_000_000_000 + self._ids['callback']}"
            original = self._messages.get((chat_id, message_id))
        sender = user or objects.customer(chat_id)
        message = original or {"message_id": message_id, "from": self.bot_user, "date": objects.now(),
                               "chat": objects.chat(chat_id, "private", sender), "text": "…"}
        self._push({"callback_query": {"id": query_id, "from": sender, "message": message,
                                       "chat_instance": f"ci{chat_id}", "data": data}})
        return query_id

    def push_photo(self, chat_id: int, data: bytes, *, caption: str | None = None,
                   user: dict[str, Any] | None = None, chat_type: str = "private",
                   file_size: int | None = None) -> dict[str, Any]:
        """Queue a photo in two sizes (a thumbnail and ``data``); ``file_size`` overrides the declared size."""
        message = self._new_message(chat_id, user, chat_type)
        thumb = self._add_file(data[:64], "photos", "jpg")
        full = self._add_file(data, "photos", "jpg", declared=file_size)
        message["photo"] = [{**thumb, "width": 90, "height": 60}, {**full, "width": 1280, "height": 853}]
        if caption is not None:
            message["caption"] = caption
            if found := objects.entities_in(caption):
                message["caption_entities"] = found
        self._push({"message": message})
        return message

    def push_document(self, chat_id: int, data: bytes, *, filename: str = "offer.pdf",
                      mime_type: str = "application/pdf", caption: str | None = None,
                      user: dict[str, Any] | None = None, chat_type: str = "private",
                      file_size: int | None = None) -> dict[str, Any]:
        """Queue a document; ``file_size`` overrides the declared size (to test limits without big data)."""
        message = self._new_message(chat_id, user, chat_type)
        described = self._add_file(data, "documents", filename.rsplit(".", 1)[-1], declared=file_size)
        message["document"] = {**described, "file_name": filename, "mime_type": mime_type}
        if caption is not None:
            message["caption"] = caption
        self._push({"message": message})
        return message

    def block(self, chat_id: int) -> None:
        """The customer blocks the bot: sending to the chat answers 403 from now on."""
        self.blocked.add(chat_id)

    def fail_next(self, method: str, status: int, retry_after: float | None = None, times: int = 1) -> None:
        """Answer the next ``times`` calls of ``method`` with ``status`` (429 carries ``retry_after``)."""
        with self._cond:
            self._failures.setdefault(method.lower(), []).extend([(status, retry_after)] * times)

    def pending(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by a getUpdates offset."""
        with self._cond:
            return list(self._updates)

    def calls_of(self, method: str) -> list[dict[str, Any]]:
        return [call for call in self.calls if call["method"].lower() == method.lower()]

    # -- helpers -----------------------------------------------------------------------------------------------

    def _new_message(self, chat_id: int, user: dict[str, Any] | None, chat_type: str) -> dict[str, Any]:
        sender = user or objects.customer(chat_id if chat_type == "private" else 5001)
        with self._cond:
            self._ids["message"] += 1
            message = {"message_id": self._ids["message"], "from": sender, "date": objects.now(),
                       "chat": objects.chat(chat_id, chat_type, sender)}
            self._messages[(chat_id, message["message_id"])] = message
        return message

    def _bot_message(self, chat_id: int, chat: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            mine = [m for (c, _), m in self._messages.items() if c == chat_id and m["from"].get("is_bot")]
            if mine:
                return mine[-1]
            self._ids["message"] += 1
            message = {"message_id": self._ids["message"], "from": self.bot_user, "date": objects.now(),
                       "chat": chat, "text": "How can I help?"}
            self._messages[(chat_id, message["message_id"])] = message
            return message

    def _add_file(self, data: bytes, folder: str, extension: str, declared: int | None = None) -> dict[str, Any]:
        with self._cond:
            self._ids["file"] += 1
            number = self._ids["file"]
            described = {"file_id": f"FILE{number:06d}", "file_unique_id": f"U{number:06d}",
                         "file_size": declared if declared is not None else len(data)}
            self._files[described["file_id"]] = ({**described, "file_path": f"{folder}/file_{number}.{extension}"},
                                                 data)
        return described

    def _push(self, content: dict[str, Any]) -> None:
        with self._cond:
            self._ids["update"] += 1
            self._updates.append({"update_id": self._ids["update"], **content})
            self._cond.notify_all()

    # -- request handling --------------------------------------------------------------------------------------

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        try:
            self._respond(request)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (stopped) before the answer
            request.close_connection = True

    def _respond(self, request: BaseHTTPRequestHandler) -> None:
        url = urlsplit(request.path)
        length = int(request.headers.get("Content-Length") or 0)
        raw = request.rfile.read(length) if length else b""
        parts = unquote(url.path).lstrip("/").split("/")  # PTB quotes the ":" of the token in file URLs
        if parts[0] == "file" and len(parts) > 2:
            self._download(request, parts[1], "/".join(parts[2:]))
            return
        if len(parts) != 2 or not parts[0].startswith("bot"):
            self._answer(request, objects.ApiError(404, "Not Found"))
            return
        content_type = request.headers.get("Content-Type", "")
        try:
            params = objects.parse_params(raw, content_type, url.query)
        except ValueError as exc:
            self._answer(request, objects.ApiError(400, f"Bad Request: {exc}"))
            return
        method = parts[1]
        self.calls.append({"method": method, "params": params, "content_type": content_type.split(";")[0]})
        if parts[0][3:] != self.token:
            self._answer(request, objects.ApiError(401, "Unauthorized"))
            return
        try:
            self._inject_failure(method)
            result = self._call(method.lower(), params)
        except objects.ApiError as exc:
            self._answer(request, exc)
            return
        except _Cut:
            request.close_connection = True  # no answer at all: the client sees the connection drop
            return
        self._answer(request, result)

    def _inject_failure(self, method: str) -> None:
        with self._cond:
            queue = self._failures.get(method.lower())
            failure = queue.pop(0) if queue else None
        if failure is None:
            return
        status, retry_after = failure
        if status == 429:
            wait = int(retry_after or 1)
            raise objects.ApiError(429, f"Too Many Requests: retry after {wait}", {"retry_after": wait})
        raise objects.ApiError(status, objects.ERRORS.get(status, "Error"))

    def _call(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getme":
            return self.bot_user
        if method == "deletewebhook":
            with self._cond:
                self.webhook = {}
                if params.get("drop_pending_updates"):
                    self._updates.clear()
            return True
        if method == "setwebhook":
            self.webhook = {"url": params.get("url", ""), "secret_token": params.get("secret_token")}
            return True
        if method == "getupdates":
            return self._get_updates(params)
        if method == "sendmessage":
            return self._send_message(params)
        if method == "answercallbackquery":
            if not params.get("callback_query_id"):
                raise objects.ApiError(400, "Bad Request: query is too old and response timeout expired "
                                            "or query ID is invalid")
            self.answered.append(params)
            return True
        if method == "getfile":
            stored = self._files.get(str(params.get("file_id")))
            if stored is None:
                raise objects.ApiError(400, "Bad Request: invalid file_id")
            if stored[0]["file_size"] > DOWNLOAD_LIMIT:
                raise objects.ApiError(400, "Bad Request: file is too big")
            return stored[0]
        raise objects.ApiError(404, "Not Found")

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook.get("url"):
            raise objects.ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                "use deleteWebhook to delete the webhook first")
        offset, timeout = int(params.get("offset") or 0), float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        allowed = params.get("allowed_updates") or None
        with self._cond:
            self._poll_generation += 1
            generation = self._poll_generation
            self._cond.notify_all()  # an older poll still waiting is ended with 409
            if offset > 0:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]

            def ready() -> list[dict[str, Any]]:
                chosen = self._updates[offset:] if offset < 0 else self._updates
                return [u for u in chosen if not allowed or any(kind in u for kind in allowed)][:limit]

            self._cond.wait_for(lambda: self._closed or generation != self._poll_generation or ready(),
                                timeout=timeout)
            if self._closed:
                raise _Cut
            if generation != self._poll_generation:
                raise objects.ApiError(409, "Conflict: terminated by other getUpdates request; make sure that only "
                                    "one bot instance is running")
            return ready()

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, text = params.get("chat_id"), str(params.get("text") or "")
        if not isinstance(chat_id, int):
            raise objects.ApiError(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            raise objects.ApiError(403, "Forbidden: bot was blocked by the user")
        if not text.strip():
            raise objects.ApiError(400, "Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > MAX_MESSAGE:
            raise objects.ApiError(400, "Bad Request: message is too long")
        markup = params.get("reply_markup")
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                if len(str(button.get("callback_data", "")).encode()) > 64:
                    raise objects.ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        reply = params.get("reply_parameters") or {}
        if params.get("reply_to_message_id"):
            reply = {"message_id": params["reply_to_message_id"],
                     "allow_sending_without_reply": params.get("allow_sending_without_reply", False)}
        with self._cond:
            original = self._messages.get((chat_id, int(reply.get("message_id") or 0)))
            if reply.get("message_id") and original is None and not reply.get("allow_sending_without_reply"):
                raise objects.ApiError(400, "Bad Request: message to be replied not found")
            self._ids["message"] += 1
            known = next((m["chat"] for (c, _), m in self._messages.items() if c == chat_id), None)
            message: dict[str, Any] = {"message_id": self._ids["message"], "from": self.bot_user,
                                       "date": objects.now(), "text": text,
                                       "chat": known or objects.chat(chat_id, "private", objects.customer(chat_id))}
            if markup:
                message["reply_markup"] = markup
            if original is not None:
                message["reply_to_message"] = original
            self._messages[(chat_id, message["message_id"])] = message
            self.sent.append({**params, "message_id": message["message_id"]})
        return message

    def _download(self, request: BaseHTTPRequestHandler, prefix: str, path: str) -> None:
        if prefix != f"bot{self.token}":
            self._answer(request, objects.ApiError(401, "Unauthorized"))
            return
        data = next((data for described, data in self._files.values() if described["file_path"] == path), None)
        if data is None:
            self._answer(request, objects.ApiError(404, "Not Found"))
            return
        request.send_response(200)
        request.send_header("Content-Type", "application/octet-stream")
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)

    @staticmethod
    def _answer(request: BaseHTTPRequestHandler, result: Any) -> None:
        if isinstance(result, objects.ApiError):
            status = result.status
            body: dict[str, Any] = {"ok": False, "error_code": result.status, "description": result.description}
            if result.parameters:
                body["parameters"] = result.parameters
        else:
            status, body = 200, {"ok": True, "result": result}
        data = json.dumps(body).encode()
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)


class _Cut(Exception):
    """The server went down while a long poll waited."""

