"""The openai SDK's exceptions translated into the application's error family (chat and embeddings).

One place decides what a 401, a 429 or a dropped connection means, so the chat
back-end and the embedder report the same failure the same way. Messages name
the server but never the key: the key is cut out of whatever the server said.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import openai

from secretary.audit import scrub
from secretary.errors import AuthFailed, InvalidInput, RateLimited, RemoteUnavailable, SecretaryError
from services.retry_after import seconds

OPENAI_HOST = "api.openai.com"


def server_host(base_url: str | None) -> str:
    """The host (and port) a client talks to, for messages: ``api.openai.com`` without a base URL."""
    if not base_url:
        return OPENAI_HOST
    parts = urlsplit(base_url if "//" in base_url else f"//{base_url}")
    return parts.netloc.rpartition("@")[2] or base_url  # never user:password@ from the URL


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms`` or ``retry-after``), if it said."""
    response = getattr(exc, "response", None)
    headers = response.headers if response is not None else {}
    value = headers.get("retry-after-ms")
    if value:
        try:
            return max(0.0, float(value) / 1000)
        except ValueError:
            pass
    return seconds(headers.get("retry-after"))


def is_transient(exc: BaseException) -> bool:
    """Whether trying again may help: throttling, timeouts, lost connections and server errors (5xx)."""
    if isinstance(exc, (openai.RateLimitError, openai.APIConnectionError)):  # timeouts are connection errors
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


def translate(exc: openai.OpenAIError, server: str, secret: str | None = None) -> SecretaryError:
    """Our error for an SDK exception; ``server`` starts the sentence ("the chat server at …")."""
    message = str(getattr(exc, "message", "") or exc)
    if secret:
        message = message.replace(secret, "***")
    message = scrub(message)
    if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return AuthFailed(f"{server} rejected the API key: {message}")
    if isinstance(exc, openai.RateLimitError):
        return RateLimited(f"{server} asks to slow down: {message}", retry_after=retry_after(exc))
    if isinstance(exc, openai.APITimeoutError):
        return RemoteUnavailable(f"{server} did not answer in time: {message}")
    if isinstance(exc, openai.APIConnectionError):
        return RemoteUnavailable(f"{server} cannot be reached: {message}")
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code >= 500:
            return RemoteUnavailable(f"{server} failed ({exc.status_code}): {message}")
        return InvalidInput(f"{server} refused the request ({exc.status_code}): {message}")
    return RemoteUnavailable(f"{server} answered unexpectedly: {message}")


@contextmanager
def translated(server: str, secret: str | None = None) -> Iterator[None]:
    """``with translated("the embedding server"):`` turns SDK exceptions into ours."""
    try:
        yield
    except openai.OpenAIError as exc:
        raise translate(exc, server, secret) from exc
