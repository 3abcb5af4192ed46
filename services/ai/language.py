"""The router's language detector: en, de, uk, ru or "other" (see secretary.ai.langid)."""

from __future__ import annotations

from secretary.ai.langid import detect

__all__ = ["detect"]
