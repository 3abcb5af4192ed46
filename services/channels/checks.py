"""The "Test" buttons of Settings → Channels: try a channel's credentials before it is saved.

Each check builds a throw-away connector, runs its own ``check`` and returns
what it found; failures are our errors (``InvalidInput``, ``AuthFailed``,
``NotReady``, ``RemoteUnavailable``...), with a stable ``reason`` in
``details`` where the GUI says something more specific than the error's code.
The GUI imports this module, never a connector class.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from secretary.errors import InvalidInput, NotReady

TELEGRAM_API = "https://api.telegram.org"
NOT_INSTALLED = "not_installed"  # details["reason"] when signal-cli is not where we looked


def check_telegram(token: str, api_url: str | None = None, *, timeout: float = 20.0) -> str:
    """The bot's ``@username`` if Telegram (or a local Bot API server at ``api_url``) accepts ``token``."""
    from services.channels.telegram import TelegramConnector

    token = token.strip()
    if not token:
        raise InvalidInput("enter the bot token from @BotFather", field="token")
    api_url = (api_url or "").strip() or TELEGRAM_API
    if not re.fullmatch(r"https?://\S+", api_url):
        raise InvalidInput("the API address must start with http:// or https://", field="api_url")
    connector = TelegramConnector(0, token, api_url=api_url)
    connector.send_timeout = timeout
    return "@" + connector.check_token().lstrip("@")


def signal_number(number: str) -> str:
    """``number`` without spaces, dashes and brackets; ``InvalidInput`` unless it is international (+49…)."""
    cleaned = re.sub(r"[\s\-()]", "", number)
    if not re.fullmatch(r"\+[1-9][0-9]{6,14}", cleaned):
        raise InvalidInput("the number must be in international format, e.g. +4930123456", field="number")
    return cleaned


def find_signal_cli(signal_cli: str | None) -> str:
    """The executable that would run, or ``NotReady`` (reason ``not_installed``) naming where we looked."""
    wanted = (signal_cli or "").strip() or "signal-cli"
    if wanted.endswith(".py"):  # a stand-in script, run with this interpreter
        if Path(wanted).is_file():
            return wanted
    else:
        found = shutil.which(wanted)
        if found:
            return found
    raise NotReady(f"signal-cli was not found at {wanted}; install it and Java 21+ (see docs/signal-setup.md)",
                   reason=NOT_INSTALLED, path=wanted)


def check_signal(number: str, signal_cli: str | None = None, *, timeout: float = 60.0) -> str:
    """What signal-cli answered for ``number`` (its version), or why it did not (``NotReady``)."""
    from services.channels.signal import SignalConnector

    number = signal_number(number)
    executable = find_signal_cli(signal_cli)
    connector = SignalConnector(0, number, signal_cli=executable, startup_timeout=timeout,
                                request_timeout=timeout)
    return connector.check()
