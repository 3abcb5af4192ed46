"""Random but valid personal data for the PII evaluation set (see make_pii_set.py).

Every generator takes a ``random.Random`` so the set is reproducible. Numbers are made
valid by construction (IBAN mod-97, Luhn) or, where a country has its own check
digit (VAT ids, some national IBAN checks), drawn until python-stdnum accepts them;
the detector itself is never used here.
"""

from __future__ import annotations

import random
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.eu import vat as eu_vat


def words(text: str) -> list[str]:
    """The whitespace-separated words of ``text`` (keeps long word lists readable)."""
    return text.split()

PHONE_REGIONS = words(
    "DE AT CH UA GB US PL FR IT ES NL BE SE NO DK FI IE PT CZ SK HU RO BG GR HR SI LT LV EE TR IL IN CN JP "
    "KR AU NZ CA BR MX AR ZA NG EG AE SA SG HK MY TH PH ID VN KZ GE MD RS IS LU MT CY"
)
NATIONAL_BY_LANGUAGE = {"de": ("DE", "AT", "CH"), "uk": ("UA",), "en": ("GB", "US")}
OTHER_DEFAULT_REGIONS = ("PL", "FR", "IT", "ES", "NL")

# Country → BBAN structure: (count, class) with n = digits, a = upper letters, c = alphanumerics.
IBAN_BBAN = {
    "DE": "18n", "AT": "16n", "CH": "5n12n", "GB": "4a14n", "FR": "10n11n2n", "IT": "1a10n12n", "ES": "20n",
    "NL": "4a10n", "BE": "12n", "PL": "24n", "UA": "6n19n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n",
    "IE": "4a14n", "PT": "21n", "CZ": "20n", "SK": "20n", "HU": "24n", "RO": "4a16n", "BG": "4a6n8n",
    "GR": "7n16n", "HR": "17n", "SI": "15n", "LT": "16n", "LV": "4a13n", "EE": "16n", "LU": "3n13n",
    "LI": "5n12n", "MT": "4a5n18n", "CY": "8n16n", "TR": "5n1n16n", "SA": "2n18n", "AE": "3n16n",
}
CARD_NETWORKS = {  # name → (prefixes, lengths, grouping for 16-digit-style printing)
    "visa": (("4",), (13, 16, 19)),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"), (16,)),
    "amex": (("34", "37"), (15,)),
    "discover": (("6011", "644", "649", "65"), (16, 19)),
    "jcb": (("3528", "3530", "3566", "3589"), (16,)),
    "diners": (("300", "305", "36", "38"), (14,)),
    "maestro": (("5018", "5020", "5038", "6304", "6759", "6761", "6763"), (12, 13, 15, 16, 18, 19)),
    "unionpay": (("62", "6212", "6250"), (16, 17, 18, 19)),
    "mir": (("2200", "2201", "2202", "2204"), (16,)),
}
VAT_COUNTRIES = ("DE", "AT", "FR", "IT", "ES", "NL", "BE", "PL", "SE", "DK", "FI", "IE", "PT", "CZ", "LU", "SI")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _vary_phone(rng: random.Random, number: phonenumbers.PhoneNumber) -> phonenumbers.PhoneNumber:
    """The example number with its last digits changed, as long as it stays valid."""
    national = str(number.national_number)
    for _ in range(20):
        keep = max(1, len(national) - rng.randint(2, 4))
        candidate = phonenumbers.PhoneNumber(country_code=number.country_code,
                                             national_number=int(national[:keep] + _digits(rng, len(national) - keep)),
                                             italian_leading_zero=number.italian_leading_zero)
        if phonenumbers.is_valid_number(candidate):
            return candidate
    return number


def phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber | None:
    """A valid fixed-line or mobile number of ``region``."""
    kind = rng.choice((PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE))
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    return _vary_phone(rng, example) if example else None


def international_phone(rng: random.Random, region: str) -> str:
    """A number of ``region`` written internationally, in one of the ways people write it."""
    number = phone_number(rng, region)
    assert number is not None
    text = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    style = rng.randrange(8)
    if style == 0:
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if style == 1:
        return "00" + phonenumbers.format_number(number, PhoneNumberFormat.E164)[1:]
    if style == 2:
        return text.replace(" ", "-").replace("+-", "+")
    if style == 3:
        return text.replace("-", " ")
    if style == 4:
        cc, _, rest = text.partition(" ")
        return f"{cc} {rest.replace(' ', '.').replace('-', '.')}"
    if style == 5:
        cc, _, rest = text.partition(" ")
        head, _, tail = rest.partition(" ")
        return f"{cc} ({head}) {tail}" if tail else text
    if style == 6 and region in ("DE", "AT", "CH"):
        cc, _, rest = text.partition(" ")
        return f"{cc} (0){rest}"
    return text


