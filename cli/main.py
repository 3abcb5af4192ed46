"""``secretary``: the command line of AI Secretary.

With no arguments it opens the desktop app (or, with no display, the headless
appliance). Exit codes: 0 ok, 1 error, 2 usage, 3 workspace in use by another
process. Errors are one line on stderr; ``--json`` output is stable.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from pathlib import Path

from cli import ai, channels, commands, kb, kyb
from cli.output import fail
from secretary.errors import SecretaryError, WorkspaceLocked
from services import logs
from storage.workspace import Workspace


def _parser() -> argparse.ArgumentParser:
    # Global options are accepted before or after the sub-command.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--workspace", type=Path, default=argparse.SUPPRESS,
                        help="workspace folder (default: $SECRETARY_HOME or the platform's user data folder)")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="log progress to stderr")
    parser = argparse.ArgumentParser(prog="secretary", description="AI Secretary for a small firm.",
                                     parents=[common])
    # No parser.set_defaults(workspace=...): it would rewrite the default of the shared action, and the
    # sub-command's copy (default None) would then overwrite a --workspace given before the sub-command.
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser = functools.partial(sub.add_parser, parents=[common])  # type: ignore[method-assign]

    gui = sub.add_parser("gui", help="open the desktop app")
    gui.add_argument("--screenshot", metavar="PNG", help="save a screenshot once the window is up, then quit")
    init = sub.add_parser("init", help="create the workspace (and the demo firm with --demo)")
    init.add_argument("--demo", action="store_true", help="fill it with a believable demo firm")
    init.add_argument("--if-missing", action="store_true", help="do nothing if the workspace already exists")
    init.add_argument("--owner-email", default="owner@localhost", help="the owner's e-mail (login name)")
    init.add_argument("--owner-name", default="Owner", help="the owner's name")
    init.add_argument("--firm-name", help="the firm's name")

    serve = sub.add_parser("serve", help="run headless: worker, connectors and the local HTTP server")
    serve.add_argument("--host", help="address to listen on (default: setting server.host)")
    serve.add_argument("--port", type=int, help="port to listen on (default: setting server.port; 0 = any)")
    worker = sub.add_parser("worker", help="run the background worker only")
    worker.add_argument("--workers", type=int, help="worker threads (default: setting queue.workers)")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", help="back up and migrate the database to the current schema")
    db_sub.add_parser("backup", help="write a consistent copy into the workspace's backups folder")

    status = sub.add_parser("status", help="workspace, schema, secret store, worker and row counts")
    status.add_argument("--json", action="store_true", help="machine-readable output")

    config = sub.add_parser("config", help="read and change settings")
    config_sub = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    get = config_sub.add_parser("get", help="print one setting, or all")
    get.add_argument("key", nargs="?")
    get.add_argument("--json", action="store_true")
    set_ = config_sub.add_parser("set", help="change a setting")
    set_.add_argument("key")
    set_.add_argument("value")
    unset = config_sub.add_parser("unset", help="return a setting to its default")
    unset.add_argument("key")

    secret = sub.add_parser("secret", help="store or remove API keys and tokens (value read from stdin)")
    secret_sub = secret.add_subparsers(dest="secret_command", metavar="ACTION", required=True)
    sset = secret_sub.add_parser("set", help="store a secret; the value is read from stdin, never echoed")
    sset.add_argument("name")
    sdel = secret_sub.add_parser("delete", help="remove a secret")
    sdel.add_argument("name")
    slist = secret_sub.add_parser("list", help="which secrets are set (never their values)")
    slist.add_argument("--json", action="store_true")
    kb.add_parser(sub)
    ai.add_parser(sub)
    channels.add_parser(sub)
    kyb.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    args.workspace = getattr(args, "workspace", None)
    args.verbose = getattr(args, "verbose", False)
    if args.workspace is not None:
        os.environ["SECRETARY_HOME"] = str(args.workspace)
    workspace = Workspace.default()
    logs.configure(workspace.logs if workspace.root.exists() else None, args.verbose)
    handler = commands.HANDLERS.get(args.command or "open")
    try:
        return handler(workspace, args)
    except WorkspaceLocked as exc:
        return fail(str(exc), 3)
    except SecretaryError as exc:
        return fail(str(exc), 1)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:  # output piped into head & co.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
