"""Value types shared by the supervisor, router, agents, back-ends and their callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("en", "de", "uk", "ru", "other")
INTENTS = ("sales", "support", "billing", "operations", "smalltalk", "human")
AGENTS = ("sales", "support", "billing", "operations")
PII_TYPES = ("EMAIL", "PHONE", "IBAN", "CREDIT_CARD", "VAT_ID", "PERSON", "ADDRESS", "DATE_OF_BIRTH")
TOXICITY_ACTIONS = ("calm", "flag", "handoff", "block")


@dataclass(frozen=True)
class PiiSpan:
    """One piece of personal data found in a text: ``text[start:end]`` is of ``type``."""

    type: str  # one of PII_TYPES
    start: int
    end: int
    value: str

    def as_json(self) -> dict[str, Any]:
        """The stable shape ``secretary ai classify`` prints (never the value itself)."""
        return {"type": self.type, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Classification:
    """What the fast, LLM-free analysis of one text found."""

    language: str  # one of LANGUAGES
    intent: str  # one of INTENTS
    intent_confidence: float
    toxic: bool
    toxicity: float  # 0..1
    injection: bool
    pii: tuple[PiiSpan, ...]
    masked: str

    def as_json(self) -> dict[str, Any]:
        """The stable JSON line of ``secretary ai classify``."""
        return {"language": self.language, "intent": self.intent, "toxic": self.toxic,
                "pii": [span.as_json() for span in self.pii], "masked": self.masked}


@dataclass(frozen=True)
class ToolCall:
    """One tool an agent called, with what it was given and what it returned."""

    name: str
    arguments: dict[str, Any]
    result: dict[str, Any]
    error: str | None = None


@dataclass(frozen=True)
class Usage:
    """Tokens spent by one reply (zero for the embedded responder)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class Trace:
    """Everything one orchestrator run decided: shown in the playground and stored with the reply."""

    language: str  # the customer's language as detected
    reply_language: str  # the language the reply is written in
    intent: str
    agent: str | None  # the specialist that answered, None when the supervisor answered itself
    masked_input: str
    flags: tuple[str, ...]  # e.g. "toxic", "injection", "handoff", "ungrounded", "forbidden_topic"
    tool_calls: tuple[ToolCall, ...]
    reply: str
    backend: str  # "embedded", "openai", "compatible", or "embedded (fallback)"
    usage: Usage = field(default_factory=Usage)
    sources: tuple[str, ...] = ()  # citations: document titles the reply is grounded in
    handoff: bool = False
    blocked: bool = False

    def as_json(self) -> dict[str, Any]:
        """The shape ``secretary ai reply --json`` prints and reply metadata stores."""
        return {"language": self.language, "reply_language": self.reply_language, "intent": self.intent,
                "agent": self.agent, "masked_input": self.masked_input, "flags": list(self.flags),
                "tool_calls": [{"name": c.name, "arguments": c.arguments, "result": c.result,
                                "error": c.error} for c in self.tool_calls],
                "reply": self.reply, "backend": self.backend,
                "usage": {"prompt_tokens": self.usage.prompt_tokens,
                          "completion_tokens": self.usage.completion_tokens},
                "sources": list(self.sources), "handoff": self.handoff, "blocked": self.blocked}
