"""KYB reports: one business partner's as PDF or JSON, or all of them into a folder (with progress, stoppable)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.errors import show_error
from gui.operations import kyb as kyb_ops

if TYPE_CHECKING:
    from gui.session import Session
    from secretary.kyb.counterparty import Counterparty

translate = QCoreApplication.translate


def file_stem(name: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")[:40] or "report"


class Reports(QObject):
    """Asks where, writes on the thread pool, says where the files went."""

    def __init__(self, session: Session, timezone: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.timezone, self.widget = session, timezone, parent
        self.service = session.app.kyb
        self.progress: kyb_ops.Progress | None = None
        self.exported: list[Path] = []
        self.dialog: QMessageBox | None = None  # the box open now (tests reach it here)

    def _dir(self) -> str:
        return str(self.session.qsettings.value("kyb/report_dir", str(Path.home())))

    def _context(self) -> tuple[str, str]:
        return str(self.session.app.settings.get("firm.name") or ""), self.timezone

    def choose_file(self, party: Counterparty) -> None:
        start = str(Path(self._dir()) / f"kyb-{file_stem(party.name)}.pdf")
        path, chosen = QFileDialog.getSaveFileName(self.widget, translate("KybReports", "Export KYB report"), start,
                                                   translate("KybReports", "PDF report (*.pdf);;JSON data (*.json)"))
        if path:
            if not Path(path).suffix:
                path += ".json" if "json" in chosen.lower() else ".pdf"
            self.write(party.id, path)

    def write(self, counterparty_id: int, path: str) -> None:
        """One report; the file's suffix (.pdf or .json) decides the format."""
        self.session.qsettings.setValue("kyb/report_dir", str(Path(path).parent))
        firm, timezone = self._context()
        kyb_ops.export_report(self.widget, self.service, counterparty_id, path, firm, timezone).success(
            lambda written: self._done([written])).run()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.widget, translate("KybReports", "Folder for all KYB reports"),
                                                  self._dir())
        if folder:
            self.write_all(folder)

    def write_all(self, folder: str) -> None:
        """A PDF and a JSON report of every monitored business partner, and summary.json, into ``folder``."""
        if self.progress is not None:
            return
        self.session.qsettings.setValue("kyb/report_dir", folder)
        firm, timezone = self._context()
        progress = self.progress = kyb_ops.Progress(self)
        box = QMessageBox(QMessageBox.Icon.Information, translate("KybReports", "Exporting reports"),
                          translate("KybReports", "Writing a PDF and a JSON report for every monitored business "
                                                  "partner…"), QMessageBox.StandardButton.Cancel, self.widget)
        box.setObjectName("KybExportBox")
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("KybReports", "Stop"))
        progress.changed.connect(lambda f, name: box.setInformativeText(f"{round(100 * f)} %  {name}"))
        box.rejected.connect(progress.cancel)
        self.dialog = box
        box.open()
        kyb_ops.export_all(self.widget, self.service, folder, firm, timezone, progress).success(
            lambda files: self._done(files, box)).failure(lambda exc: self._failed(exc, box)).run()

    def _close(self, box: QMessageBox | None) -> None:
        self.progress = None
        if box is not None:
            box.blockSignals(True)  # closing it is not the user's "Stop"
            box.done(0)

    def _done(self, files: list[Path], box: QMessageBox | None = None) -> None:
        self._close(box)
        self.exported = list(files)
        folder = str(Path(files[0]).parent) if files else ""
        done = QMessageBox(QMessageBox.Icon.Information, translate("KybReports", "Report saved"),
                           translate("KybReports", "%n file(s) written to %1.", "", len(files)).replace("%1", folder),
                           QMessageBox.StandardButton.Ok, self.widget)
        done.setObjectName("KybExportedBox")
        self.dialog = done
        done.open()

    def _failed(self, exc: BaseException, box: QMessageBox) -> None:
        self._close(box)
        if isinstance(exc, kyb_ops.Cancelled):
            stopped = QMessageBox(QMessageBox.Icon.Information, translate("KybReports", "Export stopped"),
                                  translate("KybReports", "The export was stopped. The reports written so far are "
                                                          "in the folder."), QMessageBox.StandardButton.Ok,
                                  self.widget)
            self.dialog = stopped
            stopped.open()
            return
        show_error(self.widget, exc)
