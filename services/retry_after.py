"""The HTTP ``Retry-After`` header in seconds, in both of its forms (delay seconds or an HTTP date)."""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime


def seconds(value: str | None) -> float | None:
    """How long the server asked us to wait, or None when it did not say (or said it unreadably)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:  # the HTTP-date form
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
