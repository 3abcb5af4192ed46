"""Domain settings: declared in secretary.settings, stored in the database, audited."""

from __future__ import annotations

import copy
import threading
import time
from typing import Any

from secretary.errors import InvalidInput
from secretary.settings import SETTINGS, is_secret_name, setting
from storage import settings_repo
from storage.db import Database

SNAPSHOT_SECONDS = 2.0


class SettingsService:
    """Read and change settings; every change is an audited write.

    Reads come from a snapshot of all stored settings, taken at most every
    :data:`SNAPSHOT_SECONDS` (a reply reads a few dozen settings; one query serves
    them all). Changes made through this object are seen at once; changes by
    another process within the snapshot's lifetime.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._snapshot: dict[str, Any] | None = None
        self._taken = 0.0
        self._lock = threading.Lock()
        self.version = 0  # counts this object's changes (answer helpers re-read the settings when it moves)

    def _stored(self) -> dict[str, Any]:
        with self._lock:
            if self._snapshot is None or time.monotonic() - self._taken > SNAPSHOT_SECONDS:
                with self._db.reading() as session:
                    self._snapshot = settings_repo.load_all(session)
                self._taken = time.monotonic()
            return self._snapshot

    def forget(self) -> None:
        """Drop the snapshot: the next read sees what another process stored."""
        with self._lock:
            self._snapshot = None

    def _changed(self) -> None:
        with self._lock:
            self._snapshot = None
            self.version += 1

    def get(self, key: str) -> Any:
        """The stored value of ``key``, or its declared default."""
        spec = setting(key)
        stored = self._stored()
        value = stored.get(key, spec.default)
        return copy.deepcopy(value) if isinstance(value, list | dict) else value

    def all(self) -> dict[str, Any]:
        """Every declared setting with its current value."""
        self.forget()
        stored = self._stored()
        return {spec.key: stored.get(spec.key, spec.default) for spec in SETTINGS}

    def set(self, key: str, value: Any, actor: str) -> Any:
        """Validate and store ``value``; returns what was stored."""
        if is_secret_name(key):
            raise InvalidInput(f"{key} is a secret: use 'secretary secret set {key}'", key=key)
        clean = setting(key).coerce(value)
        with self._db.writing(actor) as session:
            settings_repo.store(session, key, clean)
        self._changed()
        return clean

    def set_many(self, values: dict[str, Any], actor: str) -> dict[str, Any]:
        """Validate all of ``values`` first, then store them in one transaction."""
        clean = {key: setting(key).coerce(value) for key, value in values.items()}
        with self._db.writing(actor) as session:
            for key, value in clean.items():
                settings_repo.store(session, key, value)
        self._changed()
        return clean

    def reset(self, key: str, actor: str) -> Any:
        """Forget the stored value; returns the default now in force."""
        spec = setting(key)
        with self._db.writing(actor) as session:
            settings_repo.remove(session, key)
        self._changed()
        return spec.default
