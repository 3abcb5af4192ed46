"""Logging for every front end: stderr plus a rotating file in the workspace.

A filter scrubs token-shaped strings from every record, because libraries log
request URLs (the Telegram Bot API puts the token in the path).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from secretary.audit import scrub

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class ScrubSecrets(logging.Filter):
    """Rewrites each record's message with secrets replaced by ``***``."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def configure(log_folder: Path | None, verbose: bool = False, file_name: str = "secretary.log") -> None:
    """Send WARNING+ (INFO+ if ``verbose``) to stderr and INFO+ to ``log_folder``/``file_name``.

    Each process writes its own file (answer helpers use theirs): rotating one file from two
    processes would lose lines.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_secretary", False):
            root.removeHandler(handler)
    scrubber = ScrubSecrets()
    console = logging.StreamHandler()
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    handlers: list[logging.Handler] = [console]
    if log_folder is not None:
        log_folder.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(log_folder / file_name, maxBytes=5_000_000,
                                                            backupCount=5, encoding="utf-8")
        file_handler.setLevel(logging.INFO)
        file_handler.setFormatter(logging.Formatter(FORMAT))
        handlers.append(file_handler)
    for handler in handlers:
        handler.addFilter(scrubber)
        handler._secretary = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("huey").setLevel(logging.WARNING if not verbose else logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
