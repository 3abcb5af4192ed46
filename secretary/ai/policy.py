"""The firm's AI policies, read from settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from secretary.ai.records import AGENTS


@dataclass(frozen=True)
class Policy:
    """What the AI may do and how it must behave."""

    agents: tuple[str, ...] = AGENTS
    toxicity_action: str = "flag"  # calm | flag | handoff | block
    russian_reply: str = "uk"  # uk | en | handoff
    other_language: str = "en"  # en | de | uk | handoff
    forbidden_topics: tuple[str, ...] = ()
    disclaimer: str = ""
    temperature: float = 0.2
    firm_languages: tuple[str, ...] = ("en", "de", "uk")
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, get: Callable[[str], Any]) -> Policy:
        """Build from a settings getter (``SettingsService.get``)."""
        return cls(agents=tuple(get("ai.agents")), toxicity_action=str(get("ai.toxicity_action")),
                   russian_reply=str(get("ai.russian_reply")), other_language=str(get("ai.other_language")),
                   forbidden_topics=tuple(t.strip() for t in get("ai.forbidden_topics") if t.strip()),
                   disclaimer=str(get("ai.disclaimer")), temperature=float(get("ai.temperature")),
                   firm_languages=tuple(get("firm.languages")))

    def reply_language(self, detected: str, contact_language: str | None = None) -> str | None:
        """The language to answer in, or None when the policy hands the conversation to a person."""
        if detected in ("en", "de", "uk"):
            return detected
        choice = self.russian_reply if detected == "ru" else self.other_language
        if choice == "handoff":
            return None
        if detected == "other" and contact_language in ("en", "de", "uk"):
            return contact_language
        return choice