def national_phone(rng: random.Random, region: str) -> str:
    """A number of ``region`` written nationally, sometimes without spaces."""
    number = phone_number(rng, region)
    assert number is not None
    text = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    style = rng.randrange(5)
    if style == 0 and region not in ("US",):
        return text.replace(" ", "")
    if style == 1 and region in ("DE", "AT"):
        head, _, tail = text.partition(" ")
        return f"{head}/{tail.replace(' ', '')}"
    if style == 2 and region == "US":
        return text.replace("(", "").replace(") ", "-")
    return text


def iban(rng: random.Random, country: str | None = None) -> str:
    """A valid IBAN (check digits computed, national checks satisfied), spaced or not."""
    country = country or rng.choice(sorted(IBAN_BBAN))
    spec = IBAN_BBAN[country]
    while True:
        bban = ""
        for count, kind in _parse_spec(spec):
            pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind]
            bban += "".join(rng.choice(pool) for _ in range(count))
        number = country + std_iban.calc_check_digits(country + "00" + bban) + bban
        if std_iban.is_valid(number):
            break
    if rng.random() < 0.5:
        return " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    return number


def _parse_spec(spec: str) -> list[tuple[int, str]]:
    parts, count = [], ""
    for char in spec:
        if char.isdigit():
            count += char
        else:
            parts.append((int(count), char))
            count = ""
    return parts


def card(rng: random.Random, network: str | None = None) -> str:
    """A Luhn-valid card number of ``network``, grouped the way cards are printed."""
    network = network or rng.choice(sorted(CARD_NETWORKS))
    prefixes, lengths = CARD_NETWORKS[network]
    prefix, length = rng.choice(prefixes), rng.choice(lengths)
    body = prefix + _digits(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    style = rng.randrange(3)
    if style == 0:
        return number
    sep = " " if style == 1 else "-"
    if length in (14, 15):  # Amex and Diners print 4-6-5 and 4-6-4
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i:i + 4] for i in range(0, length, 4)]
    return sep.join(groups)


def luhn_invalid_digits(rng: random.Random) -> str:
    """A 16-digit, card-looking number whose Luhn check fails."""
    body = "4" + _digits(rng, 14)
    bad = str((int(luhn.calc_check_digit(body)) + rng.randint(1, 9)) % 10)
    number = body + bad
    return " ".join(number[i:i + 4] for i in range(0, 16, 4))


def vat_id(rng: random.Random, country: str | None = None) -> str:
    """An EU VAT id with a valid check digit, compact or with the usual spaces."""
    country = country or rng.choice(VAT_COUNTRIES)
    shapes = {"DE": "9", "AT": "U8", "FR": "2+9", "IT": "11", "ES": "A7A", "NL": "9B2", "BE": "0+9", "PL": "10",
              "SE": "10+01", "DK": "8", "FI": "8", "IE": "7A", "PT": "9", "CZ": "8", "LU": "8", "SI": "8"}
    for _ in range(5000):
        number = country + _fill_vat_shape(rng, shapes[country])
        if eu_vat.is_valid(number):
            return number
    raise RuntimeError(f"no valid VAT id drawn for {country}")


def _fill_vat_shape(rng: random.Random, shape: str) -> str:
    if shape == "U8":
        return "U" + _digits(rng, 8)
    if shape == "2+9":
        return _digits(rng, 2) + _digits(rng, 9)
    if shape == "A7A":
        return rng.choice("ABCDEFGHJ") + _digits(rng, 7) + rng.choice(string.digits + "ABCDEFGHIJ")
    if shape == "9B2":
        return _digits(rng, 9) + "B" + f"{rng.randint(1, 99):02d}"
    if shape == "0+9":
        return "0" + _digits(rng, 9)
    if shape == "10+01":
        return _digits(rng, 10) + "01"
    if shape == "7A":
        return _digits(rng, 7) + rng.choice("ABCDEFGHW")
    return _digits(rng, int(shape))
