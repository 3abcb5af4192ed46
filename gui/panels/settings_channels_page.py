"""Settings → Channels: the firm's Telegram bots, Signal numbers and web site chats, their health, add and off.

The list refreshes every few seconds while it is on screen (one read of the
channels table and the registry's in-memory health). Health is known only in
the process that runs the connectors; when ``secretary serve`` runs them the
chip names it instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from gui.icons import icon
from gui.panels import channel_ops
from gui.panels.base_panel import card
from gui.panels.channel_add_dialog import ChannelAddDialog, SnippetDialog, kind_icon, kind_name
from gui.panels.channel_ops import Added
from gui.session import Session
from gui.theme import SPACE
from secretary.channels import ChannelHealth, ChannelInfo

translate = QCoreApplication.translate
REFRESH_MS = 3000
CHIP_ICONS = {"ok": "ok", "warn": "warn", "error": "error", "muted": "mdi6.minus-circle-outline"}


def details_text(info: ChannelInfo) -> str:
    """The second line of a channel: its kind and what identifies it (bot, number, allowed sites)."""
    config = info.config
    kind = kind_name(info.type)
    parts = [] if info.name.startswith(kind) else [kind]  # "Telegram bot" needs no "Telegram ·"
    if info.type == "telegram" and config.get("bot_username"):
        parts.append("@" + str(config["bot_username"]).lstrip("@"))
    elif info.type == "signal" and config.get("number"):
        parts.append(str(config["number"]))
    elif info.type == "widget":
        sites = [str(o) for o in config.get("allowed_origins", []) or []]  # type: ignore[union-attr]
        parts.append(translate("ChannelsPage", "on %1").replace("%1", ", ".join(sites)) if sites else
                     translate("ChannelsPage", "no allowed sites"))
    return " · ".join(parts)


class ChannelRow(QFrame):
    """Icon, name and details, health chip, and the channel's actions."""

    def __init__(self, page: ChannelsPage, info: ChannelInfo, parent: QWidget) -> None:
        super().__init__(parent)
        self.page, self.info = page, info
        self.setObjectName(f"channel:{info.id}")
        self.health: ChannelHealth | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, SPACE, 0, SPACE)
        outer.setSpacing(SPACE // 2)
        line = QHBoxLayout()
        line.setSpacing(2 * SPACE)
        self.logo = QLabel(self)
        self.logo.setFixedWidth(3 * SPACE)
        self.name = QLabel(self)
        self.name.setObjectName("ChannelName")
        font = self.name.font()
        font.setWeight(font.Weight.DemiBold)
        self.name.setFont(font)
        self.details = QLabel(self)
        self.details.setObjectName("Muted")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.name)
        text.addWidget(self.details)
        self.chip_icon = QLabel(self)
        self.chip = QLabel(self)
        self.chip.setObjectName("Chip")
        self.snippet = QPushButton(self)
        self.snippet.setObjectName(f"snippet:{info.id}")
        self.snippet.clicked.connect(lambda: page.show_snippet(self.info))
        self.off = QPushButton(self)
        self.off.setObjectName(f"off:{info.id}")
        self.off.clicked.connect(lambda: page.confirm_switch_off(self.info))
        line.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        line.addLayout(text, 1)
        for widget in (self.chip_icon, self.chip, self.snippet, self.off):
            line.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(line)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setContentsMargins(5 * SPACE, 0, 0, 0)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.reason)
        self.update_from(info, None)

    def update_from(self, info: ChannelInfo, health: ChannelHealth | None) -> None:
        self.info, self.health = info, health
        active = info.is_active
        self.logo.setPixmap(icon(kind_icon(info.type), "accent" if active else "muted").pixmap(20, 20))
        self.name.setText(info.name)
        self.name.setEnabled(active)
        self.details.setText(details_text(info))
        tone, text, reason = channel_ops.chip(info, health, channel_ops.runner_text(self.page.session))
        if channel_ops.runner_text(self.page.session) is not None and active:
            self.chip_icon.setPixmap(icon("worker", "muted").pixmap(14, 14))
        else:
            self.chip_icon.setPixmap(icon(CHIP_ICONS[tone], tone).pixmap(14, 14))
        self.chip.setText(text)
        self.chip.setToolTip(reason)
        self.chip.setAccessibleName(translate("ChannelsPage", "State: %1").replace("%1", text))
        self.tone = tone
        self.reason.setObjectName({"error": "FieldError", "warn": "Warning"}.get(tone, "Muted"))
        self.reason.style().unpolish(self.reason)
        self.reason.style().polish(self.reason)
        self.reason.setText(reason if tone in ("error", "warn") else "")
        self.reason.setVisible(tone in ("error", "warn") and bool(reason))
        self.snippet.setVisible(info.type == "widget" and active)
        self.off.setVisible(active)
        self.snippet.setText(translate("ChannelsPage", "Show code"))
        self.snippet.setToolTip(translate("ChannelsPage", "The line to put into your web site"))
        self.off.setText(translate("ChannelsPage", "Switch off"))
        self.off.setAccessibleName(translate("ChannelsPage", "Switch off %1").replace("%1", info.name))


