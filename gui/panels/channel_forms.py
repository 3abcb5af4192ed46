"""The forms of "Add channel" for a Telegram bot and a Signal number (the web chat's: channel_widget_form.py).

Each form says where its values come from, marks a wrong field inline with the
service's ``InvalidInput``, and (Telegram, Signal) tests its values before they
are saved.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.errors import describe
from gui.icons import icon
from gui.panels import channel_ops
from gui.session import Session
from gui.theme import SPACE, colors
from secretary.errors import AuthFailed, InvalidInput, NotReady, RemoteUnavailable
from services.channels.checks import NOT_INSTALLED

translate = QCoreApplication.translate
DOCS = "docs/signal-setup.md"
DOCS_FILE = Path(__file__).resolve().parents[2] / DOCS  # present in a source checkout


def docs_link() -> str:
    """The Signal guide as a link when this install has it, else its name."""
    if DOCS_FILE.is_file():
        return f"<a href='{DOCS_FILE.as_uri()}' style='color:{colors().accent}'>{DOCS}</a>"
    return f"<b>{DOCS}</b>"


def muted(parent: QWidget, rich: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("Muted")
    label.setWordWrap(True)
    if rich:
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(True)
    return label


def field_error(exc: InvalidInput, fields: tuple[str, ...]) -> str:
    """Which field a service's InvalidInput is about (``details["field"]``, else read from its message)."""
    named = exc.details.get("field")
    if isinstance(named, str) and named in fields:
        return named
    text = exc.message.lower()
    for field, words in (("api_url", ("api address",)), ("origins", ("origin",)), ("number", ("number",))):
        if field in fields and any(word in text for word in words):
            return field
    return fields[0]


class TestRow(QWidget):
    """A "Test" button and what the test found."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACE)
        self.button = QPushButton(icon("test"), "", self)
        self.button.setObjectName(f"test:{name}")
        self.icon = QLabel(self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.result, 1)

    def busy(self) -> None:
        self.button.setEnabled(False)
        self.icon.setPixmap(icon("busy").pixmap(16, 16))
        self.result.setText(translate("ChannelDialog", "Testing…"))

    def set_result(self, tone: str | None, sentence: str = "", detail: str = "") -> None:
        self.button.setEnabled(True)
        if tone is None:
            self.icon.clear()
            self.result.setText("")
            return
        self.icon.setPixmap(icon({"ok": "ok", "error": "error", "warn": "warn"}[tone], tone).pixmap(16, 16))
        text = html.escape(sentence, quote=False)
        if detail:
            text += f"<br><span style='color:{colors().muted}'>{html.escape(detail, quote=False)}</span>"
        self.result.setText(text)


class ChannelForm(QWidget):
    """Explanation on top, then labelled fields with a note and an inline error each."""

    kind = ""
    fields: tuple[str, ...] = ()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2 * SPACE)
        self.intro = muted(self, rich=True)
        self.column.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(2 * SPACE)
        self.form.setVerticalSpacing(SPACE + SPACE // 2)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.column.addLayout(self.form)
        self.labels: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}
        self.notes: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.name = QLineEdit(self)
        self.name.setObjectName(f"{self.kind}:name")

    def add_row(self, key: str, editor: QWidget, *, note: bool = False, extra: QWidget | None = None) -> None:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACE // 2)
        if extra is None:
            column.addWidget(editor)
        else:
            line = QHBoxLayout()
            line.setSpacing(SPACE)
            line.addWidget(editor, 1)
            line.addWidget(extra)
            column.addLayout(line)
        if note:
            self.notes[key] = muted(box)
            column.addWidget(self.notes[key])
        error = QLabel(box)
        error.setObjectName("FieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.labels[key], self.editors[key], self.errors[key] = QLabel(self), editor, error
        self.labels[key].setBuddy(editor)
        self.form.addRow(self.labels[key], box)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _t, k=key: self.clear_error(k))
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(lambda k=key: self.clear_error(k))

    def show_error(self, key: str, text: str) -> None:
        self.errors[key].setText(text)
        self.errors[key].show()
        self._mark(key, True)

    def clear_error(self, key: str) -> None:
        self.errors[key].hide()
        self._mark(key, False)

    def clear_errors(self) -> None:
        for key in self.errors:
            self.clear_error(key)

    def _mark(self, key: str, invalid: bool) -> None:
        editor = self.editors[key]
        if editor.property("invalid") != invalid:
            editor.setProperty("invalid", invalid)
            editor.style().unpolish(editor)
            editor.style().polish(editor)

    def invalid(self, exc: InvalidInput) -> None:
        """Mark the field the service rejected, in the user's language, with the rejected value where known."""
        key = field_error(exc, self.fields)
        self.show_error(key, self.hint(key, exc))

    def hint(self, key: str, exc: InvalidInput) -> str:
        return describe(exc)

    def retranslate(self) -> None:
        self.labels["name"].setText(translate("ChannelDialog", "Name"))
        self.notes["name"].setText(translate("ChannelDialog", "Optional. How this channel is listed here and in "
                                                              "the Inbox."))


