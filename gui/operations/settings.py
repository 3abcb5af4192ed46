"""One-line operations for settings, secrets and connection tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from gui.operations import Op, op
from secretary.settings import SECRETS
from services import integrations
from services.app import App

translate = QCoreApplication.translate


def save_settings(parent: QObject, app: App, values: dict[str, Any], actor: str) -> Op:
    """Validate and store ``values`` in one transaction; the result is what was stored."""
    return op(parent, lambda: app.settings.set_many(values, actor)).with_progress(
        translate("Operations", "Saving settings…"))


def set_secret(parent: QObject, app: App, name: str, value: str, actor: str) -> Op:
    return op(parent, lambda: app.secrets.set(name, value, actor)).with_progress(
        translate("Operations", "Storing a secret…"))


def delete_secret(parent: QObject, app: App, name: str, actor: str) -> Op:
    return op(parent, lambda: app.secrets.delete(name, actor)).with_progress(
        translate("Operations", "Removing a secret…"))


def secret_states(parent: QObject, app: App) -> Op:
    """``{secret name: is set}`` for every declared secret (the store may be a slow keyring)."""
    return op(parent, lambda: {spec.name: app.secrets.is_set(spec.name) for spec in SECRETS})


def check_integration(parent: QObject, app: App, name: str) -> Op:
    """Run the integration's connection test; the result is a CheckResult."""
    return op(parent, lambda: integrations.check(app, name)).with_progress(
        translate("Operations", "Testing the connection…"))


def load_status(parent: QObject, app: App) -> Op:
    """The workspace's StatusReport (row counts, schema, lock holder)."""
    return op(parent, app.status)
