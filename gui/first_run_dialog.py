"""The first-run wizard: firm, you and your languages, the AI back-end, channels.

Four short steps, each skippable where it can be; or one click for the demo
workspace. Everything is stored in one background operation at the end.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.errors import describe
from gui.i18n import LANGUAGES, NATIVE_NAMES
from gui.icons import icon
from gui.operations import op
from gui.panels.settings_form_panel import PLACEHOLDERS, choice_text, hint
from gui.session import Session
from gui.theme import SPACE
from secretary.audit import ACTOR_SYSTEM, user_actor
from secretary.errors import InvalidInput
from secretary.settings import setting
from services import users
from services.app import App

translate = QCoreApplication.translate
FIRM_FIELDS = ("firm.name", "firm.street", "firm.postcode", "firm.city", "firm.country")
BACKENDS = ("embedded", "openai", "compatible")


def needs_first_run(app: App) -> bool:
    """True for a brand-new workspace: no firm name and not the demo."""
    return not str(app.settings.get("firm.name")).strip() and not app.settings.get("workspace.demo")


def store_first_run(app: App, owner_id: int | None, owner: tuple[str, str, str], values: dict[str, Any],
                    secrets: dict[str, str]) -> int:
    """Create the owner if missing, then store settings and secrets as the owner; returns the owner id."""
    email, name, language = owner
    if owner_id is None:
        owner_id = users.ensure_owner(app.db, ACTOR_SYSTEM, email, name, language)
    actor = user_actor(owner_id)
    app.settings.set_many(values, actor)
    for secret, value in secrets.items():
        if secret == "telegram.bot_token":  # the bot becomes a channel, with its token in the secret store
            if not any(c.type == "telegram" and c.is_active for c in app.channels.list()):
                app.channels.add_telegram(value, actor=actor)
            continue
        app.secrets.set(secret, value, actor)
    return owner_id


class FirstRunDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("FirstRunDialog")
        self.resize(90 * SPACE, 56 * SPACE)  # a size, not a minimum: the layout may ask for more
        self.demo_created = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4 * SPACE, 4 * SPACE, 4 * SPACE, 3 * SPACE)
        layout.setSpacing(2 * SPACE)
        self.step_label = QLabel(self)
        self.step_label.setObjectName("Muted")
        self.title = QLabel(self)
        self.title.setObjectName("PageTitle")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("Muted")
        for widget in (self.step_label, self.title, self.intro):
            layout.addWidget(widget)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)

        # 1 firm
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        firm = self._form_page()
        for key in FIRM_FIELDS:
            self._field(firm, key, str(session.app.settings.get(key) or ""))
        # 2 you and languages
        you = self._form_page()
        self._field(you, "owner.name", "")
        self._field(you, "owner.email", "")
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(session.language), 0))
        self.language.currentIndexChanged.connect(
            lambda _i: session.set_language(self.language.currentData(), persist=False))
        self.labels["ui.language"] = QLabel(self)
        you.addRow(self.labels["ui.language"], self.language)
        self.customer_languages = [QCheckBox(NATIVE_NAMES[c], self) for c in LANGUAGES]
        boxes = QHBoxLayout()
        boxes.setSpacing(2 * SPACE)
        for box in self.customer_languages:
            box.setChecked(True)
            boxes.addWidget(box)
        boxes.addStretch(1)
        self.labels["firm.languages"] = QLabel(self)
        you.addRow(self.labels["firm.languages"], boxes)
        # 3 AI back-end
        ai_page = QWidget(self)
        ai_layout = QVBoxLayout(ai_page)
        ai_layout.setContentsMargins(0, 0, 0, 0)
        ai_layout.setSpacing(SPACE)
        self.backends = QButtonGroup(self)
        self.backend_notes: dict[str, QLabel] = {}
        for index, backend in enumerate(BACKENDS):
            radio = QRadioButton(ai_page)
            radio.setChecked(backend == "embedded")
            self.backends.addButton(radio, index)
            note = QLabel(ai_page)
            note.setObjectName("Muted")
            note.setWordWrap(True)
            note.setContentsMargins(3 * SPACE, 0, 0, SPACE)
            self.backend_notes[backend] = note
            ai_layout.addWidget(radio)
            ai_layout.addWidget(note)
        ai_form = QFormLayout()
        self._field(ai_form, "ai.base_url", "", parent=ai_page)
        self._field(ai_form, "openai.api_key", "", parent=ai_page, secret=True)
        ai_layout.addLayout(ai_form)
        ai_layout.addStretch(1)
        self.stack.addWidget(ai_page)
        self.backends.idToggled.connect(lambda _i, _on: self._sync_backend_fields())
        # 4 channels
        channels = self._form_page()
        self._field(channels, "telegram.bot_token", "", secret=True)
        self.channels_note = QLabel(self)
        self.channels_note.setWordWrap(True)
        self.channels_note.setObjectName("Muted")
        channels.addRow(self.channels_note)

        self.message = QLabel(self)
        self.message.setObjectName("FieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACE)
        self.demo_button = QPushButton(icon("demo"), "", self)
        self.back_button = QPushButton(self)
        self.skip_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("Primary")
        self.next_button.setDefault(True)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.skip_button, self.next_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.demo_button.clicked.connect(self.create_demo)
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next_step)
        self._sync_backend_fields()
        self.go(0)

    # building ------------------------------------------------------------
    def _form_page(self) -> QFormLayout:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(2 * SPACE)
        form.setVerticalSpacing(SPACE)
        self.stack.addWidget(page)
        return form

    def _field(self, form: QFormLayout, key: str, value: str, parent: QWidget | None = None,
               secret: bool = False) -> None:
        holder = QWidget(parent or self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACE // 2)
        line = QLineEdit(value, holder)
        line.setObjectName(key)
        line.setPlaceholderText({"owner.email": "anna@example.com", "owner.name": "Anna Muster"}.get(
            key, PLACEHOLDERS.get(key, "")))
        if secret:
            line.setEchoMode(QLineEdit.EchoMode.Password)
        error = QLabel(holder)
        error.setObjectName("FieldError")
        error.setWordWrap(True)
        error.hide()
        line.textEdited.connect(lambda _t: error.hide())
        column.addWidget(line)
        column.addWidget(error)
        self.fields[key], self.errors[key], self.labels[key] = line, error, QLabel(parent or self)
        form.addRow(self.labels[key], holder)

    def _sync_backend_fields(self) -> None:
        backend = self.backend
        self.fields["ai.base_url"].parentWidget().setVisible(backend == "compatible")
        self.labels["ai.base_url"].setVisible(backend == "compatible")
        self.fields["openai.api_key"].parentWidget().setVisible(backend == "openai")
        self.labels["openai.api_key"].setVisible(backend == "openai")

    @property
    def backend(self) -> str:
        return BACKENDS[max(self.backends.checkedId(), 0)]

    # texts ---------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("FirstRunDialog", "Welcome to AI Secretary"))
        step = self.stack.currentIndex()
        titles = (translate("FirstRunDialog", "Your firm"), translate("FirstRunDialog", "You and your languages"),
                  translate("FirstRunDialog", "Who writes the answers"), translate("FirstRunDialog", "Channels"))
        intros = (
            translate("FirstRunDialog", "The name and address appear on invoices and in the AI's answers. You can "
                                        "change them later in Settings."),
            translate("FirstRunDialog", "You become the owner of this workspace. Customers are answered in the "
                                        "languages they write in."),
            translate("FirstRunDialog", "Start with the embedded model: it runs on this computer and works offline. "
                                        "You can switch at any time."),
            translate("FirstRunDialog", "Connect the Telegram bot customers will write to, or skip this and do it "
                                        "later in Settings → Integrations."),
        )
        self.step_label.setText(translate("FirstRunDialog", "Step %1 of %2").replace("%1", str(step + 1)).replace(
            "%2", str(self.stack.count())))
        self.title.setText(titles[step])
        self.intro.setText(intros[step])
        names = {"owner.name": translate("FirstRunDialog", "Your name"),
                 "owner.email": translate("FirstRunDialog", "Your e-mail"),
                 "openai.api_key": translate("settings", "API key"),
                 "telegram.bot_token": translate("FirstRunDialog", "Telegram bot token")}
        for key, label in self.labels.items():
            label.setText(names.get(key) or translate("settings", setting(key).label))
        for backend, radio in zip(BACKENDS, self.backends.buttons(), strict=True):
            radio.setText(choice_text("ai.backend", backend))
        self.backend_notes["embedded"].setText(translate(
            "FirstRunDialog", "Nothing leaves this computer. Good for short answers from your own documents."))
        self.backend_notes["openai"].setText(translate(
            "FirstRunDialog", "The strongest answers; messages are sent to OpenAI. Needs an API key."))
        self.backend_notes["compatible"].setText(translate(
            "FirstRunDialog", "A model server in your office such as Ollama or LM Studio. Needs its address."))
        self.channels_note.setText(translate(
            "FirstRunDialog", "Signal and the chat widget for your web site are set up later in Settings."))
        self.demo_button.setText(translate("FirstRunDialog", "Create demo workspace instead"))
        self.back_button.setText(translate("FirstRunDialog", "Back"))
        self.skip_button.setText(translate("FirstRunDialog", "Skip for now"))
        last = step == self.stack.count() - 1
        self.next_button.setText(translate("FirstRunDialog", "Finish") if last else
                                 translate("FirstRunDialog", "Next"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # flow ----------------------------------------------------------------
    def go(self, step: int) -> None:
        step = max(0, min(step, self.stack.count() - 1))
        self.stack.setCurrentIndex(step)
        self.back_button.setEnabled(step > 0)
        self.skip_button.setVisible(step >= 2)
        self.message.hide()
        self.retranslate_ui()

    def skip(self) -> None:
        step = self.stack.currentIndex()
        if step == 2:
            for radio_id, radio in enumerate(self.backends.buttons()):
                radio.setChecked(radio_id == 0)
        if step == 3:
            self.fields["telegram.bot_token"].clear()
        self.next_step()

    def _check(self, key: str, spec_key: str, required: bool = False) -> Any:
        line, error = self.fields[key], self.errors[key]
        text = line.text().strip()
        try:
            if required and not text:
                raise InvalidInput(f"{key} is required", key=key)
            return setting(spec_key).coerce(text)
        except InvalidInput as exc:
            error.setText(translate("FirstRunDialog", "Please fill this in.") if required and not text
                          else hint(setting(spec_key), exc))
            error.show()
            return None

    def _step_ok(self, step: int) -> bool:
        if step == 0:
            results = [self._check(k, k, required=k == "firm.name") for k in FIRM_FIELDS]
            return all(r is not None for r in results)
        if step == 1:
            checks = [self._check("owner.name", "firm.name", required=self.session.owner_id is None),
                      self._check("owner.email", "firm.email", required=self.session.owner_id is None)]
            return all(r is not None for r in checks)
        if step == 2 and self.backend == "compatible":
            return self._check("ai.base_url", "ai.base_url", required=True) is not None
        return True

    def next_step(self) -> None:
        step = self.stack.currentIndex()
        if not self._step_ok(step):
            return
        if step < self.stack.count() - 1:
            self.go(step + 1)
        else:
            self.finish()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        values: dict[str, Any] = {k: self.fields[k].text().strip() for k in FIRM_FIELDS}
        values["ui.language"] = self.language.currentData()
        values["firm.languages"] = [c for c, box in zip(LANGUAGES, self.customer_languages, strict=True)
                                    if box.isChecked()] or list(LANGUAGES)
        values["ai.backend"] = self.backend
        if self.backend == "compatible":
            values["ai.base_url"] = self.fields["ai.base_url"].text().strip()
        secrets = {}
        for key in ("openai.api_key", "telegram.bot_token"):
            text = self.fields[key].text().strip()
            if text and (key != "openai.api_key" or self.backend == "openai"):
                secrets[key] = text
        return values, secrets

    def finish(self) -> None:
        values, secrets = self.collect()
        owner = (self.fields["owner.email"].text().strip(), self.fields["owner.name"].text().strip(),
                 str(values["ui.language"]))
        app, owner_id = self.session.app, self.session.owner_id
        self._busy(True)
        op(self, lambda: store_first_run(app, owner_id, owner, values, secrets)).success(
            lambda oid: self._stored(oid, values)).failure(self._failed).with_progress(
            translate("FirstRunDialog", "Setting up the workspace…")).run()

    def _stored(self, owner_id: int, values: dict[str, Any]) -> None:
        self.session.owner_id = owner_id
        self.session.set_language(str(values["ui.language"]), persist=False)
        self.session.settings_saved.emit(values)
        self.accept()

    def create_demo(self) -> None:
        app = self.session.app

        def run() -> int | None:
            from services.demo import create_demo  # being written alongside; imported only when asked for

            create_demo(app)
            return users.owner_id(app.db)

        self._busy(True)
        op(self, run).success(self._demo_created).failure(self._failed).with_progress(
            translate("FirstRunDialog", "Creating the demo workspace…")).run()

    def _demo_created(self, owner_id: int | None) -> None:
        self.demo_created = True
        self.session.owner_id = owner_id
        self.session.settings_saved.emit({"workspace.demo": True})
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.message.setText(describe(exc))
        self.message.show()

    def _busy(self, busy: bool) -> None:
        for button in (self.demo_button, self.back_button, self.skip_button, self.next_button):
            button.setEnabled(not busy)
        if not busy:
            self.back_button.setEnabled(self.stack.currentIndex() > 0)
