"""Runtime: owner versus client mode, the HTTP server, and the periodic schedule."""

from __future__ import annotations

import json
import urllib.request
from datetime import datetime

import pytest

from services.runtime import Runtime


def test_owner_serves_health_and_a_second_runtime_is_a_client(app, restore_signals):
    app.queue.huey.immediate = False
    owner = Runtime(app, "serve")
    state = owner.start(http=True, port=0)
    try:
        assert state.owner and state.http_port
        with urllib.request.urlopen(f"http://127.0.0.1:{state.http_port}/health", timeout=5) as response:
            health = json.load(response)
        assert health["status"] == "ok" and health["schema_current"] and health["worker"] == "running"
        with urllib.request.urlopen(f"http://127.0.0.1:{state.http_port}/metrics", timeout=5) as response:
            metrics = response.read().decode()
        assert 'secretary_rows{table="settings"}' in metrics

        from services.app import open_app

        other_app = open_app(app.workspace)
        client = Runtime(other_app, "gui").start()
        assert not client.owner and client.holder.mode == "serve" and client.holder.http_port == state.http_port
        other_app.close()
    finally:
        owner.stop()
    assert app.lock.holder() is None


def test_recover_is_scheduled_every_five_minutes(app):
    due = [task.name for task in app.queue.huey.read_periodic(datetime(2026, 11, 22, 10, 5))]
    assert any(name.endswith("recover") for name in due)
    assert not [t for t in app.queue.huey.read_periodic(datetime(2026, 11, 22, 10, 7)) if t.name.endswith("recover")]


def test_kyb_checks_are_queued_hourly_and_lists_downloaded_daily(app):
    at_7 = {t.name.split(".")[-1] for t in app.queue.huey.read_periodic(datetime(2026, 11, 22, 10, 7))}
    assert "kyb_due" in at_7 and "kyb_lists_daily" not in at_7
    at_4_17 = {t.name.split(".")[-1] for t in app.queue.huey.read_periodic(datetime(2026, 11, 22, 4, 17))}
    assert "kyb_lists_daily" in at_4_17


def test_port_in_use_is_a_clear_error(app, restore_signals):
    import socket

    app.queue.huey.immediate = False
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        with pytest.raises(OSError, match=f"cannot listen on 127.0.0.1:{port}"):
            Runtime(app, "serve").start(http=True, port=port)
    assert app.lock.holder() is None  # nothing left half-started
