"""The one interface every language-model back-end implements (OpenAI, compatible servers)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from secretary.ai.records import Usage


@dataclass(frozen=True)
class ChatMessage:
    """One message of a chat: role is system, user, assistant or tool."""

    role: str
    content: str | None
    tool_calls: tuple[LLMToolCall, ...] = ()
    tool_call_id: str | None = None  # for role "tool": which call this answers


@dataclass(frozen=True)
class LLMToolCall:
    """A function call the model asked for; ``arguments`` is already parsed JSON (or {} if broken)."""

    id: str
    name: str
    arguments: dict[str, Any]
    raw_arguments: str = ""


@dataclass(frozen=True)
class ToolSpec:
    """A function the model may call: name, description and JSON-schema parameters."""

    name: str
    description: str
    parameters: dict[str, Any]


@dataclass(frozen=True)
class Completion:
    """The model's answer: text and/or tool calls, and the tokens it cost."""

    content: str | None
    tool_calls: tuple[LLMToolCall, ...] = ()
    usage: Usage = field(default_factory=Usage)
    model: str = ""


class LLM(Protocol):
    """A chat model with function calling.

    Implementations raise ``RemoteUnavailable`` when the service cannot be
    reached or keeps failing after retries, ``AuthFailed`` for a wrong key and
    ``RateLimited`` when still throttled after retries; never vendor exceptions.
    """

    name: str  # "openai" or "compatible"

    def complete(self, messages: Sequence[ChatMessage], tools: Sequence[ToolSpec] = (),
                 temperature: float = 0.2, on_delta: Callable[[str], None] | None = None) -> Completion:
        """Answer ``messages``; with ``on_delta`` the text is streamed to it piece by piece."""
