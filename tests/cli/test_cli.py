"""The ``secretary`` command as scripts and people use it, run as a real process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


@pytest.fixture
def env(workspace):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(SECRETARY_HOME=str(workspace.root), SECRETARY_SECRET_STORE="file")
    return env


def run(env, *args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "cli.main", *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=120)


def test_init_demo_then_status_json(env, workspace):
    assert run(env, "status").returncode == 1  # nothing there yet: says so
    done = run(env, "init", "--demo")
    assert done.returncode == 0, done.stderr
    status = run(env, "status", "--json")
    assert status.returncode == 0
    data = json.loads(status.stdout)
    assert data["workspace"] == str(workspace.root) and data["schema"]["up_to_date"]
    assert data["secret_store"].startswith("encrypted file") and data["worker"] is None
    for table in ("contacts", "leads", "documents", "inbox_messages", "counterparties"):
        assert data["counts"][table] > 0, table
    again = run(env, "init", "--demo")
    assert again.returncode == 1 and again.stderr.count("\n") == 1 and "secretary: error:" in again.stderr
    assert run(env, "init", "--demo", "--if-missing").returncode == 0


def test_db_upgrade_is_a_noop_on_a_current_database(env):
    assert "upgraded from empty" in run(env, "db", "upgrade").stdout
    assert "up to date" in run(env, "db", "upgrade").stdout


def test_config_get_set_unset_and_errors(env):
    run(env, "init")
    assert run(env, "config", "set", "server.port", "9001").stdout.strip() == "server.port = 9001"
    assert json.loads(run(env, "config", "get", "--json").stdout)["server.port"] == 9001
    bad = run(env, "config", "set", "server.port", "ninety")
    assert bad.returncode == 1 and bad.stderr.strip() == "secretary: error: server.port: 'ninety' is not a valid int"
    unknown = run(env, "config", "get", "nope.key")
    assert unknown.returncode == 1 and "unknown setting 'nope.key'" in unknown.stderr
    assert run(env, "config", "unset", "server.port").stdout.strip() == "server.port = 8765 (default)"
    usage = run(env, "config", "frobnicate")
    assert usage.returncode == 2


def test_secret_from_stdin_is_never_echoed_stored_or_logged(env, workspace):
    run(env, "init")
    done = run(env, "-v", "secret", "set", "telegram.bot_token", stdin=TOKEN + "\n")
    assert done.returncode == 0 and TOKEN not in done.stdout + done.stderr
    listed = json.loads(run(env, "secret", "list", "--json").stdout)
    assert listed["secrets"]["telegram.bot_token"] is True and TOKEN not in json.dumps(listed)
    for path in workspace.root.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path
    assert run(env, "secret", "delete", "telegram.bot_token").stdout.strip() == "telegram.bot_token removed."
    assert run(env, "secret", "set", "no.such", stdin="x\n").returncode == 1


def test_no_display_starts_serve_and_a_second_serve_is_refused(env):
    run(env, "init")
    run(env, "config", "set", "server.port", "0")
    proc = subprocess.Popen([sys.executable, "-m", "cli.main"], env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert "No display found" in proc.stderr.readline()
        assert "serve running" in proc.stderr.readline()
        status = json.loads(run(env, "status", "--json").stdout)
        assert status["worker"]["mode"] == "serve" and status["worker"]["pid"] == proc.pid
        port = status["worker"]["http_port"]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as response:
            assert json.load(response)["status"] == "ok"
        second = run(env, "serve")
        assert second.returncode == 3 and f"serve (pid {proc.pid}" in second.stderr
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    deadline = time.monotonic() + 5
    while json.loads(run(env, "status", "--json").stdout)["worker"] and time.monotonic() < deadline:
        time.sleep(0.2)
    assert json.loads(run(env, "status", "--json").stdout)["worker"] is None
