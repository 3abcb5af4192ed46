"""What flows between the channel connectors (Telegram, Signal, web widget) and the inbox.

A connector turns the channel's own updates into :class:`IncomingMessage` and
hands them to the inbox; the inbox hands :class:`OutgoingMessage` back to the
connector to send. Connectors never touch the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

CHANNEL_TYPES = ("telegram", "signal", "widget")
MAX_TEXT = 4000  # characters of one customer message kept (Telegram's own limit is 4096)
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
ALLOWED_MIME_PREFIXES = ("image/", "text/plain", "application/pdf", "audio/", "video/")
ALLOWED_MIME_TYPES = frozenset({
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/msword", "application/vnd.ms-excel", "application/vnd.oasis.opendocument.text",
    "text/csv", "application/zip",
})


@dataclass(frozen=True)
class IncomingAttachment:
    """A file the customer sent: its bytes, name and declared type."""

    filename: str
    mime_type: str
    data: bytes


@dataclass(frozen=True)
class IncomingMessage:
    """One customer message as a connector received it.

    ``external_id`` is the channel's own id of the message (unique per channel),
    so a re-delivered update is stored once. ``chat_id`` identifies the
    conversation (a Telegram chat, a Signal number or group, a widget visitor).
    ``choice`` carries the data of a pressed inline button instead of text.
    """

    chat_id: str
    external_id: str
    text: str
    sender_id: str | None = None
    sender_name: str | None = None
    is_group: bool = False
    attachments: tuple[IncomingAttachment, ...] = ()
    choice: str | None = None
    language_hint: str | None = None  # e.g. Telegram's user.language_code


@dataclass(frozen=True)
class Button:
    """An inline button: the label shown and the data sent back when pressed."""

    text: str
    data: str


@dataclass(frozen=True)
class OutgoingMessage:
    """A reply to send: text, optional inline buttons, the message it answers."""

    chat_id: str
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    reply_to_external_id: str | None = None
    idempotency_key: str | None = None  # channels that can deduplicate use it (the widget does)


@dataclass(frozen=True)
class Sent:
    """The channel accepted the message; its own id for it."""

    external_id: str | None


@dataclass(frozen=True)
class ChannelHealth:
    """What the GUI and ``channel list`` show about a running connector."""

    state: str  # starting | running | degraded | stopped | failed
    detail: str = ""
    last_error: str | None = None
    restarts: int = 0


class Connector(Protocol):
    """One channel account: receives messages in the background and sends replies.

    ``send`` raises ``RemoteUnavailable`` (retry later), ``RateLimited`` (retry after)
    or ``InvalidInput`` (never retry: e.g. the chat blocked the bot).
    """

    channel_id: int

    def start(self, deliver: Callable[[int, IncomingMessage], None]) -> None:
        """Start receiving; call ``deliver(channel_id, message)`` for every message (from any thread)."""

    def stop(self) -> None:
        """Stop receiving and release resources; safe to call twice."""

    def send(self, message: OutgoingMessage) -> Sent:
        """Send one message now (blocking)."""

    def health(self) -> ChannelHealth:
        """The connector's current state."""


@dataclass
class ChannelInfo:
    """A configured channel as listed by ``secretary channel list``."""

    id: int
    type: str
    name: str
    is_active: bool
    config: dict[str, object] = field(default_factory=dict)
