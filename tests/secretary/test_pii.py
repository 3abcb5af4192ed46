"""Behaviour of the PII detector and masker (secretary/ai/pii.py)."""

from __future__ import annotations

import random
import time

import pytest

from secretary.ai.pii import Masker, PiiDetector, mask_text, resolve_overlaps
from secretary.ai.records import PiiSpan

DETECTOR = PiiDetector(known_names=["Anna Schmidt", "Олена Коваленко"])


def found(text: str, language: str | None = None) -> set[tuple[str, str]]:
    return {(s.type, s.value) for s in DETECTOR.find(text, language)}


@pytest.mark.parametrize(("language", "text", "kind", "value"), [
    ("en", "Write to john.doe+shop@example.co.uk please", "EMAIL", "john.doe+shop@example.co.uk"),
    ("en", "Call me on +44 20 7946 0958 after lunch", "PHONE", "+44 20 7946 0958"),
    ("en", "My cell is (201) 555-0123.", "PHONE", "(201) 555-0123"),
    ("de", "Rufen Sie mich unter 030 1234567 an.", "PHONE", "030 1234567"),
    ("de", "Tel. +49 (0)89 12345678", "PHONE", "+49 (0)89 12345678"),
    ("uk", "Мій номер 050 123 4567.", "PHONE", "050 123 4567"),
    ("uk", "Дзвоніть на 00380501234567", "PHONE", "00380501234567"),
    ("en", "Japan office: +81 3-1234-5678", "PHONE", "+81 3-1234-5678"),
    ("de", "IBAN: DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX", "IBAN", "DE89 3704 0044 0532 0130 00"),
    ("en", "refund to GB33BUKB20201555555555", "IBAN", "GB33BUKB20201555555555"),
    ("en", "card 4111 1111 1111 1111 exp 12/27", "CREDIT_CARD", "4111 1111 1111 1111"),
    ("de", "Amex 3714-496353-98431 bitte", "CREDIT_CARD", "3714-496353-98431"),
    ("uk", "Картка 2200000000000004", "CREDIT_CARD", "2200000000000004"),
    ("de", "USt-IdNr.: DE123456789", "VAT_ID", "DE123456789"),
    ("en", "VAT ATU13585627", "VAT_ID", "ATU13585627"),
    ("uk", "Код ЄДРПОУ 32855961", "VAT_ID", "32855961"),
    ("en", "I was born on 12 March 1985.", "DATE_OF_BIRTH", "12 March 1985"),
    ("en", "DOB: 1985-03-12", "DATE_OF_BIRTH", "1985-03-12"),
    ("de", "Ich bin am 12. März 1985 geboren.", "DATE_OF_BIRTH", "12. März 1985"),
    ("uk", "Дата народження: 12 березня 1985", "DATE_OF_BIRTH", "12 березня 1985"),
    ("de", "Lieferung an Musterstraße 12, 10115 Berlin bitte", "ADDRESS", "Musterstraße 12, 10115 Berlin"),
    ("de", "Wir sind Am Markt 3.", "ADDRESS", "Am Markt 3"),
    ("en", "Ship to 10 Downing St, London SW1A 2AA.", "ADDRESS", "10 Downing St, London SW1A 2AA"),
    ("uk", "Адреса: вул. Хрещатик, 22", "ADDRESS", "вул. Хрещатик, 22"),
    ("uk", "Офіс: проспект Перемоги 37, Київ", "ADDRESS", "проспект Перемоги 37, Київ"),
    ("en", "Hi, my name is John Smith.", "PERSON", "John Smith"),
    ("de", "Sehr geehrte Frau Schmidt,", "PERSON", "Schmidt"),
    ("de", "Mit freundlichen Grüßen\nHans Müller", "PERSON", "Hans Müller"),
    ("uk", "Мене звати Тарас Шевченко.", "PERSON", "Тарас Шевченко"),
    ("uk", "З повагою,\nОлена Коваленко", "PERSON", "Олена Коваленко"),
    ("en", "please forward this to anna schmidt", "PERSON", "anna schmidt"),
])
def test_each_kind_is_found(language: str, text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text, language)


