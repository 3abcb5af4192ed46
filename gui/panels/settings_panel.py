"""Settings: grouped pages (Firm, Workspace, Language, AI, Channels, Knowledge, KYB, Integrations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import LANGUAGES, NATIVE_NAMES
from gui.icons import icon
from gui.operations import settings as settings_ops
from gui.panels.base_panel import PageHeader, Panel, card
from gui.panels.integrations_panel import IntegrationsPage
from gui.panels.settings_ai_page import AISettingsPage
from gui.panels.settings_channels_page import ChannelsPage
from gui.panels.settings_form_panel import SettingsForm
from gui.panels.settings_knowledge_page import KnowledgeSettingsPage
from gui.panels.settings_kyb_page import KybSettingsPage
from gui.session import Session
from gui.theme import SPACE
from secretary.records import LockInfo, StatusReport

translate = QCoreApplication.translate
PAGES = ("firm", "workspace", "language", "ai", "channels", "knowledge", "kyb", "integrations")
# pages whose key is not an icon name of gui.icons
PAGE_ICONS = {"channels": "mdi6.forum-outline", "kyb": "mdi6.shield-search"}
FIRM_KEYS = ["firm.name", "firm.legal_form", "firm.street", "firm.postcode", "firm.city", "firm.country",
             "firm.vat_id", "firm.email", "firm.phone", "firm.website", "firm.currency", "firm.timezone",
             "firm.languages"]


def page_texts(page: str) -> tuple[str, str]:
    texts = {
        "firm": (translate("SettingsPanel", "Firm"),
                 translate("SettingsPanel", "Your firm's name and address appear on invoices and in the AI's "
                                            "answers.")),
        "workspace": (translate("SettingsPanel", "Workspace"),
                      translate("SettingsPanel", "Where this workspace lives and what runs it.")),
        "language": (translate("SettingsPanel", "Language"),
                     translate("SettingsPanel", "The language of this window. Customers are always answered in "
                                                "their own language.")),
        "ai": (translate("SettingsPanel", "AI"),
               translate("SettingsPanel", "Which model writes the answers, which agents answer, and the rules they "
                                          "follow.")),
        "channels": (translate("SettingsPanel", "Channels"),
                     translate("SettingsPanel", "Where customers reach you: Telegram, Signal and the chat on your "
                                                "web site. Add a channel, see whether it runs, or switch it off.")),
        "knowledge": (translate("SettingsPanel", "Knowledge"),
                      translate("SettingsPanel", "Which model turns the firm's documents into a searchable index. "
                                                 "Changing it re-indexes every document; search keeps working "
                                                 "meanwhile.")),
        "kyb": (translate("SettingsPanel", "KYB"),
                translate("SettingsPanel", "When a business partner raises an alert, how often partners are "
                                           "checked, which sanctions lists are screened, and where alerts go.")),
        "integrations": (translate("SettingsPanel", "Integrations"),
                         translate("SettingsPanel", "Outside services and their keys. Keys are kept in the secret "
                                                    "store and never shown again.")),
    }
    return texts[page]


def holder_text(lock: LockInfo | None, own_pid: int | None) -> str:
    if lock is None:
        return translate("SettingsPanel", "Nobody: background work is stopped")
    if own_pid is not None and lock.pid == own_pid:
        return translate("SettingsPanel", "This window (pid %1)").replace("%1", str(lock.pid))
    return translate("SettingsPanel", "secretary %1 (pid %2 on %3)").replace("%1", lock.mode).replace(
        "%2", str(lock.pid)).replace("%3", lock.host)


class LanguagePage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(2 * SPACE)
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("LanguageCombo")
        self.combo.setMinimumWidth(30 * SPACE)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for code in LANGUAGES:
            self.combo.addItem(NATIVE_NAMES[code], code)
        self.combo.setCurrentIndex(max(self.combo.findData(session.language), 0))
        self.combo.currentIndexChanged.connect(lambda _i: session.set_language(self.combo.currentData()))
        session.language_changed.connect(self._sync)
        layout.addRow(self.label, self.combo)

    def _sync(self, language: str) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(self.combo.findData(language), 0))
        self.combo.blockSignals(False)

    def retranslate_ui(self) -> None:
        self.label.setText(translate("settings", "Interface language"))
        self.combo.setAccessibleName(translate("settings", "Interface language"))


class WorkspacePage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: StatusReport | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = card(self)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(2 * SPACE)
        self.form.setVerticalSpacing(SPACE)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in ("folder", "schema", "secrets", "holder", "version"):
            self.names[key], self.values[key] = QLabel(frame), QLabel(frame)
            self.values[key].setWordWrap(True)
            self.form.addRow(self.names[key], self.values[key])
        inner.addLayout(self.form)
        self.open_folder = QPushButton(icon("folder"), "", frame)
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(session.app.workspace.root))))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        layout.addWidget(frame)
        layout.addStretch(1)

    def refresh(self) -> None:
        settings_ops.load_status(self, self.session.app).success(self._show).run()

    def _show(self, report: StatusReport) -> None:
        self.report = report
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for key, text in (("folder", translate("SettingsPanel", "Folder")),
                          ("schema", translate("SettingsPanel", "Database schema")),
                          ("secrets", translate("SettingsPanel", "Secret store")),
                          ("holder", translate("SettingsPanel", "Background work run by")),
                          ("version", translate("SettingsPanel", "Version"))):
            self.names[key].setText(text)
        self.open_folder.setText(translate("SettingsPanel", "Open folder"))
        self.values["folder"].setText(str(self.session.app.workspace.root))
        self.values["secrets"].setText(self.session.app.secrets.store_description)
        report = self.report
        if report is None:
            for key in ("schema", "holder", "version"):
                self.values[key].setText("…")
            return
        if report.schema_version == report.schema_head:
            schema = translate("SettingsPanel", "%1 (up to date)").replace("%1", str(report.schema_version))
        else:
            schema = translate("SettingsPanel", "%1, update to %2 pending").replace(
                "%1", str(report.schema_version)).replace("%2", str(report.schema_head))
        self.values["schema"].setText(schema)
        state = self.session.runtime
        own_pid = state.holder.pid if state is not None and state.owner and state.holder else None
        self.values["holder"].setText(holder_text(report.lock, own_pid))
        self.values["version"].setText(report.version)


class SettingsPanel(Panel):
    key = "settings"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.pages_list = QListWidget(self)
        self.pages_list.setObjectName("PageList")
        self.pages_list.setFixedWidth(24 * SPACE)
        side = QVBoxLayout()
        side.setContentsMargins(2 * SPACE, 3 * SPACE, SPACE, 2 * SPACE)
        self.side_title = QLabel(self)
        self.side_title.setObjectName("SectionTitle")
        side.addWidget(self.side_title)
        side.addSpacing(SPACE)
        side.addWidget(self.pages_list, 1)
        outer.addLayout(side)

        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.firm = SettingsForm(session, FIRM_KEYS)
        self.workspace = WorkspacePage(session)
        self.language = LanguagePage(session)
        self.ai = AISettingsPage(session)
        self.ai.open_page.connect(self.show_page)
        self.channels = ChannelsPage(session)
        self.knowledge = KnowledgeSettingsPage(session)
        self.kyb = KybSettingsPage(session)
        self.integrations = IntegrationsPage(session)
        self.integrations.open_page.connect(self.show_page)
        self.headers: dict[str, PageHeader] = {}
        contents = (self.firm, self.workspace, self.language, self.ai, self.channels, self.knowledge, self.kyb,
                    self.integrations)
        for key, content in zip(PAGES, contents, strict=True):
            self.stack.addWidget(self._scroll_page(key, content))
            item = QListWidgetItem(icon(PAGE_ICONS.get(key, key)), "")
            item.setSizeHint(QSize(0, 5 * SPACE))
            item.setData(0x0100, key)
            self.pages_list.addItem(item)
        self.pages_list.currentRowChanged.connect(self._on_page)
        self.pages_list.setCurrentRow(0)
        self.retranslate_ui()

    def _scroll_page(self, key: str, content: QWidget) -> QScrollArea:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(3 * SPACE, 3 * SPACE, 3 * SPACE, 3 * SPACE)
        layout.setSpacing(3 * SPACE)
        header = PageHeader(body)
        self.headers[key] = header
        layout.addWidget(header)
        layout.addWidget(content)
        layout.addStretch(1)
        body.setMaximumWidth(110 * SPACE)
        scroll = QScrollArea(self)
        scroll.setObjectName(f"page:{key}")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    def show_page(self, key: str) -> None:
        self.pages_list.setCurrentRow(PAGES.index(key))

    @property
    def current_page(self) -> str:
        return PAGES[max(self.pages_list.currentRow(), 0)]

    def _on_page(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self._refresh(PAGES[row])

    def _refresh(self, key: str) -> None:
        if key == "workspace":
            self.workspace.refresh()
        elif key == "knowledge":
            self.knowledge.refresh()
        elif key == "integrations":
            self.integrations.refresh()

    def activated(self) -> None:
        self._refresh(self.current_page)

    def retranslate_ui(self) -> None:
        self.side_title.setText(translate("SettingsPanel", "Settings"))
        for row, key in enumerate(PAGES):
            title, subtitle = page_texts(key)
            self.pages_list.item(row).setText(title)
            self.headers[key].set_texts(title, subtitle)
        self.language.retranslate_ui()
        self.workspace.retranslate_ui()
        self.knowledge.retranslate_ui()
        self.kyb.retranslate_ui()
