"""Language identification: en/de/uk/ru on short texts, other languages not forced into ours."""

from __future__ import annotations

import pytest

from services.language import detect_language


@pytest.mark.parametrize(("text", "language"), [
    ("Дякую!", "uk"),
    ("Добрий день! Скільки коштує консультація?", "uk"),
    ("Спасибо большое, до свидания", "ru"),
    ("Wann haben Sie geöffnet?", "de"),
    ("ok thx", "en"),
    ("Bookkeeping costs 90 euros per hour.", "en"),
    ("Dzień dobry, ile kosztuje konsultacja podatkowa?", "pl"),
    ("", None),
    ("1234 5678", None),
])
def test_detect_language(text, language):
    assert detect_language(text) == language
