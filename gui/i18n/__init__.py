"""Interface languages: Qt's own translations plus ours (gui/i18n/secretary_<lang>.qm).

English is the source language; its catalogue only carries plural forms.
Installing a translator makes Qt send QEvent.LanguageChange to every widget,
which is what makes each panel call its ``retranslate_ui()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "de", "uk")
# Each language is named in itself, so someone who cannot read the current one finds theirs.
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "uk": "Українська"}

_installed: list[QTranslator] = []
_current = "en"


def current() -> str:
    return _current


def install(app: QCoreApplication, language: str) -> bool:
    """Make ``language`` the interface language; False if our catalogue for it is missing."""
    global _current
    if language not in LANGUAGES:
        language = "en"
    fresh: list[QTranslator] = []
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            fresh.append(qt)
    ours = QTranslator(app)  # English has a catalogue too: it holds the plural forms ("1 contact")
    found = ours.load(str(HERE / f"secretary_{language}.qm"))
    if found:
        fresh.append(ours)
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    for translator in fresh:
        app.installTranslator(translator)
        _installed.append(translator)
    _current = language
    QLocale.setDefault(_locale_for(language))
    if not fresh:  # English over English installs nothing, so Qt sends no LanguageChange: send one
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return found


def _locale_for(language: str) -> QLocale:
    """The system locale when it speaks ``language`` (keeps e.g. de_AT), else that language's default."""
    system = QLocale.system()
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted
