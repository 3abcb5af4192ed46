"""Finding personal data in customer messages and masking it before a model sees it.

:class:`PiiDetector` finds e-mail addresses, phone numbers, IBANs, card numbers, VAT
ids, dates of birth, street addresses and names in en/de/uk text with regular
expressions and the validators of ``phonenumbers`` and ``python-stdnum``; no model,
well under a millisecond for a chat message. :class:`Masker` swaps what was found
for placeholders (``<PHONE_1>``) and back, with a mapping that can be stored per
conversation so the same number keeps the same placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from secretary.ai.pii_numbers import find_cards, find_emails, find_ibans, find_phones, find_vat_ids
from secretary.ai.pii_text import (
    find_addresses,
    find_birth_dates,
    find_heuristic_names,
    find_known_names,
    known_names_pattern,
)
from secretary.ai.records import PII_TYPES, PiiSpan

DEFAULT_REGIONS = ("DE", "AT", "CH", "UA", "GB", "US", "PL", "FR", "IT", "ES", "NL")
_LANGUAGE_REGIONS = {"de": ("DE", "AT", "CH"), "uk": ("UA",), "en": ("GB", "US"), "ru": ("UA",)}
# When candidates overlap, the kind listed first wins: validated numbers before rules about words.
_PRIORITY = {kind: rank for rank, kind in enumerate(
    ("EMAIL", "IBAN", "CREDIT_CARD", "VAT_ID", "PHONE", "DATE_OF_BIRTH", "PERSON", "ADDRESS"))}
_PLACEHOLDER_RE = re.compile(r"<(" + "|".join(PII_TYPES) + r")_(\d+)>")
_MAX_TEXT = 200_000  # longer texts are scanned in the first this-many characters only


class PiiDetector:
    """Finds personal data in a text.

    ``known_names`` are people from the CRM, matched case-insensitively as whole names
    (and by surname after a title); ``regions`` are the countries whose national phone
    formats are tried, in order, after the ones the message's language points to.
    """

    def __init__(self, known_names: Iterable[str] = (), regions: Sequence[str] = DEFAULT_REGIONS) -> None:
        self._names = known_names_pattern(list(known_names))
        self._regions = tuple(r.upper() for r in regions)
        self._ordered: dict[str | None, tuple[str, ...]] = {}

    def regions_for(self, language: str | None) -> tuple[str, ...]:
        """The phone regions to try for a message in ``language``, the language's own first."""
        if language not in self._ordered:
            first = _LANGUAGE_REGIONS.get(language or "", ())
            self._ordered[language] = tuple(dict.fromkeys((*first, *self._regions)))
        return self._ordered[language]

    def candidates(self, text: str, language: str | None = None) -> Iterator[PiiSpan]:
        """Every candidate span, overlapping ones included."""
        yield from find_emails(text)
        yield from find_ibans(text)
        yield from find_cards(text)
        yield from find_vat_ids(text)
        yield from find_phones(text, self.regions_for(language))
        yield from find_birth_dates(text)
        yield from find_known_names(text, self._names)
        yield from find_heuristic_names(text)
        yield from find_addresses(text)

    def find(self, text: str, language: str | None = None) -> list[PiiSpan]:
        """Non-overlapping spans of personal data in ``text``, sorted by start."""
        return resolve_overlaps(self.candidates(text[:_MAX_TEXT], language))


def resolve_overlaps(spans: Iterable[PiiSpan]) -> list[PiiSpan]:
    """Keep the best of overlapping spans: the higher-priority kind, then the longer span."""
    ranked = sorted(spans, key=lambda s: (_PRIORITY.get(s.type, 99), -(s.end - s.start), s.start))
    kept: list[PiiSpan] = []
    for span in ranked:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


class Masker:
    """Replaces personal data with numbered placeholders and restores it.

    The mapping is stable across calls: the same value of the same kind always gets
    the same placeholder (``<EMAIL_1>``), numbered per kind in order of first appearance.
    """

    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, str]) -> Masker:
        """A masker that continues a stored :attr:`mapping` (placeholder → value)."""
        masker = cls()
        for placeholder, value in mapping.items():
            m = _PLACEHOLDER_RE.fullmatch(placeholder)
            if m is None:
                continue
            kind, number = m.group(1), int(m.group(2))
            masker._remember(kind, value, placeholder)
            masker._counts[kind] = max(masker._counts.get(kind, 0), number)
        return masker

    @property
    def mapping(self) -> dict[str, str]:
        """Placeholder → original value, in the order placeholders were handed out."""
        return dict(self._by_placeholder)

    def placeholder(self, kind: str, value: str) -> str:
        """The placeholder for ``value`` of ``kind``, handing out the next number if it is new."""
        key = (kind, value)
        if key not in self._by_value:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            self._remember(kind, value, f"<{kind}_{self._counts[kind]}>")
        return self._by_value[key]

    def mask(self, text: str, spans: Iterable[PiiSpan]) -> str:
        """``text`` with every span replaced by its placeholder (spans must not overlap)."""
        ordered = sorted(spans, key=lambda s: s.start)
        parts: list[str] = []
        position = 0
        for span in ordered:
            if span.start < position:
                continue
            parts.append(text[position:span.start])
            parts.append(self.placeholder(span.type, text[span.start:span.end]))
            position = span.end
        parts.append(text[position:])
        return "".join(parts)

    def unmask(self, text: str) -> str:
        """``text`` with every known placeholder replaced by its value; unknown ones stay."""
        return _PLACEHOLDER_RE.sub(lambda m: self._by_placeholder.get(m.group(), m.group()), text)

    def _remember(self, kind: str, value: str, placeholder: str) -> None:
        self._by_value[(kind, value)] = placeholder
        self._by_placeholder[placeholder] = value


def mask_text(text: str, detector: PiiDetector, language: str | None = None,
              masker: Masker | None = None) -> tuple[str, list[PiiSpan]]:
    """Find personal data in ``text`` and mask it; returns the masked text and the spans found."""
    spans = detector.find(text, language)
    return (masker or Masker()).mask(text, spans), spans
