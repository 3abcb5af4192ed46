"""``secretary kb``: the knowledge base from the command line (scripts rely on the JSON shapes)."""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from dataclasses import asdict
from typing import Any

from cli.output import emit_json, fail
from secretary.errors import SecretaryError, WorkspaceLocked
from secretary.knowledge import SearchFilters, SearchHit
from services.app import App, open_app
from storage.workspace import Workspace

ACTOR = "cli"
DONE = ("ready", "failed")


def add_parser(sub: Any) -> None:
    kb = sub.add_parser("kb", help="the knowledge base: add documents, search them")
    kb_sub = kb.add_subparsers(dest="kb_command", metavar="ACTION", required=True)
    add = kb_sub.add_parser("add", help="add files, folders or URLs and index them")
    add.add_argument("targets", nargs="+", metavar="PATH_OR_URL")
    add.add_argument("--source", help="name of the source (one target only)")
    add.add_argument("--include", action="append", default=[], metavar="PATTERN", help="e.g. '*.pdf' (folders)")
    add.add_argument("--exclude", action="append", default=[], metavar="PATTERN", help="e.g. 'drafts/*'")
    add.add_argument("--no-watch", action="store_true", help="do not re-check the folder/URL on a schedule")
    add.add_argument("--no-wait", action="store_true", help="queue and return at once")
    listing = kb_sub.add_parser("list", help="sources with status and counts")
    listing.add_argument("--json", action="store_true")
    remove = kb_sub.add_parser("remove", help="remove a source with its documents")
    remove.add_argument("source", metavar="SOURCE")
    reindex = kb_sub.add_parser("reindex", help="re-check every source (or one): changed documents only")
    reindex.add_argument("source", nargs="?", metavar="SOURCE")
    reindex.add_argument("--no-wait", action="store_true")
    kb_sub.add_parser("switch-model", help="re-embed everything with the model in setting kb.embedder")
    search = kb_sub.add_parser("search", help="search the knowledge base")
    search.add_argument("query", nargs="?")
    search.add_argument("--k", type=int, default=5)
    search.add_argument("--json", action="store_true")
    search.add_argument("--batch", action="store_true", help='read JSON lines {"query": ...} from stdin')
    search.add_argument("--source", action="append", default=[], help="only this source (repeatable)")
    search.add_argument("--language", action="append", default=[], help="only documents in this language")


def hit_json(hit: SearchHit) -> dict[str, Any]:
    """The stable JSON of one search result."""
    return {"chunk_id": hit.chunk_id, "document": hit.document, "title": hit.title, "source": hit.source,
            "page": hit.page, "heading": hit.heading, "score": round(hit.score, 6), "text": hit.text}


def _bar(done: int, total: int, width: int = 28) -> str:
    filled = int(width * done / total) if total else 0
    return "#" * filled + "-" * (width - filled)


def _watch(app: App, ids: list[int], worker: threading.Thread | None) -> int:
    """Show progress until every source is ready or failed; returns the exit code."""
    tty = sys.stderr.isatty()
    last: dict[int, str] = {}
    while True:
        infos = [app.knowledge.get(i) for i in ids]
        for info in infos:
            line = f"{info.name[:40]:<40} {info.status:<10} [{_bar(info.progress_done, info.progress_total)}] " \
                   f"{info.progress_done}/{info.progress_total}"
            if tty:
                sys.stderr.write("\r" + line)
            elif last.get(info.id) != info.status:
                sys.stderr.write(line + "\n")
            last[info.id] = info.status
        sys.stderr.flush()
        finished = all(i.status in DONE for i in infos) and (worker is None or not worker.is_alive())
        if finished:
            break
        time.sleep(0.3)
    if tty:
        sys.stderr.write("\n")
    failed = 0
    for info in infos:
        print(f"{info.name}: {info.status}, {info.documents} documents, {info.chunks} chunks"
              + (f" — {info.status_reason}" if info.status_reason else ""))
        for item in info.failed_items:
            print(f"  could not read {item['uri']}: {item['error']}", file=sys.stderr)
        failed += info.status == "failed"
    return 1 if failed else 0


