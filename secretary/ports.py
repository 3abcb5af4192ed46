"""Protocols for every port the domain talks through."""

from __future__ import annotations

from typing import Protocol

from secretary.records import InboundMessage, Reply


class SecretStore(Protocol):
    """Where API keys and tokens live: the OS keyring or an encrypted file."""

    description: str

    def get(self, name: str) -> str | None:
        """Return the secret ``name`` or None when it is not set."""

    def set(self, name: str, value: str) -> None:
        """Store ``value`` under ``name``, replacing any earlier value."""

    def delete(self, name: str) -> bool:
        """Remove ``name``; True if it existed."""


class Responder(Protocol):
    """Turns a customer's message into the reply to send back."""

    def respond(self, message: InboundMessage) -> Reply:
        """Answer ``message``; must not raise for ordinary customer text."""
