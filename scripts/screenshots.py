"""Screenshots of every panel, light and dark, in English, German and Ukrainian.

    python scripts/screenshots.py OUT_DIR [--workspace PATH] [--demo] [--size 1200x800]

Runs offscreen unless a display is wanted (set QT_QPA_PLATFORM yourself, e.g.
under xvfb-run). Without --workspace a temporary one is made and lightly
filled, so the panels show something; --demo fills it with the demo data
when services.demo is available.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SECRETARY_SECRET_STORE", "file")

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from gui import i18n, theme  # noqa: E402
from gui.first_run_dialog import FirstRunDialog  # noqa: E402
from gui.main_window import PANELS, MainWindow  # noqa: E402
from gui.panels.settings_panel import PAGES  # noqa: E402
from gui.session import Session  # noqa: E402
from services import users  # noqa: E402
from services.app import App, open_app  # noqa: E402
from storage.workspace import Workspace  # noqa: E402

QUESTIONS = {"en": "How much does a tax return cost?", "de": "Was kostet eine Steuererklärung?",
             "uk": "Скільки коштує податкова декларація?"}


def settle(rounds: int = 6) -> None:
    """Let background ops finish and their callbacks run."""
    for _ in range(rounds):
        QThreadPool.globalInstance().waitForDone(5000)
        QCoreApplication.processEvents()
        time.sleep(0.02)
    QCoreApplication.processEvents()


def fill_knowledge(app: App, folder: Path) -> None:
    """A folder of the demo firm's documents (one of them unreadable) and a broken PDF, indexed now."""
    import shutil

    from services.demo import documents

    handbook = folder / "Kanzlei-Handbuch"
    handbook.mkdir(parents=True, exist_ok=True)
    for document in Path(documents.__file__).parent.glob("*.md"):
        shutil.copy(document, handbook / document.name)
    (handbook / "Mandantenvertrag-alt.pdf").write_bytes(b"%PDF-1.4\n% damaged in transit\n")
    broken = folder / "Preisliste 2026.pdf"
    broken.write_bytes(b"not a PDF at all")
    owner = users.owner_id(app.db)
    actor = f"user:{owner}" if owner else "system"
    app.knowledge.add(str(handbook), include=["*.md", "*.pdf"], exclude=["Entwürfe/*"], actor=actor)
    app.knowledge.add(str(broken), actor=actor)
    ingest_queued(app)


def ingest_queued(app: App) -> None:
    """No worker runs here: index what is queued right away."""
    for source in app.knowledge.list():
        if source.status in ("queued", "processing"):
            app.knowledge.ingest(source.id)


def fill(app: App, demo: bool, folder: Path) -> None:
    if demo:
        from services.demo import create_demo  # written elsewhere; optional here

        create_demo(app)
        ingest_queued(app)
        return
    owner = users.ensure_owner(app.db, "system", "anna@muster-partner.de", "Anna Muster")
    actor = f"user:{owner}"
    app.settings.set_many({"firm.name": "Muster & Partner Steuerberatung", "firm.legal_form": "PartG mbB",
                           "firm.street": "Friedrichstraße 12", "firm.postcode": "10117", "firm.city": "Berlin",
                           "firm.vat_id": "DE123456789", "firm.email": "kanzlei@muster-partner.de"}, actor)
    app.settings.set("ai.backend", "compatible", actor)
    app.settings.set("ai.base_url", "http://localhost:11434/v1", actor)
    app.secrets.set("telegram.bot_token", "123456:ABC-screenshot", actor)
    fill_knowledge(app, folder)


def save(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--workspace", type=Path)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--size", default="1200x800")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))

    qapp = QApplication.instance() or QApplication([])
    scratch = tempfile.TemporaryDirectory()
    workspace = Workspace(args.workspace or Path(scratch.name) / "workspace")
    app = open_app(workspace)
    if args.workspace is None:
        fill(app, args.demo, Path(scratch.name) / "documents")
    qsettings = QSettings(str(Path(scratch.name) / "gui.ini"), QSettings.Format.IniFormat)
    try:
        for scheme in ("light", "dark"):
            theme.apply(qapp, dark=scheme == "dark")
            session = Session(app, None, qsettings)
            window = MainWindow(session)
            window.resize(width, height)
            window.show()
            for language in i18n.LANGUAGES:
                session.set_language(language, persist=False)
                prefix = args.out / f"{scheme}-{language}"
                for key in PANELS:
                    window.show_panel(key)
                    if key == "settings":
                        for page in PAGES:
                            window.settings_panel.show_page(page)
                            save(window, Path(f"{prefix}-settings-{page}.png"))
                    elif key == "knowledge":
                        panel = window.panels[key]
                        panel.search.box.clear()
                        panel.search.run_search()
                        save(window, Path(f"{prefix}-{key}.png"))
                        panel.search.box.setText(QUESTIONS[language])
                        panel.search.run_search()
                        save(window, Path(f"{prefix}-{key}-search.png"))
                    else:
                        save(window, Path(f"{prefix}-{key}.png"))
                dialog = FirstRunDialog(session)
                dialog.show()
                for step in range(dialog.stack.count()):
                    dialog.go(step)
                    save(dialog, Path(f"{prefix}-first-run-{step + 1}.png"))
                dialog.close()
            window.close()
            session.detach()
            window.deleteLater()
            settle()
    finally:
        i18n.install(qapp, "en")
        app.close()
        scratch.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
