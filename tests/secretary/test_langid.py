"""Language id of short customer messages."""

from __future__ import annotations

import pytest

from secretary.ai.langid import detect

CASES = [
    ("ok", "en"), ("Thanks, see you tomorrow", "en"), ("I moved, new address is Lindenstraße 12", "en"),
    ("Danke!", "de"), ("Hallo", "de"), ("Ich muss meinen Termin verschieben", "de"),
    ("Дякую!", "uk"), ("так, будь ласка", "uk"), ("Коли буде готова моя справа?", "uk"),
    ("Спасибо!", "ru"), ("Привет", "ru"), ("Мне нужно перенести встречу", "ru"),
    ("Dzięki!", "other"), ("Дзякуй!", "other"), ("Благодаря!", "other"), ("Merci !", "other"),
    ("¿Dónde está su oficina?", "other"), ("Teşekkürler!", "other"), ("Nemen jullie nieuwe klanten aan?", "other"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detect(text: str, expected: str) -> None:
    assert detect(text) == expected


def test_no_letters() -> None:
    assert detect("👍") in ("en", "other")
    assert detect("") in ("en", "other")
