"""Domain settings: declared in secretary.settings, stored in the database, audited."""

from __future__ import annotations

from typing import Any

from secretary.errors import InvalidInput
from secretary.settings import SETTINGS, is_secret_name, setting
from storage import settings_repo
from storage.db import Database


class SettingsService:
    """Read and change settings; every change is an audited write."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> Any:
        """The stored value of ``key``, or its declared default."""
        spec = setting(key)
        with self._db.reading() as session:
            found, value = settings_repo.load(session, key)
        return value if found else spec.default

    def all(self) -> dict[str, Any]:
        """Every declared setting with its current value."""
        with self._db.reading() as session:
            stored = settings_repo.load_all(session)
        return {spec.key: stored.get(spec.key, spec.default) for spec in SETTINGS}

    def set(self, key: str, value: Any, actor: str) -> Any:
        """Validate and store ``value``; returns what was stored."""
        if is_secret_name(key):
            raise InvalidInput(f"{key} is a secret: use 'secretary secret set {key}'", key=key)
        clean = setting(key).coerce(value)
        with self._db.writing(actor) as session:
            settings_repo.store(session, key, clean)
        return clean

    def set_many(self, values: dict[str, Any], actor: str) -> dict[str, Any]:
        """Validate all of ``values`` first, then store them in one transaction."""
        clean = {key: setting(key).coerce(value) for key, value in values.items()}
        with self._db.writing(actor) as session:
            for key, value in clean.items():
                settings_repo.store(session, key, value)
        return clean

    def reset(self, key: str, actor: str) -> Any:
        """Forget the stored value; returns the default now in force."""
        spec = setting(key)
        with self._db.writing(actor) as session:
            settings_repo.remove(session, key)
        return spec.default
