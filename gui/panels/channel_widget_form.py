"""The web site chat's form in "Add channel": allowed sites, look, language and greeting."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from gui.errors import describe
from gui.i18n import LANGUAGES, NATIVE_NAMES
from gui.panels.channel_forms import ChannelForm
from gui.session import Session
from gui.theme import SPACE
from secretary.errors import InvalidInput

translate = QCoreApplication.translate


class WidgetForm(ChannelForm):
    kind = "widget"
    fields = ("origins", "name")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.origins = QPlainTextEdit(self)
        self.origins.setObjectName("widget:origins")
        self.origins.setFixedHeight(9 * SPACE)
        self.origins.setTabChangesFocus(True)
        self.color = "#2563eb"
        self.color_button = QPushButton(self)
        self.color_button.setObjectName("widget:color")
        self.color_button.clicked.connect(self._pick_color)
        self.position = QComboBox(self)
        self.position.setObjectName("widget:position")
        self.language = QComboBox(self)
        self.language.setObjectName("widget:language")
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(session.language), 0))
        self.greeting = QLineEdit(self)
        self.greeting.setObjectName("widget:greeting")
        self.add_row("origins", self.origins, note=True)
        self.add_row("name", self.name, note=True)
        looks = QWidget(self)
        line = QHBoxLayout(looks)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(SPACE)
        line.addWidget(self.color_button)
        self.position_label = QLabel(looks)
        self.position_label.setBuddy(self.position)
        line.addSpacing(SPACE)
        line.addWidget(self.position_label)
        line.addWidget(self.position)
        line.addStretch(1)
        self.add_row("looks", looks)
        self.add_row("language", self.language, note=True)
        self.add_row("greeting", self.greeting)
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker: QColorDialog | None = None
        self._show_color()
        self.column.addStretch(1)

    def origin_list(self) -> list[str]:
        return [line.strip() for line in self.origins.toPlainText().splitlines() if line.strip()]

    def _pick_color(self) -> None:
        self.picker = QColorDialog(QColor(self.color), self)
        self.picker.setWindowTitle(translate("ChannelDialog", "Colour of the chat button"))
        self.picker.colorSelected.connect(self.set_color)
        self.picker.open()

    def set_color(self, color: QColor) -> None:
        if color.isValid():
            self.color = color.name()
            self._show_color()

    def _show_color(self) -> None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(self.color))
        self.color_button.setIcon(pixmap)
        self.color_button.setText(self.color)

    def hint(self, key: str, exc: InvalidInput) -> str:
        if key != "origins":
            return describe(exc)
        wrong = re.match(r"'(.*)' is not an origin", exc.message)
        if wrong:
            return translate("ChannelDialog", "“%1” is not a site address. Write each site as https:// and its "
                                              "domain, without a path, e.g. https://www.example.com.").replace(
                                                  "%1", wrong.group(1))
        return translate("ChannelDialog", "Enter at least one site address, e.g. https://www.example.com.")

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(html.escape(translate(
            "ChannelDialog", "A chat button on your web site. Visitors write to it and get answers here, like "
                             "on the other channels. After saving you get one line of code for your site.")))
        self.labels["origins"].setText(translate("ChannelDialog", "Web sites"))
        self.origins.setPlaceholderText("https://www.example.com")
        self.notes["origins"].setText(translate("ChannelDialog", "The sites that may show the chat, one per line, "
                                                                 "with https:// and without a path."))
        self.name.setPlaceholderText(translate("ChannelDialog", "Web site chat"))
        self.labels["looks"].setText(translate("ChannelDialog", "Colour"))
        self.color_button.setToolTip(translate("ChannelDialog", "Choose the colour of the chat button"))
        self.color_button.setAccessibleName(translate("ChannelDialog", "Colour of the chat button"))
        self.position_label.setText(translate("ChannelDialog", "Position"))
        current = self.position.currentData() or "right"
        self.position.clear()
        self.position.addItem(translate("ChannelDialog", "Bottom right"), "right")
        self.position.addItem(translate("ChannelDialog", "Bottom left"), "left")
        self.position.setCurrentIndex(max(self.position.findData(current), 0))
        self.labels["language"].setText(translate("ChannelDialog", "Language"))
        self.notes["language"].setText(translate("ChannelDialog", "Of the chat window's own texts. The AI answers "
                                                                  "in the visitor's language."))
        self.labels["greeting"].setText(translate("ChannelDialog", "Greeting"))
        self.greeting.setPlaceholderText(translate("ChannelDialog", "e.g. Hello! How can we help?"))
