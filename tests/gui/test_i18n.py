"""The German and Ukrainian catalogues are complete and cover every declared label."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from gui import i18n
from gui.i18n.build import HERE, unfinished
from secretary.settings import INTEGRATIONS, SECRETS, SETTINGS


@pytest.mark.parametrize("language", ["de", "uk", "en"])
def test_catalogue_has_no_unfinished_entries(language):
    assert unfinished(HERE / f"secretary_{language}.ts") == [], "run `python -m gui.i18n.build` and translate"


@pytest.mark.parametrize("language", ["de", "uk"])
def test_every_declared_label_is_translated(language, qapp):
    root = ET.parse(HERE / f"secretary_{language}.ts").getroot()
    sources = {m.findtext("source") for c in root.iter("context") if c.findtext("name") == "settings"
               for m in c.iter("message")}
    labels = {s.label for s in SETTINGS} | {i.label for i in INTEGRATIONS} | {s.label for s in SECRETS}
    assert labels <= sources, f"missing from the catalogue: {sorted(labels - sources)}"
    i18n.install(qapp, language)
    assert all(QCoreApplication.translate("settings", label) for label in labels)
    assert QCoreApplication.translate("settings", "Firm name") != "Firm name"


def test_plurals_follow_the_language(qapp):
    i18n.install(qapp, "uk")
    forms = [QCoreApplication.translate("Counts", "%n contact(s)", "", n) for n in (1, 3, 5, 21)]
    assert forms == ["1 контакт", "3 контакти", "5 контактів", "21 контакт"]
    i18n.install(qapp, "en")
    assert QCoreApplication.translate("Counts", "%n contact(s)", "", 1) == "1 contact"
