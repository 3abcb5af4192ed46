"""The widget in real headless Chromium, embedded on a page served from another origin.

Driven with Playwright against the system's Chromium (Debian's ``chromium``;
``scripts/system-deps.sh`` installs it). Skipped only when no Chromium exists.
"""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from secretary.channels import Button, IncomingMessage, OutgoingMessage
from services.channels.widget import WidgetConnector
from services.server import LocalServer
from tests.fakes.web_server import Reply, WebServer

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (.[dev] extra)")
expect = playwright_api.expect


def _chromium() -> str | None:
    candidates = [os.environ.get("SECRETARY_CHROMIUM", ""), "/usr/bin/chromium", "/usr/lib/chromium/chromium",
                  shutil.which("chromium") or "", shutil.which("chromium-browser") or ""]
    return next((path for path in candidates if path and os.access(path, os.X_OK)), None)


CHROMIUM = _chromium()
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary (run scripts/system-deps.sh as root)")]
KEY = "pk_browser_test"
WAIT = 20_000  # ms

# A hostile page: its CSS tries to hide every div, button and textarea; the shadow root keeps the widget whole.
PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Müller &amp; Partner</title>
<style>div, button, textarea, input {{ display: none !important; color: red !important; }}</style></head>
<body><h1>Müller &amp; Partner</h1>
<script src="{server}/widget.js" data-channel="7" data-key="{key}" data-color="#0f766e" data-position="right"
 data-language="de" data-greeting="Hallo vom Test!" async></script></body></html>"""


class Site:
    """The firm's page on one port, the app's local server with the widget on another."""

    def __init__(self) -> None:
        self.history: list[dict[str, Any]] = []
        self.delivered: list[IncomingMessage] = []
        self.page = WebServer({})
        self.connector = WidgetConnector(7, site_key=KEY, allowed_origins=[self.page.base], history=self._history)
        self.connector.start(self._deliver)
        self.server = self._serve(0)
        self.port = self.server.port
        self.page.routes["/"] = Reply(body=PAGE.format(server=f"http://127.0.0.1:{self.port}", key=KEY).encode())

    def _serve(self, port: int) -> LocalServer:
        server = LocalServer(None, port=port)  # type: ignore[arg-type]  # widget routes need no App
        server.mount(self.connector.mount)
        server.start()
        return server

    def restart_server(self) -> None:
        self.server = self._serve(self.port)

    def _history(self, visitor: str, limit: int) -> list[dict[str, Any]]:
        return [item for item in self.history if item["visitor"] == visitor][-limit:]

    def _record(self, visitor: str, msg_id: str, sender: str, text: str) -> None:
        self.history.append({"visitor": visitor, "id": msg_id, "from": sender, "text": text,
                             "at": datetime.now(UTC).isoformat()})

    def _deliver(self, _channel_id: int, message: IncomingMessage) -> None:
        """The inbox's part: store the message, then answer from another thread as the AI would."""
        self.delivered.append(message)
        self._record(message.chat_id, message.external_id, "visitor", message.text)
        threading.Thread(target=self._answer, args=(message,)).start()

    def _answer(self, message: IncomingMessage) -> None:
        reply_id = uuid.uuid4().hex
        buttons: tuple[tuple[Button, ...], ...] = ()
        if message.text == "Termin":
            text, buttons = "Welcher Tag?", ((Button("Montag", "day:1"), Button("Dienstag", "day:2")),)
        else:
            text = f"Echo: {message.text}" + (f" von {message.sender_name}" if message.sender_name else "")
        self._record(message.chat_id, reply_id, "agent", text)
        self.connector.send(OutgoingMessage(chat_id=message.chat_id, text=text, buttons=buttons,
                                            idempotency_key=reply_id))

    def close(self) -> None:
        self.connector.stop()
        self.server.stop()
        self.page.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.close()


@pytest.fixture
def page(browser: Any, site: Site) -> Iterator[Any]:
    context = browser.new_context(locale="de-DE")
    opened = context.new_page()
    opened.dialogs = []  # type: ignore[attr-defined]
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    opened.goto(site.page.url("/"))
    yield opened
    context.close()


def open_widget(page: Any) -> None:
    page.get_by_role("button", name="Chat öffnen").click()
    expect(page.get_by_text("Hallo vom Test!")).to_be_visible(timeout=WAIT)


def say(page: Any, text: str) -> None:
    box = page.get_by_role("textbox", name="Nachricht schreiben…")
    box.fill(text)
    box.press("Enter")


