"""Paints one conversation of the thread list like a chat app does.

    [icon] Title                                   14:05
           Last message, elided…                     (3)
           [Open] [AI] Olena · #billing #lead
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui import theme
from gui.icons import icon
from gui.panels.inbox_texts import STATUS_TONES, channel_icon, list_time, status_name
from gui.panels.inbox_threads_model import THREAD_ROLE
from storage.inbox_views import ThreadRow

translate = QCoreApplication.translate
S = theme.SPACE
ROW_HEIGHT = 11 * S
CHIP_HEIGHT = 18


def _chip(painter: QPainter, x: int, y: int, text: str, tone: str, metrics: QFontMetrics, room: int) -> int:
    """Draw a rounded chip at (x, y); returns the x after it (x unchanged if it does not fit)."""
    c = theme.colors()
    width = min(metrics.horizontalAdvance(text) + 2 * S - 2, room)
    if width < 3 * S:
        return x
    rect = QRect(x, y, width, CHIP_HEIGHT)
    fg = QColor(c.muted if tone == "muted" else getattr(c, tone))
    bg = QColor(c.rail) if tone == "muted" else QColor(fg)
    if tone != "muted":
        bg.setAlpha(38)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(bg)
    painter.drawRoundedRect(rect, CHIP_HEIGHT / 2, CHIP_HEIGHT / 2)
    painter.setPen(fg)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                     metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - S))
    return x + width + S // 2


class ThreadDelegate(QStyledItemDelegate):
    """Three lines per conversation: who and when, what was said last, its state."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,  # type: ignore[override]
              index: QModelIndex | QPersistentModelIndex) -> None:
        thread: ThreadRow | None = index.data(THREAD_ROLE)
        if thread is None:
            super().paint(painter, option, index)
            return
        c = theme.colors()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(c.accent_soft))
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(c.window))
        painter.setPen(QColor(c.border))
        painter.drawLine(rect.left() + S, rect.bottom(), rect.right() - S, rect.bottom())

        base = QFont(option.font)  # type: ignore[attr-defined]
        metrics = QFontMetrics(base)
        left, right = rect.left() + 6 * S, rect.right() - 3 * S // 2
        top = rect.top() + S + 2
        icon(channel_icon(thread.channel_type), "accent").paint(painter, QRect(rect.left() + 2 * S, top, 24, 24))

        when = list_time(thread.last_at)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.9, 7.0))
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(QColor(c.muted))
        when_width = small_metrics.horizontalAdvance(when)
        line = metrics.height()
        painter.drawText(QRect(right - when_width, top, when_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)

        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold if thread.unread else QFont.Weight.Medium)
        painter.setFont(bold)
        painter.setPen(QColor(c.text))
        title_room = right - left - when_width - S
        painter.drawText(QRect(left, top, title_room, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(thread.title, Qt.TextElideMode.ElideRight, title_room))

        second = top + line + S // 2
        badge_width = 0
        if thread.unread:
            text = str(thread.unread) if thread.unread < 100 else "99+"
            badge_width = max(small_metrics.horizontalAdvance(text) + S + 2, 20)
            badge = QRect(right - badge_width, second, badge_width, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.accent))
            painter.drawRoundedRect(badge, 10, 10)
            painter.setPen(QColor(c.accent_text))
            painter.setFont(small)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(base)
        painter.setPen(QColor(c.text if thread.unread else c.muted))
        preview_room = right - left - (badge_width + S if badge_width else 0)
        preview = " ".join(thread.last_text.split())
        painter.drawText(QRect(left, second, preview_room, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(preview, Qt.TextElideMode.ElideRight, preview_room))

        third = second + line + S // 2 + 1
        painter.setFont(small)
        x = _chip(painter, left, third, status_name(thread.status), STATUS_TONES.get(thread.status, "muted"),
                  small_metrics, right - left)
        if thread.ai_enabled:
            x = _chip(painter, x, third, translate("Inbox", "AI answers"), "ok", small_metrics, right - x)
        extras = []
        if thread.assignee_name:
            extras.append(thread.assignee_name)
        extras.extend(f"#{label}" for label in thread.labels)
        if extras and right - x > 3 * S:
            painter.setPen(QColor(c.muted))
            painter.drawText(QRect(x + S // 2, third, right - x - S // 2, CHIP_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             small_metrics.elidedText(" · ".join(extras), Qt.TextElideMode.ElideRight,
                                                      right - x - S // 2))
        painter.restore()
