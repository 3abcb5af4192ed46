"""The router's language detector: en, de, uk, ru or "other"."""

from __future__ import annotations

from services.language import KNOWN, detect_language


def detect(text: str) -> str:
    """One of en, de, uk, ru, other (too little text to tell counts as other)."""
    code = detect_language(text)
    return code if code in KNOWN else "other"
