"""The widget's WebSocket protocol against a real LocalServer on a free port."""

from __future__ import annotations

import asyncio
import json
import re
import threading
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest
from hypothesis import given
from hypothesis import strategies as st

from secretary.channels import MAX_TEXT, Button, IncomingMessage, OutgoingMessage, Sent
from secretary.errors import InvalidInput
from services.channels.widget import (
    MAX_NAME,
    Limits,
    VisitorMessage,
    WidgetConnector,
    normalize_origin,
    read_message,
)
from services.server import LocalServer

KEY = "pk_test_4f1c9a"
ORIGIN = "https://firm.example"
VISITOR = "0123456789abcdef0123456789abcdef"
OTHER = "fedcba9876543210fedcba9876543210"
ID1 = "11111111-2222-4333-8444-555555555555"
ID2 = "11111111-2222-4333-8444-666666666666"


class Widget:
    """A connector mounted on a running LocalServer, with a recording deliver and a history list."""

    def __init__(self, limits: Limits | None = None, fail: bool = False) -> None:
        self.history: list[dict[str, Any]] = []
        self.delivered: list[tuple[int, IncomingMessage]] = []
        self.fail = fail
        self.connector = WidgetConnector(7, site_key=KEY, allowed_origins=[ORIGIN, "http://localhost:8080"],
                                         history=self._history, limits=limits,
                                         options={"color": "#ff0000", "greeting": {"de": "Hallo!"},
                                                  "position": "left", "title": "Kanzlei"})
        self.connector.start(self._deliver)
        self.server = LocalServer(None, port=0)  # type: ignore[arg-type]  # widget routes need no App
        self.server.mount(self.connector.mount)
        self.port = self.server.start()

    def _history(self, visitor: str, limit: int) -> list[dict[str, Any]]:
        return [item for item in self.history if item["visitor"] == visitor][-limit:]

    def _deliver(self, channel_id: int, message: IncomingMessage) -> None:
        if self.fail:
            raise RuntimeError("inbox down")
        self.delivered.append((channel_id, message))

    def url(self, path: str, **query: str) -> str:
        params = "&".join(f"{k}={v}" for k, v in query.items())
        return f"http://127.0.0.1:{self.port}{path}" + (f"?{params}" if params else "")

    def ws_url(self, key: str = KEY, visitor: str = VISITOR) -> str:
        return self.url("/widget/7/ws", key=key, visitor=visitor)

    def close(self) -> None:
        self.connector.stop()
        self.server.stop()


@pytest.fixture
def widget() -> Iterator[Widget]:
    w = Widget()
    yield w
    w.close()


def run(coro: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coro, 20))


async def frames_after_hello(w: Widget, sends: list[Any], expect: int, visitor: str = VISITOR) -> list[dict]:
    """Connect, check the hello, send each frame (dicts as JSON, str as is) and read ``expect`` answers."""
    async with aiohttp.ClientSession() as session, \
            session.ws_connect(w.ws_url(visitor=visitor), headers={"Origin": ORIGIN}) as ws:
        hello = await ws.receive_json()
        assert hello["type"] == "hello"
        for frame in sends:
            await ws.send_str(frame if isinstance(frame, str) else json.dumps(frame))
        return [await ws.receive_json() for _ in range(expect)]


def message(msg_id: str = ID1, text: str = "Hallo", **extra: Any) -> dict[str, Any]:
    return {"type": "message", "id": msg_id, "text": text, **extra}


def test_hello_carries_the_visitors_history_oldest_first(widget: Widget) -> None:
    widget.history += [{"visitor": VISITOR, "id": "a", "from": "visitor", "text": "Hi", "at": "2026-01-01T10:00:00Z"},
                       {"visitor": OTHER, "id": "x", "from": "visitor", "text": "not yours", "at": "..."},
                       {"visitor": VISITOR, "id": "b", "from": "agent", "text": "Hello!", "at": "2026-01-01T10:00:05Z"}]

    async def scenario() -> dict:
        async with aiohttp.ClientSession() as session, \
                session.ws_connect(widget.ws_url(), headers={"Origin": ORIGIN}) as ws:
            return await ws.receive_json()

    hello = run(scenario())
    assert hello["visitor"] == VISITOR and hello["max_text"] == MAX_TEXT
    assert [(m["id"], m["from"], m["text"]) for m in hello["history"]] == [("a", "visitor", "Hi"),
                                                                          ("b", "agent", "Hello!")]


