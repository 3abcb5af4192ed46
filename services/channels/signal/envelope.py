"""signal-cli's JSON shapes, parsed: envelopes into messages, receipts into states, send errors into ours.

Field names follow signal-cli's JSON classes (github.com/AsamK/signal-cli,
``src/main/java/org/asamk/signal/json/``): ``JsonMessageEnvelope``
(``source``, ``sourceNumber``, ``sourceUuid``, ``sourceName``, ``timestamp``,
``dataMessage``, ``receiptMessage``), ``JsonDataMessage`` (``message``,
``groupInfo.groupId``, ``mentions``, ``quote``, ``attachments``),
``JsonMention`` (``number``, ``uuid``), ``JsonQuote`` (``author``,
``authorNumber``, ``authorUuid``), ``JsonAttachment`` (``contentType``,
``filename``, ``id``, ``size``; the file is ``<data dir>/attachments/<id>``),
``JsonReceiptMessage`` (``isDelivery``, ``isRead``, ``isViewed``,
``timestamps``) and ``JsonSendMessageResult`` (``type``, ``retryAfterSeconds``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from secretary.channels import MAX_ATTACHMENT_BYTES, MAX_TEXT, Button, IncomingAttachment, IncomingMessage
from secretary.errors import InvalidInput, RateLimited, RemoteUnavailable, SecretaryError

MENTION_PLACEHOLDER = "\ufffc"  # Signal puts one in the text where a mention sits


def envelope_of(params: dict) -> dict:
    """The envelope of a ``receive`` notification (automatic or ``subscribeReceive`` form)."""
    return _dict(params.get("envelope") or _dict(params.get("result")).get("envelope"))


def source_of(envelope: dict) -> str | None:
    """Who sent it: the number, or the uuid when the sender hides their number."""
    source = envelope.get("sourceNumber") or envelope.get("source") or envelope.get("sourceUuid")
    return source if isinstance(source, str) and source else None


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _dicts(value: Any) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def addressed_to(data: dict, ours: set[str]) -> bool:
    """Whether a group message mentions us or quotes one of our messages."""
    for mention in _dicts(data.get("mentions")):
        if {mention.get("number"), mention.get("uuid"), mention.get("name")} & ours:
            return True
    quote = _dict(data.get("quote"))
    return bool({quote.get("author"), quote.get("authorNumber"), quote.get("authorUuid")} & ours)


def read_attachments(items: Iterable[dict], data_dir: Path) -> tuple[list[IncomingAttachment], list[str]]:
    """The attachments signal-cli saved, and a note for each one skipped (too large, unreadable)."""
    found, notes = [], []
    limit_mb = MAX_ATTACHMENT_BYTES // 2**20
    for item in items:
        name = str(item.get("filename") or item.get("id") or "attachment")
        att_id = str(item.get("id") or "")
        if not att_id or Path(att_id).name != att_id or att_id in (".", ".."):  # stay inside attachments/
            notes.append(f"[attachment {name} could not be read]")
            continue
        path = data_dir / "attachments" / att_id
        try:
            if max(int(item.get("size") or 0), path.stat().st_size) > MAX_ATTACHMENT_BYTES:
                notes.append(f"[attachment {name} skipped: larger than {limit_mb} MB]")
                continue
            data = path.read_bytes()
        except (OSError, ValueError):
            notes.append(f"[attachment {name} could not be read]")
            continue
        found.append(IncomingAttachment(name, str(item.get("contentType") or "application/octet-stream"), data))
    return found, notes


def incoming_message(envelope: dict, *, ours: set[str], data_dir: Path) -> IncomingMessage | None:
    """The customer message in an envelope's ``dataMessage``, or None (nothing to answer, or not for us)."""
    source, data = source_of(envelope), _dict(envelope.get("dataMessage"))
    if not source or not data:
        return None
    group_id = _dict(data.get("groupInfo")).get("groupId")
    if group_id and not addressed_to(data, ours):
        return None
    raw = data.get("message")
    text = raw.replace(MENTION_PLACEHOLDER, "").strip() if isinstance(raw, str) else ""
    attachments, notes = read_attachments(_dicts(data.get("attachments")), data_dir)
    if notes:
        text = "\n".join([text, *notes]).strip()
    if not text and not attachments:
        return None  # reactions, group updates, stickers ...
    timestamp = envelope.get("timestamp") or data.get("timestamp")
    return IncomingMessage(
        chat_id=f"group:{group_id}" if group_id else source,
        external_id=f"{source}:{timestamp}",
        text=text[:MAX_TEXT],
        sender_id=source,
        sender_name=envelope.get("sourceName") or None,
        is_group=bool(group_id),
        attachments=tuple(attachments),
    )


def receipt_state(receipt: dict) -> str | None:
    """``"read"`` or ``"delivered"`` for a ``receiptMessage`` (viewed counts as read)."""
    if receipt.get("isRead") or receipt.get("isViewed"):
        return "read"
    return "delivered" if receipt.get("isDelivery") else None


def with_buttons(text: str, buttons: Iterable[Iterable[Button]]) -> str:
    """Signal has no buttons: their labels become a numbered list under the text."""
    labels = [button.text for row in buttons for button in row]
    if not labels:
        return text
    return text.rstrip() + "\n\n" + "\n".join(f"{i}. {label}" for i, label in enumerate(labels, 1))


def error_results(data: Any) -> list[dict]:
    """The per-recipient results signal-cli attaches to an error as ``data.response.results``."""
    response = data.get("response") if isinstance(data, dict) else None
    return list(response.get("results") or []) if isinstance(response, dict) else []


def send_error(code: int, message: str, results: list[dict]) -> SecretaryError:
    """Our error for a failed send. signal-cli's codes: -1 user error, -3 IO error, -4 untrusted key,
    -5 rate limit (newer releases); older ones report failures only in ``results[].type``."""
    types = {r.get("type") for r in results}
    lowered = message.lower()
    if code == -5 or "RATE_LIMIT_FAILURE" in types or "rate limit" in lowered:
        retry = next((r.get("retryAfterSeconds") for r in results if r.get("retryAfterSeconds")), None)
        return RateLimited(f"Signal rate limit: {message}", retry_after=float(retry) if retry else None)
    if code == -4 or "IDENTITY_FAILURE" in types or "untrusted" in lowered:
        return InvalidInput(f"untrusted identity: the recipient's safety number changed ({message})")
    if "UNREGISTERED_FAILURE" in types or "not registered" in lowered:
        return InvalidInput(f"unknown recipient: not registered on Signal ({message})")
    if code in (-1, -32600, -32602):
        return InvalidInput(message)
    return RemoteUnavailable(f"signal-cli could not send: {message}")


def default_data_dir() -> Path:
    """signal-cli's default data folder: ``$XDG_DATA_HOME/signal-cli`` or ``~/.local/share/signal-cli``."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "signal-cli"
