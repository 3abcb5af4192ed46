"""Telegram in webhook mode: the app registers its webhook with the secret token and takes updates
posted to its local server; a wrong secret or a broken body is refused and nothing is stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from services.runtime import Runtime
from tests.fakes.telegram_api import TOKEN, FakeTelegram


def _post(url: str, body: bytes, secret: str | None) -> int:
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
    if secret is not None:
        request.add_header("X-Telegram-Bot-Api-Secret-Token", secret)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.fixture
def fake():
    with FakeTelegram() as server:
        yield server


@pytest.fixture
def app(workspace):
    from services.app import open_app

    opened = open_app(workspace)  # a real consumer, as `secretary serve` runs it
    yield opened
    opened.close()


def test_webhook_mode_end_to_end(app, fake, restore_signals) -> None:
    info = app.channels.add_telegram(TOKEN, actor="cli", api_url=fake.url,
                                     webhook_url="https://bot.example.com/telegram/hook")
    secret = app.channels.webhook_secret(info.id)
    assert secret and secret not in json.dumps(app.channels.get(info.id).config)
    runtime = Runtime(app, "serve")
    state = runtime.start(http=True, port=0, workers=1)
    try:
        deadline = time.monotonic() + 10
        while not fake.webhook and time.monotonic() < deadline:
            time.sleep(0.05)
        assert fake.webhook.get("url") == "https://bot.example.com/telegram/hook"
        assert fake.webhook.get("secret_token") == secret
        url = f"http://127.0.0.1:{state.http_port}/telegram/{info.id}/webhook"
        update = {"update_id": 501, "message": {
            "message_id": 7, "date": int(time.time()), "text": "Hello!",
            "chat": {"id": 4242, "type": "private", "first_name": "Ana"},
            "from": {"id": 4242, "is_bot": False, "first_name": "Ana", "language_code": "en"}}}
        body = json.dumps(update).encode()
        assert _post(url, body, "wrong") == 403
        assert _post(url, b"not json", secret) == 400
        assert _post(url, body, secret) == 200
        assert _post(url, body, secret) == 200  # Telegram retries: stored once
        deadline = time.monotonic() + 30
        while not fake.sent and time.monotonic() < deadline:
            time.sleep(0.1)
        # another process (the CLI) sees the health of the connectors this one runs, through /health
        listed = subprocess.run([sys.executable, "-m", "cli.main", "--workspace", str(app.workspace.root),
                                 "channel", "list", "--json"], capture_output=True, text=True, timeout=60,
                                env={**os.environ, "SECRETARY_SECRET_STORE": "file"})
        [channel] = json.loads(listed.stdout)
        assert channel["health"]["state"] == "running" and "webhook" in channel["health"]["detail"]
    finally:
        runtime.stop()
    assert len(fake.sent) == 1 and fake.sent[0]["chat_id"] == 4242
    threads = app.inbox.threads()
    assert len(threads) == 1 and [m.direction for m in app.inbox.messages(threads[0].id)] == ["in", "out"]
    assert "webhook_secret" not in json.dumps(app.channels.state(info.id))  # the secret never reaches the DB