class ChannelsPage(QWidget):
    """The list of channels (in a card) with "Add channel"; ``health`` may be replaced (tests)."""

    open_page = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.channels: list[ChannelInfo] = []
        self.health: dict[int, ChannelHealth] = {}
        self.rows: dict[int, ChannelRow] = {}
        self.loading = False
        self.loaded = False
        self.dialog: ChannelAddDialog | None = None
        self.confirm: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 * SPACE)
        self.runner = QLabel(self)
        self.runner.setObjectName("Muted")
        self.runner.setWordWrap(True)
        layout.addWidget(self.runner)
        self.frame, inner = card(self)
        head = QHBoxLayout()
        head.setSpacing(SPACE)
        self.title = QLabel(self.frame)
        self.title.setObjectName("SectionTitle")
        self.add_button = QPushButton(icon("mdi6.plus", "accent_text"), "", self.frame)
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(lambda: self.open_add())
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.add_button)
        inner.addLayout(head)
        self.empty = QLabel(self.frame)
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        inner.addWidget(self.empty)
        self.list = QVBoxLayout()
        self.list.setSpacing(0)
        inner.addLayout(self.list)
        layout.addWidget(self.frame)
        self.status = QLabel(self)
        self.status.setObjectName("Success")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self.retranslate_ui()

    # -- data ----------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.loading:  # a slow read is not piled up behind another
            return
        self.loading = True
        channel_ops.load(self, self.session).success(self._loaded).failure(self._load_failed).run()

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        self.timer.stop()  # one message, not one every few seconds
        from gui.errors import show_error
        show_error(self, exc)

    def _loaded(self, result: tuple[list[ChannelInfo], dict[int, ChannelHealth]]) -> None:
        self.loading = False
        self.loaded = True
        self.show_channels(*result)

    def show_channels(self, channels: list[ChannelInfo], health: dict[int, ChannelHealth]) -> None:
        """Active channels first (oldest first), then the switched-off ones; rows are reused, not rebuilt."""
        self.channels = sorted(channels, key=lambda c: (not c.is_active, c.id))
        self.health = health
        order = [c.id for c in self.channels]
        if order != list(self.rows):
            for row in self.rows.values():
                self.list.removeWidget(row)
                row.deleteLater()
            self.rows = {}
            for number, info in enumerate(self.channels):
                row = ChannelRow(self, info, self.frame)
                if number:
                    row.setStyleSheet(f"QFrame#channel\\:{info.id} {{ border-top: 1px solid palette(mid); }}")
                self.rows[info.id] = row
                self.list.addWidget(row)
                row.show()  # not the layout's queued show: the row is usable as soon as it is listed
        for info in self.channels:
            self.rows[info.id].update_from(info, health.get(info.id))
        self.empty.setVisible(self.loaded and not self.channels)

    # -- actions -------------------------------------------------------------------------------------------------
    def open_add(self, kind: str = "telegram") -> ChannelAddDialog:
        self.dialog = ChannelAddDialog(self.session, self, kind)
        self.dialog.added.connect(self._added)
        self.dialog.open()
        return self.dialog

    def _added(self, result: Added) -> None:
        self.session.settings_saved.emit({})  # the audit log has a new entry
        self.status.setText(translate("ChannelsPage", "“%1” was added.").replace("%1", result.info.name))
        self.status.show()
        self.refresh()

    def show_snippet(self, info: ChannelInfo) -> SnippetDialog:
        dialog = SnippetDialog(info.name, channel_ops.snippet(self.session.app, info),
                               channel_ops.base_url(self.session.app), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def confirm_switch_off(self, info: ChannelInfo) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, translate("ChannelsPage", "Switch off “%1”?").replace(
            "%1", info.name), translate("ChannelsPage", "Switch off “%1”?").replace("%1", info.name),
            QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(translate(
            "ChannelsPage", "Customers can no longer reach you through it. Its conversations stay in the Inbox. "
                            "To use it again later, add it again."))
        off = box.addButton(translate("ChannelsPage", "Switch off"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("ChannelsPage", "Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setObjectName("ConfirmSwitchOff")
        off.setObjectName("ConfirmOff")
        off.clicked.connect(lambda: self.switch_off(info))
        self.confirm = box
        box.open()
        return box

    def switch_off(self, info: ChannelInfo) -> None:
        row = self.rows.get(info.id)
        if row is not None:
            row.off.setEnabled(False)
        channel_ops.switch_off(self, self.session, info.id).success(self._switched_off).run()

    def _switched_off(self, info: ChannelInfo) -> None:
        self.session.settings_saved.emit({})
        self.status.setText(translate("ChannelsPage", "“%1” is off. Its conversations stay in the Inbox.").replace(
            "%1", info.name))
        self.status.show()
        row = self.rows.get(info.id)
        if row is not None:
            row.off.setEnabled(True)
        self.refresh()

    # -- visibility and texts ------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.timer.stop()
        super().hideEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(translate("ChannelsPage", "Your channels"))
        self.add_button.setText(translate("ChannelsPage", "Add channel"))
        self.empty.setText(translate("ChannelsPage", "No channels yet. Add a Telegram bot, a Signal number or a "
                                                     "chat for your web site, and customers can write to you "
                                                     "there."))
        runner = channel_ops.runner_text(self.session)
        self.runner.setVisible(runner is not None)
        if runner is not None:
            self.runner.setText(translate("ChannelsPage", "Another program runs this workspace's channels, so "
                                                          "their health is shown there (secretary status). Channels "
                                                          "added here start the next time it starts."))
        self.show_channels(self.channels, self.health)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
