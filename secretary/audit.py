"""Rules for what an audit entry may hold.

Audit rows record who changed what, with old and new values, but never a
secret: any field whose name looks like it holds one is replaced by a marker.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

REDACTED = "***"
_SECRET_FIELD = re.compile(r"(password|passphrase|secret|token|api_?key|private_?key|credential|oauth)",
                           re.IGNORECASE)

ACTOR_SYSTEM = "system"
ACTOR_AI = "ai"


def is_secret_field(name: str) -> bool:
    """True if a field called ``name`` must not appear in clear in an audit entry."""
    return bool(_SECRET_FIELD.search(name))


def redact(values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Copy ``values`` with every secret-looking field (at any depth) replaced by ``***``."""
    if values is None:
        return None
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if is_secret_field(str(key)):
            clean[key] = REDACTED if value is not None else None
        elif isinstance(value, Mapping):
            clean[key] = redact(value)
        else:
            clean[key] = value
    return clean


def user_actor(user_id: int | str) -> str:
    """Actor string for a staff member, as stored in ``audit_logs.actor``."""
    return f"user:{user_id}"


def job_actor(name: str) -> str:
    """Actor string for a background job, e.g. ``job:recover``."""
    return f"job:{name}"


_SECRET_VALUE = re.compile(
    r"(?P<telegram>(?<![0-9])\d{6,12}:[A-Za-z0-9_-]{30,})"  # Telegram bot token (also inside "bot<token>")
    r"|(?P<key>\b(?:sk|pk|rk|whsec)_(?:live|test)_[A-Za-z0-9]{8,}\b)"  # Stripe keys and signing secrets
    r"|(?P<openai>\bsk-[A-Za-z0-9_-]{16,}\b)"  # OpenAI-style keys
    r"|(?P<bearer>(?<=Bearer )[A-Za-z0-9._~+/-]{16,}=*)")


def scrub(text: str) -> str:
    """Replace anything in ``text`` that looks like a token or API key with ``***``."""
    return _SECRET_VALUE.sub(REDACTED, text)