def _run_or_wait(app: App, ids: list[int], no_wait: bool) -> int:
    holder = app.lock.holder()
    if no_wait:
        where = f"the running {holder.mode} (pid {holder.pid})" if holder else "the app or `secretary worker`"
        print(f"Queued {len(ids)} source(s); {where} will index them.")
        return 0
    if holder is not None:
        return _watch(app, ids, None)
    try:
        app.lock.acquire("worker")
    except WorkspaceLocked:
        return _watch(app, ids, None)

    def work() -> None:
        for source_id in ids:
            try:
                app.knowledge.ingest(source_id)
            except Exception:  # recorded on the source; the summary below reports it
                pass

    worker = threading.Thread(target=work, name="kb-ingest", daemon=True)
    worker.start()
    try:
        return _watch(app, ids, worker)
    except KeyboardInterrupt:
        app.knowledge.stop()
        worker.join()
        raise


def _search(app: App, args: argparse.Namespace) -> int:
    filters = SearchFilters(sources=tuple(args.source), languages=tuple(args.language))
    searcher = app.knowledge.searcher()  # loads the model once, also for --batch
    if args.batch:
        for number, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                request = json.loads(line)
                query = request["query"] if isinstance(request, dict) else None
                if not isinstance(query, str):
                    raise ValueError("no string 'query'")
                k = int(request.get("k", args.k))
                hits = [hit_json(h) for h in searcher.search(query, k=k, filters=filters)]
                out: Any = hits
            except (ValueError, TypeError, KeyError) as exc:
                out = {"error": f"line {number}: {exc}"}
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return 0
    if not args.query:
        return fail("give a query, or --batch to read JSON lines from stdin", 2)
    hits = searcher.search(args.query, k=args.k, filters=filters)
    if args.json:  # keys in the documented order, not sorted
        sys.stdout.write(json.dumps([hit_json(h) for h in hits], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not hits:
        print("No matches.")
    for rank, hit in enumerate(hits, 1):
        where = f"{hit.document}" + (f", page {hit.page}" if hit.page else "") + \
            (f" — {hit.heading}" if hit.heading else "")
        print(f"{rank}. {hit.title} ({hit.score:.3f})\n   {where}\n   {(hit.snippet or hit.text)[:300]}")
    return 0


def cmd_kb(workspace: Workspace, args: argparse.Namespace) -> int:
    app = open_app(workspace)
    try:
        command = args.kb_command
        if command == "add":
            if args.source and len(args.targets) > 1:
                return fail("--source names one source: give one target with it", 2)
            ids = []
            for target in args.targets:
                try:
                    ids.append(app.knowledge.add(target, name=args.source, include=args.include,
                                                 exclude=args.exclude, watch=False if args.no_watch else None,
                                                 actor=ACTOR))
                except SecretaryError as exc:
                    print(f"secretary: error: {exc}", file=sys.stderr)
            if not ids:
                return 1
            code = _run_or_wait(app, ids, args.no_wait)
            return code or (1 if len(ids) < len(args.targets) else 0)
        if command == "list":
            infos = app.knowledge.list()
            if args.json:
                emit_json([{**asdict(i), "last_ingested_at": i.last_ingested_at.isoformat()
                            if i.last_ingested_at else None} for i in infos])
            elif not infos:
                print("No knowledge sources yet: secretary kb add PATH_OR_URL")
            for info in [] if args.json else infos:
                print(f"{info.name:<32} {info.type:<6} {info.status:<10} {info.documents:>5} docs "
                      f"{info.chunks:>7} chunks  {info.uri}")
            return 0
        if command == "remove":
            info = app.knowledge.remove(args.source, actor=ACTOR)
            print(f"Removed {info.name} ({info.documents} documents).")
            return 0
        if command == "reindex":
            ids = app.knowledge.reindex(args.source, actor=ACTOR)
            return _run_or_wait(app, ids, args.no_wait) if ids else 0
        if command == "switch-model":
            index_id = app.knowledge.switch_model(actor=ACTOR)
            print("The configured model is already in use." if index_id is None else
                  "Re-embedding started; search keeps using the old index until it is complete.")
            return 0
        return _search(app, args)
    finally:
        app.close()
