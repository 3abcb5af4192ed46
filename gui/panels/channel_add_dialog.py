""""Add channel": pick Telegram, Signal or a web site chat, fill in its form, save; then what happens next.

Saving runs in the background; a value the service rejects is marked next to
its field and nothing is added. After saving, the dialog says whether the
channel already runs and, for a web site chat, shows the line to embed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.errors import describe
from gui.icons import icon
from gui.panels import channel_ops
from gui.panels.channel_forms import ChannelForm, SignalForm, TelegramForm, muted
from gui.panels.channel_ops import Added
from gui.panels.channel_widget_form import WidgetForm
from gui.session import Session
from gui.theme import SPACE, colors
from secretary.errors import InvalidInput

translate = QCoreApplication.translate
KINDS = ("telegram", "signal", "widget")


def kind_name(kind: str) -> str:
    return {"telegram": translate("ChannelsPage", "Telegram"), "signal": translate("ChannelsPage", "Signal"),
            "widget": translate("ChannelsPage", "Web site chat")}.get(kind, kind)


def kind_icon(kind: str) -> str:
    return "web" if kind == "widget" else kind


class SnippetView(QWidget):
    """The ``<script>`` line in a read-only box, a Copy button, and where the address must be reachable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACE)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.box = QPlainTextEdit(self)
        self.box.setObjectName("Snippet")
        self.box.setReadOnly(True)
        self.box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.box.setFixedHeight(11 * SPACE)
        self.copy = QPushButton(icon("file"), "", self)
        self.copy.setObjectName("CopySnippet")
        self.copy.clicked.connect(self._copy)
        self.copied = QLabel(self)
        self.copied.setObjectName("Success")
        self.note = muted(self)
        line = QHBoxLayout()
        line.setSpacing(SPACE)
        line.addWidget(self.copy)
        line.addWidget(self.copied)
        line.addStretch(1)
        column.addWidget(self.intro)
        column.addWidget(self.box)
        column.addLayout(line)
        column.addWidget(self.note)
        self.base = ""
        self.retranslate()

    def set_snippet(self, snippet: str, base: str) -> None:
        self.box.setPlainText(snippet)
        self.base = base
        self.copied.clear()
        self.retranslate()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.box.toPlainText())
        self.copied.setText(translate("ChannelDialog", "Copied."))

    def retranslate(self) -> None:
        self.intro.setText(translate("ChannelDialog", "Put this line into every page of your web site that should "
                                                      "show the chat, just before </body>:"))
        self.copy.setText(translate("ChannelDialog", "Copy"))
        self.note.setText(translate(
            "ChannelDialog", "Visitors' browsers load the chat from the address in the line (%1). This computer's "
                             "address is usually not reachable from the internet: publish it through your firm's "
                             "web server (as a reverse proxy) and put that public address into the line instead."
        ).replace("%1", self.base))