def test_a_message_is_delivered_with_its_fields_and_acknowledged(widget: Widget) -> None:
    answers = run(frames_after_hello(widget, [message(name="  Anna\x00 Schmidt ", lang="de-DE")], 1))
    assert answers == [{"type": "ack", "id": ID1}]
    [(channel_id, incoming)] = widget.delivered
    assert channel_id == 7
    assert incoming == IncomingMessage(chat_id=VISITOR, external_id=ID1, text="Hallo", sender_id=VISITOR,
                                       sender_name="Anna Schmidt", language_hint="de-DE")


def test_a_pressed_button_arrives_as_choice(widget: Widget) -> None:
    run(frames_after_hello(widget, [message(text="Tuesday 10:00", choice="slot:42")], 1))
    assert widget.delivered[0][1].choice == "slot:42"
    assert widget.delivered[0][1].text == "Tuesday 10:00"


def test_a_resent_message_is_delivered_once(widget: Widget) -> None:
    answers = run(frames_after_hello(widget, [message(), message()], 2))
    answers += run(frames_after_hello(widget, [message()], 1))  # again after a reconnect
    assert answers[0] == {"type": "ack", "id": ID1}
    assert answers[1] == answers[2] == {"type": "ack", "id": ID1, "duplicate": True}
    assert len(widget.delivered) == 1


def test_a_failed_delivery_is_not_remembered_so_the_resend_goes_through() -> None:
    w = Widget(fail=True)
    try:
        assert run(frames_after_hello(w, [message()], 1)) == [{"type": "error", "code": "unavailable", "id": ID1}]
        w.fail = False
        assert run(frames_after_hello(w, [message()], 1)) == [{"type": "ack", "id": ID1}]
        assert len(w.delivered) == 1
    finally:
        w.close()


async def handshake_status(url: str, origin: str | None) -> int:
    headers = {"Origin": origin} if origin else {}
    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(url, headers=headers):
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status


def test_a_wrong_site_key_is_refused_before_upgrading(widget: Widget) -> None:
    assert run(handshake_status(widget.ws_url(key="pk_wrong"), ORIGIN)) == 403
    assert run(handshake_status(widget.ws_url(key=""), ORIGIN)) == 403
    assert run(handshake_status(widget.ws_url(), ORIGIN)) == 101


@pytest.mark.parametrize("origin", ["https://evil.example", "http://firm.example", "https://firm.example:8443",
                                    "https://firm.example.evil.example", "null", None])
def test_a_foreign_origin_is_refused_before_upgrading(widget: Widget, origin: str | None) -> None:
    assert run(handshake_status(widget.ws_url(), origin)) == 403
    assert widget.delivered == []


def test_bad_visitor_ids_are_refused(widget: Widget) -> None:
    for visitor in ("short", "0123456789ABCDEF0123456789ABCDEF", VISITOR + "/../x", ""):
        assert run(handshake_status(widget.ws_url(visitor=visitor), ORIGIN)) == 400


def test_config_serves_appearance_with_cors_only_for_allowed_origins(widget: Widget) -> None:
    async def get(key: str, origin: str | None) -> tuple[int, Any, Any]:
        headers = {"Origin": origin} if origin else {}
        async with aiohttp.ClientSession() as session, \
                session.get(widget.url("/widget/7/config", key=key), headers=headers) as response:
            body = await response.json() if response.status == 200 else None
            return response.status, response.headers.copy(), body

    status, headers, body = run(get(KEY, "http://localhost:8080"))
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "http://localhost:8080"
    assert body["color"] == "#ff0000" and body["position"] == "left" and body["greeting"] == {"de": "Hallo!"}
    assert body["title"] == {"default": "Kanzlei"}
    for key, origin in ((KEY, "https://evil.example"), ("nope", ORIGIN), (KEY, None)):
        status, headers, _ = run(get(key, origin))
        assert status == 403 and "Access-Control-Allow-Origin" not in headers


def test_the_script_is_served_cacheable(widget: Widget) -> None:
    async def get(etag: str | None = None) -> tuple[int, Any, bytes]:
        headers = {"If-None-Match": etag} if etag else {}
        async with aiohttp.ClientSession() as session, session.get(widget.url("/widget.js"), headers=headers) as r:
            return r.status, r.headers.copy(), await r.read()

    status, headers, body = run(get())
    assert status == 200 and headers["Content-Type"].startswith("application/javascript")
    assert "max-age" in headers["Cache-Control"] and b"attachShadow" in body
    assert re.search(rb"\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write", body) is None
    assert run(get(headers["ETag"]))[0] == 304