@pytest.mark.parametrize("text", [
    "Order INV-2026-0042 total 1.234,56 EUR.",
    "Can we meet on 12.03.2026 at 14:30?",
    "The server at 192.168.1.10 is down.",
    "Postcode 10115, version 2.14.3, since 1998.",
    "Tracking 1Z999AA10123456784 and 00340434161094042557",
    "Voucher 4111 1111 1111 1112 is rejected.",
    "Bestellung #4839201756 ist unterwegs.",
    "It costs $1,249.00 per month.",
    "Die Rechnung kommt Montag. Der Techniker ist Herr der Lage.",
    "Sehr geehrte Damen und Herren, Ihre Lieferung ist da.",
    "Best regards,\nThe Acme Team",
    "Meeting on 12 March 2026, birthday cake included.",
])
def test_negatives_are_not_tagged(text: str) -> None:
    assert DETECTOR.find(text, None) == []


def test_overlaps_resolved_by_priority_and_length() -> None:
    spans = [PiiSpan("PHONE", 5, 20, "x"), PiiSpan("IBAN", 0, 27, "y"), PiiSpan("PERSON", 30, 35, "z")]
    assert [s.type for s in resolve_overlaps(spans)] == ["IBAN", "PERSON"]
    text = "IBAN DE89370400440532013000 please"
    assert [s.type for s in DETECTOR.find(text)] == ["IBAN"]


def test_spans_are_sorted_and_disjoint() -> None:
    text = ("Hi, I am Anna Schmidt, anna@example.com, +49 30 1234567, DE89 3704 0044 0532 0130 00, "
            "Hauptstr. 5a, 10115 Berlin, geb. 01.02.1980")
    spans = DETECTOR.find(text, "de")
    assert {s.type for s in spans} == {"PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DATE_OF_BIRTH"}
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert all(text[s.start:s.end] == s.value for s in spans)


def test_masking_is_stable_and_reversible() -> None:
    masker = Masker()
    text = "Mail a@x.de or b@y.de, again a@x.de; call +44 20 7946 0958"
    masked, spans = mask_text(text, DETECTOR, "en", masker)
    assert masked == "Mail <EMAIL_1> or <EMAIL_2>, again <EMAIL_1>; call <PHONE_1>"
    assert masker.unmask(masked) == text
    second, _ = mask_text("b@y.de wrote", DETECTOR, "en", masker)
    assert second == "<EMAIL_2> wrote"
    restored = Masker.from_mapping(masker.mapping)
    assert restored.mask("c@z.de", DETECTOR.find("c@z.de")) == "<EMAIL_3>"
    assert restored.unmask("<EMAIL_1>, <PHONE_1>") == "a@x.de, +44 20 7946 0958"


def test_unmask_leaves_unknown_placeholders() -> None:
    masker = Masker.from_mapping({"<EMAIL_1>": "a@x.de"})
    assert masker.unmask("<EMAIL_1> <EMAIL_9> <FOO_1> <PERSON_2>") == "a@x.de <EMAIL_9> <FOO_1> <PERSON_2>"


def test_hostile_input_is_fast_and_safe() -> None:
    rng = random.Random(7)
    texts = [
        "call me +49 30 1234567 " * 4500,  # ~100 KB
        "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(100_000)),
        "".join(rng.choice("0123456789 .-/+()") for _ in range(100_000)),
        "1" * 100_000,
        "Herr " * 20_000,
        "a@" * 50_000,
    ]
    for text in texts:
        start = time.perf_counter()
        spans = DETECTOR.find(text, "de")
        assert time.perf_counter() - start < 2.0
        assert all(0 <= s.start < s.end <= len(text) for s in spans)


def test_typical_message_is_well_under_a_millisecond() -> None:
    messages = ["Hi, can you call me back on +44 20 7946 0958? My order #58213 is late.",
                "Guten Tag, ich habe eine Frage zur Rechnung vom 12.03.2026.",
                "Добрий день! Коли буде доставка?"] * 100
    start = time.perf_counter()
    for text in messages:
        DETECTOR.find(text, None)
    assert (time.perf_counter() - start) / len(messages) < 0.001
