"""An in-process channel connector for pipeline tests: records what it sends, fails on request."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable

from secretary.channels import ChannelHealth, IncomingMessage, OutgoingMessage, Sent
from secretary.errors import InvalidInput, RemoteUnavailable


class FakeConnector:
    """Implements the Connector protocol without any network."""

    def __init__(self, channel_id: int) -> None:
        self.channel_id = channel_id
        self.sent: list[OutgoingMessage] = []
        self.deliver: Callable[[int, IncomingMessage], None] | None = None
        self.fail_with: list[Exception] = []
        self._ids = itertools.count(1000)
        self._lock = threading.Lock()

    def start(self, deliver: Callable[[int, IncomingMessage], None]) -> None:
        self.deliver = deliver

    def stop(self) -> None:
        self.deliver = None

    def push(self, chat_id: str, external_id: str, text: str, **extra: object) -> None:
        """A customer message arriving on this channel."""
        assert self.deliver is not None, "connector not started"
        self.deliver(self.channel_id, IncomingMessage(chat_id=chat_id, external_id=external_id, text=text,
                                                      **extra))  # type: ignore[arg-type]

    def fail_next(self, *errors: Exception) -> None:
        self.fail_with.extend(errors)

    def send(self, message: OutgoingMessage) -> Sent:
        with self._lock:
            if self.fail_with:
                raise self.fail_with.pop(0)
            self.sent.append(message)
            return Sent(external_id=f"out-{next(self._ids)}")

    def health(self) -> ChannelHealth:
        return ChannelHealth("running" if self.deliver else "stopped")


__all__ = ["FakeConnector", "InvalidInput", "RemoteUnavailable"]
