"""The OpenAI chat back-end: the real openai SDK over a socket to the local stand-in."""

from __future__ import annotations

import json
import socket

import httpx2
import openai
import pytest

from secretary.ai.llm import ChatMessage, LLMToolCall, ToolSpec
from secretary.errors import AuthFailed, InvalidInput, NotReady, RateLimited, RemoteUnavailable
from services.ai.llm_openai import OpenAIChat, parse_tool_call, wire_message
from services.openai_errors import translate
from tests.fakes.openai_api import FakeOpenAI

LOOKUP = ToolSpec("lookup_customer", "Find a customer by e-mail.",
                  {"type": "object", "properties": {"email": {"type": "string"}}, "required": ["email"]})
BOOK = ToolSpec("book_meeting", "Book a meeting.", {"type": "object", "properties": {}})


@pytest.fixture
def server():
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def sleeps():
    return []


@pytest.fixture
def chat(server, sleeps):
    return OpenAIChat("gpt-4o-mini", server.api_key, base_url=server.url, timeout=5, sleep=sleeps.append)


def user(text: str) -> list[ChatMessage]:
    return [ChatMessage("system", "You are a secretary."), ChatMessage("user", text)]


def test_plain_chat(chat, server):
    answer = chat.complete(user("Wann habt ihr offen?"), temperature=0.0)
    assert answer.content == "echo: Wann habt ihr offen?" and answer.tool_calls == ()
    assert answer.model == "gpt-4o-mini" and chat.name == "openai"
    body = server.chat_requests[-1]
    assert body["model"] == "gpt-4o-mini" and body["temperature"] == 0.0 and "tools" not in body
    assert body["messages"] == [{"role": "system", "content": "You are a secretary."},
                                {"role": "user", "content": "Wann habt ihr offen?"}]
    assert not body.get("stream")


def test_tool_call_round_trip(chat, server):
    messages = user('Who is anna@example.com? [[call:lookup_customer {"email": "anna@example.com"}]]')
    first = chat.complete(messages, tools=[BOOK, LOOKUP])
    assert first.content is None
    [call] = first.tool_calls
    assert call.name == "lookup_customer" and call.arguments == {"email": "anna@example.com"}
    assert call.raw_arguments == "" and call.id
    assert server.chat_requests[-1]["tools"][1] == {"type": "function", "function": {
        "name": "lookup_customer", "description": "Find a customer by e-mail.", "parameters": LOOKUP.parameters}}

    result = json.dumps({"name": "Anna Berg", "stage": "lead"})
    follow_up = [*messages, ChatMessage("assistant", None, first.tool_calls),
                 ChatMessage("tool", result, tool_call_id=call.id)]
    final = chat.complete(follow_up, tools=[BOOK, LOOKUP])
    assert final.tool_calls == () and final.content == f"tool lookup_customer returned {result}"
    sent = server.chat_requests[-1]["messages"]
    assert sent[2] == {"role": "assistant", "content": None, "tool_calls": [
        {"id": call.id, "type": "function",
         "function": {"name": "lookup_customer", "arguments": '{"email": "anna@example.com"}'}}]}
    assert sent[3] == {"role": "tool", "tool_call_id": call.id, "content": result}


def test_streaming_text_arrives_in_order(chat, server):
    deltas: list[str] = []
    answer = chat.complete(user("Ціни на послуги, будь ласка"), on_delta=deltas.append)
    assert len(deltas) > 3 and "".join(deltas) == answer.content == "echo: Ціни на послуги, будь ласка"
    assert answer.usage.prompt_tokens > 0 and answer.usage.completion_tokens > 0
    body = server.chat_requests[-1]
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}


def test_streaming_tool_calls_are_assembled_by_index(chat, server):
    server.script_chat({"content": "Let me check.", "tool_calls": [
        {"name": "lookup_customer", "arguments": {"email": "jörg@example.de", "limit": 10}},
        {"name": "book_meeting", "arguments": {"when": "2025-03-01T10:00", "with": ["anna", "jörg"]}}]})
    deltas: list[str] = []
    answer = chat.complete(user("both please"), tools=[LOOKUP, BOOK], on_delta=deltas.append)
    assert "".join(deltas) == answer.content == "Let me check."
    assert [(c.name, c.arguments) for c in answer.tool_calls] == [
        ("lookup_customer", {"email": "jörg@example.de", "limit": 10}),
        ("book_meeting", {"when": "2025-03-01T10:00", "with": ["anna", "jörg"]})]
    assert len({c.id for c in answer.tool_calls}) == 2


