"""Adding a folder (with optional include/exclude patterns) or a web page to the knowledge base."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.theme import SPACE

translate = QCoreApplication.translate


def split_patterns(text: str) -> list[str]:
    """``"*.pdf, *.md; drafts/*"`` → ``["*.pdf", "*.md", "drafts/*"]``."""
    return [p.strip() for p in re.split(r"[,;\n]", text) if p.strip()]


def valid_url(text: str) -> bool:
    url = QUrl(text.strip())
    return url.isValid() and url.scheme() in ("http", "https") and bool(url.host())


class AddSourceDialog(QDialog):
    """``kind`` is "folder" or "url"; after ``exec()`` the choices are in :meth:`values`."""

    def __init__(self, kind: str, parent: QWidget | None = None, start_dir: str = "") -> None:
        super().__init__(parent)
        self.kind = kind
        self.start_dir = start_dir
        self.setObjectName("AddSourceDialog")
        self.setMinimumWidth(80 * SPACE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACE, 3 * SPACE, 3 * SPACE, 3 * SPACE)
        layout.setSpacing(2 * SPACE)
        self.title = QLabel(self)
        self.title.setObjectName("SectionTitle")
        self.intro = QLabel(self)
        self.intro.setObjectName("Muted")
        self.intro.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        form = QFormLayout()
        form.setSpacing(SPACE)
        form.setHorizontalSpacing(2 * SPACE)
        self.target = QLineEdit(self)
        self.target.textChanged.connect(self._validate)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.choose_folder)
        self.browse.setVisible(kind == "folder")
        target_row = QHBoxLayout()
        target_row.setSpacing(SPACE)
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse)
        self.target_label = QLabel(self)
        form.addRow(self.target_label, target_row)
        self.name = QLineEdit(self)
        self.name_label = QLabel(self)
        form.addRow(self.name_label, self.name)
        self.include = QLineEdit(self)
        self.exclude = QLineEdit(self)
        self.include_label, self.exclude_label = QLabel(self), QLabel(self)
        if kind == "folder":
            form.addRow(self.include_label, self.include)
            form.addRow(self.exclude_label, self.exclude)
        else:
            for widget in (self.include, self.exclude, self.include_label, self.exclude_label):
                widget.hide()
        self.watch = QCheckBox(self)
        self.watch.setChecked(True)
        form.addRow("", self.watch)
        for label, field in ((self.target_label, self.target), (self.name_label, self.name),
                             (self.include_label, self.include), (self.exclude_label, self.exclude)):
            label.setBuddy(field)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addStretch(1)

        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("Primary")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self._accept_if_valid)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self._validate()

    def retranslate_ui(self) -> None:
        if self.kind == "folder":
            self.setWindowTitle(translate("AddSourceDialog", "Add a folder"))
            self.title.setText(translate("AddSourceDialog", "Add a folder"))
            self.intro.setText(translate("AddSourceDialog", "Every PDF, Word, Markdown, text and HTML file in the "
                                                            "folder and its sub-folders is indexed."))
            self.target_label.setText(translate("AddSourceDialog", "&Folder"))
            self.target.setPlaceholderText(translate("AddSourceDialog", "Choose a folder…"))
            self.watch.setText(translate("AddSourceDialog", "Pick up new and changed files automatically"))
        else:
            self.setWindowTitle(translate("AddSourceDialog", "Add a web page"))
            self.title.setText(translate("AddSourceDialog", "Add a web page"))
            self.intro.setText(translate("AddSourceDialog", "The page's main text is downloaded and indexed; "
                                                            "menus and adverts are left out."))
            self.target_label.setText(translate("AddSourceDialog", "&Address"))
            self.target.setPlaceholderText("https://")
            self.watch.setText(translate("AddSourceDialog", "Check the page for changes automatically"))
        self.browse.setText(translate("AddSourceDialog", "&Browse…"))
        self.name_label.setText(translate("AddSourceDialog", "&Name"))
        self.name.setPlaceholderText(translate("AddSourceDialog", "Optional: shown in the list and in citations"))
        self.include_label.setText(translate("AddSourceDialog", "&Only files like"))
        self.include.setPlaceholderText(translate("AddSourceDialog", "e.g. *.pdf, prices/*  (empty: all documents)"))
        self.exclude_label.setText(translate("AddSourceDialog", "&Skip files like"))
        self.exclude.setPlaceholderText(translate("AddSourceDialog", "e.g. drafts/*, *.tmp"))
        self.cancel_button.setText(translate("AddSourceDialog", "Cancel"))
        self.add_button.setText(translate("AddSourceDialog", "Add"))
        self._validate()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("AddSourceDialog", "Choose a folder"),
                                                  self.target.text() or self.start_dir)
        if folder:
            self.target.setText(folder)

    def problem(self) -> str:
        """Why the entry cannot be added yet ('' when it can)."""
        text = self.target.text().strip()
        if not text:
            return ""
        if self.kind == "folder" and not Path(text).expanduser().is_dir():
            return translate("AddSourceDialog", "There is no folder at this path.")
        if self.kind == "url" and not valid_url(text):
            return translate("AddSourceDialog", "Enter a full address starting with https:// or http://.")
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.target.setProperty("invalid", bool(problem))
        self.target.style().polish(self.target)
        self.add_button.setEnabled(bool(self.target.text().strip()) and not problem)

    def _accept_if_valid(self) -> None:
        if self.add_button.isEnabled():
            self.accept()

    def values(self) -> dict[str, object]:
        """What to pass to the knowledge service's ``add``."""
        return {"target": self.target.text().strip(), "name": self.name.text().strip() or None,
                "include": split_patterns(self.include.text()), "exclude": split_patterns(self.exclude.text()),
                "watch": self.watch.isChecked()}
