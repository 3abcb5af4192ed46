#!/usr/bin/env python3
"""A stand-in for ``signal-cli -a NUMBER jsonRpc``: JSON-RPC 2.0 over stdin/stdout.

The wire format follows signal-cli's own documentation and sources
(github.com/AsamK/signal-cli): ``man/signal-cli-jsonrpc.5.adoc`` (one JSON
object per line; requests carry an ``id``; incoming messages are
``{"jsonrpc":"2.0","method":"receive","params":{"envelope":{...},"account":...}}``
notifications), ``SignalJsonRpcCommandHandler.java`` (error codes -1 user
error, -3 IO error, -4 untrusted key; newer releases add -5 for rate limits),
``SendMessageResultUtils.java`` / ``JsonSendMessageResult.java`` (``send``
answers ``{"timestamp": ms, "results": [{"recipientAddress": {...}, "type":
"SUCCESS" | "RATE_LIMIT_FAILURE" | ...}]}``) and ``VersionCommand``
(``{"version": ...}``).

Run as ``python tests/fakes/signal_cli.py [--config DIR] -a NUMBER -o json jsonRpc``.
It answers ``send``, ``sendReceipt``, ``sendTyping`` and ``version``. Behaviour
is steered by environment variables:

``FAKE_SIGNAL_LOG``          file: every ``send``/``sendReceipt``/``sendTyping`` request is appended as a JSON line
``FAKE_SIGNAL_INBOX``        folder polled for ``*.json`` files (an envelope each), emitted as ``receive`` and deleted
``FAKE_SIGNAL_CRASH_AFTER``  exit with code 1 after this many messages (sends answered + envelopes emitted)
``FAKE_SIGNAL_CRASH_MARKER`` with CRASH_AFTER: crash only if this file does not exist yet (it is created), i.e. once
``FAKE_SIGNAL_NO_JAVA``      print ``java: not found`` and exit 127, as signal-cli's start script does without Java
``FAKE_SIGNAL_DELAY``        seconds to wait before answering each request (slowness, a hung process)
``FAKE_SIGNAL_ERRORS``       JSON object recipient -> ``rate_limit`` | ``unregistered`` | ``untrusted``
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import threading
import time
from pathlib import Path

VERSION = "0.13.99-fake"
_out_lock = threading.Lock()
_count = itertools.count(1)
_last_ts = [0]


def _emit(obj: dict) -> None:
    with _out_lock:
        sys.stdout.write(json.dumps(obj) + "\n")
        sys.stdout.flush()


def _counted() -> None:
    """Count one message; simulate a crash when the configured number is reached."""
    limit = os.environ.get("FAKE_SIGNAL_CRASH_AFTER")
    if not limit or next(_count) < int(limit):
        return
    marker = os.environ.get("FAKE_SIGNAL_CRASH_MARKER")
    if marker:
        if Path(marker).exists():
            return
        Path(marker).write_text("crashed")
    with _out_lock:
        sys.stderr.write("Exception in thread \"main\" java.lang.IllegalStateException: simulated crash\n")
        sys.stderr.flush()
        os._exit(1)


def _timestamp() -> int:
    with _out_lock:
        _last_ts[0] = max(int(time.time() * 1000), _last_ts[0] + 1)
        return _last_ts[0]


def _log(request: dict) -> None:
    path = os.environ.get("FAKE_SIGNAL_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps({"method": request.get("method"), "params": request.get("params") or {}}) + "\n")


def _address(recipient: str) -> dict:
    if recipient.startswith("+"):
        return {"uuid": f"uuid-{recipient[1:]}", "number": recipient, "username": None}
    return {"uuid": recipient, "number": None, "username": None}


def _send(params: dict) -> dict:
    recipients = params.get("recipient") or []
    if isinstance(recipients, str):
        recipients = [recipients]
    errors = json.loads(os.environ.get("FAKE_SIGNAL_ERRORS") or "{}")
    ts = _timestamp()
    for recipient in recipients:
        kind = errors.get(recipient)
        result = {"recipientAddress": _address(recipient)}
        if kind == "rate_limit":
            failed = {**result, "type": "RATE_LIMIT_FAILURE", "token": "t0k", "retryAfterSeconds": 7}
            raise _Error(-5, "Failed to send message due to rate limiting",
                         {"response": {"timestamp": ts, "results": [failed]}})
        if kind == "untrusted":
            failed = {**result, "type": "IDENTITY_FAILURE"}
            raise _Error(-4, "Failed to send message due to untrusted identities",
                         {"response": {"timestamp": ts, "results": [failed]}})
        if kind == "unregistered":
            raise _Error(-1, f"The user {recipient} is not registered.", None)
    if params.get("groupId"):
        results = [{"recipientAddress": _address("+49000000001"), "groupId": params["groupId"], "type": "SUCCESS"}]
    else:
        results = [{"recipientAddress": _address(r), "type": "SUCCESS"} for r in recipients]
    if not (params.get("message") or params.get("attachments") or params.get("attachment")):
        raise _Error(-1, "Sending empty message is not allowed, either a message, attachment or sticker must be given.")
    return {"timestamp": ts, "results": results}


class _Error(Exception):
    def __init__(self, code: int, message: str, data: object = None) -> None:
        super().__init__(message)
        self.code, self.message, self.data = code, message, data


def _handle(request: dict) -> None:
    delay = float(os.environ.get("FAKE_SIGNAL_DELAY") or 0)
    if delay:
        time.sleep(delay)
    method, rid = request.get("method"), request.get("id")
    params = request.get("params") or {}
    try:
        if method == "send":
            _log(request)
            result: object = _send(params)
        elif method in ("sendReceipt", "sendTyping"):
            _log(request)
            result = {}
        elif method == "version":
            result = {"version": VERSION}
        elif not method:
            raise _Error(-32600, "method field must be set")
        else:
            raise _Error(-32601, "Method not implemented")
        response = {"jsonrpc": "2.0", "result": result, "id": rid}
    except _Error as e:
        response = {"jsonrpc": "2.0", "error": {"code": e.code, "message": e.message, "data": e.data}, "id": rid}
    _emit(response)
    if method == "send":
        _counted()


def _watch_inbox(folder: Path, account: str) -> None:
    while True:
        for path in sorted(folder.glob("*.json")):
            try:
                envelope = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # half-written: picked up on the next round
            path.unlink(missing_ok=True)
            _emit({"jsonrpc": "2.0", "method": "receive", "params": {"envelope": envelope, "account": account}})
            _counted()
        time.sleep(0.02)


def _account(argv: list[str]) -> str:
    for flag in ("-a", "--account", "-u", "--username"):
        if flag in argv and argv.index(flag) + 1 < len(argv):
            return argv[argv.index(flag) + 1]
    return ""


def main(argv: list[str]) -> int:
    if "-v" in argv or "--version" in argv:
        print(f"signal-cli {VERSION}")
        return 0
    if os.environ.get("FAKE_SIGNAL_NO_JAVA"):
        sys.stderr.write("/usr/bin/signal-cli: 1: exec: java: not found\n")
        return 127
    if "jsonRpc" not in argv:
        sys.stderr.write("This stand-in only speaks the jsonRpc command\n")
        return 1
    account = _account(argv)
    inbox = os.environ.get("FAKE_SIGNAL_INBOX")
    if inbox:
        threading.Thread(target=_watch_inbox, args=(Path(inbox), account), daemon=True).start()
    sys.stderr.write("INFO  DaemonCommand - Starting JSON-RPC on stdin (fake)\n")
    sys.stderr.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except ValueError:
            _emit({"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error", "data": None}, "id": None})
            continue
        _handle(request)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