def test_usage_is_recorded_plain_and_streamed(chat, server):
    usage = {"prompt_tokens": 123, "completion_tokens": 45}
    server.script_chat({"content": "one", "usage": usage}, {"content": "two words", "usage": usage})
    assert chat.complete(user("a")).usage.total == 168
    streamed = chat.complete(user("b"), on_delta=lambda _piece: None)
    assert (streamed.usage.prompt_tokens, streamed.usage.completion_tokens) == (123, 45)


def test_scripted_callable_sees_the_request(chat, server):
    server.script_chat(lambda body: {"content": f"{len(body['messages'])} messages"})
    assert chat.complete(user("x")).content == "2 messages"
    assert chat.complete(user("x")).content == "echo: x"  # the script is used up: default again


def test_rate_limit_honours_retry_after(chat, server, sleeps):
    server.fail_next(429, retry_after=2)
    assert chat.complete(user("hi")).content == "echo: hi"
    assert sleeps == [2.0] and len(server.chat_requests) == 2


def test_retry_after_is_capped_and_persistent_throttling_is_rate_limited(server, sleeps):
    chat = OpenAIChat("gpt-4o-mini", server.api_key, base_url=server.url, max_retries=2, max_backoff=8,
                      sleep=sleeps.append)
    server.fail_next(429, retry_after=30, times=3)
    with pytest.raises(RateLimited) as caught:
        chat.complete(user("hi"))
    assert caught.value.retry_after == 30.0 and sleeps == [8, 8] and len(server.chat_requests) == 3


def test_server_errors_are_retried_with_exponential_backoff(chat, server, sleeps):
    server.fail_next(500, times=2)
    assert chat.complete(user("hi")).content == "echo: hi"
    assert len(server.chat_requests) == 3 and len(sleeps) == 2
    assert 0.5 <= sleeps[0] <= 0.55 and 1.0 <= sleeps[1] <= 1.1  # backoff 0.5 doubled, under 10 % jitter


def test_server_error_forever_is_remote_unavailable(chat, server, sleeps):
    server.fail_next(503, times=10)
    with pytest.raises(RemoteUnavailable) as caught:
        chat.complete(user("hi"))
    assert len(server.chat_requests) == chat.max_retries + 1 == 4 and len(sleeps) == 3
    assert sleeps[-1] <= chat.max_backoff
    message = str(caught.value)
    assert "127.0.0.1" in message and "503" in message and server.api_key not in message


def test_wrong_key_is_auth_failed_without_retry(server, sleeps):
    key = "sk-wrong-0123456789abcdef0123456789"
    chat = OpenAIChat("gpt-4o-mini", key, base_url=server.url, sleep=sleeps.append)
    with pytest.raises(AuthFailed) as caught:
        chat.complete(user("hi"))
    assert len(server.chat_requests) == 1 and sleeps == []
    assert key not in str(caught.value) and "127.0.0.1" in str(caught.value)


@pytest.mark.parametrize("status", [400, 403, 404])
def test_client_errors_are_never_retried(chat, server, sleeps, status):
    server.fail_next(status)
    with pytest.raises(AuthFailed if status == 403 else InvalidInput):
        chat.complete(user("hi"))
    assert len(server.chat_requests) == 1 and sleeps == []


def test_timeouts_are_retried_then_remote_unavailable(server, sleeps):
    chat = OpenAIChat("gpt-4o-mini", server.api_key, base_url=server.url, timeout=0.2, max_retries=1,
                      sleep=sleeps.append)
    server.delay_next(1.0, times=2)
    with pytest.raises(RemoteUnavailable, match="in time"):
        chat.complete(user("hi"))
    assert len(server.chat_requests) == 2 and len(sleeps) == 1


def test_a_slow_answer_then_a_quick_one_succeeds(server, sleeps):
    chat = OpenAIChat("gpt-4o-mini", server.api_key, base_url=server.url, timeout=0.2, sleep=sleeps.append)
    server.delay_next(1.0)
    assert chat.complete(user("hi")).content == "echo: hi" and len(sleeps) == 1


