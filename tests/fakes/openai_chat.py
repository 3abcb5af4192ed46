"""Chat completions for the OpenAI stand-in (``tests/fakes/openai_api.py``): answers and wire format.

What the stand-in answers comes from a script (``FakeOpenAI.script_chat``) or,
with nothing scripted, from a deterministic default an agent loop can be tested
against:

* the request offers tools and the last message is the user's: if the user text
  holds a ``[[call:NAME {json}]]`` marker naming an offered tool, the first such
  tool is called with that JSON (an unparsable JSON is passed on as it is, to
  test broken arguments);
* the last messages are tool results: the answer is ``"tool NAME returned
  RESULT"`` for each, with the result JSON as the tool sent it;
* otherwise ``"echo: <last user text>"``.

The wire format is OpenAI's: ``chat.completion`` objects, or with
``stream=True`` ``chat.completion.chunk`` events (content pieces, tool-call
deltas by ``index``, a final chunk with ``finish_reason``, a usage chunk when
``stream_options.include_usage``) closed by ``data: [DONE]``.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from collections.abc import Callable
from typing import Any

Answer = dict[str, Any]  # {"content": str | None, "tool_calls": [{"name", "arguments", "id"?}], "usage"?: {...}}
Scripted = Answer | Callable[[dict[str, Any]], Answer]

CREATED = 1700000000
_MARKER = re.compile(r"\[\[call:([A-Za-z0-9_.-]+)\s*(.*?)\]\]", re.S)


class ChatScript:
    """The queue of scripted answers and the default behaviour behind it."""

    def __init__(self) -> None:
        self._queue: list[Scripted] = []
        self._lock = threading.Lock()
        self._ids = itertools.count(1)

    def push(self, *responses: Scripted) -> None:
        with self._lock:
            self._queue.extend(responses)

    def answer(self, body: dict[str, Any]) -> Answer:
        """The next answer: scripted if any is queued, else the default."""
        with self._lock:
            scripted = self._queue.pop(0) if self._queue else None
        answer = scripted(body) if callable(scripted) else scripted
        return self._normalised(answer if answer is not None else default_answer(body))

    def _normalised(self, answer: Answer) -> Answer:
        calls = []
        for call in answer.get("tool_calls") or ():
            arguments = call.get("arguments", {})
            calls.append({"id": call.get("id") or f"call_{next(self._ids)}", "name": call["name"],
                          "arguments": arguments if isinstance(arguments, str)
                          else json.dumps(arguments, ensure_ascii=False)})
        return {"content": answer.get("content"), "tool_calls": calls, "usage": answer.get("usage"),
                "finish_reason": answer.get("finish_reason") or ("tool_calls" if calls else "stop")}


def default_answer(body: dict[str, Any]) -> Answer:
    """What the stand-in says when nothing is scripted (see the module docstring)."""
    messages = body.get("messages") or []
    trailing_tools = []
    for message in reversed(messages):
        if message.get("role") != "tool":
            break
        trailing_tools.insert(0, message)
    if trailing_tools:
        names = _call_names(messages)
        return {"content": "\n".join(f"tool {names.get(m.get('tool_call_id'), '?')} returned {_text(m)}"
                                     for m in trailing_tools)}
    last = messages[-1] if messages else {}
    offered = [t.get("function", {}).get("name") for t in body.get("tools") or ()]
    if offered and last.get("role") == "user":
        for name, raw in _MARKER.findall(_text(last)):
            if name in offered:
                raw = raw.strip() or "{}"
                try:
                    arguments: Any = json.loads(raw)
                except ValueError:
                    arguments = raw  # sent on as a broken string
                return {"tool_calls": [{"name": name, "arguments": arguments}]}
    users = [m for m in messages if m.get("role") == "user"]
    return {"content": f"echo: {_text(users[-1]) if users else ''}"}


def problem(body: Any) -> str | None:
    """Why OpenAI would refuse this request body with 400, or None."""
    if not isinstance(body, dict):
        return "the body must be a JSON object"
    if not isinstance(body.get("model"), str) or not body["model"]:
        return "you must provide a model parameter"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "'messages' must be a non-empty array"
    answered: set[str] = set()
    for i, message in enumerate(messages):
        role = message.get("role") if isinstance(message, dict) else None
        if role not in ("system", "developer", "user", "assistant", "tool"):
            return f"messages[{i}].role is invalid"
        if role == "assistant":
            for call in message.get("tool_calls") or ():
                function = call.get("function") or {}
                if call.get("type") != "function" or not call.get("id") or not function.get("name") \
                        or not isinstance(function.get("arguments"), str):
                    return f"messages[{i}].tool_calls is malformed"
                answered.add(call["id"])
            if message.get("content") is None and not message.get("tool_calls"):
                return f"messages[{i}]: an assistant message needs content or tool_calls"
        elif role == "tool":
            if message.get("tool_call_id") not in answered:
                return (f"messages[{i}]: messages with role 'tool' must be a response to a preceding message "
                        "with 'tool_calls'")
            if not isinstance(message.get("content"), str):
                return f"messages[{i}].content must be a string"
        elif not isinstance(message.get("content"), (str, list)):
            return f"messages[{i}].content must be a string"
    tools = body.get("tools")
    if tools is not None:
        if not isinstance(tools, list) or not tools:
            return "'tools' must be a non-empty array when given"
        for i, tool in enumerate(tools):
            if not isinstance(tool, dict) or tool.get("type") != "function" \
                    or not (tool.get("function") or {}).get("name"):
                return f"tools[{i}] must be {{'type': 'function', 'function': {{'name': ...}}}}"
    return None


def completion(body: dict[str, Any], answer: Answer, number: int) -> dict[str, Any]:
    """The ``chat.completion`` object for ``answer``."""
    message: dict[str, Any] = {"role": "assistant", "content": answer["content"], "refusal": None}
    if answer["tool_calls"]:
        message["tool_calls"] = [_wire_call(call) for call in answer["tool_calls"]]
    return {"id": f"chatcmpl-{number}", "object": "chat.completion", "created": CREATED, "model": body["model"],
            "system_fingerprint": "fp_fake", "choices": [{"index": 0, "message": message, "logprobs": None,
                                                         "finish_reason": answer["finish_reason"]}],
            "usage": usage(body, answer)}


def chunks(body: dict[str, Any], answer: Answer, number: int) -> list[dict[str, Any]]:
    """The ``chat.completion.chunk`` objects of a streamed ``answer``, in order."""
    with_usage = bool((body.get("stream_options") or {}).get("include_usage"))

    def chunk(delta: dict[str, Any] | None, finish: str | None = None) -> dict[str, Any]:
        choices = [] if delta is None else [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]
        data = {"id": f"chatcmpl-{number}", "object": "chat.completion.chunk", "created": CREATED,
                "model": body["model"], "system_fingerprint": "fp_fake", "choices": choices}
        if with_usage:
            data["usage"] = None
        return data

    out = [chunk({"role": "assistant", "content": "" if answer["content"] is not None else None})]
    out += [chunk({"content": piece}) for piece in pieces(answer["content"] or "")]
    for index, call in enumerate(answer["tool_calls"]):
        out.append(chunk({"tool_calls": [{"index": index, "id": call["id"], "type": "function",
                                          "function": {"name": call["name"], "arguments": ""}}]}))
        out += [chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
                for piece in _split(call["arguments"], 3)]
    out.append(chunk({}, answer["finish_reason"]))
    if with_usage:
        last = chunk(None)
        last["usage"] = usage(body, answer)
        out.append(last)
    return out


def pieces(text: str) -> list[str]:
    """How streamed content is cut: one word with its following blanks per piece."""
    return re.findall(r"\s*\S+\s*|\s+", text)


def usage(body: dict[str, Any], answer: Answer) -> dict[str, int]:
    """Token counts: the scripted ones, else words in the prompt and in the answer (deterministic)."""
    if answer.get("usage"):
        given = dict(answer["usage"])
        given.setdefault("total_tokens", given.get("prompt_tokens", 0) + given.get("completion_tokens", 0))
        return given
    prompt = sum(len(_text(m).split()) + 3 for m in body.get("messages") or ())
    completion_tokens = len((answer["content"] or "").split()) + sum(
        len(call["arguments"]) // 4 + 1 for call in answer["tool_calls"])
    return {"prompt_tokens": prompt, "completion_tokens": completion_tokens,
            "total_tokens": prompt + completion_tokens}


def _wire_call(call: dict[str, Any]) -> dict[str, Any]:
    return {"id": call["id"], "type": "function", "function": {"name": call["name"], "arguments": call["arguments"]}}


def _split(text: str, parts: int) -> list[str]:
    size = max(1, -(-len(text) // parts))
    return [text[i:i + size] for i in range(0, len(text), size)] or [""]


def _call_names(messages: list[dict[str, Any]]) -> dict[str, str]:
    return {call.get("id"): (call.get("function") or {}).get("name", "?")
            for message in messages if message.get("role") == "assistant"
            for call in message.get("tool_calls") or ()}


def _text(message: dict[str, Any]) -> str:
    content = message.get("content")
    if isinstance(content, list):  # content parts: keep the text ones
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content or ""