class TelegramForm(ChannelForm):
    kind = "telegram"
    fields = ("token", "api_url", "name")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.token = QLineEdit(self)
        self.token.setObjectName("telegram:token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_url = QLineEdit(self)
        self.api_url.setObjectName("telegram:api_url")
        self.api_url.setPlaceholderText("https://api.telegram.org")
        self.add_row("token", self.token)
        self.add_row("name", self.name, note=True)
        self.add_row("api_url", self.api_url, note=True)
        self.test = TestRow("telegram", self)
        self.column.addWidget(self.test)
        self.test.button.clicked.connect(self.run_test)
        self.token.textEdited.connect(lambda _t: self.test.set_result(None))
        self.column.addStretch(1)

    def run_test(self) -> None:
        self.clear_errors()
        self.test.busy()
        channel_ops.try_telegram(self, self.token.text(), self.api_url.text()).success(self._tested).failure(
            self._test_failed).run()

    def _tested(self, username: str) -> None:
        found = translate("ChannelDialog", "Telegram accepts the token: this is your bot %1.")
        self.test.set_result("ok", found.replace("%1", username))
        if not self.name.text().strip():
            self.name.setPlaceholderText(username)

    def _test_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidInput):
            self.test.set_result(None)
            self.invalid(exc)
        elif isinstance(exc, AuthFailed):
            self.test.set_result("error", translate(
                "ChannelDialog", "Telegram rejected the token. Copy it again from @BotFather (/mybots → your bot "
                                 "→ API Token)."))
        elif isinstance(exc, RemoteUnavailable):
            self.test.set_result("error", translate(
                "ChannelDialog", "Telegram could not be reached. Check the internet connection, or the Bot API "
                                 "server address."), exc.message)
        else:
            self.test.set_result("error", describe(exc))

    def hint(self, key: str, exc: InvalidInput) -> str:
        if key == "api_url":
            return translate("ChannelDialog", "Enter the server's address starting with http:// or https://, or "
                                              "leave the field empty.")
        if not self.token.text().strip():
            return translate("ChannelDialog", "Paste the bot token from @BotFather here.")
        return translate("ChannelDialog", "This is not a complete bot token. Copy the whole token from @BotFather: "
                                          "digits, a colon, then about 35 letters and digits.")

    def retranslate(self) -> None:
        super().retranslate()
        steps = [translate("ChannelDialog", "In Telegram, open %1 and send %2."),
                 translate("ChannelDialog", "Choose a display name and a username that ends in “bot”."),
                 translate("ChannelDialog", "BotFather answers with a token like %3. Paste it below.")]
        text = "<br>".join(f"{n}. {html.escape(step)}" for n, step in enumerate(steps, 1))
        link = f"<a href='https://t.me/BotFather' style='color:{colors().accent}'>@BotFather</a>"
        self.intro.setText(text.replace("%1", link).replace(
            "%2", "<b>/newbot</b>").replace("%3", "<code>123456789:AAH…</code>"))
        self.labels["token"].setText(translate("ChannelDialog", "Bot token"))
        self.token.setPlaceholderText(translate("ChannelDialog", "Paste the token from @BotFather"))
        self.name.setPlaceholderText(translate("ChannelDialog", "Telegram bot"))
        self.labels["api_url"].setText(translate("ChannelDialog", "Bot API server"))
        self.notes["api_url"].setText(translate("ChannelDialog", "Optional. Only if you run your own Telegram Bot "
                                                                 "API server; leave empty otherwise."))
        self.test.button.setText(translate("ChannelDialog", "Test"))


