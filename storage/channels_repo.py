"""Configured channels (Telegram bots, Signal numbers, widget sites) and their connector state."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretary.channels import ChannelInfo
from secretary.errors import NotFound
from storage.models import Channel


def _info(row: Channel) -> ChannelInfo:
    return ChannelInfo(id=row.id, type=row.type, name=row.name, is_active=row.is_active, config=dict(row.config or {}))


def add(session: Session, type_: str, name: str, config: dict[str, Any]) -> ChannelInfo:
    """A new active channel (a name already taken by this type gets a number: "Telegram bot 2")."""
    taken = set(session.scalars(select(Channel.name).where(Channel.type == type_)))
    base, unique, n = name[:110], name[:110], 1
    while unique in taken:
        n += 1
        unique = f"{base} {n}"
    row = Channel(type=type_, name=unique, config=config, is_active=True, state={})
    session.add(row)
    session.flush()
    return _info(row)


def list_all(session: Session, active_only: bool = False) -> list[ChannelInfo]:
    """Every channel (or the active ones), oldest first."""
    stmt = select(Channel).order_by(Channel.id)
    if active_only:
        stmt = stmt.where(Channel.is_active.is_(True))
    return [_info(row) for row in session.scalars(stmt)]


def get(session: Session, channel_id: int) -> ChannelInfo:
    """The channel or NotFound."""
    row = session.get(Channel, channel_id)
    if row is None:
        raise NotFound(f"channel {channel_id} does not exist")
    return _info(row)


def update(session: Session, channel_id: int, *, is_active: bool | None = None,
           config: dict[str, Any] | None = None) -> ChannelInfo:
    """Switch a channel on/off or replace its configuration (its conversations stay)."""
    row = session.get(Channel, channel_id)
    if row is None:
        raise NotFound(f"channel {channel_id} does not exist")
    if is_active is not None:
        row.is_active = is_active
    if config is not None:
        row.config = config
    session.flush()
    return _info(row)


def state(session: Session, channel_id: int) -> dict[str, Any]:
    """The connector's saved state (e.g. the Telegram update offset)."""
    row = session.get(Channel, channel_id)
    return dict(row.state or {}) if row is not None else {}


def save_state(session: Session, channel_id: int, value: dict[str, Any]) -> None:
    """Persist the connector's state (not audited: it changes with every poll)."""
    row = session.get(Channel, channel_id)
    if row is not None:
        row.state = {**(row.state or {}), **value}


def channel_type(session: Session, channel_id: int) -> str | None:
    """The channel's type, or None if it does not exist."""
    return session.scalar(select(Channel.type).where(Channel.id == channel_id))
