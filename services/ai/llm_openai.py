"""The chat back-end for OpenAI and any OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio).

The SDK's own retries are off (``max_retries=0``): this class retries itself,
so the schedule is deterministic and tests inject ``sleep``. Throttling (429,
honouring ``retry-after``), server errors (5xx), lost connections and timeouts
are retried with exponential backoff and a little jitter; 4xx never are. A
streamed answer is not retried once text has reached ``on_delta``: the caller
already showed it, and a second answer would not continue the first.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import openai

from secretary.ai.llm import ChatMessage, Completion, LLMToolCall, ToolSpec
from secretary.ai.records import Usage
from secretary.errors import NotReady, RemoteUnavailable
from services.openai_errors import is_transient, retry_after, server_host, translate

log = logging.getLogger(__name__)

PLACEHOLDER_KEY = "not-needed"  # local servers ignore the key, but the SDK insists on one
JITTER = 0.1  # up to 10 % added to each computed backoff, so clients that failed together spread out


class OpenAIChat:
    """Implements ``secretary.ai.llm.LLM`` over the chat completions API."""

    def __init__(self, model: str, api_key: str | None, base_url: str | None = None, name: str = "openai",
                 timeout: float = 30.0, max_retries: int = 3, backoff: float = 0.5, max_backoff: float = 8.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if not api_key and name != "compatible":
            raise NotReady("no OpenAI API key is set")
        self.name = name
        self.model = model
        self.base_url = base_url
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._sleep = sleep
        self._random = random.Random()
        self._secret = api_key or None
        self.server = f"the chat server at {server_host(base_url)}"
        self._client = openai.OpenAI(api_key=api_key or PLACEHOLDER_KEY, base_url=base_url, timeout=timeout,
                                     max_retries=0)

    def complete(self, messages: Sequence[ChatMessage], tools: Sequence[ToolSpec] = (),
                 temperature: float = 0.2, on_delta: Callable[[str], None] | None = None) -> Completion:
        """Answer ``messages``; with ``on_delta`` the text is streamed to it piece by piece."""
        request: dict[str, Any] = {"model": self.model, "messages": [wire_message(m) for m in messages],
                                   "temperature": temperature}
        if tools:  # OpenAI refuses an empty tools array
            request["tools"] = [wire_tool(t) for t in tools]
        attempt = 0
        while True:
            progress = _Progress()
            try:
                if on_delta is None:
                    return self._once(request)
                return self._streamed(request, on_delta, progress)
            except openai.OpenAIError as exc:
                if progress.emitted or not is_transient(exc) or attempt >= self.max_retries:
                    if progress.emitted:
                        raise RemoteUnavailable(f"{self.server} broke off its answer midway; try again") from exc
                    raise translate(exc, self.server, self._secret) from exc
                delay = self._delay(attempt, exc)
                attempt += 1
                log.info("%s: %s; retry %d of %d in %.2f s", self.server, type(exc).__name__, attempt,
                         self.max_retries, delay)
                self._sleep(delay)

    def _delay(self, attempt: int, exc: BaseException) -> float:
        asked = retry_after(exc) if isinstance(exc, openai.RateLimitError) else None
        if asked is not None:
            return min(asked, self.max_backoff)
        delay = min(self.backoff * 2 ** attempt, self.max_backoff)
        return min(delay + self._random.uniform(0, JITTER * delay), self.max_backoff)

    def _once(self, request: dict[str, Any]) -> Completion:
        response = self._client.chat.completions.create(**request)
        if not response.choices:
            raise RemoteUnavailable(f"{self.server} answered without a choice")
        message = response.choices[0].message
        calls = tuple(parse_tool_call(c.id, c.function.name, c.function.arguments)
                      for c in message.tool_calls or () if getattr(c, "function", None) is not None)
        return Completion(content=message.content, tool_calls=calls, usage=_usage(response.usage),
                          model=response.model or self.model)

    def _streamed(self, request: dict[str, Any], on_delta: Callable[[str], None], progress: _Progress) -> Completion:
        stream = self._client.chat.completions.create(**request, stream=True,
                                                      stream_options={"include_usage": True})
        parts: list[str] = []
        calls: dict[int, _PartialCall] = {}
        usage, model, finished = Usage(), "", False
        with stream:
            for chunk in stream:
                model = chunk.model or model
                if chunk.usage is not None:
                    usage = _usage(chunk.usage)
                for choice in chunk.choices:
                    finished = finished or choice.finish_reason is not None
                    delta = choice.delta
                    if delta is None:
                        continue
                    if delta.content:
                        parts.append(delta.content)
                        progress.emitted = True
                        on_delta(delta.content)
                    for piece in delta.tool_calls or ():
                        calls.setdefault(piece.index, _PartialCall()).add(piece)
        if not finished:  # the server closed the stream cleanly but before the answer ended
            if progress.emitted:
                raise RemoteUnavailable(f"{self.server} broke off its answer midway; try again")
            raise RemoteUnavailable(f"{self.server} ended the answer before it was complete")
        content = "".join(parts) if parts else None
        tool_calls = tuple(calls[i].build(i) for i in sorted(calls))
        return Completion(content=content, tool_calls=tool_calls, usage=usage, model=model or self.model)


@dataclass
class _Progress:
    emitted: bool = False  # some text already went to on_delta: the answer cannot be retried


@dataclass
class _PartialCall:
    """One tool call assembled from streamed deltas of the same ``index``."""

    id: str = ""
    name: str = ""
    arguments: list[str] = field(default_factory=list)

    def add(self, piece: Any) -> None:
        self.id = piece.id or self.id
        function = piece.function
        if function is None:
            return
        if function.name and function.name != self.name:
            # OpenAI sends the name once; some servers repeat it whole in every delta.
            self.name += function.name
        if function.arguments:
            self.arguments.append(function.arguments)

    def build(self, index: int) -> LLMToolCall:
        return parse_tool_call(self.id or f"call_{index}", self.name, "".join(self.arguments))


def parse_tool_call(call_id: str, name: str, raw: str | None) -> LLMToolCall:
    """An ``LLMToolCall`` with the arguments decoded; broken JSON gives ``{}`` and keeps the raw text."""
    raw = raw or ""
    if not raw.strip():
        return LLMToolCall(id=call_id, name=name, arguments={})
    try:
        arguments = json.loads(raw)
    except ValueError:
        arguments = None
    if isinstance(arguments, dict):
        return LLMToolCall(id=call_id, name=name, arguments=arguments)
    return LLMToolCall(id=call_id, name=name, arguments={}, raw_arguments=raw)


def wire_message(message: ChatMessage) -> dict[str, Any]:
    """One message in the chat completions request format."""
    if message.role == "tool":
        return {"role": "tool", "tool_call_id": message.tool_call_id or "", "content": message.content or ""}
    wire: dict[str, Any] = {"role": message.role, "content": message.content}
    if message.role == "assistant" and message.tool_calls:
        wire["tool_calls"] = [{"id": call.id, "type": "function",
                               "function": {"name": call.name,
                                            "arguments": json.dumps(call.arguments, ensure_ascii=False)}}
                              for call in message.tool_calls]
    elif message.content is None:
        wire["content"] = ""
    return wire


def wire_tool(tool: ToolSpec) -> dict[str, Any]:
    """One tool in the ``tools=[{"type": "function", "function": {...}}]`` format."""
    return {"type": "function", "function": {"name": tool.name, "description": tool.description,
                                             "parameters": tool.parameters}}


def _usage(usage: Any) -> Usage:
    if usage is None:
        return Usage()
    return Usage(prompt_tokens=int(usage.prompt_tokens or 0), completion_tokens=int(usage.completion_tokens or 0))
