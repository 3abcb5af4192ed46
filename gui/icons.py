"""Icons from the qtawesome icon fonts, coloured from the current theme."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QIcon

from gui import theme

# One place that names every icon the app uses, so a panel never guesses a font name.
NAMES = {
    "home": "mdi6.home-outline",
    "inbox": "mdi6.inbox-outline",
    "crm": "mdi6.account-group-outline",
    "calendar": "mdi6.calendar-month-outline",
    "knowledge": "mdi6.book-open-page-variant-outline",
    "invoices": "mdi6.receipt-text-outline",
    "kyb": "mdi6.shield-check-outline",
    "audit": "mdi6.history",
    "settings": "mdi6.cog-outline",
    "ok": "mdi6.check-circle",
    "warn": "mdi6.alert-circle",
    "error": "mdi6.close-circle",
    "busy": "mdi6.progress-clock",
    "ai": "mdi6.robot-outline",
    "key": "mdi6.key-variant",
    "lock": "mdi6.lock-outline",
    "worker": "mdi6.server",
    "folder": "mdi6.folder-open-outline",
    "language": "mdi6.translate",
    "firm": "mdi6.domain",
    "integrations": "mdi6.connection",
    "workspace": "mdi6.database-outline",
    "search": "mdi6.magnify",
    "remove": "mdi6.delete-outline",
    "save": "mdi6.content-save-outline",
    "test": "mdi6.play-circle-outline",
    "info": "mdi6.information-outline",
    "dot": "mdi6.circle",
    "telegram": "fa6b.telegram",
    "signal": "mdi6.message-processing-outline",
    "openai": "mdi6.creation-outline",
    "compatible": "mdi6.server-network-outline",
    "stripe": "fa6b.stripe-s",
    "kyb_eu": "mdi6.shield-search",
    "google_calendar": "fa6b.google",
    "demo": "mdi6.flask-outline",
    "brand": "mdi6.robot-happy-outline",
    "file": "mdi6.file-document-outline",
    "pdf": "mdi6.file-pdf-box",
    "web": "mdi6.web",
    "add_file": "mdi6.file-plus-outline",
    "add_folder": "mdi6.folder-plus-outline",
    "add_web": "mdi6.web-plus",
    "reindex": "mdi6.refresh",
    "stop": "mdi6.stop-circle-outline",
    "open": "mdi6.open-in-new",
    "drop": "mdi6.tray-arrow-down",
}


def icon(key: str, tone: str = "muted") -> QIcon:
    """The icon ``key`` in a theme colour: muted (default), text, accent, ok, warn or error."""
    c = theme.colors()
    color = getattr(c, tone)
    return qta.icon(NAMES.get(key, key), color=color, color_active=c.text, color_on=c.accent,
                    color_selected=c.text, color_disabled=c.border)
