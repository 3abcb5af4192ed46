"""One family of errors for the whole application.

Adapters translate the exceptions of the libraries they wrap into these at the
boundary, so callers (GUI, CLI, HTTP) handle one hierarchy. Each error carries
a stable ``code`` that front ends map to a translated sentence.
"""

from __future__ import annotations


class SecretaryError(Exception):
    """Root of every error the application raises on purpose."""

    code = "error"

    def __init__(self, message: str = "", **details: object) -> None:
        super().__init__(message or self.__class__.__name__)
        self.message = message or self.__class__.__name__
        self.details = details


class InvalidInput(SecretaryError):
    """The caller gave a value the domain rejects (bad key, malformed file...)."""

    code = "invalid_input"


class NotFound(SecretaryError):
    """A record, setting or file that was asked for does not exist."""

    code = "not_found"


class Conflict(SecretaryError):
    """The change clashes with the current state (duplicate, stale version)."""

    code = "conflict"


class NotReady(SecretaryError):
    """A feature is not configured yet (missing token, no model, no list)."""

    code = "not_ready"


class AuthFailed(SecretaryError):
    """A remote service rejected our credentials."""

    code = "auth_failed"


class RateLimited(SecretaryError):
    """A remote service asked us to slow down."""

    code = "rate_limited"

    def __init__(self, message: str = "", retry_after: float | None = None, **details: object) -> None:
        super().__init__(message, **details)
        self.retry_after = retry_after


class RemoteUnavailable(SecretaryError):
    """A remote service could not be reached or answered with a server error."""

    code = "remote_unavailable"


class WorkspaceLocked(SecretaryError):
    """Another process already runs the worker and connectors of this workspace."""

    code = "workspace_locked"


class SecretStoreError(SecretaryError):
    """The secret store cannot be opened (wrong passphrase, damaged file)."""

    code = "secret_store"


class MigrationError(SecretaryError):
    """The database schema could not be brought up to date."""

    code = "migration"
