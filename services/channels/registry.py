"""Runs the connector of every active channel and finds the one a reply must go through."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from secretary.channels import ChannelHealth, ChannelInfo, Connector, IncomingMessage
from secretary.errors import SecretaryError
from services.channels.service import ChannelService
from services.inbox.service import InboxService

log = logging.getLogger(__name__)
Factory = Callable[[ChannelInfo, "ChannelRegistry"], Connector]


def _telegram(info: ChannelInfo, registry: ChannelRegistry) -> Connector:
    from services.channels.telegram import TelegramConnector
    token = registry.channels.token(info.id)
    if not token:
        raise SecretaryError(f"channel {info.id}: no bot token in the secret store")
    state = registry.channels.state(info.id)
    if info.config.get("mode") == "webhook":  # start() registers the webhook instead of polling
        state = {**state, "webhook_url": info.config["webhook_url"],
                 "webhook_secret": registry.channels.webhook_secret(info.id) or ""}
    else:
        state.pop("webhook_url", None)
    return TelegramConnector(info.id, token, api_url=str(info.config.get("api_url", "https://api.telegram.org")),
                             state=state,
                             save_state=lambda value: registry.channels.save_state(info.id, value))


def _signal(info: ChannelInfo, registry: ChannelRegistry) -> Connector:
    from services.channels.signal import SignalConnector
    return SignalConnector(info.id, str(info.config["number"]), signal_cli=str(info.config.get("signal_cli",
                                                                                                 "signal-cli")),
                           state=registry.channels.state(info.id),
                           save_state=lambda value: registry.channels.save_state(info.id, value))


def _widget(info: ChannelInfo, registry: ChannelRegistry) -> Connector:
    from services.channels.widget import WidgetConnector
    options = {k: info.config.get(k) for k in ("color", "position", "language", "greeting", "title")}
    return WidgetConnector(info.id, site_key=str(info.config["site_key"]),
                           allowed_origins=list(info.config.get("allowed_origins", [])),  # type: ignore[call-overload]
                           history=lambda visitor, limit: registry.inbox.visitor_history(info.id, visitor, limit),
                           options=options)


FACTORIES: dict[str, Factory] = {"telegram": _telegram, "signal": _signal, "widget": _widget}


class ChannelRegistry:
    """The running connectors of this process (only the process holding the workspace lock runs them)."""

    def __init__(self, channels: ChannelService, inbox: InboxService) -> None:
        self.channels, self.inbox = channels, inbox
        self._running: dict[int, Connector] = {}
        self._failed: dict[int, str] = {}
        self._lock = threading.Lock()
        self.started: list[Callable[[Connector], None]] = []  # e.g. the HTTP server mounting a widget

    def start_all(self) -> int:
        """Start every active channel's connector; a broken one is reported, never fatal. Returns how many run."""
        for info in self.channels.list():
            if info.is_active and info.id not in self._running:
                self.start(info)
        return len(self._running)

    def start(self, info: ChannelInfo) -> None:
        factory = FACTORIES.get(info.type)
        try:
            if factory is None:
                raise SecretaryError(f"unknown channel type {info.type!r}")
            connector = factory(info, self)
            for hook in list(self.started):
                hook(connector)
            connector.start(self._deliver)
        except Exception as exc:  # noqa: BLE001 - a broken channel is reported, the others keep running
            log.error("channel %s (%s) did not start: %s", info.id, info.type, exc)
            with self._lock:
                self._failed[info.id] = str(exc)
            return
        with self._lock:
            self._running[info.id] = connector
            self._failed.pop(info.id, None)
        log.info("channel %s (%s) started", info.id, info.type)

    def attach(self, channel_id: int, connector: Connector) -> None:
        """Run an already built connector for ``channel_id`` (embedding and tests)."""
        connector.start(self._deliver)
        with self._lock:
            self._running[channel_id] = connector

    def _deliver(self, channel_id: int, message: IncomingMessage) -> None:
        received = self.inbox.receive(channel_id, message)
        connector = self.get(channel_id)
        typing = getattr(connector, "typing", None)
        if received.created and typing is not None and self.inbox.ai_answers(received.thread_id):
            # the widget shows "typing…" until the AI's reply arrives
            try:
                typing(message.chat_id, True)
            except Exception:  # noqa: BLE001 - a cosmetic signal must never lose a message
                log.debug("typing indicator failed", exc_info=True)

    def stop(self, channel_id: int) -> None:
        """Stop one channel's connector (it was switched off)."""
        with self._lock:
            connector = self._running.pop(channel_id, None)
            self._failed.pop(channel_id, None)
        if connector is not None:
            connector.stop()

    def get(self, channel_id: int) -> Connector | None:
        with self._lock:
            return self._running.get(channel_id)

    def health(self) -> dict[int, ChannelHealth]:
        """Each channel's state: running connectors report their own, broken ones why they failed."""
        with self._lock:
            running, failed = dict(self._running), dict(self._failed)
        states = {cid: c.health() for cid, c in running.items()}
        states.update({cid: ChannelHealth("failed", last_error=error) for cid, error in failed.items()})
        return states

    def stop_all(self) -> None:
        with self._lock:
            running, self._running = list(self._running.values()), {}
        for connector in running:
            try:
                connector.stop()
            except Exception:  # noqa: BLE001 - one connector's failure must not keep the others running
                log.exception("stopping a connector failed")

    def __len__(self) -> int:
        return len(self._running)


def remote_health(host: str, port: int, timeout: float = 2.0) -> dict[int, ChannelHealth]:
    """Channel health as reported by the process running the connectors (its /health), {} if unreachable."""
    import json
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://{host}:{port}/health", timeout=timeout) as response:
            body = json.loads(response.read())
    except (OSError, ValueError):
        return {}
    return {int(cid): ChannelHealth(**h) for cid, h in (body.get("channels") or {}).items()}
