"""Storing and removing integration secrets, with an audit entry that never holds the value."""

from __future__ import annotations

from secretary.errors import InvalidInput
from secretary.ports import SecretStore
from secretary.settings import secret_spec
from storage import audit
from storage.db import Database

MAX_SECRET_LENGTH = 8192


class SecretsService:
    """The only way the application changes a secret."""

    def __init__(self, db: Database, store: SecretStore) -> None:
        self._db = db
        self._store = store

    @property
    def store_description(self) -> str:
        return self._store.description

    def get(self, name: str) -> str | None:
        """The secret's value, for adapters that need it; None when not set."""
        secret_spec(name)
        return self._store.get(name)

    def is_set(self, name: str) -> bool:
        return self.get(name) is not None

    def set(self, name: str, value: str, actor: str) -> None:
        """Store ``value`` under the declared secret ``name``."""
        secret_spec(name)
        value = value.strip()
        if not value:
            raise InvalidInput(f"{name}: the value is empty", key=name)
        if len(value) > MAX_SECRET_LENGTH or "\n" in value:
            raise InvalidInput(f"{name}: the value must be one line of at most {MAX_SECRET_LENGTH} characters",
                               key=name)
        had = self._store.get(name) is not None
        with self._db.writing(actor) as session:  # audit first: a refused audit row stores nothing
            audit.record(session, "secret.set", "secret", name, {"set": had}, {"set": True})
            session.flush()
            self._store.set(name, value)

    def delete(self, name: str, actor: str) -> bool:
        """Remove ``name``; True if it was set."""
        secret_spec(name)
        if self._store.get(name) is None:
            return False
        with self._db.writing(actor) as session:
            audit.record(session, "secret.delete", "secret", name, {"set": True}, {"set": False})
            session.flush()
            self._store.delete(name)
        return True
