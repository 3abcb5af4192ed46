"""The body of an answer helper process (see :mod:`services.answer_pool`).

It opens the owner's workspace without taking its lock or starting anything,
then answers one request at a time from its pipe: ``(request id, inbound
message, settings version)`` → ``("ok", request id, Reply)`` or ``("error",
request id, text)``. ``None`` asks it to exit. It exits by itself when the
owner is gone.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
PARENT_CHECK_SECONDS = 0.5


def main(root: str, conn: Connection, log_file: str | None) -> None:
    """Entry point of the helper process (``log_file``: its own file beside the owner's log)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the whole process group: the owner decides
    from services import logs
    logs.configure(Path(log_file).parent if log_file else None, file_name=Path(log_file).name if log_file else "")
    from services.app import open_app
    from storage.workspace import Workspace

    app = open_app(Workspace(Path(root)))
    parent = multiprocessing.parent_process()
    settings_version: int | None = None
    _warm_up(app)
    conn.send(("ready", 0, None))
    try:
        while True:
            if not conn.poll(PARENT_CHECK_SECONDS):
                if parent is not None and not parent.is_alive():
                    log.info("the owner process is gone; answer helper exiting")
                    return
                continue
            request = conn.recv()
            if request is None:
                return
            request_id, message, version = request
            if version != settings_version:  # the owner changed a setting: read them afresh
                app.settings.forget()
                settings_version = version
            try:
                conn.send(("ok", request_id, app.ai.respond(message)))
            except Exception as exc:  # noqa: BLE001 - reported to the owner, which answers locally instead
                log.exception("answering message %s failed", message.id)
                conn.send(("error", request_id, f"{type(exc).__name__}: {exc}"))
    except (EOFError, OSError):
        return  # the owner closed the pipe
    finally:
        app.close()


WARM_UP = ("Hello, what does a tax return cost?", "Guten Tag, wann haben Sie geöffnet?", "Добрий день, скільки коштує?")


def _warm_up(app: Any) -> None:
    """Load the models an answer needs before the first customer waits for them (~1 s cold).

    The embedded AI is run dry (nothing stored or sent) once per language; with a cloud
    back-end only the local search is warmed: a dry run would still be a paid request.
    """
    try:
        if app.settings.get("ai.backend") == "embedded":
            for text in WARM_UP:
                app.ai.playground(text)
        else:
            app.knowledge.search(WARM_UP[0])
    except Exception:  # noqa: BLE001 - e.g. no knowledge base yet: the first answer loads what it needs
        log.debug("warm-up failed", exc_info=True)
