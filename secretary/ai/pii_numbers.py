"""Finders for the numeric kinds of personal data: e-mail, phone, IBAN, card, VAT id.

Each finder scans with a cheap regular expression first and only hands the few
candidates it finds to ``phonenumbers`` / ``stdnum``, which are comparatively slow.
They yield candidates that may overlap; :class:`secretary.ai.pii.PiiDetector`
resolves the overlaps.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.ch import uid as ch_uid
from stdnum.ch import vat as ch_vat
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError
from stdnum.gb import vat as gb_vat
from stdnum.ua import edrpou, rntrc

from secretary.ai.records import PiiSpan

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*\.[^\W\d_]{2,24}\b")

# A run of digits with the separators people type in phone numbers; the look-arounds keep
# it from starting or ending inside a word, a version ("v1.2.3"), an IBAN or an id like "INV-2026-0042".
PHONE_RE = re.compile(
    r"(?<![\w+.,/\-])(?:\(?\+\s?|\()?\d[\d \u00a0().\-/]{5,24}\d\)?(?!\w|[.,/\-]?\d)")
_DATE_LIKE = re.compile(r"^\d{1,4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}$")
_IP_LIKE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{2})?$")
_DECIMAL = re.compile(r"^\d+[.,]\d+$")
_CARD_GROUPS = re.compile(r"^\d{4}([ -])\d{4}\1\d{4}\1\d{4}$")
_RANGE = re.compile(r"^\d{1,6}\s?-\s?\d{1,6}$")
_TRUNK_ZERO = re.compile(r"\(\s*0\s*\)")

# Words that, right before a number, say it is not a phone number.
_NOT_PHONE_BEFORE = re.compile(
    r"(?:\b(?:(?:order|invoice|ticket|tracking|parcel|shipment|ref|case|contract|customer|account|serial|item"
    r"|iban|card|karte|konto|rechnung|bestell|auftrag|sendung|vorgang|kunden|vertrag|artikel|aktenzeichen|serien|клієнт|серійн|артикул|лог"
    r"|замовлен|рахун|накладн|договор|картк|квитанц)\w*|inv|acct|sku|po|no|nr|bic|blz|az|ттн|eur|usd|uah|грн|chf|pln)"
    r"|[№#€$£])\W{0,6}(?:number|nummer|no|nr|id|номер)?\W{0,4}$",
    re.IGNORECASE)
_PHONE_BEFORE = re.compile(
    r"\b(?:tel|phone|call|mobile|cell|mob|fax|whatsapp|viber|signal|telegram|handy|telefon|ruf|anruf|erreich"
    r"|reach|text|sms|телефон|тел|моб|дзвон|зателефон|набер|подзвон)",
    re.IGNORECASE)
_AMOUNT_AFTER = re.compile(r"^\s?(?:€|\$|£|eur|usd|uah|грн|chf|pln|euro|dollars?|%|kg|km|mb|gb)\b", re.IGNORECASE)

IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}\b")
CARD_RE = re.compile(r"(?<![\w+.,/\-])\d(?:[ \-]?\d){11,18}(?!\w|[.,/\-]?\d)")
VAT_RE = re.compile(
    r"\b(?:CHE[- ]?\d{3}[. ]?\d{3}[. ]?\d{3}(?: ?(?:MWST|TVA|IVA))?"
    r"|(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)"
    r" ?[0-9A-Z](?:[ .]?[0-9A-Z+*]){5,13})\b")
_VAT_CONTEXT = re.compile(r"(?:vat|ust|uid|mwst|tva|iva|btw|tax|steuer|ПДВ|податк)\S*\W{0,20}$", re.IGNORECASE)
_VAT_SHAPE = re.compile(r"^(?:DE\d{9}|ATU\d{8}|GB\d{9}(?:\d{3})?|FR[0-9A-Z]{2}\d{9}|NL\d{9}B\d{2}|IT\d{11}"
                        r"|ES[0-9A-Z]\d{7}[0-9A-Z]|PL\d{10}|BE[01]\d{9}|CHE\d{9})$")
UA_TAX_RE = re.compile(r"(?:ЄДРПОУ|ЕДРПОУ|EDRPOU|РНОКПП|ІПН|ИНН|ідентифікаційн\w+ (?:код|номер))\W{0,12}(\d{8,12})\b",
                       re.IGNORECASE)

# Issuer prefixes (IIN ranges) with the lengths each network issues, all networks people paste.
_CARD_NETWORKS: tuple[tuple[tuple[int, int], tuple[int, ...]], ...] = (
    ((4, 4), (13, 16, 19)),                      # Visa
    ((51, 55), (16,)), ((2221, 2720), (16,)),    # Mastercard
    ((34, 34), (15,)), ((37, 37), (15,)),        # American Express
    ((6011, 6011), (16, 17, 18, 19)), ((644, 649), (16, 19)), ((65, 65), (16, 19)),  # Discover
    ((3528, 3589), (16, 17, 18, 19)),            # JCB
    ((300, 305), (14, 16, 19)), ((36, 36), (14, 16, 19)), ((38, 39), (14, 16, 19)),  # Diners
    ((50, 50), tuple(range(12, 20))), ((56, 69), tuple(range(12, 20))),  # Maestro, UnionPay, RuPay, Verve
    ((2200, 2204), (16, 17, 18, 19)),            # Mir
    ((81, 82), (16,)),                           # RuPay
)


def find_emails(text: str) -> Iterator[PiiSpan]:
    """E-mail addresses."""
    if "@" not in text:
        return
    for m in EMAIL_RE.finditer(text):
        yield PiiSpan("EMAIL", m.start(), m.end(), m.group())


def card_network_ok(digits: str) -> bool:
    """Whether ``digits`` starts with a known issuer prefix and has a length that issuer uses."""
    for (low, high), lengths in _CARD_NETWORKS:
        width = len(str(low))
        if low <= int(digits[:width]) <= high and len(digits) in lengths:
            return True
    return False


def find_cards(text: str) -> Iterator[PiiSpan]:
    """Payment card numbers: 12-19 digits, one kind of separator, known network, valid Luhn."""
    for m in CARD_RE.finditer(text):
        raw = m.group()
        if " " in raw and "-" in raw:
            continue
        digits = raw.replace(" ", "").replace("-", "")
        if digits[0] in "0179" or not card_network_ok(digits) or not luhn.is_valid(digits):
            continue
        yield PiiSpan("CREDIT_CARD", m.start(), m.end(), raw)


def _longest_valid_prefix(raw: str, valid: Callable[[str], bool], max_drop: int = 8) -> str | None:
    """The longest prefix of ``raw`` made of whole space-separated tokens that ``valid`` accepts.

    At most ``max_drop`` trailing tokens are dropped: a candidate may have swallowed a word or
    number that follows it ("DE89 3704 0044 0532 0130 00 BIC", "+49 30 123456 2").
    """
    tokens = raw.split(" ")
    for n in range(len(tokens), max(0, len(tokens) - max_drop - 1), -1):
        candidate = " ".join(tokens[:n]).rstrip(" ,.-/(")
        if candidate and valid(candidate):
            return candidate
    return None


def _iban_ok(candidate: str) -> bool:
    return len(candidate) >= 15 and bool(std_iban.is_valid(candidate))


def find_ibans(text: str) -> Iterator[PiiSpan]:
    """IBANs of any country with a valid checksum, with or without spaces."""
    for m in IBAN_RE.finditer(text):
        found = _longest_valid_prefix(m.group(), _iban_ok)
        if found:
            yield PiiSpan("IBAN", m.start(), m.start() + len(found), found)


def _vat_ok(candidate: str) -> bool:
    """Checksum-valid as an EU, UK (GB) or Swiss (CHE, UID or MWST number) VAT id."""
    try:
        if candidate.startswith("CHE"):
            return bool(ch_vat.is_valid(candidate) or ch_uid.is_valid(candidate))
        if candidate.startswith("GB"):
            return bool(gb_vat.is_valid(candidate))
        return bool(eu_vat.is_valid(candidate))
    except (ValidationError, ValueError, KeyError):
        return False


def _vat_shape_ok(candidate: str) -> bool:
    return bool(_VAT_SHAPE.match(re.sub(r"[ .\-]|MWST|TVA|IVA", "", candidate)))


def find_vat_ids(text: str) -> Iterator[PiiSpan]:
    """EU, UK and Swiss VAT ids (checksum-valid, or well-shaped after a VAT word); Ukrainian tax numbers."""
    for m in VAT_RE.finditer(text):
        found = _longest_valid_prefix(m.group(), _vat_ok)
        if not found and _VAT_CONTEXT.search(text, max(0, m.start() - 40), m.start()):
            found = _longest_valid_prefix(m.group(), _vat_shape_ok)
        if found:
            yield PiiSpan("VAT_ID", m.start(), m.start() + len(found), found)
    if not any("\u0400" <= c <= "\u04ff" for c in text[:2000]) and "EDRPOU" not in text.upper():
        return
    for m in UA_TAX_RE.finditer(text):
        number = m.group(1)
        if edrpou.is_valid(number) or rntrc.is_valid(number) or len(number) == 12:
            yield PiiSpan("VAT_ID", m.start(1), m.end(1), number)


def _phone_shape_ok(raw: str, digits: str) -> bool:
    """Cheap checks that rule out dates, IP addresses, amounts and ranges before parsing."""
    if not 6 <= len(digits) <= 17:
        return False
    compact = raw.strip("()")
    if _DECIMAL.match(compact):
        return False
    if _CARD_GROUPS.match(compact):  # printed like a card, not like any phone number
        return False
    if _DATE_LIKE.match(compact) or _IP_LIKE.match(compact) or _RANGE.match(compact):
        return False
    return not (_THOUSANDS.match(compact) and not compact.startswith("0"))


def _valid_phone(candidate: str, region: str | None) -> bool:
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(number))


@functools.lru_cache(maxsize=4096)
def _phone_valid_somewhere(raw: str, regions: tuple[str, ...]) -> bool:
    candidate = _TRUNK_ZERO.sub(" ", raw)
    stripped = candidate.lstrip("( ")
    if stripped.startswith("+"):
        return _valid_phone(candidate, None)
    if stripped.startswith("00"):
        return _valid_phone("+" + stripped[2:], None)
    return any(_valid_phone(candidate, region) for region in regions)


def find_phones(text: str, regions: Sequence[str]) -> Iterator[PiiSpan]:
    """Phone numbers: international (+ or 00) for any country, national ones for ``regions`` in order."""
    for m in PHONE_RE.finditer(text):
        raw = m.group()
        start, end = m.start(), m.end()
        if raw.endswith(")") and "(" not in raw:
            raw, end = raw[:-1], end - 1
        digits = "".join(c for c in raw if c.isdigit())
        if not _phone_shape_ok(raw.strip(), digits):
            continue
        before = text[max(0, start - 30):start]
        negative = _NOT_PHONE_BEFORE.search(before)
        if negative and not _PHONE_BEFORE.search(before, negative.start()):
            continue
        if _AMOUNT_AFTER.match(text, end):
            continue
        found = raw if _phone_valid_somewhere(raw, tuple(regions)) else None
        if found and sum(c.isdigit() for c in found) >= 6:
            yield PiiSpan("PHONE", start, start + len(found), found)