class SignalForm(ChannelForm):
    kind = "signal"
    fields = ("number", "signal_cli", "name")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.number = QLineEdit(self)
        self.number.setObjectName("signal:number")
        self.number.setPlaceholderText("+49 30 1234567")
        self.signal_cli = QLineEdit(self)
        self.signal_cli.setObjectName("signal:signal_cli")
        self.browse = QPushButton(icon("folder"), "", self)
        self.browse.clicked.connect(self._browse)
        self.add_row("number", self.number, note=True)
        self.add_row("name", self.name, note=True)
        self.add_row("signal_cli", self.signal_cli, note=True, extra=self.browse)
        self.test = TestRow("signal", self)
        self.column.addWidget(self.test)
        self.test.button.clicked.connect(self.run_test)
        self.number.textEdited.connect(lambda _t: self.test.set_result(None))
        self.number.textChanged.connect(lambda _t: self._default_name())
        self.column.addStretch(1)

    def _default_name(self) -> None:
        number = re.sub(r"[\s\-()]", "", self.number.text())
        self.name.setPlaceholderText(f"Signal {number}" if number else translate("ChannelDialog", "Signal"))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, translate("ChannelDialog", "Where is signal-cli?"))
        if path:
            self.signal_cli.setText(path)
            self.clear_error("signal_cli")

    def run_test(self) -> None:
        self.clear_errors()
        self.test.busy()
        channel_ops.try_signal(self, self.number.text(), self.signal_cli.text()).success(self._tested).failure(
            self._test_failed).run()

    def _tested(self, answer: str) -> None:
        self.test.set_result("ok", translate("ChannelDialog", "signal-cli answers for this number."), answer)

    def _test_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidInput):
            self.test.set_result(None)
            self.invalid(exc)
        elif isinstance(exc, NotReady) and exc.details.get("reason") == NOT_INSTALLED:
            sentence = translate("ChannelDialog", "signal-cli was not found. Install signal-cli and Java 21 or "
                                                  "newer (see %1), or enter the path to signal-cli below.")
            self.test.set_result("error", sentence.replace("%1", DOCS), translate(
                "ChannelDialog", "Looked for: %1").replace("%1", str(exc.details.get("path"))))
        elif isinstance(exc, NotReady | RemoteUnavailable):
            sentence = translate("ChannelDialog", "signal-cli did not answer for this number. Is the number "
                                                  "registered or linked (see %1)?").replace("%1", DOCS)
            self.test.set_result("error", sentence, channel_ops.reason_text(exc.message))
        else:
            self.test.set_result("error", describe(exc))

    def hint(self, key: str, exc: InvalidInput) -> str:
        return translate("ChannelDialog", "Enter the number in international format: + and the country code, e.g. "
                                          "+49 30 1234567.")

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(html.escape(translate(
            "ChannelDialog", "Signal runs through signal-cli on this computer. Before adding the number: install "
                             "signal-cli and Java 21 or newer, then register the number with signal-cli or link it "
                             "to your phone. Step by step: %1.")).replace("%1", docs_link()))
        self.labels["number"].setText(translate("ChannelDialog", "Phone number"))
        self.notes["number"].setText(translate("ChannelDialog", "The number registered or linked in signal-cli, in "
                                                                "international format."))
        self._default_name()
        self.labels["signal_cli"].setText(translate("ChannelDialog", "signal-cli"))
        self.signal_cli.setPlaceholderText(translate("ChannelDialog", "signal-cli (found automatically)"))
        self.notes["signal_cli"].setText(translate("ChannelDialog", "Optional. The path to signal-cli if it is not "
                                                                    "found automatically."))
        self.browse.setText(translate("ChannelDialog", "Browse…"))
        self.test.button.setText(translate("ChannelDialog", "Test"))
