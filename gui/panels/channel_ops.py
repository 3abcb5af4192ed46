"""Settings → Channels' background work and the pure decisions behind its health chips.

Op factories wrap ``ChannelService`` and the checks; the chip function turns a
channel, its health and who runs the workspace into (tone, text, reason), so it
is tested without widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from gui.operations import Op, op
from gui.session import Session
from secretary.channels import ChannelHealth, ChannelInfo
from services.app import App
from services.channels import checks
from services.channels.service import widget_snippet

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Added:
    """A channel just added, whether it already runs, and (widgets) the snippet to embed."""

    info: ChannelInfo
    started: bool
    snippet: str = ""


def owns_workspace(session: Session) -> bool:
    """This window runs the connectors (so their health means something here)."""
    return session.runtime is not None and session.runtime.owner


def base_url(app: App) -> str:
    return f"http://{app.settings.get('server.host')}:{app.settings.get('server.port')}"


def snippet(app: App, info: ChannelInfo) -> str:
    return widget_snippet(info, base_url(app))


def load(parent: QObject, session: Session) -> Op:
    """``(channels, health)``; health only when this process runs the connectors (else empty)."""
    app, owner = session.app, owns_workspace(session)
    return op(parent, lambda: (app.channels.list(), app.connectors.health() if owner else {}))


def _start(session: Session, info: ChannelInfo) -> bool:
    """Start the new channel's connector at once when this window runs the workspace."""
    if not owns_workspace(session):
        return False
    session.app.connectors.start(info)
    return info.id in session.app.connectors.health()


def add_telegram(parent: QObject, session: Session, token: str, api_url: str, name: str) -> Op:
    app, actor = session.app, session.actor

    def run() -> Added:
        info = app.channels.add_telegram(token, actor=actor, api_url=api_url.strip() or None, name=name or None)
        return Added(info, _start(session, info))
    return op(parent, run).with_progress(translate("Operations", "Adding the channel…"))


def add_signal(parent: QObject, session: Session, number: str, signal_cli: str, name: str) -> Op:
    app, actor = session.app, session.actor

    def run() -> Added:
        info = app.channels.add_signal(number, actor=actor, signal_cli=signal_cli.strip() or None, name=name or None)
        return Added(info, _start(session, info))
    return op(parent, run).with_progress(translate("Operations", "Adding the channel…"))


def add_widget(parent: QObject, session: Session, origins: list[str], *, name: str, color: str, position: str,
               language: str, greeting: str) -> Op:
    app, actor = session.app, session.actor

    def run() -> Added:
        info = app.channels.add_widget(origins, actor=actor, name=name or None, color=color, position=position,
                                       language=language, greeting=greeting)
        return Added(info, _start(session, info), snippet(app, info))
    return op(parent, run).with_progress(translate("Operations", "Adding the channel…"))


def switch_off(parent: QObject, session: Session, channel_id: int) -> Op:
    """Switch the channel off (its conversations stay) and stop its connector if it runs here."""
    app, actor, owner = session.app, session.actor, owns_workspace(session)

    def run() -> ChannelInfo:
        info = app.channels.remove(channel_id, actor=actor)
        if owner:
            app.connectors.stop(channel_id)
        return info
    return op(parent, run).with_progress(translate("Operations", "Switching the channel off…"))


def try_telegram(parent: QObject, token: str, api_url: str) -> Op:
    return op(parent, lambda: checks.check_telegram(token, api_url)).with_progress(
        translate("Operations", "Testing the connection…"))


def try_signal(parent: QObject, number: str, signal_cli: str) -> Op:
    return op(parent, lambda: checks.check_signal(number, signal_cli)).with_progress(
        translate("Operations", "Testing the connection…"))


def runner_text(session: Session) -> str | None:
    """Who runs the connectors when it is not this window ("run by secretary serve (pid …)"), else None."""
    state = session.runtime
    if state is None or state.owner:
        return None
    holder = state.holder
    if holder is None:
        return translate("ChannelsPage", "Runs in another program")
    if holder.mode == "gui":
        return translate("ChannelsPage", "Runs in another AI Secretary window (pid %1)").replace("%1", str(holder.pid))
    return translate("ChannelsPage", "Runs in secretary %1 (pid %2)").replace("%1", holder.mode).replace(
        "%2", str(holder.pid))


def reason_text(reason: str) -> str:
    """A failure reason from a connector, in the user's language where we know it."""
    if reason.startswith("signal-cli was not found"):
        return translate("ChannelsPage", "signal-cli was not found. Install it and Java 21 or newer "
                                         "(see docs/signal-setup.md), or enter its path.")
    if reason.startswith("Java is missing") or "Java 21" in reason:
        return translate("ChannelsPage", "signal-cli needs Java 21 or newer. Install it (see "
                                         "docs/signal-setup.md).")
    if "no bot token" in reason:
        return translate("ChannelsPage", "The bot token is missing from the secret store. Add the bot again.")
    if "rejected the bot token" in reason:
        return translate("ChannelsPage", "Telegram rejected the bot token. Add the bot again with a valid token "
                                         "from @BotFather.")
    return reason


def chip(info: ChannelInfo, health: ChannelHealth | None, runner: str | None) -> tuple[str, str, str]:
    """(tone, short text, longer reason) for a channel's health chip; tone is ok, warn, error or muted."""
    if not info.is_active:
        return "muted", translate("ChannelsPage", "Off"), translate(
            "ChannelsPage", "Switched off. Its conversations stay in the Inbox.")
    if runner is not None:
        return "ok", runner, translate("ChannelsPage", "That program runs the channels; its health is shown "
                                                       "there (secretary status).")
    if health is None:
        return "muted", translate("ChannelsPage", "Not running"), translate(
            "ChannelsPage", "Starts with the next start of the background work (restart the app).")
    reason = reason_text(health.detail if health.state == "failed" and health.detail else
                         (health.last_error or health.detail or ""))
    if health.state == "running":
        return "ok", translate("ChannelsPage", "Running"), ""
    if health.state == "starting":
        return "muted", translate("ChannelsPage", "Starting…"), ""
    if health.state == "degraded":
        return "warn", translate("ChannelsPage", "Reconnecting"), reason
    if health.state == "failed":
        return "error", translate("ChannelsPage", "Failed"), reason
    return "muted", translate("ChannelsPage", "Stopped"), reason
