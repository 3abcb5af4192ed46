"""``secretary ai``: classify customer texts in bulk and run the orchestrator once (stable JSON for scripts)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any

from cli.output import emit_json, fail
from services.app import open_app
from storage.workspace import Workspace

BATCH = 256
MAX_TEXT = 100_000


def add_parser(sub: Any) -> None:
    ai = sub.add_parser("ai", help="the AI: classify texts, try a reply")
    ai_sub = ai.add_subparsers(dest="ai_command", metavar="ACTION", required=True)
    classify = ai_sub.add_parser("classify", help='read JSON lines {"text": ...} on stdin, write one result each')
    classify.add_argument("--json", action="store_true", help="JSON lines (the default output is for people)")
    reply = ai_sub.add_parser("reply", help="answer one message with the full orchestrator")
    reply.add_argument("text")
    reply.add_argument("--contact", type=int, metavar="ID", help="answer as if this CRM contact wrote it")
    reply.add_argument("--dry-run", action="store_true", help="change nothing (no leads, bookings or metering)")
    reply.add_argument("--json", action="store_true")


def cmd_ai(workspace: Workspace, args: argparse.Namespace) -> int:
    """Dispatch ``secretary ai ACTION``."""
    if args.ai_command == "classify":
        return _classify(workspace, args.json)
    return _reply(workspace, args)


def _batches(stream: Any) -> Iterator[list[tuple[int, str | None, str | None]]]:
    """(line number, text, error) in batches; a bad line carries its error instead of text."""
    batch: list[tuple[int, str | None, str | None]] = []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        text, error = None, None
        try:
            item = json.loads(line)
            text = item.get("text") if isinstance(item, dict) else None
            if not isinstance(text, str):
                error = 'expected an object with a string "text"'
            elif len(text) > MAX_TEXT:
                text, error = None, f"text longer than {MAX_TEXT} characters"
        except json.JSONDecodeError as exc:
            error = f"not JSON: {exc.msg}"
        batch.append((number, text, error))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _classify(workspace: Workspace, as_json: bool) -> int:
    if workspace.database.exists():
        app = open_app(workspace)
        classify = app.ai.classify
    else:  # no workspace: still classify, just without the CRM's names
        from secretary.ai.langid import detect
        from secretary.ai.supervisor import Analyzer
        app, classify = None, Analyzer(detect).analyze_batch  # type: ignore[assignment]
    failed = 0
    try:
        for batch in _batches(sys.stdin):
            texts = [text for _n, text, error in batch if error is None and text is not None]
            results = iter(classify(texts)) if texts else iter(())
            for number, _text, error in batch:
                if error is not None:
                    failed += 1
                    out: dict[str, Any] = {"error": f"line {number}: {error}"}
                else:
                    out = next(results).as_json()
                sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n" if as_json else _human(out) + "\n")
            sys.stdout.flush()
    finally:
        if app is not None:
            app.close()
    if failed:
        return fail(f"{failed} input line(s) could not be classified (see their error lines)")
    return 0


def _human(out: dict[str, Any]) -> str:
    if "error" in out:
        return f"error   {out['error']}"
    pii = ",".join(sorted({p["type"] for p in out["pii"]})) or "-"
    return f"{out['language']:<6} {out['intent']:<11} {'TOXIC' if out['toxic'] else 'ok':<6} {pii:<20} {out['masked']}"


def _reply(workspace: Workspace, args: argparse.Namespace) -> int:
    app = open_app(workspace)
    try:
        trace = app.ai.reply(args.text, contact_id=args.contact, dry_run=args.dry_run)
    finally:
        app.close()
    if args.json:
        emit_json(trace.as_json())
        return 0
    print(f"route:   {trace.language} → {trace.intent} → {trace.agent or 'supervisor'} ({trace.backend})")
    if trace.flags:
        print(f"flags:   {', '.join(trace.flags)}")
    print(f"masked:  {trace.masked_input}")
    for call in trace.tool_calls:
        print(f"tool:    {call.name}({json.dumps(call.arguments, ensure_ascii=False)})"
              + (f" → error: {call.error}" if call.error else ""))
    print()
    print(trace.reply)
    return 0

