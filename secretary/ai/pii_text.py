"""Finders for the worded kinds of personal data: dates of birth, street addresses, names.

Rules are written for the three languages customers write in (en, de, uk) and lean
towards precision: a capitalised German noun or the first word of a sentence is not
a name unless something (a title, a self-introduction, a signature) says it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from secretary.ai.records import PiiSpan


def words(text: str) -> list[str]:
    """The whitespace-separated words of ``text`` (keeps long word lists readable)."""
    return text.split()

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    "|mai|januar|jänner|februar|märz|maerz|juni|juli|oktober|dezember|okt|dez|mär"
    "|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
    "|січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень"
)
DATE_RE = re.compile(
    r"(?<![\w.])(?:"
    r"\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:19|20)?\d{2}"
    r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+(?:19|20)\d{{2}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"
    r")(?![\w]|[./-]\d)",
    re.IGNORECASE)
_BIRTH_BEFORE = re.compile(
    r"(?:\bborn|date of birth|\bdob\b|d\.o\.b|birthday|birth date|birthdate|\bb\.|geboren|\bgeb\.|geburtsdatum"
    r"|geburtstag|geburtsdat|народи\w*|дата народження|д\.\s?н\.|день народження)",
    re.IGNORECASE)
_BIRTH_AFTER = re.compile(r"^[ ,]{0,3}(?:\w+\s)?(?:geboren|народи\w*|born)\b", re.IGNORECASE)

_UP = "A-ZÀ-ÖØ-ÞĀ-žА-ЯЁІЇЄҐ"
_LOW = "a-zß-öø-ÿĀ-žа-яёіїєґ'’"
_WORD = rf"(?:O['’]|Mc|Mac|D['’])?[{_UP}][{_LOW}]+"
NAME = rf"{_WORD}(?:-{_WORD})?"
_PARTICLE = r"(?:von|van|de|der|den|da|di|du|del|la|le|zu|ten|ter|mc)"
FULL_NAME = rf"{NAME}(?:[ ]+(?:{_PARTICLE}[ ]+){{0,2}}{NAME}){{0,2}}"

_DE_STREET_SUFFIX = (
    r"(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|berg|hof|graben"
    r"|wall|kai|zeile|anger|brücke)")
_HOUSE_NO = r"\d{1,4}(?:\s?[a-zA-Z](?![\w]))?(?:\s?[-/]\s?\d{1,4}[a-z]?)?"
_DE_POSTCODE_CITY = rf"(?:(?:D|A|CH)-)?\d{{4,5}}[ ]+{NAME}(?:[ ]+(?:am|an der|im|/)[ ]*{NAME})?"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
_US_STATE_ZIP = r"[A-Z]{2}\s\d{5}(?:-\d{4})?"
_EN_STREET_TYPE = (
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Way|Court|Ct\.?|Place|Pl\.?"
    r"|Square|Sq\.?|Terrace|Close|Crescent|Gardens|Row|Parkway|Highway|Hwy\.?|Mews|Walk)")
_UA_STREET = r"(?:вул\.|вулиця|вулиці|просп\.|проспект|пров\.|провулок|бульв\.|бульвар|пл\.|площа|наб\.|набережна|шосе)"

ADDRESS_RES = (
    # German: "Musterstraße 12", "Hauptstr. 5a", "Berliner Straße 7", "Karl-Marx-Allee 3", "Am Markt 3"
    re.compile(
        rf"(?<!\w)(?:(?:[{_UP}][{_LOW}]+-)*[{_UP}][{_LOW}]*(?i:{_DE_STREET_SUFFIX})"
        rf"|(?:[{_UP}][{_LOW}]+-)+(?i:{_DE_STREET_SUFFIX})"
        rf"|[{_UP}][{_LOW}]+(?:er|sche)[ ](?:Straße|Strasse|Str\.|Weg|Platz|Allee|Ring|Damm|Gasse)"
        rf"|(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Hinter der|Alte|Neue|Alter)"
        rf"[ ]{NAME})[ ]?{_HOUSE_NO}(?:,?[ ]+{_DE_POSTCODE_CITY})?"),
    # English: "221B Baker Street", "10 Downing St, London SW1A 2AA", "1600 Pennsylvania Ave, Washington, DC 20500"
    re.compile(
        rf"(?<![\w.,/])\d{{1,5}}[A-Za-z]?,?[ ](?:[A-Z][a-z]+[ ]){{1,3}}{_EN_STREET_TYPE}(?!\w)"
        rf"(?:,[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?:,?[ ](?:{_UK_POSTCODE}|{_US_STATE_ZIP}))?"
        rf"|,?[ ]{_UK_POSTCODE})?"),
    # Ukrainian: "вул. Хрещатик, 22", "проспект Перемоги 37, Київ", "вул. Лесі Українки, буд. 5, кв. 12"
    re.compile(
        rf"(?<!\w){_UA_STREET}[ ]?{NAME}(?:[ ]{NAME}){{0,2}},?[ ](?:буд\.[ ]?)?\d{{1,4}}(?:[-/]?[а-яА-Я](?!\w))?"
        rf"(?:,?[ ](?:кв\.|квартира|офіс|оф\.)[ ]?\d{{1,4}})?(?:,[ ](?:м\.[ ]?)?(?:\d{{5}}[ ])?{NAME})?"),
    # A line that is only a postcode and a city, as in an address block: "10115 Berlin", "01001 Київ"
    re.compile(rf"(?m)^[ \t]*{_DE_POSTCODE_CITY}[ \t]*$"),
)

_TITLE = (r"(?:Herrn?|Frau|Fr\.|Hr\.|Dr\.|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Sir|Madam|Dame"
          r"|пан|пані|пане|пана|пану|панові|д-р)")
PERSON_RES = (
    re.compile(rf"(?<!\w)(?:{_TITLE}[ ]+){{1,3}}(?P<name>{FULL_NAME})"),
    re.compile(rf"(?i:\bmy name is|\bmy name's|\bthis is|\bich heiße|\bich heisse"
               rf"|\bmein name ist|\bhier ist|\bhier spricht"
               rf"|\bмене звати|\bмоє ім'я|\bмоє ім’я|\bмене звуть)[ ]+(?P<name>{FULL_NAME})"),
    re.compile(rf"\b(?:I am|I'm|I’m)[ ]+(?P<name>{NAME}[ ]+{NAME})"),
    re.compile(rf"(?i:\b(?:best|kind|warm|many)?[ ]?regards|\bsincerely|\bcheers|\bthanks|\bthank you|\bbest wishes"
               rf"|mit freundlichen grüßen|mit freundlichen grüssen|viele grüße|beste grüße|liebe grüße"
               rf"|freundliche grüße|\bmfg|\blg|\bvg|з повагою|з найкращими побажаннями|дякую|з найкращими)"
               rf"[,!.]?[ ]*\n?[ ]*(?P<name>{FULL_NAME})[ ]*[.!]?[ ]*(?:$|\n|,)", re.MULTILINE),
)
# Capitalised words that follow a title or a greeting without being a name.
_NOT_NAMES = frozenset(words(
    "sie ihnen ihr ihre ihrem ihren ich wir und oder der die das den dem des ein eine einen team kollege kollegin"
    " doktor professor kunde kundin vielen dank danke bitte grüße hallo guten tag morgen abend the a an and or"
    " i we you he she it they not sorry happy glad interested sure here there just also still ready available"
    " looking writing calling from with english german ukrainian british american french polish spanish italian"
    " dutch austrian swiss canadian new old customer client manager support sales office director ceo"
    " monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag"
    " samstag sonntag january february march april may june july august september october november december"
    " вас вам ви ми я він вона дякую добрий день команда клієнт менеджер"))
_ORG_WORDS = frozenset(words("gmbh ag kg ug ltd llc inc co team support тов фоп пп"))


def _birth_context(text: str, start: int, end: int) -> bool:
    if _BIRTH_BEFORE.search(text, max(0, start - 45), start):
        return True
    return bool(_BIRTH_AFTER.match(text[end:end + 25]))


_NOT_DATE_BEFORE = re.compile(r"(?:version|versio|версія|версии|v|release|build)\W{0,3}$", re.IGNORECASE)


def _plausible_date(date: str) -> bool:
    """Day and month in range, read either day-first or month-first; year a birth year."""
    numbers = [int(n) for n in re.findall(r"\d+", date)]
    year = _year(date)
    if year is None or not 1900 <= year <= 2020:
        return False
    if len(numbers) < 3:
        return True  # worded month: the pattern already fixed its shape
    first, second = (numbers[1], numbers[2]) if numbers[0] > 31 else (numbers[0], numbers[1])
    return (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)


def _year(date: str) -> int | None:
    """The year in a date string (two-digit years read as 19xx/20xx), or None."""
    years = re.findall(r"\d{4}", date)
    if years:
        return int(years[0]) if date[:4].isdigit() else int(years[-1])
    tail = re.findall(r"\d{2}$", date.strip())
    return 1900 + int(tail[0]) if tail else None


def find_birth_dates(text: str) -> Iterator[PiiSpan]:
    """Dates in numeric or worded form (en, de, uk) that a birth word stands next to."""
    if not any(c.isdigit() for c in text):
        return
    for m in DATE_RE.finditer(text):
        if _NOT_DATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _plausible_date(m.group()) and _birth_context(text, m.start(), m.end()):
            yield PiiSpan("DATE_OF_BIRTH", m.start(), m.end(), m.group())


def find_addresses(text: str) -> Iterator[PiiSpan]:
    """Street addresses (German, English, Ukrainian styles) and postcode-and-city lines."""
    if not any(c.isdigit() for c in text):
        return
    for pattern in ADDRESS_RES:
        for m in pattern.finditer(text):
            value = m.group().strip().rstrip(",.")
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            yield PiiSpan("ADDRESS", start, start + len(value), value)


def _trim_name(name: str) -> str:
    """Drop trailing words that are not part of a name ("Anna Schmidt Sales" is not, "Team" is not)."""
    words = name.split(" ")
    while words and words[-1].lower() in _NOT_NAMES:
        words.pop()
    if words and words[0].lower() in _NOT_NAMES:
        return ""
    if any(w.lower() in _ORG_WORDS for w in words):
        return ""
    return " ".join(words)


def find_heuristic_names(text: str) -> Iterator[PiiSpan]:
    """Names after a title, in a self-introduction or under a sign-off."""
    for pattern in PERSON_RES:
        for m in pattern.finditer(text):
            name = _trim_name(m.group("name"))
            if name:
                yield PiiSpan("PERSON", m.start("name"), m.start("name") + len(name), name)


def known_names_pattern(names: list[str]) -> re.Pattern[str] | None:
    """One pattern matching any known full name, or any known surname right after a title."""
    full = sorted({n.strip() for n in names if len(n.strip()) >= 3}, key=len, reverse=True)
    if not full:
        return None
    surnames = sorted({n.split()[-1] for n in full if len(n.split()) > 1 and len(n.split()[-1]) >= 2},
                      key=len, reverse=True)
    alternatives = [r"\s+".join(map(re.escape, n.split())) for n in full]
    pattern = rf"(?<!\w)(?P<full>{'|'.join(alternatives)})(?!\w)"
    if surnames:
        pattern += rf"|(?<!\w)(?:{_TITLE}[ ]+){{1,2}}(?P<surname>{'|'.join(map(re.escape, surnames))})(?!\w)"
    return re.compile(pattern, re.IGNORECASE)


def find_known_names(text: str, pattern: re.Pattern[str] | None) -> Iterator[PiiSpan]:
    """Names from the CRM, matched whole and case-insensitively."""
    if pattern is None:
        return
    for m in pattern.finditer(text):
        group = "full" if m.group("full") else "surname"
        yield PiiSpan("PERSON", m.start(group), m.end(group), m.group(group))
