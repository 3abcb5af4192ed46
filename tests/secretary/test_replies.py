"""The acknowledgement responder answers in the customer's language."""

from __future__ import annotations

import pytest

from secretary.records import InboundMessage
from secretary.replies import AcknowledgementResponder, guess_language


@pytest.mark.parametrize(("text", "language"), [
    ("Hello, do you do payroll?", "en"),
    ("Guten Tag, ich hätte eine Frage zur Buchhaltung", "de"),
    ("Können Sie mir helfen?", "de"),
    ("Добрий день! Скільки коштує консультація?", "uk"),
    ("ok thx", "en"),
])
def test_guess_language(text, language):
    assert guess_language(text) == language


def test_acknowledgement_uses_known_language_and_name():
    reply = AcknowledgementResponder().respond(
        InboundMessage(id=1, thread_id=1, content="hi", language="uk", contact_name="Олена"))
    assert reply.language == "uk" and reply.content.startswith("Дякуємо, Олена,")
    assert reply.metadata == {"responder": "acknowledgement"}
