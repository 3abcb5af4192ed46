"""Adding, listing and removing channels; their secrets live in the secret store, never in the database."""

from __future__ import annotations

import re
import secrets as random_tokens
from collections.abc import Sequence
from urllib.parse import urlsplit

from secretary.channels import ChannelInfo
from secretary.errors import InvalidInput
from services.secrets_service import SecretsService
from storage import channels_repo
from storage.db import Database

_TELEGRAM_TOKEN = re.compile(r"[0-9]{5,12}:[A-Za-z0-9_-]{30,50}")
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")


def token_secret(channel_id: int) -> str:
    """Name of a channel's bot token in the secret store."""
    return f"channel.{channel_id}.token"


def webhook_secret(channel_id: int) -> str:
    """Name of a Telegram channel's webhook secret token in the secret store."""
    return f"channel.{channel_id}.webhook_secret"


def _origin(value: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/") or parts.query:
        raise InvalidInput(f"{value!r} is not an origin like https://www.example.com")
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname.lower()}{port}"


class ChannelService:
    """The firm's channels (``app.channels``)."""

    def __init__(self, db: Database, secrets: SecretsService) -> None:
        self._db, self._secrets = db, secrets

    def list(self) -> list[ChannelInfo]:
        with self._db.reading() as session:
            return channels_repo.list_all(session)

    def get(self, channel_id: int) -> ChannelInfo:
        with self._db.reading() as session:
            return channels_repo.get(session, channel_id)

    def add_telegram(self, token: str, *, actor: str, api_url: str | None = None,
                     name: str | None = None, webhook_url: str | None = None) -> ChannelInfo:
        """A Telegram bot: long polling by default (works behind NAT), or a webhook on a public HTTPS URL
        that forwards to this app's ``/telegram/<id>/webhook``. Tokens go to the secret store."""
        token = token.strip()
        if not _TELEGRAM_TOKEN.fullmatch(token):
            raise InvalidInput("that does not look like a bot token from @BotFather (digits:letters)")
        config: dict[str, object] = {"mode": "polling"}
        if webhook_url:
            if not re.fullmatch(r"https://\S+", webhook_url):
                raise InvalidInput("Telegram only posts to https:// addresses")
            config = {"mode": "webhook", "webhook_url": webhook_url}
        if api_url:
            if not re.fullmatch(r"https?://\S+", api_url):
                raise InvalidInput("the API address must start with http:// or https://")
            config["api_url"] = api_url.rstrip("/")
        with self._db.writing(actor) as session:
            info = channels_repo.add(session, "telegram", name or "Telegram bot", config)
        self._secrets.set(token_secret(info.id), token, actor)
        if webhook_url:
            self._secrets.set(webhook_secret(info.id), random_tokens.token_urlsafe(32), actor)
        return info

    def add_signal(self, number: str, *, actor: str, signal_cli: str | None = None,
                   name: str | None = None) -> ChannelInfo:
        """A Signal number served through signal-cli (which the app starts and supervises)."""
        number = re.sub(r"[\s\-()]", "", number)
        if not _E164.fullmatch(number):
            raise InvalidInput("the number must be in international format, e.g. +4930123456")
        config: dict[str, object] = {"number": number, "signal_cli": signal_cli or "signal-cli"}
        with self._db.writing(actor) as session:
            return channels_repo.add(session, "signal", name or f"Signal {number}", config)

    def add_widget(self, origins: Sequence[str], *, actor: str, name: str | None = None, color: str = "#2563eb",
                   position: str = "right", language: str = "en", greeting: str = "") -> ChannelInfo:
        """A chat widget for the firm's web site(s); its public site key is generated here."""
        allowed = sorted({_origin(o) for o in origins})
        if not allowed:
            raise InvalidInput("name at least one web site origin, e.g. https://www.example.com")
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", color) or position not in ("left", "right"):
            raise InvalidInput("colour must be like #2563eb and position left or right")
        config = {"site_key": random_tokens.token_urlsafe(18), "allowed_origins": allowed, "color": color,
                  "position": position, "language": language, "greeting": greeting}
        with self._db.writing(actor) as session:
            return channels_repo.add(session, "widget", name or "Web site chat", config)

    def remove(self, channel_id: int, *, actor: str) -> ChannelInfo:
        """Switch a channel off and forget its secret; its conversations stay in the inbox."""
        with self._db.writing(actor) as session:
            info = channels_repo.update(session, channel_id, is_active=False)
        for name in (token_secret(channel_id), webhook_secret(channel_id)):
            if self._secrets.is_set(name):
                self._secrets.delete(name, actor)
        return info

    def token(self, channel_id: int) -> str | None:
        return self._secrets.get(token_secret(channel_id))

    def webhook_secret(self, channel_id: int) -> str | None:
        return self._secrets.get(webhook_secret(channel_id))

    def state(self, channel_id: int) -> dict[str, object]:
        with self._db.reading() as session:
            return channels_repo.state(session, channel_id)

    def save_state(self, channel_id: int, value: dict[str, object]) -> None:
        with self._db.writing(f"connector:{channel_id}") as session:
            channels_repo.save_state(session, channel_id, value)

    def channel_type(self, channel_id: int) -> str | None:
        with self._db.reading() as session:
            return channels_repo.channel_type(session, channel_id)


def widget_snippet(info: ChannelInfo, base_url: str) -> str:
    """The one script tag a web site embeds."""
    c = info.config
    attrs = [f'src="{base_url}/widget.js"', f'data-channel="{info.id}"', f'data-key="{c["site_key"]}"',
             f'data-color="{c.get("color", "#2563eb")}"', f'data-position="{c.get("position", "right")}"',
             f'data-language="{c.get("language", "en")}"']
    return f"<script {' '.join(attrs)} async></script>"
