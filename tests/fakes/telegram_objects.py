"""Bot API JSON objects and request parsing for the Telegram stand-in (``tests/fakes/telegram_api.py``).

Shapes follow https://core.telegram.org/bots/api (User, Chat, Message,
MessageEntity). Entity offsets and lengths count UTF-16 code units, as the real
API does, so emoji before a mention shift it the way clients see it.
"""

from __future__ import annotations

import json
import re
import time
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qs

# Parameters whose form value is a JSON string (PTB serialises nested values that way).
NESTED = {"reply_markup", "reply_parameters", "allowed_updates", "entities", "caption_entities",
          "link_preview_options"}
INTEGERS = {"chat_id", "offset", "limit", "timeout", "message_id", "reply_to_message_id", "cache_time"}
BOOLEANS = {"allow_sending_without_reply", "drop_pending_updates", "show_alert", "disable_notification"}
_ENTITY = re.compile(r"(?<![\w@])(@[A-Za-z0-9_]{5,32})|^(/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{5,32})?)")


ERRORS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden: bot was blocked by the user",
          404: "Not Found", 409: "Conflict", 429: "Too Many Requests", 500: "Internal Server Error",
          502: "Bad Gateway", 503: "Service Unavailable"}


class ApiError(Exception):
    """An error answer: ``{"ok": false, "error_code": status, "description": ..., "parameters": ...}``."""

    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


def now() -> int:
    return int(time.time())


def customer(user_id: int, first_name: str = "Olena", last_name: str | None = "Shevchenko",
             language_code: str | None = "uk") -> dict[str, Any]:
    """A customer's User object."""
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name,
                            "username": f"{first_name.lower()}{user_id}"}
    if last_name:
        user["last_name"] = last_name
    if language_code:
        user["language_code"] = language_code
    return user


def chat(chat_id: int, chat_type: str, user: dict[str, Any]) -> dict[str, Any]:
    """A Chat object: private chats carry the customer's names, groups a title."""
    if chat_type == "private":
        return {"id": chat_id, "type": "private", "first_name": user.get("first_name", ""),
                **{k: user[k] for k in ("last_name", "username") if k in user}}
    return {"id": chat_id, "type": chat_type, "title": "Office chat"}


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities_in(text: str) -> list[dict[str, Any]]:
    """The ``mention`` and ``bot_command`` entities Telegram would attach to ``text``."""
    found = []
    for match in _ENTITY.finditer(text):
        kind = "mention" if match.group(1) else "bot_command"
        start = match.start(1) if match.group(1) else match.start(2)
        found.append({"type": kind, "offset": utf16_len(text[:start]), "length": utf16_len(match.group(0))})
    return found


def text_mention(text: str, part: str, user: dict[str, Any]) -> dict[str, Any]:
    """A ``text_mention`` entity over ``part`` of ``text`` (a mention of a user without a username)."""
    start = text.index(part)
    return {"type": "text_mention", "offset": utf16_len(text[:start]), "length": utf16_len(part), "user": user}


def parse_params(raw: bytes, content_type: str, query: str) -> dict[str, Any]:
    """Request parameters from a query string and a form, multipart or JSON body, typed like the JSON form."""
    params: dict[str, Any] = {k: v[-1] for k, v in parse_qs(query).items()}
    kind = content_type.split(";")[0].strip().lower()
    if raw and kind == "application/json":
        body = json.loads(raw)
        if not isinstance(body, dict):
            raise ValueError("the JSON body must be an object")
        params.update(body)
    elif raw and kind == "multipart/form-data":
        message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if name:
                params[str(name)] = part.get_content() if part.get_content_maintype() == "text" else \
                    part.get_payload(decode=True)
    elif raw:
        params.update({k: v[-1] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()})
    for name, value in list(params.items()):
        if not isinstance(value, str):
            continue
        if name in NESTED:
            params[name] = json.loads(value) if value else None
        elif name in INTEGERS and re.fullmatch(r"-?\d+", value):
            params[name] = int(value)
        elif name in BOOLEANS:
            params[name] = value.lower() in ("true", "1")
    if isinstance(params.get("reply_parameters"), dict):
        reply = params["reply_parameters"]
        reply["message_id"] = int(reply.get("message_id") or 0)
    return params
