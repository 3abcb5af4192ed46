"""The whole product path in a real browser: a visitor on the firm's site writes in the widget, the
app's local server receives it, the queue's worker has the embedded AI answer from the firm's documents,
the outbox hands the reply to the widget, and a reload shows the conversation again."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from secretary.audit import ACTOR_SYSTEM
from storage import channels_repo
from tests.fakes.web_server import Reply, WebServer
from tests.services.channels.test_widget_browser import CHROMIUM, WAIT

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (.[dev] extra)")
expect = playwright_api.expect
pytestmark = [pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary (run scripts/system-deps.sh as root)")]

PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Weber &amp; Partner</title></head>
<body><h1>Weber &amp; Partner</h1>
<script src="{server}/widget.js" data-channel="{channel}" data-key="{key}" data-language="de" async></script>
</body></html>"""


@pytest.fixture
def running(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_signals) -> Iterator[Any]:
    from services.app import open_app
    from services.runtime import Runtime
    from storage.workspace import Workspace
    from tests.services.ai.conftest import NOW

    monkeypatch.setenv("SECRETARY_SECRET_STORE", "file")
    root = tmp_path / "workspace"
    shutil.copytree(demo_template, root)
    app = open_app(Workspace(root))  # a real consumer: the way `secretary serve` runs
    app.ai.clock = lambda: NOW
    site = WebServer({})
    widget = next(c for c in app.channels.list() if c.type == "widget")
    with app.db.writing(ACTOR_SYSTEM) as session:
        channels_repo.update(session, widget.id, config={**widget.config, "allowed_origins": [site.base]})
    runtime = Runtime(app, "serve")
    state = runtime.start(http=True, port=0, workers=2)
    site.routes["/"] = Reply(body=PAGE.format(server=f"http://127.0.0.1:{state.http_port}", channel=widget.id,
                                              key=widget.config["site_key"]).encode())
    yield app, site
    runtime.stop()
    site.close()
    app.close()


def test_visitor_asks_the_ai_answers_and_reload_keeps_the_history(running: Any) -> None:
    app, site = running
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        page = browser.new_context(locale="de-DE").new_page()
        page.goto(site.url("/"))
        page.get_by_role("button", name="Chat öffnen").click()
        box = page.get_by_role("textbox", name="Nachricht schreiben…")
        box.fill("Wie lange haben Sie montags geöffnet?")
        box.press("Enter")
        answer = page.locator(".msg.agent", has_text="18:00")
        expect(answer).to_be_visible(timeout=WAIT * 3)
        expect(answer).to_contain_text("Quelle:")
        page.reload()
        expect(page.locator(".msg.visitor", has_text="Wie lange haben Sie montags geöffnet?")).to_have_count(1,
                                                                                                         timeout=WAIT)
        expect(page.locator(".msg.agent", has_text="18:00")).to_have_count(1)
        browser.close()
    newest = app.inbox.threads()[0]  # the visitor's conversation is the most recent one in the inbox
    rows = app.inbox.messages(newest.id)
    assert newest.channel_type == "widget" and [r.direction for r in rows] == ["in", "out"]
    assert rows[-1].status == "sent" and rows[-1].author_kind == "ai"
