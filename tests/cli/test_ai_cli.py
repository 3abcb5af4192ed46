"""``secretary ai classify`` and ``secretary ai reply``: the stable JSON shapes scripts depend on."""

from __future__ import annotations

import json
import subprocess
import sys


def _run(args: list[str], stdin: str = "", env_home: str | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "SECRETARY_SECRET_STORE": "file"}
    if env_home:
        env["SECRETARY_HOME"] = env_home
    return subprocess.run([sys.executable, "-m", "cli.main", *args], input=stdin, capture_output=True, text=True,
                          timeout=120, env=env)


def test_classify_prints_one_json_line_per_input_in_the_documented_shape(tmp_path) -> None:
    lines = [{"text": "Hi, I'd like a quote for bookkeeping. Mail: anna@example.com"},
             {"text": "Bitte überweisen Sie auf DE89 3704 0044 0532 0130 00, danke!"},
             {"text": "Можна поговорити з живою людиною?"},
             {"text": "Здравствуйте, сколько это стоит?"},
             {"text": "Dzień dobry, ile to kosztuje?"}]
    stdin = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\nnot json\n{\"x\": 1}\n"
    result = _run(["ai", "classify", "--json"], stdin, str(tmp_path / "none"))
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 7 and result.returncode == 1  # two bad lines: reported in place, exit code 1
    for item in out[:5]:
        assert set(item) == {"language", "intent", "toxic", "pii", "masked"}
        assert item["intent"] in {"sales", "support", "billing", "operations", "smalltalk", "human"}
    assert [o["language"] for o in out[:5]] == ["en", "de", "uk", "ru", "other"]
    start = lines[0]["text"].index("anna@")
    assert out[0]["pii"] == [{"type": "EMAIL", "start": start, "end": start + len("anna@example.com")}]
    assert "anna@example.com" not in out[0]["masked"] and "<EMAIL_1>" in out[0]["masked"]
    assert out[1]["pii"][0]["type"] == "IBAN" and "DE89" not in out[1]["masked"]
    assert out[2]["intent"] == "human"
    assert "error" in out[5] and "line 6" in out[5]["error"] and "error" in out[6]
    assert "input line(s) could not be classified" in result.stderr


def test_reply_runs_the_orchestrator_once(tmp_path) -> None:
    home = str(tmp_path / "ws")
    assert _run(["init"], env_home=home).returncode == 0
    result = _run(["ai", "reply", "Hello, can I talk to a human please?", "--json", "--dry-run"], env_home=home)
    assert result.returncode == 0, result.stderr
    trace = json.loads(result.stdout)
    assert trace["intent"] == "human" and trace["handoff"] is True and trace["reply"]
    assert {"language", "reply_language", "agent", "masked_input", "flags", "tool_calls", "backend", "usage",
            "sources", "blocked"} <= set(trace)
    missing = _run(["ai", "reply", "Hi", "--contact", "999"], env_home=home)
    assert missing.returncode == 1 and "contact 999 does not exist" in missing.stderr


def test_global_workspace_option_works_before_the_sub_command(tmp_path) -> None:
    target = tmp_path / "elsewhere"
    assert _run(["--workspace", str(target), "init"], env_home=str(tmp_path / "default")).returncode == 0
    assert (target / "secretary.db").exists() and not (tmp_path / "default").exists()


def test_channel_and_inbox_commands(tmp_path) -> None:
    home = str(tmp_path / "ws")
    assert _run(["init", "--demo"], env_home=home).returncode == 0
    added = _run(["channel", "add", "telegram", "--token-stdin"], "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0\n",
                 env_home=home)
    assert added.returncode == 0, added.stderr
    widget = _run(["channel", "add", "widget", "--origin", "https://www.example.com"], env_home=home)
    assert widget.stdout.startswith("<script src=") and 'data-key="' in widget.stdout
    listed = json.loads(_run(["channel", "list", "--json"], env_home=home).stdout)
    assert [c["type"] for c in listed][-2:] == ["telegram", "widget"] and listed[-2]["active"] is True
    assert "AAHdq" not in json.dumps(listed)  # the token is in the secret store, not in the database
    assert _run(["channel", "remove", str(listed[-2]["id"])], env_home=home).returncode == 0
    assert json.loads(_run(["channel", "list", "--json"], env_home=home).stdout)[-2]["active"] is False
    bad = _run(["channel", "add", "telegram", "--token-stdin"], "not-a-token\n", env_home=home)
    assert bad.returncode == 1 and "BotFather" in bad.stderr
    threads = json.loads(_run(["inbox", "list", "--json"], env_home=home).stdout)
    assert len(threads) == 7 and {"id", "channel", "title", "unread", "status", "ai_enabled"} <= set(threads[0])
    shown = json.loads(_run(["inbox", "show", str(threads[0]["id"]), "--json"], env_home=home).stdout)
    assert shown["messages"] and shown["messages"][0]["direction"] == "in"
