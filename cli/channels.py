"""``secretary channel`` and ``secretary inbox``: channels and conversations from the command line (stable JSON)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from cli.output import emit_json, fail
from secretary.channels import ChannelInfo
from services.app import open_app
from services.channels.registry import remote_health
from services.channels.service import widget_snippet
from storage.inbox_views import ThreadFilter, ThreadRow
from storage.workspace import Workspace

ACTOR = "cli"


def add_parser(sub: Any) -> None:
    channel = sub.add_parser("channel", help="the channels customers write on: Telegram, Signal, web widget")
    ch_sub = channel.add_subparsers(dest="channel_command", metavar="ACTION", required=True)
    add = ch_sub.add_parser("add", help="add a channel")
    kinds = add.add_subparsers(dest="kind", metavar="TYPE", required=True)
    tg = kinds.add_parser("telegram", help="a Telegram bot (token from @BotFather)")
    tg.add_argument("--token-stdin", action="store_true", required=True, help="read the bot token from stdin")
    tg.add_argument("--api-url", help="a local Bot API server (default https://api.telegram.org)")
    tg.add_argument("--webhook-url", metavar="HTTPS_URL",
                    help="receive through a webhook: a public https address forwarding to "
                         "http://HOST:PORT/telegram/<channel id>/webhook (default: long polling)")
    tg.add_argument("--name")
    sg = kinds.add_parser("signal", help="a Signal number served through signal-cli")
    sg.add_argument("--number", required=True, help="the registered number, e.g. +4930123456")
    sg.add_argument("--signal-cli", help="path to signal-cli (default: found on PATH)")
    sg.add_argument("--name")
    wg = kinds.add_parser("widget", help="a chat widget for your web site; prints the snippet to embed")
    wg.add_argument("--origin", action="append", required=True, metavar="URL",
                    help="a site allowed to embed it, e.g. https://www.example.com (repeatable)")
    wg.add_argument("--name")
    wg.add_argument("--color", default="#2563eb")
    wg.add_argument("--position", choices=("left", "right"), default="right")
    wg.add_argument("--language", choices=("en", "de", "uk"), default="en")
    wg.add_argument("--greeting", default="")
    listing = ch_sub.add_parser("list", help="channels with their state")
    listing.add_argument("--json", action="store_true")
    remove = ch_sub.add_parser("remove", help="switch a channel off (its conversations stay)")
    remove.add_argument("id", type=int)

    inbox = sub.add_parser("inbox", help="conversations with customers")
    in_sub = inbox.add_subparsers(dest="inbox_command", metavar="ACTION", required=True)
    threads = in_sub.add_parser("list", help="conversations, newest activity first")
    threads.add_argument("--status", choices=("open", "waiting", "handed_off", "closed"))
    threads.add_argument("--channel", choices=("telegram", "signal", "widget"))
    threads.add_argument("--unread", action="store_true")
    threads.add_argument("--search")
    threads.add_argument("--limit", type=int, default=50)
    threads.add_argument("--json", action="store_true")
    show = in_sub.add_parser("show", help="one conversation")
    show.add_argument("thread", type=int)
    show.add_argument("--json", action="store_true")


def channel_json(info: ChannelInfo, health: dict[int, Any]) -> dict[str, Any]:
    """The stable JSON of one channel (no secrets; the widget's site key is public)."""
    state = health.get(info.id)
    return {"id": info.id, "type": info.type, "name": info.name, "active": info.is_active,
            "config": {k: v for k, v in info.config.items()},
            "health": asdict(state) if state is not None else None}


def thread_json(row: ThreadRow) -> dict[str, Any]:
    """The stable JSON of one conversation in ``inbox list``."""
    return {"id": row.id, "channel": row.channel_type, "channel_id": row.channel_id, "title": row.title,
            "contact_id": row.contact_id, "last_text": row.last_text,
            "last_at": row.last_at.isoformat() if row.last_at else None, "unread": row.unread,
            "status": row.status, "ai_enabled": row.ai_enabled, "assignee": row.assignee_name,
            "labels": list(row.labels), "language": row.language}


def cmd_channel(workspace: Workspace, args: argparse.Namespace) -> int:
    """Dispatch ``secretary channel ACTION``."""
    app = open_app(workspace)
    try:
        if args.channel_command == "add":
            return _add(app, args)
        if args.channel_command == "remove":
            info = app.channels.remove(args.id, actor=ACTOR)
            print(f"Channel {info.id} ({info.type}) switched off; its conversations stay in the inbox.")
            return 0
        infos = app.channels.list()
        health = app.connectors.health()
        holder = app.lock.holder()
        if not health and holder is not None and holder.http_port:  # ask the serve process that runs them
            health = remote_health(str(app.settings.get("server.host")), holder.http_port)
        if args.json:
            emit_json([channel_json(i, health) for i in infos])
        elif not infos:
            print("No channels yet. Add one with 'secretary channel add telegram|signal|widget ...'.")
        for info in infos if not args.json else ():
            state = "on" if info.is_active else "off"
            running = health.get(info.id)
            detail = ""
            if running is not None:
                why = running.last_error or running.detail
                detail = f"  [{running.state}{': ' + why if why else ''}]"
            print(f"{info.id:>4}  {info.type:<9} {state:<4} {info.name}{detail}")
        return 0
    finally:
        app.close()


def _add(app: Any, args: argparse.Namespace) -> int:
    if args.kind == "telegram":
        token = sys.stdin.readline().strip()
        if not token:
            return fail("no token on stdin (pipe it in: "
                        "echo \"$TOKEN\" | secretary channel add telegram --token-stdin)")
        info = app.channels.add_telegram(token, actor=ACTOR, api_url=args.api_url, name=args.name,
                                         webhook_url=args.webhook_url)
        print(f"Telegram channel {info.id} added; 'secretary serve' (or the app) starts answering it.")
    elif args.kind == "signal":
        info = app.channels.add_signal(args.number, actor=ACTOR, signal_cli=args.signal_cli, name=args.name)
        print(f"Signal channel {info.id} added for {info.config['number']}; signal-cli must be registered "
              f"for this number (see README: Signal setup).")
    else:
        info = app.channels.add_widget(args.origin, actor=ACTOR, name=args.name, color=args.color,
                                       position=args.position, language=args.language, greeting=args.greeting)
        host, port = app.settings.get("server.host"), app.settings.get("server.port")
        print(f"Widget channel {info.id} added. Put this on your web site (the address must be reachable from "
              f"your visitors' browsers, e.g. through your web server's reverse proxy):", file=sys.stderr)
        print(widget_snippet(info, f"http://{host}:{port}"))
    return 0


def cmd_inbox(workspace: Workspace, args: argparse.Namespace) -> int:
    """Dispatch ``secretary inbox ACTION``."""
    app = open_app(workspace)
    try:
        if args.inbox_command == "list":
            rows = app.inbox.threads(ThreadFilter(status=args.status, channel_type=args.channel,
                                                  unread_only=args.unread, search=args.search), 0, args.limit)
            if args.json:
                emit_json([thread_json(r) for r in rows])
            for r in rows if not args.json else ():
                when = r.last_at.strftime("%Y-%m-%d %H:%M") if r.last_at else "-"
                unread = f"({r.unread})" if r.unread else ""
                print(f"{r.id:>5}  {r.channel_type:<9} {r.status:<10} {when}  {r.title} {unread}")
            return 0
        row = app.inbox.thread(args.thread)
        messages = app.inbox.messages(args.thread, 0, 10_000)
        if args.json:
            emit_json({**thread_json(row), "messages": [
                {"id": m.id, "direction": m.direction, "author": m.author_kind, "sender": m.sender, "text": m.text,
                 "at": m.at.isoformat(), "status": m.status, "error": m.error,
                 "attachments": [{"filename": a.filename, "mime_type": a.mime_type, "size": a.size}
                                 for a in m.attachments]} for m in messages]})
            return 0
        print(f"{row.title} · {row.channel_type} · {row.status} · AI {'on' if row.ai_enabled else 'off'}")
        for m in messages:
            who = {"in": m.sender or "customer", "out": m.author_kind, "int": "note"}.get(m.direction, m.direction)
            print(f"[{m.at.strftime('%Y-%m-%d %H:%M')}] {who}: {m.text}")
        return 0
    finally:
        app.close()
