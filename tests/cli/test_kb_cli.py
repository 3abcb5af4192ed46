"""`secretary kb` as scripts use it, with the real embedded model, in real processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def env(workspace):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(SECRETARY_HOME=str(workspace.root), SECRETARY_SECRET_STORE="file")
    return env


def run(env, *args, stdin=None, timeout=300):
    return subprocess.run([sys.executable, "-m", "cli.main", *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture
def docs(tmp_path):
    root = tmp_path / "docs"
    root.mkdir()
    (root / "prices.md").write_text("# Prices\n\nBookkeeping costs 90 euros per hour.\n\n## Payroll\n\n"
                                    "Payroll costs 15 euros per employee and month.\n", "utf-8")
    (root / "hours.md").write_text("# Öffnungszeiten\n\nWir sind Montag bis Freitag von 9 bis 17 Uhr da.\n", "utf-8")
    (root / "broken.pdf").write_bytes(b"%PDF-1.4 junk")
    return root


def test_add_list_search_batch_remove(env, docs):
    added = run(env, "kb", "add", str(docs), "--source", "Docs")
    assert added.returncode == 0, added.stderr
    assert "Docs: ready, 2 documents" in added.stdout and "could not read" in added.stderr
    listed = json.loads(run(env, "kb", "list", "--json").stdout)
    assert [(s["name"], s["status"], s["documents"]) for s in listed] == [("Docs", "ready", 2)]
    found = json.loads(run(env, "kb", "search", "how much is payroll per employee", "--k", "2", "--json").stdout)
    assert list(found[0]) == ["chunk_id", "document", "title", "source", "page", "heading", "score", "text"]
    assert found[0]["document"].endswith("prices.md") and found[0]["source"] == "Docs"
    assert found[0]["score"] >= found[-1]["score"]
    batch = run(env, "kb", "search", "--batch", "--k", "1",
                stdin='{"query": "Wann haben Sie geöffnet?"}\n{"query": "payroll"}\nnot json\n')
    lines = [json.loads(line) for line in batch.stdout.splitlines()]
    assert lines[0][0]["document"].endswith("hours.md") and lines[1][0]["document"].endswith("prices.md")
    assert "error" in lines[2] and len(lines) == 3
    assert run(env, "kb", "remove", "Docs").returncode == 0
    assert json.loads(run(env, "kb", "list", "--json").stdout) == []
    missing = run(env, "kb", "remove", "Docs")
    assert missing.returncode == 1 and "no knowledge source 'Docs'" in missing.stderr


@pytest.mark.timeout(400)
def test_killed_during_ingestion_resumes_on_reindex(env, tmp_path, workspace):
    from sqlalchemy import text

    from storage.db import Database

    assert run(env, "init").returncode == 0
    db = Database(workspace.database)
    root = tmp_path / "many"
    root.mkdir()
    for i in range(20):
        (root / f"note-{i:02}.md").write_text(f"# Note {i}\n\n" + f"Topic {i} is explained here. " * 40, "utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "cli.main", "kb", "add", str(root), "--source", "Many"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:  # wait until some work is committed, then kill -9
        with db.reading() as session:
            if session.execute(text("SELECT count(*) FROM chunks")).scalar_one() > 0:
                break
        time.sleep(0.1)
    db.dispose()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    half = json.loads(run(env, "kb", "list", "--json").stdout)[0]
    assert half["status"] in ("queued", "processing")
    resumed = run(env, "kb", "reindex", "Many")
    assert resumed.returncode == 0, resumed.stderr
    done = json.loads(run(env, "kb", "list", "--json").stdout)[0]
    assert done["status"] == "ready" and done["documents"] == 20
    status = json.loads(run(env, "status", "--json").stdout)
    assert status["counts"]["chunks"] == done["chunks"]
