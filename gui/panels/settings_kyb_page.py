"""Settings → KYB: when to alert, how often to check, which lists, where alerts go; the sources' addresses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.panels.settings_form_panel import SettingsForm
from gui.session import Session
from gui.theme import SPACE

translate = QCoreApplication.translate
KYB_KEYS = ["kyb.threshold", "kyb.check_interval", "kyb.lists", "kyb.auto_update_lists", "kyb.vies_requester",
            "kyb.insolvency", "kyb.alert_chat"]
SOURCE_KEYS = ["kyb.url.ofac-sdn", "kyb.url.ofac-cons", "kyb.url.eu-fsf", "kyb.url.uk-fcdo", "kyb.url.un-sc",
               "kyb.vies_url", "kyb.gleif_url", "kyb.insolvency_url"]


class KybSettingsPage(QWidget):
    """Two forms: the monitoring rules, and (for a local mirror or proxy) the sources' addresses."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3 * SPACE)
        self.form = SettingsForm(session, KYB_KEYS, self)
        layout.addWidget(self.form)
        self.sources_title = QLabel(self)
        self.sources_title.setObjectName("SectionTitle")
        self.sources_note = QLabel(self)
        self.sources_note.setWordWrap(True)
        layout.addWidget(self.sources_title)
        layout.addWidget(self.sources_note)
        self.sources = SettingsForm(session, SOURCE_KEYS, self)
        layout.addWidget(self.sources)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.sources_title.setText(translate("KybSettings", "Where the sources are"))
        self.sources_note.setText(translate(
            "KybSettings", "The official addresses are preset. Change them only for a local mirror or a proxy. The "
                           "EU file's download token is kept with the other keys under Integrations."))