def test_connection_dropped_mid_answer_is_retried(chat, server, sleeps):
    server.drop_next()
    assert chat.complete(user("hi")).content == "echo: hi"
    assert len(server.chat_requests) == 2 and len(sleeps) == 1


def test_stream_dropped_after_text_is_not_retried(chat, server, sleeps):
    server.drop_next()
    deltas: list[str] = []
    with pytest.raises(RemoteUnavailable, match="broke off"):
        chat.complete(user("a longer answer"), on_delta=deltas.append)
    assert deltas == ["echo: "]  # the caller saw the start; a retry would repeat it
    assert len(server.chat_requests) == 1 and sleeps == []


def test_unreachable_server_is_remote_unavailable(sleeps):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    chat = OpenAIChat("m", "k", base_url=f"http://127.0.0.1:{port}/v1", timeout=1, max_retries=2,
                      sleep=sleeps.append)
    with pytest.raises(RemoteUnavailable, match=f"127.0.0.1:{port}"):
        chat.complete(user("hi"))
    assert len(sleeps) == 2


def test_malformed_tool_arguments(chat, server):
    broken = '{"email": "anna@'
    server.script_chat({"tool_calls": [{"name": "lookup_customer", "arguments": broken}]},
                       {"tool_calls": [{"name": "lookup_customer", "arguments": broken}]})
    for on_delta in (None, lambda _piece: None):
        [call] = chat.complete(user("x"), tools=[LOOKUP], on_delta=on_delta).tool_calls
        assert call.arguments == {} and call.raw_arguments == broken
    # The default answer passes a marker's broken JSON on as well.
    [call] = chat.complete(user("[[call:lookup_customer {oops]]"), tools=[LOOKUP]).tool_calls
    assert call.arguments == {} and call.raw_arguments == "{oops"


def test_parse_tool_call_edge_cases():
    assert parse_tool_call("c", "f", "") == LLMToolCall("c", "f", {})
    assert parse_tool_call("c", "f", None) == LLMToolCall("c", "f", {})
    assert parse_tool_call("c", "f", "[1, 2]") == LLMToolCall("c", "f", {}, raw_arguments="[1, 2]")
    assert parse_tool_call("c", "f", '{"a": {"b": 1}}').arguments == {"a": {"b": 1}}


def test_wire_messages():
    call = LLMToolCall("call_9", "lookup", {"q": "ü"})
    assert wire_message(ChatMessage("assistant", "checking", (call,))) == {
        "role": "assistant", "content": "checking",
        "tool_calls": [{"id": "call_9", "type": "function", "function": {"name": "lookup", "arguments": '{"q": "ü"}'}}]}
    assert wire_message(ChatMessage("tool", None, tool_call_id="call_9")) == {
        "role": "tool", "tool_call_id": "call_9", "content": ""}
    assert wire_message(ChatMessage("assistant", None)) == {"role": "assistant", "content": ""}


def test_compatible_server_without_a_key(sleeps):
    with FakeOpenAI(api_key=None) as local:  # Ollama, llama.cpp: any key will do
        chat = OpenAIChat("llama3.2", "", base_url=local.url, name="compatible", sleep=sleeps.append)
        assert chat.complete(user("hallo")).content == "echo: hallo"
        assert chat.complete(user("hallo"), on_delta=lambda _piece: None).content == "echo: hallo"
        assert local.chat_authorizations == ["Bearer not-needed"] * 2 and chat.name == "compatible"


def test_openai_itself_needs_a_key():
    with pytest.raises(NotReady):
        OpenAIChat("gpt-4o-mini", "")
    assert OpenAIChat("gpt-4o-mini", "sk-x").server == "the chat server at api.openai.com"


def test_translation_cuts_the_key_out_of_server_messages():
    key = "my-local-key"
    response = httpx2.Response(401, request=httpx2.Request("POST", "http://h/v1/chat/completions"))
    error = openai.AuthenticationError(f"key {key} is unknown", response=response, body=None)
    translated = translate(error, "the chat server at h", secret=key)
    assert isinstance(translated, AuthFailed) and key not in str(translated) and "***" in str(translated)
    throttled = httpx2.Response(429, headers={"retry-after-ms": "1500"}, request=response.request)
    limited = translate(openai.RateLimitError("slow", response=throttled, body=None), "s")
    assert isinstance(limited, RateLimited) and limited.retry_after == 1.5