def test_oversize_messages_get_an_error_frame_and_the_socket_stays(widget: Widget) -> None:
    answers = run(frames_after_hello(widget, [
        message(ID1, "x" * (MAX_TEXT + 1)),
        json.dumps(message(ID2, "y" * 10)) + " " * (21 * 1024),  # frame over the byte cap
        message("11111111-2222-4333-8444-777777777777", "still here"),
    ], 3))
    assert answers[0] == {"type": "error", "code": "too_long", "id": ID1}
    assert answers[1] == {"type": "error", "code": "too_long", "id": ID2}
    assert answers[2]["type"] == "ack"
    assert [m.text for _, m in widget.delivered] == ["still here"]


def test_a_flood_from_one_visitor_is_rate_limited_and_not_delivered() -> None:
    w = Widget(limits=Limits(visitor_messages=3, visitor_window=60.0))
    try:
        ids = [f"11111111-2222-4333-8444-{i:012d}" for i in range(6)]
        answers = run(frames_after_hello(w, [message(i, f"m{n}") for n, i in enumerate(ids)], 6))
        assert [a["type"] for a in answers] == ["ack"] * 3 + ["error"] * 3
        assert {a["code"] for a in answers[3:]} == {"rate_limited"} and answers[3]["retry_after"] > 0
        assert [m.text for _, m in w.delivered] == ["m0", "m1", "m2"]
        # another visitor is not held back by the first one's bucket
        assert run(frames_after_hello(w, [message(ids[5], "other")], 1, visitor=OTHER))[0]["type"] == "ack"
    finally:
        w.close()


def test_one_address_is_limited_across_visitors_and_in_sockets() -> None:
    w = Widget(limits=Limits(ip_messages=2, ip_window=60.0, sockets_per_ip=2))
    try:
        first = run(frames_after_hello(w, [message(ID1)], 1))
        second = run(frames_after_hello(w, [message(ID1), message(ID2)], 2, visitor=OTHER))
        assert first[0]["type"] == second[0]["type"] == "ack"
        assert second[1] == {"type": "error", "code": "rate_limited", "id": ID2, "retry_after": 30.0}

        async def three_sockets() -> int:
            async with aiohttp.ClientSession() as session, \
                    session.ws_connect(w.ws_url(), headers={"Origin": ORIGIN}), \
                    session.ws_connect(w.ws_url(), headers={"Origin": ORIGIN}):
                return await handshake_status(w.ws_url(), ORIGIN)

        assert run(three_sockets()) == 429
        assert run(handshake_status(w.ws_url(), ORIGIN)) == 101  # the count went down again
    finally:
        w.close()


def test_a_flood_of_any_frames_on_one_socket_is_rate_limited() -> None:
    w = Widget(limits=Limits(frames=3, frames_window=60.0))
    try:
        answers = run(frames_after_hello(w, [{"type": "typing"}] * 3 + [{"type": "ping"}, message()], 2))
        assert [a.get("code") for a in answers] == ["rate_limited", "rate_limited"]
        assert w.delivered == []
    finally:
        w.close()


def test_bad_frames_get_error_frames_and_the_socket_stays(widget: Widget) -> None:
    answers = run(frames_after_hello(widget, [
        "{not json", "[1, 2]", {"type": "dance"}, {"type": "message", "id": "1", "text": "x"},
        message(text="   "), {"type": "ping"}, message(),
    ], 7))
    assert [a.get("code", a["type"]) for a in answers] == ["bad_json", "bad_json", "bad_request", "bad_request",
                                                            "empty", "pong", "ack"]
    assert len(widget.delivered) == 1


