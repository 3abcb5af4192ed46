"""Local users and their roles."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Role, User


def ensure_roles(session: Session, roles: dict[str, list[str]]) -> dict[str, int]:
    """Create missing roles; returns role name to id."""
    existing = {role.name: role for role in session.scalars(select(Role))}
    for name, permissions in roles.items():
        if name not in existing:
            existing[name] = Role(name=name, permissions=permissions)
            session.add(existing[name])
    session.flush()
    return {name: role.id for name, role in existing.items()}


def owner_id(session: Session) -> int | None:
    """The first owner's user id, or None."""
    return session.scalar(select(User.id).join(Role).where(Role.name == "owner").order_by(User.id))


def add_user(session: Session, email: str, name: str, role_id: int, language: str) -> int:
    """Create a user; returns the id."""
    user = User(email=email, name=name, role_id=role_id, language=language)
    session.add(user)
    session.flush()
    return user.id


def display_names(session: Session) -> dict[int, str]:
    """User id to display name, for showing who did what."""
    return {user_id: name for user_id, name in session.execute(select(User.id, User.name))}
