"""Answer helper processes: a real spawned helper runs the AI, the owner stores and sends; a dead helper loses nothing.

Each test runs a real Runtime (Huey consumer) with one helper process started
through ``multiprocessing`` (spawn), on a workspace with the demo's knowledge.
"""

from __future__ import annotations

import json
import os
import signal
import time
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

import services.runtime as runtime_module
from secretary.audit import ACTOR_SYSTEM
from services.app import open_app
from services.runtime import Runtime
from storage import channels_repo
from storage.models import InboxMessage
from storage.workspace import Workspace
from tests.fakes.connector import FakeConnector


def _wait(condition, timeout: float = 60.0, what: str = "condition") -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


@pytest.fixture
def running(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_signals):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(runtime_module, "default_size", lambda: 1)  # one helper even on a single core
    app = open_app(Workspace(tmp_path / "ws"))
    with app.db.writing(ACTOR_SYSTEM) as session:
        channel = channels_repo.add(session, "telegram", "Bot", {})
    connector = FakeConnector(channel.id)
    runtime = Runtime(app, "serve")
    state = runtime.start(channels=False, http=True, port=0)
    app.connectors.attach(channel.id, connector)
    app.http_port = state.http_port  # type: ignore[attr-defined]  # for the health test
    pool = runtime.pool
    assert pool is not None, "a helper pool runs by default"
    _wait(lambda: pool.ready() == 1, what="the helper to start")
    yield app, connector, pool
    runtime.stop()
    app.close()


def _outgoing(app) -> list[InboxMessage]:  # type: ignore[no-untyped-def]
    with app.db.reading() as session:
        return list(session.query(InboxMessage).filter(InboxMessage.direction == "out"))


def test_a_helper_process_answers_and_the_owner_sends(running) -> None:  # type: ignore[no-untyped-def]
    app, connector, pool = running
    helper_pid = pool.pids()[0]
    assert helper_pid != os.getpid()
    connector.push("chat-1", "m1", "Guten Tag, was kostet eine Steuererklärung?")
    connector.push("chat-2", "m2", "Добрий день! Скільки коштує бухгалтерія для ФОП?")
    _wait(lambda: len(connector.sent) == 2, what="two replies sent")
    # the outbox marks a reply sent once the connector has returned: a moment after the send itself
    _wait(lambda: [m.status for m in _outgoing(app)] == ["sent", "sent"], what="both replies marked sent")
    assert pool.answered == 2  # both replies made in the helper, not here
    replies = {m.reply_to_id: m for m in _outgoing(app)}
    assert len(replies) == 2
    assert sorted(m.language for m in replies.values()) == ["de", "uk"]
    assert {m.chat_id for m in connector.sent} == {"chat-1", "chat-2"}
    assert all(m.reply_to_external_id in ("m1", "m2") for m in connector.sent)


def test_health_and_metrics_show_the_helpers(running) -> None:  # type: ignore[no-untyped-def]
    app, connector, pool = running
    connector.push("chat-1", "h1", "Hello!")
    _wait(lambda: len(connector.sent) == 1, what="the reply")
    base = f"http://127.0.0.1:{app.http_port}"
    with urllib.request.urlopen(f"{base}/health", timeout=5) as response:
        health = json.load(response)
    assert health["answer_helpers"] == {"processes": 1, "ready": 1, "restarts": 0, "answered": 1}
    with urllib.request.urlopen(f"{base}/metrics", timeout=5) as response:
        metrics = response.read().decode()
    assert 'secretary_answer_helpers{state="ready"} 1' in metrics
    assert "secretary_answer_helper_restarts_total 0" in metrics


def test_a_helper_killed_mid_burst_is_replaced_and_every_message_answered_once(running) -> None:  # type: ignore[no-untyped-def]
    app, connector, pool = running
    victim = pool.pids()[0]
    for i in range(30):
        connector.push(f"chat-{i % 5}", f"k{i}", f"Hello, question {i}: what does a tax return cost?")
    _wait(lambda: pool.answered >= 3, what="the helper to answer some")
    os.kill(victim, signal.SIGKILL)
    _wait(lambda: len(_outgoing(app)) == 30 and {m.status for m in _outgoing(app)} <= {"sent", "uncertain"},
          timeout=120, what="every message answered")
    replies = _outgoing(app)
    assert Counter(m.reply_to_id for m in replies).most_common(1)[0][1] == 1, "one reply per message"
    assert len(connector.sent) == len({m.reply_to_external_id for m in connector.sent}), "nothing sent twice"
    uncertain = [m for m in replies if m.status == "uncertain"]
    assert len(connector.sent) == 30 - len(uncertain) and len(uncertain) <= 2
    _wait(lambda: pool.ready() == 1 and pool.pids()[0] != victim, what="a new helper")
    assert pool.restarts >= 1
    connector.push("chat-9", "after", "Thank you!")
    _wait(lambda: any(m.reply_to_external_id == "after" for m in connector.sent), what="the new helper's answer")


def test_a_setting_changed_by_the_owner_reaches_the_helper(running) -> None:  # type: ignore[no-untyped-def]
    app, connector, pool = running
    app.settings.set("ai.other_language", "de", ACTOR_SYSTEM)  # a language we do not speak → answered in German
    connector.push("chat-1", "p1", "Bonjour, combien coûte une déclaration d'impôts ?")
    _wait(lambda: len(connector.sent) == 1, what="the reply")
    assert pool.answered == 1
    assert [m.language for m in _outgoing(app)] == ["de"]


def test_helpers_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runtime_module, "default_size", lambda: 1)
    app = open_app(Workspace(tmp_path / "ws"))
    app.settings.set("queue.answer_helpers", False, ACTOR_SYSTEM)
    runtime = Runtime(app, "worker")
    runtime.start(channels=False)
    try:
        assert runtime.pool is None and app.queue.responder is app.ai
    finally:
        runtime.stop()
        app.close()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_helper_leaves_when_its_owner_dies(tmp_path: Path) -> None:
    """The owner is SIGKILLed: its helper notices (closed pipe) and exits instead of lingering."""
    import subprocess
    import sys
    home = tmp_path / "ws"
    env = {**os.environ, "SECRETARY_HOME": str(home), "SECRETARY_SECRET_STORE": "file"}
    assert subprocess.run([sys.executable, "-m", "cli.main", "init"], env=env, capture_output=True,
                          timeout=120).returncode == 0
    serve = subprocess.Popen([sys.executable, "-m", "cli.main", "serve", "--port", "0"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(lambda: _children(serve.pid), timeout=60, what="serve's helper")
        helpers = _children(serve.pid)
    finally:
        serve.send_signal(signal.SIGKILL)
        serve.wait(30)
    _wait(lambda: not any(_alive(pid) for pid in helpers), timeout=15, what="the orphaned helper to exit")


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            command = _cmdline(entry)
            if parent == pid and "spawn_main" in command and "resource_tracker" not in command:
                found.append(int(entry.name))
    return found


def _cmdline(entry: Path) -> str:
    try:
        return (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent (init here) has not collected it yet
