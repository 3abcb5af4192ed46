"""Importing business partners from a CSV file: match the columns (guessed from the header), see the
first rows as they would be imported, import, then read which rows were added and which were refused."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.errors import describe
from gui.operations import kyb as kyb_ops
from gui.panels.kyb_edit_dialog import problems
from gui.panels.kyb_texts import field_text, kind_text
from gui.panels.kyb_widgets import wrapped
from gui.theme import SPACE
from secretary.errors import SecretaryError
from secretary.kyb.counterparty import CounterpartyInput, ImportReport
from services.kyb.csv_import import FIELDS, CsvTable, guess_mapping

if TYPE_CHECKING:
    from services.kyb.service import KybService

translate = QCoreApplication.translate
PREVIEW_ROWS = 5
PREVIEW_FIELDS = ("name", "kind", "country", "vat_number", "lei_code")


def row_input(table: CsvTable, mapping: dict[str, str], number: int) -> CounterpartyInput | None:
    """Row ``number`` (2 = first data row) as entered, before validation."""
    if not 2 <= number < len(table.rows) + 2:
        return None
    row = table.rows[number - 2]

    def value(field: str) -> str | None:
        column = mapping.get(field)
        position = table.header.index(column) if column in table.header else -1
        return (row[position].strip() or None) if 0 <= position < len(row) else None
    return CounterpartyInput(name=value("name") or "", kind=(value("kind") or "company"), country=value("country"),
                             vat_number=value("vat_number"), lei_code=value("lei_code"), address=value("address"),
                             registration_number=value("registration_number"), birth_date=value("birth_date"),
                             notes=value("notes"), check_interval=(value("check_interval") or "weekly").lower())


def rejection_text(reason: str, data: CounterpartyInput | None = None) -> str:
    """Why a row was refused, in the interface language when the cause is known."""
    found = re.fullmatch(r"already monitored as counterparty (\d+)", reason)
    if found:
        return translate("KybImport", "Already monitored (business partner no. %1).").replace("%1", found.group(1))
    if data is not None:
        for field, (sentence, _message) in problems(data).items():
            return f"{field_text(field)}: {sentence}"
    return reason


class ImportDialog(QDialog):
    """Emits ``imported(report)`` after the rows were stored."""

    imported = Signal(object)

    def __init__(self, service: KybService, actor: str, path: str, table: CsvTable,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor, self.path, self.table = service, actor, path, table
        self.report: ImportReport | None = None
        self.setObjectName("KybImportDialog")
        self.setWindowTitle(translate("KybImport", "Import business partners"))
        self.setMinimumSize(96 * SPACE, 72 * SPACE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACE, 3 * SPACE, 3 * SPACE, 3 * SPACE)
        layout.setSpacing(2 * SPACE)
        self.title = QLabel(self)
        self.title.setObjectName("SectionTitle")
        layout.addWidget(self.title)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._report_page())
        self.error = wrapped("", self, "FieldError")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(translate("KybImport", "Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("Primary")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(translate("KybImport", "Close"), self)
        self.close_button.setObjectName("Primary")
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        for button in (self.cancel_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.title.setText(translate("KybImport", "Which column holds what?"))
        self.update_preview()

    # page 1: the mapping and a preview -------------------------------------------------------------------------
    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 * SPACE)
        layout.addWidget(wrapped(translate("KybImport", "%n row(s) in the file. The columns were matched by their "
                                                        "headings; correct what is wrong. Only the name is required.",
                                           "", len(self.table.rows)), page, "Muted"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(2 * SPACE)
        grid.setVerticalSpacing(SPACE // 2)
        guessed = guess_mapping(self.table.header)
        self.combos: dict[str, QComboBox] = {}
        half = (len(FIELDS) + 1) // 2
        for n, field in enumerate(FIELDS):
            combo = QComboBox(page)
            combo.setObjectName(f"column_{field}")
            combo.addItem(translate("KybImport", "— not in the file —"), None)
            for column in self.table.header:
                combo.addItem(column, column)
            if field in guessed:
                combo.setCurrentIndex(combo.findData(guessed[field]))
            combo.currentIndexChanged.connect(self.update_preview)
            self.combos[field] = combo
            label = QLabel(field_text(field), page)
            label.setBuddy(combo)
            row, column = n % half, 2 * (n // half)
            grid.addWidget(label, row, column)
            grid.addWidget(combo, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 12 * SPACE)
        layout.addLayout(grid)
        heading = QLabel(translate("KybImport", "The first rows as they would be imported"), page)
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        self.preview = QTableWidget(page)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.verticalHeader().hide()
        self.preview.setShowGrid(False)
        self.preview.setWordWrap(False)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.preview, 1)
        return page

    def mapping(self) -> dict[str, str]:
        return {field: str(combo.currentData()) for field, combo in self.combos.items() if combo.currentData()}

    def update_preview(self) -> None:
        mapping = self.mapping()
        self.preview.clear()
        heads = [translate("KybImport", "Row"), *(field_text(f) for f in PREVIEW_FIELDS),
                 translate("KybImport", "Result")]
        self.preview.setColumnCount(len(heads))
        self.preview.setHorizontalHeaderLabels(heads)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(heads) - 1, QHeaderView.ResizeMode.Stretch)
        if "name" not in mapping:
            self.preview.setRowCount(0)
            self._set_problem(translate("KybImport", "Choose the column that holds the name."))
            return
        try:
            good, bad = kyb_ops.preview(self.table, mapping, PREVIEW_ROWS)
        except SecretaryError as exc:
            self.preview.setRowCount(0)
            self._set_problem(describe(exc))
            return
        self._set_problem("")
        lines = sorted([(n, data, "") for n, data in good] + [(n, None, reason) for n, reason in bad],
                       key=lambda x: x[0])
        self.preview.setRowCount(len(lines))
        c = theme.colors()
        for r, (number, data, reason) in enumerate(lines):
            values = [str(number)]
            if data is not None:
                values += [data.name, kind_text(data.kind), data.country or "", data.vat_number or "",
                           data.lei_code or "", translate("KybImport", "✓ will be added")]
            else:
                raw = row_input(self.table, mapping, number)
                values += [raw.name if raw else "", "", "", "", "", "✗ " + rejection_text(reason, raw)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == len(values) - 1:
                    item.setForeground(QColor(c.ok if data is not None else c.error))
                    item.setToolTip(reason or value)
                self.preview.setItem(r, column, item)

    def _set_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.import_button.setText(translate("KybImport", "Import %n row(s)", "", len(self.table.rows)))
        self.import_button.setEnabled(not text)

    # importing and the report ----------------------------------------------------------------------------------
    def start_import(self) -> None:
        self.import_button.setEnabled(False)
        self.import_button.setText(translate("KybImport", "Importing…"))
        kyb_ops.import_csv(self, self.service, self.path, self.mapping(), self.actor).success(self.show_report) \
            .failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self._set_problem("")
        self.error.setText(describe(exc))
        self.error.show()

    def _report_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 * SPACE)
        self.summary = wrapped("", page)
        self.summary.setObjectName("Success")
        self.rejected_title = QLabel(page)
        self.rejected_title.setStyleSheet("font-weight: 600;")
        self.rejected = QTableWidget(page)
        self.rejected.setColumnCount(2)
        self.rejected.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rejected.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rejected.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.rejected.verticalHeader().hide()
        self.rejected.setShowGrid(False)
        self.rejected.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.rejected.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.next_step = wrapped("", page, "Muted")
        for widget in (self.summary, self.rejected_title, self.rejected, self.next_step):
            layout.addWidget(widget)
        layout.setStretch(2, 1)
        return page

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self.title.setText(translate("KybImport", "Import finished"))
        self.summary.setText(translate("KybImport", "%n business partner(s) added.", "", len(report.added)))
        self.rejected_title.setText(translate("KybImport", "%n row(s) not imported:", "", len(report.rejected)))
        self.rejected.setHorizontalHeaderLabels([translate("KybImport", "Row"), translate("KybImport", "Reason")])
        self.rejected.setRowCount(len(report.rejected))
        for r, (number, reason) in enumerate(report.rejected):
            self.rejected.setItem(r, 0, QTableWidgetItem(str(number)))
            item = QTableWidgetItem(rejection_text(reason, row_input(self.table, self.mapping(), number)))
            item.setToolTip(reason)
            self.rejected.setItem(r, 1, item)
        for widget in (self.rejected_title, self.rejected):
            widget.setVisible(bool(report.rejected))
        self.next_step.setText(translate("KybImport", "Correct the refused rows in the file and import it again: "
                                                      "rows already added are recognised and skipped. New business "
                                                      "partners are screened at the next scheduled check, or now "
                                                      "with Check now."))
        self.pages.setCurrentIndex(1)
        self.error.hide()
        self.cancel_button.hide()
        self.import_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.imported.emit(report)