def test_send_to_an_offline_visitor_returns_sent_and_history_has_it_later(widget: Widget) -> None:
    sent = widget.connector.send(OutgoingMessage(chat_id=VISITOR, text="We open at 9.", idempotency_key="k-1"))
    assert sent == Sent(external_id="k-1")
    # the inbox stored the reply; the history stand-in plays that part
    widget.history.append({"visitor": VISITOR, "id": "k-1", "from": "agent", "text": "We open at 9.", "at": "..."})

    async def hello() -> dict:
        async with aiohttp.ClientSession() as session, \
                session.ws_connect(widget.ws_url(), headers={"Origin": ORIGIN}) as ws:
            return await ws.receive_json()

    assert [m["text"] for m in run(hello())["history"]] == ["We open at 9."]
    assert widget.connector.send(OutgoingMessage(chat_id=VISITOR, text="x")).external_id  # generated id
    with pytest.raises(InvalidInput):
        widget.connector.send(OutgoingMessage(chat_id="not-a-visitor", text="x"))


def test_send_and_typing_from_another_thread_reach_every_open_tab(widget: Widget) -> None:
    reply = OutgoingMessage(chat_id=VISITOR, text="Which day?", idempotency_key="k-2",
                            buttons=((Button("Mon", "day:1"), Button("Tue", "day:2")),))

    async def scenario() -> list[dict]:
        async with aiohttp.ClientSession() as session, \
                session.ws_connect(widget.ws_url(), headers={"Origin": ORIGIN}) as tab1, \
                session.ws_connect(widget.ws_url(), headers={"Origin": ORIGIN}) as tab2:
            await tab1.receive_json()
            await tab2.receive_json()
            await tab1.send_json({"type": "typing"})  # accepted silently
            await asyncio.to_thread(widget.connector.typing, VISITOR, True)
            threads = [threading.Thread(target=widget.connector.send, args=(reply,))]
            threads[0].start()
            await asyncio.to_thread(threads[0].join)
            return [await tab1.receive_json(), await tab1.receive_json(), await tab2.receive_json(),
                    await tab2.receive_json()]

    typing1, message1, typing2, message2 = run(scenario())
    assert typing1 == typing2 == {"type": "typing", "on": True}
    assert message1 == message2
    assert message1["id"] == "k-2" and message1["from"] == "agent" and message1["text"] == "Which day?"
    assert message1["buttons"] == [[{"text": "Mon", "data": "day:1"}, {"text": "Tue", "data": "day:2"}]]
    assert message1["at"].endswith("Z")


def test_a_visitors_message_is_echoed_to_their_other_tabs(widget: Widget) -> None:
    async def scenario() -> tuple[dict, dict]:
        async with aiohttp.ClientSession() as session, \
                session.ws_connect(widget.ws_url(), headers={"Origin": ORIGIN}) as tab1, \
                session.ws_connect(widget.ws_url(), headers={"Origin": ORIGIN}) as tab2:
            await tab1.receive_json()
            await tab2.receive_json()
            await tab1.send_json(message())
            return await tab1.receive_json(), await tab2.receive_json()

    ack, echo = run(scenario())
    assert ack == {"type": "ack", "id": ID1}
    assert echo["type"] == "message" and echo["from"] == "visitor" and echo["id"] == ID1


def test_health_and_stop(widget: Widget) -> None:
    assert widget.connector.health().state == "running"
    widget.connector.stop()
    widget.connector.stop()
    assert widget.connector.health().state == "stopped"
    assert run(handshake_status(widget.ws_url(), ORIGIN)) == 503


def test_origins_are_compared_by_scheme_host_and_port() -> None:
    assert normalize_origin("HTTPS://Firm.Example:443/") == "https://firm.example"
    assert normalize_origin("http://firm.example:8080") == "http://firm.example:8080"
    assert normalize_origin("http://[::1]:80") == "http://[::1]"
    for bad in ("null", "", "ftp://firm.example", "https://firm.example/path", "https://u:p@firm.example",
                "https://firm.example:99999"):
        assert normalize_origin(bad) is None


def test_display_names_are_capped() -> None:
    parsed = read_message(message(name="<script>alert(1)</script>" * 10))
    assert isinstance(parsed, VisitorMessage) and parsed.name is not None and len(parsed.name) == MAX_NAME


@given(st.dictionaries(st.sampled_from(["id", "text", "choice", "name", "lang", "type"]),
                       st.one_of(st.none(), st.text(max_size=50), st.integers(), st.lists(st.integers()))))
def test_read_message_never_crashes_and_checks_what_it_passes(frame: dict[str, Any]) -> None:
    parsed = read_message(frame)
    if isinstance(parsed, str):
        assert parsed in {"bad_request", "too_long", "empty"}
    else:
        assert parsed.text or parsed.choice
        assert parsed.name is None or 0 < len(parsed.name) <= MAX_NAME
