"""The handlers behind each ``secretary`` sub-command."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable

from cli.output import emit_json, fail, status_json, status_text
from secretary.audit import ACTOR_SYSTEM
from secretary.settings import SECRETS, setting
from services.app import App, open_app
from services.runtime import Runtime
from storage.workspace import Workspace

CLI_ACTOR = "cli"


def _app(workspace: Workspace) -> App:
    return open_app(workspace)


def has_display() -> bool:
    """True where a window can be shown (always on Windows/macOS; X11/Wayland/Qt platform on Linux)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def cmd_open(workspace: Workspace, args: argparse.Namespace) -> int:
    if not has_display():
        print("No display found: starting the headless appliance (secretary serve). Stop it with Ctrl+C.",
              file=sys.stderr)
        return cmd_serve(workspace, argparse.Namespace(host=None, port=None))
    return cmd_gui(workspace, args)


def cmd_gui(workspace: Workspace, args: argparse.Namespace) -> int:
    from gui.app import main as gui_main  # Qt is loaded only when a window is wanted

    return gui_main(workspace, screenshot=getattr(args, "screenshot", None))


def cmd_init(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.if_missing and workspace.exists():
        print(f"Workspace already exists at {workspace.root}")
        return 0
    from services.users import ensure_owner

    app = _app(workspace)
    try:
        ensure_owner(app.db, ACTOR_SYSTEM, args.owner_email, args.owner_name)
        if args.firm_name:
            app.settings.set("firm.name", args.firm_name, CLI_ACTOR)
        if args.demo:
            from services.demo import create_demo

            summary = create_demo(app)
            print(f"Demo workspace created at {workspace.root}: {summary}")
        else:
            print(f"Workspace ready at {workspace.root}")
    finally:
        app.close()
    return 0


def _run(workspace: Workspace, mode: str, **start: object) -> int:
    app = _app(workspace)
    runtime = Runtime(app, mode)
    try:
        state = runtime.start(**start)  # type: ignore[arg-type]
        if not state.owner:
            holder = state.holder
            who = f"{holder.mode} (pid {holder.pid} on {holder.host})" if holder else "another process"
            return fail(f"the workspace {workspace.root} is already run by {who}", 3)
        if state.took_over:
            print(f"Took over after {state.took_over.mode} (pid {state.took_over.pid}) stopped unexpectedly.",
                  file=sys.stderr)
        where = f", health at http://{app.settings.get('server.host')}:{state.http_port}/health" \
            if state.http_port else ""
        print(f"AI Secretary {mode} running for {workspace.root}{where}; "
              f"{state.recovered} unfinished task(s) resumed. Ctrl+C stops.", file=sys.stderr, flush=True)
        runtime.wait()
    finally:
        runtime.stop()
        app.close()
    return 0


def cmd_serve(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.host:
        app = _app(workspace)
        try:
            app.settings.set("server.host", args.host, CLI_ACTOR)
        finally:
            app.close()
    return _run(workspace, "serve", http=True, port=args.port)


def cmd_worker(workspace: Workspace, args: argparse.Namespace) -> int:
    return _run(workspace, "worker", workers=args.workers)


def cmd_db(workspace: Workspace, args: argparse.Namespace) -> int:
    from services.maintenance import backup, upgrade

    if args.db_command == "backup":
        print(backup(workspace))
        return 0
    result = upgrade(workspace)
    if not result.changed:
        print(f"Database is up to date (schema {result.after}).")
    else:
        where = f"; backup at {result.backup}" if result.backup else ""
        print(f"Database upgraded from {result.before or 'empty'} to {result.after}{where}.")
    return 0


def cmd_status(workspace: Workspace, args: argparse.Namespace) -> int:
    if not workspace.exists():
        return fail(f"no workspace at {workspace.root}; run 'secretary init' (or 'secretary init --demo')")
    app = _app(workspace)
    try:
        report = app.status()
    finally:
        app.close()
    if args.json:
        emit_json(status_json(report))
    else:
        print(status_text(report))
    return 0


def cmd_config(workspace: Workspace, args: argparse.Namespace) -> int:
    app = _app(workspace)
    try:
        if args.config_command == "get":
            values = {args.key: app.settings.get(args.key)} if args.key else app.settings.all()
            if args.json:
                emit_json(values)
            elif args.key:
                value = values[args.key]
                print(json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value)
            else:
                for key, value in values.items():
                    print(f"{key} = {json.dumps(value, ensure_ascii=False)}")
        elif args.config_command == "set":
            stored = app.settings.set(args.key, args.value, CLI_ACTOR)
            print(f"{args.key} = {json.dumps(stored, ensure_ascii=False)}")
        else:
            setting(args.key)
            default = app.settings.reset(args.key, CLI_ACTOR)
            print(f"{args.key} = {json.dumps(default, ensure_ascii=False)} (default)")
    finally:
        app.close()
    return 0


def _read_secret(name: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(f"Value for {name} (not shown): ")
    return sys.stdin.readline().rstrip("\r\n")


def cmd_secret(workspace: Workspace, args: argparse.Namespace) -> int:
    app = _app(workspace)
    try:
        if args.secret_command == "set":
            app.secrets.set(args.name, _read_secret(args.name), CLI_ACTOR)
            print(f"{args.name} stored in the {app.secrets.store_description}.")
        elif args.secret_command == "delete":
            existed = app.secrets.delete(args.name, CLI_ACTOR)
            print(f"{args.name} removed." if existed else f"{args.name} was not set.")
        else:
            state = {spec.name: app.secrets.is_set(spec.name) for spec in SECRETS}
            if args.json:
                emit_json({"store": app.secrets.store_description, "secrets": state})
            else:
                print(f"store: {app.secrets.store_description}")
                for name, is_set in state.items():
                    print(f"  {name:<32} {'set' if is_set else '-'}")
    finally:
        app.close()
    return 0


HANDLERS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {
    "open": cmd_open, "gui": cmd_gui, "init": cmd_init, "serve": cmd_serve, "worker": cmd_worker,
    "db": cmd_db, "status": cmd_status, "config": cmd_config, "secret": cmd_secret,
}


def _kb(workspace: Workspace, args: argparse.Namespace) -> int:
    from cli.kb import cmd_kb

    return cmd_kb(workspace, args)


HANDLERS["kb"] = _kb


def _ai(workspace: Workspace, args: argparse.Namespace) -> int:
    from cli.ai import cmd_ai

    return cmd_ai(workspace, args)


HANDLERS["ai"] = _ai


def _channel(workspace: Workspace, args: argparse.Namespace) -> int:
    from cli.channels import cmd_channel

    return cmd_channel(workspace, args)


def _inbox(workspace: Workspace, args: argparse.Namespace) -> int:
    from cli.channels import cmd_inbox

    return cmd_inbox(workspace, args)


HANDLERS["channel"] = _channel
HANDLERS["inbox"] = _inbox


def _kyb(workspace: Workspace, args: argparse.Namespace) -> int:
    from cli.kyb import cmd_kyb

    return cmd_kyb(workspace, args)


HANDLERS["kyb"] = _kyb
