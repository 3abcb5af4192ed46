"""Local users and roles (owner, admin, agent, viewer)."""

from __future__ import annotations

from storage import users_repo
from storage.db import Database

ROLES: dict[str, list[str]] = {
    "owner": ["*"],
    "admin": ["settings.write", "users.write", "inbox.*", "crm.*", "calendar.*", "knowledge.*", "invoices.*",
              "kyb.*", "audit.read"],
    "agent": ["inbox.*", "crm.*", "calendar.*", "knowledge.read", "invoices.read", "kyb.read"],
    "viewer": ["inbox.read", "crm.read", "calendar.read", "knowledge.read", "invoices.read", "kyb.read"],
}


def ensure_owner(db: Database, actor: str, email: str, name: str, language: str = "en") -> int:
    """Create the roles and the owner account if missing; returns the owner's user id."""
    with db.writing(actor) as session:
        role_ids = users_repo.ensure_roles(session, ROLES)
        existing = users_repo.owner_id(session)
        if existing is not None:
            return existing
        return users_repo.add_user(session, email, name, role_ids["owner"], language)


def owner_id(db: Database) -> int | None:
    """The first owner's id, or None before ``init``."""
    with db.reading() as session:
        return users_repo.owner_id(session)


def display_names(db: Database) -> dict[int, str]:
    """User id to name (the audit log shows people by name)."""
    with db.reading() as session:
        return users_repo.display_names(session)
