"""The acknowledgement responder: the reply every workspace can give offline.

Until the AI agents are configured, a customer still gets an immediate, honest
answer in their own language saying the message arrived and a person will
follow up. The AI issue plugs richer responders in behind the same Protocol.
"""

from __future__ import annotations

import re

from secretary.records import InboundMessage, Reply

_ACK = {
    "en": "Thank you{name}, we have received your message. A member of our team will reply shortly.",
    "de": "Vielen Dank{name}, wir haben Ihre Nachricht erhalten. Ein Mitglied unseres Teams meldet sich in Kürze.",
    "uk": "Дякуємо{name}, ми отримали ваше повідомлення. Хтось із нашої команди незабаром відповість.",
}

_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_GERMAN_HINTS = re.compile(
    r"[äöüßÄÖÜ]|\b(und|ich|nicht|bitte|danke|hallo|guten|wir|sie|ist|das|ein|eine|der|die)\b", re.IGNORECASE)


def guess_language(text: str) -> str:
    """Cheap en/de/uk guess for the acknowledgement (the router does real detection)."""
    if _UK_LETTERS.search(text) or _CYRILLIC.search(text):
        return "uk"
    if _GERMAN_HINTS.search(text):
        return "de"
    return "en"


class AcknowledgementResponder:
    """Replies with a templated acknowledgement in the customer's language."""

    def respond(self, message: InboundMessage) -> Reply:
        """Acknowledge ``message`` in its language, addressing the contact by name if known."""
        language = message.language if message.language in _ACK else guess_language(message.content)
        name = f", {message.contact_name}" if message.contact_name else ""
        return Reply(content=_ACK[language].format(name=name), language=language,
                     author_kind="ai", metadata={"responder": "acknowledgement"})
