"""Shared pieces of the Telegram connector tests: the stand-in, a recording inbox, waiting."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from secretary.channels import IncomingMessage
from services.channels.telegram import TelegramConnector
from tests.fakes.telegram_api import FakeTelegram


class Inbox:
    """A ``deliver`` callback that records messages; ``fail_on[text] = n`` makes it raise n times for that text."""

    def __init__(self) -> None:
        self.messages: list[IncomingMessage] = []
        self.calls: list[str] = []
        self.fail_on: dict[str, int] = {}
        self._lock = threading.Lock()

    def __call__(self, channel_id: int, message: IncomingMessage) -> None:
        assert channel_id == 7
        with self._lock:
            self.calls.append(message.text)
            if self.fail_on.get(message.text, 0) > 0:
                self.fail_on[message.text] -= 1
                raise RuntimeError("the inbox database is locked")
            self.messages.append(message)

    def texts(self) -> list[str]:
        with self._lock:
            return [m.text for m in self.messages]

    def wait(self, count: int, timeout: float = 5.0) -> list[IncomingMessage]:
        eventually(lambda: len(self.messages) >= count, timeout, f"{count} messages, got {self.texts()}")
        return list(self.messages)


def eventually(check: Callable[[], Any], timeout: float = 5.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


class Harness:
    """Builds connectors against one stand-in and stops them all at the end."""

    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake
        self.saved: list[dict[str, Any]] = []
        self.connectors: list[TelegramConnector] = []

    def connector(self, *, token: str | None = None, state: dict[str, Any] | None = None,
                  poll_timeout: int = 1) -> TelegramConnector:
        connector = TelegramConnector(7, token or self.fake.token, api_url=self.fake.url, state=state,
                                      save_state=self.saved.append, poll_timeout=poll_timeout)
        connector.retry_base = 0.05
        connector.send_timeout = 5.0
        self.connectors.append(connector)
        return connector

    def started(self, inbox: Inbox, **options: Any) -> TelegramConnector:
        connector = self.connector(**options)
        connector.start(inbox)
        eventually(lambda: connector.health().state == "running", what="the connector to run")
        return connector

    def consumed(self) -> None:
        """Wait until every queued update was delivered and its offset saved."""
        last = self.fake._ids["update"]
        eventually(lambda: self.saved and self.saved[-1].get("offset") == last + 1, what=f"offset {last + 1}")


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    with FakeTelegram() as server:
        yield server


@pytest.fixture
def harness(fake: FakeTelegram) -> Iterator[Harness]:
    made = Harness(fake)
    yield made
    for connector in made.connectors:
        connector.stop()


@pytest.fixture
def inbox() -> Inbox:
    return Inbox()