class SnippetDialog(QDialog):
    """"Show snippet" of an existing web site chat."""

    def __init__(self, name: str, snippet: str, base: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SnippetDialog")
        self.setWindowTitle(translate("ChannelDialog", "Code for %1").replace("%1", name))
        self.setMinimumWidth(70 * SPACE)
        column = QVBoxLayout(self)
        column.setContentsMargins(3 * SPACE, 3 * SPACE, 3 * SPACE, 2 * SPACE)
        self.view = SnippetView(self)
        self.view.set_snippet(snippet, base)
        close = QPushButton(translate("ChannelDialog", "Close"), self)
        close.clicked.connect(self.accept)
        column.addWidget(self.view)
        column.addLayout(_right(close))


class ChannelAddDialog(QDialog):
    """Choose a kind, fill in its form, Add; then the outcome (and the snippet for a web site chat)."""

    added = Signal(object)  # channel_ops.Added

    def __init__(self, session: Session, parent: QWidget | None = None, kind: str = "telegram") -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("ChannelAddDialog")
        self.setMinimumWidth(80 * SPACE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(3 * SPACE, 3 * SPACE, 3 * SPACE, 2 * SPACE)
        outer.setSpacing(2 * SPACE)
        self.title = QLabel(self)
        self.title.setObjectName("SectionTitle")
        outer.addWidget(self.title)
        choices = QHBoxLayout()
        choices.setSpacing(SPACE)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QToolButton] = {}
        for kind_key in KINDS:
            button = QToolButton(self)
            button.setObjectName(f"choose:{kind_key}")
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.setIcon(icon(kind_icon(kind_key), "accent"))
            button.setIconSize(button.iconSize() * 1.5)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setMinimumHeight(6 * SPACE)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.group.addButton(button)
            self.choices[kind_key] = button
            choices.addWidget(button, 1)
            button.toggled.connect(lambda on, k=kind_key: on and self.choose(k))
        outer.addLayout(choices)
        c = colors()
        self.setStyleSheet(f"QToolButton[choice=true] {{ border: 1px solid {c.border}; border-radius: 8px; "
                           f"background: {c.surface}; padding: 4px 8px; }}"
                           f"QToolButton[choice=true]:checked {{ border: 2px solid {c.accent}; "
                           f"background: {c.accent_soft}; font-weight: 600; }}"
                           f"QToolButton[choice=true]:hover {{ border-color: {c.accent}; }}")
        self.stack = QStackedWidget(self)
        self.forms: dict[str, ChannelForm] = {"telegram": TelegramForm(session), "signal": SignalForm(session),
                                              "widget": WidgetForm(session)}
        for form in self.forms.values():
            self.stack.addWidget(form)
        self.done_page = QWidget(self)
        done = QVBoxLayout(self.done_page)
        done.setContentsMargins(0, 0, 0, 0)
        done.setSpacing(2 * SPACE)
        self.done_title = QLabel(self.done_page)
        self.done_title.setObjectName("SectionTitle")
        self.done_title.setWordWrap(True)
        self.done_text = QLabel(self.done_page)
        self.done_text.setWordWrap(True)
        self.snippet = SnippetView(self.done_page)
        done.addWidget(self.done_title)
        done.addWidget(self.done_text)
        done.addWidget(self.snippet)
        done.addStretch(1)
        self.stack.addWidget(self.done_page)
        outer.addWidget(self.stack, 1)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        self.cancel = QPushButton(self)
        self.cancel.clicked.connect(self.reject)
        self.save = QPushButton(self)
        self.save.setObjectName("Primary")
        self.save.setDefault(True)
        self.save.clicked.connect(self.submit)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        outer.addLayout(_right(self.cancel, self.save, self.close_button))
        self.result: Added | None = None
        self.kind = kind
        self.choices[kind].setChecked(True)
        self.retranslate_ui()

    @property
    def form(self) -> ChannelForm:
        return self.forms[self.kind]

    def choose(self, kind: str) -> None:
        self.kind = kind
        self.stack.setCurrentWidget(self.forms[kind])
        self.error.hide()
        self.retranslate_ui()

    def submit(self) -> None:
        form = self.form
        form.clear_errors()
        self.error.hide()
        self.save.setEnabled(False)
        # an untouched name takes the placeholder: in the user's language, or the bot's @name after a test
        name = form.name.text().strip() or form.name.placeholderText().strip()
        if isinstance(form, TelegramForm):
            job = channel_ops.add_telegram(self, self.session, form.token.text(), form.api_url.text(), name)
        elif isinstance(form, SignalForm):
            job = channel_ops.add_signal(self, self.session, form.number.text(), form.signal_cli.text(), name)
        else:
            assert isinstance(form, WidgetForm)
            job = channel_ops.add_widget(self, self.session, form.origin_list(), name=name, color=form.color,
                                         position=str(form.position.currentData()),
                                         language=str(form.language.currentData()), greeting=form.greeting.text())
        job.success(self._added).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.save.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.form.invalid(exc)
            return
        self.error.setText(describe(exc))
        self.error.show()

    def _added(self, result: Added) -> None:
        self.result = result
        self.added.emit(result)
        for button in [*self.choices.values(), self.title]:
            button.hide()
        self.stack.setCurrentWidget(self.done_page)
        self.snippet.setVisible(bool(result.snippet))
        if result.snippet:
            self.snippet.set_snippet(result.snippet, channel_ops.base_url(self.session.app))
        self.cancel.hide()
        self.save.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.retranslate_ui()

    def outcome_text(self) -> str:
        result = self.result
        if result is None:
            return ""
        if result.started:
            return translate("ChannelDialog", "It is running: customers' messages arrive in the Inbox and are "
                                              "answered there.")
        runner = channel_ops.runner_text(self.session)
        if runner is not None:
            return translate("ChannelDialog", "The background work of this workspace runs in another program "
                                              "(%1). It starts the new channel the next time it starts: restart "
                                              "it.").replace("%1", runner)
        if channel_ops.owns_workspace(self.session):
            return translate("ChannelDialog", "It did not start. Its state and the reason are shown in the list.")
        return translate("ChannelDialog", "It starts with the next start of the background work (the next "
                                          "start of this app).")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ChannelDialog", "Add channel"))
        self.title.setText(translate("ChannelDialog", "Which channel should customers use to reach you?"))
        notes = {"telegram": translate("ChannelDialog", "Telegram bot"),
                 "signal": translate("ChannelDialog", "Signal number"),
                 "widget": translate("ChannelDialog", "Chat on your web site")}
        for kind_key, button in self.choices.items():
            button.setText(notes[kind_key])
        for form in self.forms.values():
            form.retranslate()
        self.cancel.setText(translate("ChannelDialog", "Cancel"))
        self.save.setText(translate("ChannelDialog", "Add channel"))
        self.close_button.setText(translate("ChannelDialog", "Close"))
        self.snippet.retranslate()
        if self.result is not None:
            self.done_title.setText(translate("ChannelDialog", "“%1” was added.").replace(
                "%1", self.result.info.name))
            self.done_text.setText(self.outcome_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _right(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(SPACE)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row
