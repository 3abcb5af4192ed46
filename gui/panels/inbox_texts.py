"""Words and formats the Inbox's parts share: statuses, channels, authors, send states, times."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

translate = QCoreApplication.translate
STATUSES = ("open", "waiting", "handed_off", "closed")
CHANNEL_TYPES = ("telegram", "signal", "widget")
STATUS_TONES = {"open": "accent", "waiting": "warn", "handed_off": "error", "closed": "muted"}


def status_name(status: str) -> str:
    return {"open": translate("Inbox", "Open"), "waiting": translate("Inbox", "Waiting"),
            "handed_off": translate("Inbox", "Needs a person"), "closed": translate("Inbox", "Closed")}.get(
        status, status)


def channel_name(kind: str) -> str:
    return {"telegram": "Telegram", "signal": "Signal", "widget": translate("Inbox", "Web chat")}.get(kind, kind)


def channel_icon(kind: str) -> str:
    """Key in gui.icons.NAMES for a channel type."""
    return {"telegram": "telegram", "signal": "signal", "widget": "web"}.get(kind, "inbox")


def _local(at: datetime) -> QDateTime:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000)).toLocalTime()


def list_time(at: datetime | None, today: QDate | None = None) -> str:
    """Today: 14:05; otherwise the short date, in the user's zone and locale."""
    if at is None:
        return ""
    stamp = _local(at)
    today = today or QDate.currentDate()
    locale = QLocale()
    if stamp.date() == today:
        return locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(stamp.date(), QLocale.FormatType.ShortFormat)


def message_time(at: datetime, today: QDate | None = None) -> str:
    """Today: 14:05; otherwise date and time."""
    stamp = _local(at)
    locale = QLocale()
    time = locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    if stamp.date() == (today or QDate.currentDate()):
        return time
    return f"{locale.toString(stamp.date(), QLocale.FormatType.ShortFormat)} {time}"


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 0 if size < 1024 * 1024 else 1)


def send_state(status: str, error: str | None, channel: str) -> tuple[str, str]:
    """(tone, sentence) for an outgoing message's delivery, '' when nothing needs saying."""
    if status == "pending":
        return "muted", translate("Inbox", "Waiting to be sent")
    if status == "sending":
        return "muted", translate("Inbox", "Sending…")
    if status == "sent":
        return "muted", translate("Inbox", "Sent")
    if status == "failed":
        reason = error or translate("Inbox", "no reason given")
        return "error", translate("Inbox", "Not delivered: %1").replace("%1", reason)
    if status == "uncertain":
        return "warn", translate("Inbox", "Perhaps not delivered: sending was interrupted. Check in %1 whether "
                                          "the customer got it before you resend it.").replace("%1", channel)
    return "muted", ""


def author_tag(kind: str, sender: str | None) -> str:
    if kind == "ai":
        return translate("Inbox", "AI")
    if kind == "system":
        return translate("Inbox", "System")
    if kind == "staff":
        return sender or translate("Inbox", "Staff")
    return sender or translate("Inbox", "Customer")
