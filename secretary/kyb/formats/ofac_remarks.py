"""The facts OFAC packs into an SDN entry's Remarks ("DOB 28 Jul 1963; POB Toledo District, ...").

Each "; "-separated phrase is read on its own. Phrases this module does not understand
(programme notes, phone numbers, websites...) stay in the entry's remarks text only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from secretary.kyb.formats.builder import EntryBuilder, natural_name
from secretary.kyb.formats.common import birth_dates, clean
from secretary.kyb.formats.countries import to_iso2

_ALT = re.compile(r"^alt\.\s+", re.I)
_ALIAS = re.compile(r"^([afn])\.k\.a\.,?\s+'(.+)'$", re.I)
_ISSUED = re.compile(r"\s+(?:issued|expires|expired)\b.*$", re.I)
_TRAILING_PARENS = re.compile(r"\s*\(([^()]*)\)$")
_LABEL_NUMBER = re.compile(r"^(?P<label>\D+?)\s+(?P<number>\S*\d.*)$")
# phrase prefix -> what to do with the rest of the phrase
_SIMPLE = (
    ("DOB ", "dob"), ("POB ", "pob"), ("nationality ", "country"), ("citizen ", "country"),
    ("Nationality of Registration ", "country"), ("Gender ", "gender"), ("Linked To: ", "linked_to"),
    ("Former Vessel Flag ", "former_flag"), ("SWIFT/BIC ", "swift"),
)


def read_remarks(b: EntryBuilder, remarks: str, warn: Callable[[str], None]) -> None:
    """Add to b what the Remarks text says: birth dates, places, countries, weak aliases, ids."""
    text = clean(remarks)
    # Only the full stop that ends the whole text goes: inside, dots belong to "S.A." or "No.".
    text = text[:-1] if text.endswith(".") else text
    for raw in text.split(";"):
        phrase = _ALT.sub("", clean(raw))
        if phrase:
            _phrase(b, phrase, warn)


def _phrase(b: EntryBuilder, phrase: str, warn: Callable[[str], None]) -> None:
    if m := _ALIAS.match(phrase):
        # OFAC keeps its weak a.k.a.s (and f.k.a.s) in Remarks; the strong ones are in alt.csv.
        full, first, last = natural_name(m.group(2)) if b.schema == "Person" else (clean(m.group(2)), "", "")
        b.name(full, "alias", "weak", first=first, last=last)
        return
    for prefix, action in _SIMPLE:
        if phrase.startswith(prefix):
            _simple(b, action, phrase[len(prefix):].strip(), warn)
            return
    _identifier(b, phrase)


def _simple(b: EntryBuilder, action: str, value: str, warn: Callable[[str], None]) -> None:
    if action in ("dob", "country", "swift"):
        value = value.rstrip(". ")
    if action == "dob":
        dates = birth_dates(value)
        if not dates:
            warn(f"unreadable date of birth {value!r} kept in remarks only")
        b.birth_dates.extend(dates)
    elif action == "pob":
        b.note("place_of_birth", value)
    elif action == "country":
        b.country(value)
    elif action == "swift":
        b.ident("SWIFT/BIC", value.split()[0] if value else "")
    else:
        b.note(action, value)


def _identifier(b: EntryBuilder, phrase: str) -> None:
    """ "<label> <number> [(region)] [(country)] [issued ...] [expires ...]" -> an Identifier."""
    phrase = _ISSUED.sub("", phrase).rstrip(". ")
    country = None
    while m := _TRAILING_PARENS.search(phrase):
        # The last bracket that names a country is the issuer; others are regions ("(Florida)").
        if country is None and to_iso2(m.group(1)):
            country = m.group(1)
        phrase = phrase[: m.start()]
    if m := _LABEL_NUMBER.match(phrase):
        number = m.group("number")
        head, _, tail = number.partition(" ")
        if country is None and tail and to_iso2(tail.strip(" ,")):  # "Passport AF465508 Colombia"
            number, country = head.rstrip(","), tail.strip(" ,")
        b.ident(m.group("label"), number, country)
