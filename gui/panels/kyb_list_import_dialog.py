"""Importing a downloaded sanctions list file (works offline): which format, which file, which list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
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

from gui.panels.kyb_texts import list_title
from gui.theme import SPACE
from secretary.kyb.records import FORMATS, LISTS

translate = QCoreApplication.translate


def format_text(fmt: str) -> str:
    names = {"ofac-xml": translate("KybListImport", "OFAC XML (SDN.XML, CONS_ENHANCED.XML …)"),
             "ofac-csv": translate("KybListImport", "OFAC CSV (folder with sdn.csv, add.csv, alt.csv)"),
             "eu-xml": translate("KybListImport", "EU financial sanctions XML"),
             "uk-xml": translate("KybListImport", "UK Sanctions List XML"),
             "un-xml": translate("KybListImport", "UN Security Council XML")}
    return names.get(fmt, fmt)


class ListImportDialog(QDialog):
    """After ``exec()`` (or ``accepted``): :meth:`values` gives (format, path, list id or None)."""

    def __init__(self, start_dir: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_dir = start_dir
        self.setObjectName("KybListImportDialog")
        self.setWindowTitle(translate("KybListImport", "Import a sanctions list"))
        self.setMinimumWidth(76 * SPACE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACE, 3 * SPACE, 3 * SPACE, 3 * SPACE)
        layout.setSpacing(2 * SPACE)
        title = QLabel(translate("KybListImport", "Import a sanctions list"), self)
        title.setObjectName("SectionTitle")
        intro = QLabel(translate("KybListImport", "For computers without internet access: download the official "
                                                  "file elsewhere and import it here. The previous version is "
                                                  "kept until the new one is read completely."), self)
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setSpacing(SPACE)
        form.setHorizontalSpacing(2 * SPACE)
        self.format = QComboBox(self)
        for fmt in FORMATS:
            self.format.addItem(format_text(fmt), fmt)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(translate("KybListImport", "Choose the file…"))
        self.path.textChanged.connect(self._validate)
        self.browse = QPushButton(translate("KybListImport", "&Browse…"), self)
        self.browse.clicked.connect(self.choose)
        path_row = QHBoxLayout()
        path_row.setSpacing(SPACE)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.list = QComboBox(self)
        self.list.addItem(translate("KybListImport", "As the file says"), None)
        for list_id in LISTS:
            self.list.addItem(list_title(list_id), list_id)
        form.addRow(translate("KybListImport", "&Format"), self.format)
        file_label = QLabel(translate("KybListImport", "F&ile"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, path_row)
        form.addRow(translate("KybListImport", "&List"), self.list)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.cancel_button = QPushButton(translate("KybListImport", "Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = QPushButton(translate("KybListImport", "Import"), self)
        self.import_button.setObjectName("Primary")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self._accept_if_valid)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        self.format.currentIndexChanged.connect(self._validate)
        self._validate()

    def choose(self) -> None:
        start = self.path.text() or self.start_dir
        if self.format.currentData() == "ofac-csv":
            chosen = QFileDialog.getExistingDirectory(self, translate("KybListImport", "Folder with sdn.csv"), start)
        else:
            chosen, _f = QFileDialog.getOpenFileName(self, translate("KybListImport", "Sanctions list file"), start,
                                                     translate("KybListImport", "XML files (*.xml);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def problem(self) -> str:
        text = self.path.text().strip()
        if not text:
            return ""
        path = Path(text).expanduser()
        if not path.exists():
            return translate("KybListImport", "There is nothing at this path.")
        if self.format.currentData() != "ofac-csv" and path.is_dir():
            return translate("KybListImport", "Choose the file itself, not its folder.")
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.import_button.setEnabled(bool(self.path.text().strip()) and not problem)

    def _accept_if_valid(self) -> None:
        if self.import_button.isEnabled():
            self.accept()

    def values(self) -> tuple[str, str, str | None]:
        return str(self.format.currentData()), self.path.text().strip(), self.list.currentData()
