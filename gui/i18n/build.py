"""Refresh and compile the translations: ``python -m gui.i18n.build``.

Runs pyside6-lupdate over gui/ and the setting labels in secretary/settings.py
(which marks them with ``_T = QT_TRANSLATE_NOOP``, hence the alias), updates
gui/i18n/secretary_<lang>.ts, compiles each to .qm with pyside6-lrelease, and
reports entries still unfinished. Exit status 1 when any are left, so CI can
insist on complete catalogues. English needs a catalogue only for plurals.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("de", "uk")
EXTRA_SOURCES = (ROOT / "secretary" / "settings.py",)


def tool(name: str) -> str:
    """The Qt tool next to this Python (the venv's bin), else on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 into this environment")
    return found


def sources() -> list[str]:
    files = sorted(p for p in (ROOT / "gui").rglob("*.py") if "__pycache__" not in p.parts)
    return [str(p) for p in (*files, *EXTRA_SOURCES)]


def lupdate(ts: Path, plural_only: bool = False) -> None:
    args = [tool("pyside6-lupdate"), "-tr-function-alias", "QT_TRANSLATE_NOOP+=_T", "-no-obsolete",
            "-locations", "none", "-silent", *sources(), "-ts", str(ts)]
    if plural_only:
        args.insert(1, "-pluralonly")
    subprocess.run(args, check=True)


def lrelease(ts: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def unfinished(ts: Path) -> list[str]:
    """Sources whose translation is missing, empty or marked unfinished."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if not all(t.strip() for t in texts):
            missing.append(source)
    return missing


def main() -> int:
    catalogues = [(HERE / f"secretary_{lang}.ts", False) for lang in LANGUAGES]
    catalogues.append((HERE / "secretary_en.ts", True))
    left = 0
    for ts, plural_only in catalogues:
        lupdate(ts, plural_only)
        lrelease(ts)
        missing = unfinished(ts)
        left += len(missing)
        total = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
        print(f"{ts.name}: {total} entries, {len(missing)} unfinished")
        for source in missing:
            print(f"  - {source!r}")
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main())