def test_a_visitor_chats_gets_replies_buttons_and_typing_and_keeps_history_on_reload(site: Site, page: Any) -> None:
    open_widget(page)
    say(page, "Guten Tag")
    expect(page.locator(".msg.agent", has_text="Echo: Guten Tag")).to_be_visible(timeout=WAIT)
    [first] = site.delivered
    assert first.text == "Guten Tag" and first.language_hint and first.language_hint.startswith("de")

    site.connector.typing(first.chat_id, True)
    expect(page.get_by_text("Schreibt…")).to_be_visible(timeout=WAIT)
    say(page, "Termin")
    page.get_by_role("button", name="Dienstag").click()
    expect(page.locator(".msg.agent", has_text="Echo: Dienstag")).to_be_visible(timeout=WAIT)
    expect(page.get_by_text("Schreibt…")).to_be_hidden()
    assert site.delivered[-1].choice == "day:2" and site.delivered[-1].chat_id == first.chat_id

    page.reload()
    expect(page.locator(".msg.agent", has_text="Echo: Guten Tag")).to_be_visible(timeout=WAIT)  # reopened
    expect(page.locator(".msg.visitor", has_text="Guten Tag")).to_have_count(1)
    expect(page.locator(".msg.agent", has_text="Echo: Dienstag")).to_have_count(1)
    page.get_by_role("textbox", name="Nachricht schreiben…").press("Escape")  # Esc closes, focus to launcher
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("button", name="Chat öffnen")).to_be_focused()
    site.connector.send(OutgoingMessage(chat_id=first.chat_id, text="Noch etwas?"))
    expect(page.locator(".launcher .badge")).to_have_text("1", timeout=WAIT)  # unread while closed
    page.get_by_role("button", name="Chat öffnen").press("Enter")
    expect(page.locator(".msg.agent", has_text="Noch etwas?")).to_be_visible()
    expect(page.locator(".launcher .badge")).to_be_hidden()
    assert len(site.delivered) == 3


def test_markup_in_messages_and_names_renders_as_text(site: Site, page: Any) -> None:
    open_widget(page)
    page.get_by_role("textbox", name="Ihr Name (optional)").fill("<script>alert(2)</script>")
    say(page, "<img src=x onerror=alert(1)> siehe https://example.com/a?b=1 und javascript:alert(3)")
    reply = page.locator(".msg.agent", has_text="Echo: <img src=x onerror=alert(1)>")
    expect(reply).to_be_visible(timeout=WAIT)
    expect(reply).to_contain_text("von <script>alert(2)</script>")
    expect(page.locator(".msg.visitor .who")).to_have_text("<script>alert(2)</script>")
    counts = page.evaluate("""() => {
        const root = document.querySelector('ai-secretary-widget').shadowRoot;
        return {img: root.querySelectorAll('img').length, script: root.querySelectorAll('script').length,
                links: [...root.querySelectorAll('a')].map(a => [a.href, a.rel, a.target])};
    }""")
    assert counts["img"] == 0 and counts["script"] == 0
    assert ["https://example.com/a?b=1", "noopener noreferrer nofollow", "_blank"] in counts["links"]
    assert all(href.startswith("https://") for href, _rel, _target in counts["links"])
    page.wait_for_timeout(300)  # give any injected handler a chance to fire
    assert page.dialogs == []
    assert site.delivered[0].sender_name == "<script>alert(2)</script>"


def test_losing_the_server_shows_offline_then_reconnects_and_sends_the_queued_message(site: Site, page: Any) -> None:
    open_widget(page)
    say(page, "Erste Nachricht")
    expect(page.locator(".msg.agent", has_text="Echo: Erste Nachricht")).to_be_visible(timeout=WAIT)

    site.server.stop()
    offline = page.get_by_text("Offline – Verbindung wird wiederhergestellt…")
    expect(offline).to_be_visible(timeout=WAIT)
    say(page, "Bist du noch da?")
    expect(page.locator(".msg.visitor.pending", has_text="Bist du noch da?")).to_be_visible()

    site.restart_server()
    expect(page.locator(".msg.agent", has_text="Echo: Bist du noch da?")).to_be_visible(timeout=40_000)
    expect(offline).to_be_hidden()
    expect(page.locator(".msg.visitor.pending")).to_have_count(0)
    assert [m.text for m in site.delivered] == ["Erste Nachricht", "Bist du noch da?"]
