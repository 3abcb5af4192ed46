"""Helpers shared by the sanctions-list parsers: safe streaming XML, dates and writing systems.

Everything here is pure; the per-list modules only know their own layout.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TypeAlias

from lxml import etree

from secretary.errors import InvalidInput

Element: TypeAlias = etree._Element

# How much of a file detect() and the root check read; a list's root element comes first.
HEAD_BYTES = 65536
# Birth-year ranges up to this span become one year each ("1953 to 1958"); wider ones keep the ends.
MAX_RANGE_YEARS = 10


def clean(value: str | None) -> str:
    """Collapse every run of whitespace (NBSP, newlines...) to one space and strip the ends."""
    return " ".join(value.split()) if value else ""


# --------------------------------------------------------------------------------- XML streaming


def read_head(path: Path) -> str:
    """The first HEAD_BYTES of a file as text (BOM-aware), for sniffing; undecodable bytes dropped."""
    with path.open("rb") as fh:
        raw = fh.read(HEAD_BYTES)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="ignore")
    return raw.decode("utf-8-sig", errors="ignore")


_PROLOG_JUNK = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.S)
_TAG = re.compile(r"<(?:[\w.-]+:)?([A-Za-z_][\w.-]*)")


def sniff_root(head: str) -> str | None:
    """The local name of the root element in head, "!DOCTYPE" when a DTD comes first, else None."""
    pos = 0
    while True:
        m = _PROLOG_JUNK.match(head, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    if head.startswith("<!DOCTYPE", pos) or head.startswith("<!ENTITY", pos):
        return "!DOCTYPE"
    m = _TAG.match(head, pos)
    return m.group(1) if m else None


def iter_xml(path: Path, roots: Iterable[str], wanted: Iterable[str]) -> Iterator[tuple[str, Element]]:
    """Stream an XML list in bounded memory.

    Yields ("", root) once at the root's start tag (attributes only), then (name, element) for
    each completed element whose local name is in wanted; such an element and the siblings
    before it are freed once the caller moves on. Namespaces are ignored. A DTD is refused
    outright (lists never carry one, and entity tricks such as "billion laughs" need one), as
    is a root whose local name is not in roots. Malformed or truncated XML raises InvalidInput
    naming the file and line.
    """
    root_names = frozenset(roots)
    root = sniff_root(read_head(path))
    if root == "!DOCTYPE":
        raise InvalidInput(f"{path.name}: refusing an XML file with a DTD (<!DOCTYPE>)", file=str(path))
    if root not in root_names:
        found = f"<{root}>" if root else "no XML root element"
        raise InvalidInput(f"{path.name}: expected <{'> or <'.join(sorted(root_names))}>, found {found}",
                           file=str(path))
    tags = [f"{{*}}{name}" for name in sorted(root_names | frozenset(wanted))]
    names = frozenset(wanted)
    etree.clear_error_log()
    try:
        context = etree.iterparse(str(path), events=("start", "end"), tag=tags, resolve_entities=False,
                                  no_network=True, huge_tree=True, load_dtd=False, remove_comments=True,
                                  remove_pis=True)
        for event, elem in context:
            if event == "start":
                if elem.getparent() is None:
                    info = elem.getroottree().docinfo
                    if info.doctype or info.internalDTD is not None:  # defence in depth: UTF-16 heads
                        raise InvalidInput(f"{path.name}: refusing an XML file with a DTD", file=str(path))
                    yield "", elem
                continue
            name = local_name(elem)
            if name in names and elem.getparent() is not None:
                yield name, elem
                _release(elem)
    except etree.XMLSyntaxError as exc:
        # With a tag filter lxml may report a generic "no element found"; its log has the cause.
        # The log is per thread and outlives a parse, hence the clearing above and the filename check.
        last = exc.error_log.last_error
        if last is not None and last.filename == str(path):
            line, msg = last.line, last.message
        else:
            line, msg = exc.lineno, exc.msg
        raise InvalidInput(f"{path.name}: malformed XML at line {line}: {msg}", file=str(path),
                           line=line) from exc


def _release(elem: Element) -> None:
    """Free a processed element and everything parsed before it under the same parent."""
    elem.clear(keep_tail=False)
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


def local_name(elem: Element) -> str:
    """The tag without its namespace."""
    tag = elem.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


@lru_cache(maxsize=512)
def _path(path: str) -> str:
    return "/".join(f"{{*}}{step}" for step in path.split("/"))


def find(elem: Element, path: str) -> Element | None:
    """The first descendant at path ("a/b", local names, any namespace)."""
    return elem.find(_path(path))


def findall(elem: Element, path: str) -> list[Element]:
    """Every descendant at path ("a/b", local names, any namespace)."""
    return list(elem.iterfind(_path(path)))


def text(elem: Element, path: str) -> str:
    """The cleaned text of the first element at path, "" when absent."""
    return clean(elem.findtext(_path(path)))


def texts(elem: Element, path: str) -> list[str]:
    """The non-empty cleaned texts of every element at path."""
    return [t for t in (clean(e.text) for e in elem.iterfind(_path(path))) if t]


def attr(elem: Element, name: str) -> str:
    """A cleaned attribute value, "" when absent."""
    return clean(elem.get(name))


# -------------------------------------------------------------------------------------- dates

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
_NUMERIC = re.compile(r"(\d{1,2}|dd|DD|xx|XX)[/.\-](\d{1,2}|mm|MM|xx|XX)[/.\-](\d{4})$")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,})\.?,? (\d{4})$")
_MONTH_YEAR = re.compile(r"([A-Za-z]{3,})\.?,? (\d{4})$")
_MONTH_DAY = re.compile(r"([A-Za-z]{3,})\.? (\d{1,2}),? (\d{4})$")


def _month(name: str) -> int | None:
    return _MONTHS.get(name[:3].casefold()) if name[:3].casefold() in _MONTHS else None


def _partial(year: str, month: int | str | None = None, day: int | str | None = None) -> str | None:
    y = int(year)
    if not 1000 <= y <= 2999:
        return None
    m = int(month) if month not in (None, "") else None
    d = int(day) if day not in (None, "") else None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def iso_date(value: str | None, month_first: bool = False) -> str | None:
    """One date in any of the lists' spellings as an ISO, possibly partial, date.

    "1962-05-17", "2025-01-10T00:00:00", "1962", "17/05/1962", "dd/mm/1945", "17 May 1962",
    "May 1962", "May 17, 1962". month_first reads "05/17/1962" the US way (OFAC Publish_Date).
    Unknown day/month placeholders give a shorter date; anything else gives None.
    """
    v = clean(value).rstrip(".")
    if not v:
        return None
    if m := _ISO.match(v):
        return _partial(m.group(1), m.group(2), m.group(3))
    if m := _NUMERIC.match(v):
        first, second, year = m.groups()
        day, month = (second, first) if month_first else (first, second)
        day = day if day.isdigit() else None
        month = month if month.isdigit() else None
        return _partial(year, month, day if month else None)
    if (m := _DAY_MONTH.match(v)) and (mon := _month(m.group(2))):
        return _partial(m.group(3), mon, m.group(1))
    if (m := _MONTH_DAY.match(v)) and (mon := _month(m.group(1))):
        return _partial(m.group(3), mon, m.group(2))
    if (m := _MONTH_YEAR.match(v)) and (mon := _month(m.group(1))):
        return _partial(m.group(2), mon)
    return None


_APPROX = re.compile(r"^(?:circa|approx(?:imately|\.)?|about|around|c\.|ca\.?)\s+", re.I)
_YEARS = re.compile(r"^(\d{4})\s*[-\u2013/]\s*(\d{4})$")  # "1979-1982", which _RANGE's spaces miss
_RANGE = re.compile(r"^(?:between\s+|from\s+)?(.+?)\s+(?:to|and|-|\u2013)\s+(.+)$", re.I)


def birth_dates(value: str | None) -> list[str]:
    """A free-text birth date ("circa 1962", "1962 to 1964", "Mar 1955") as ISO partial dates.

    Approximation words are dropped (the year is what matching can use). A range of whole
    years up to MAX_RANGE_YEARS long gives every year in it; any other range gives its two ends.
    Unreadable text gives [].
    """
    v = _APPROX.sub("", clean(value).rstrip("."))
    if m := _RANGE.match(v) or _YEARS.match(v):
        start, end = iso_date(m.group(1)), iso_date(m.group(2))
        return year_range(start, end) if start and end else []
    single = iso_date(v)
    return [single] if single else []


def year_range(start: str, end: str) -> list[str]:
    """Dates from start to end (ISO partials): every year when both ends are whole years."""
    ya, yb = int(start[:4]), int(end[:4])
    whole = start in (f"{ya}", f"{ya}-01", f"{ya}-01-01") and end in (f"{yb}", f"{yb}-12", f"{yb}-12-31")
    if whole and 0 <= yb - ya <= MAX_RANGE_YEARS:
        return [str(y) for y in range(ya, yb + 1)]
    return [start, end]


# ------------------------------------------------------------------------------------ scripts

_RANGES = sorted([
    (0x0041, 0x024F, "Latin"), (0x1E00, 0x1EFF, "Latin"), (0x0370, 0x03FF, "Greek"),
    (0x1F00, 0x1FFF, "Greek"), (0x0400, 0x052F, "Cyrillic"), (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"), (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"),
    (0x08A0, 0x08FF, "Arabic"), (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"), (0x0980, 0x09FF, "Bengali"), (0x0E00, 0x0E7F, "Thai"),
    (0x10A0, 0x10FF, "Georgian"), (0x1100, 0x11FF, "Hangul"), (0x3130, 0x318F, "Hangul"),
    (0xAC00, 0xD7AF, "Hangul"), (0x3040, 0x30FF, "Japanese"), (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"), (0xF900, 0xFAFF, "Han"), (0x20000, 0x2FA1F, "Han"),
])
_STARTS = [r[0] for r in _RANGES]

# OFAC's SCRIPT reference values, folded onto the names detect_script returns.
_SCRIPT_NAMES = {"chinese simplified": "Han", "chinese traditional": "Han", "korean": "Hangul"}


def detect_script(value: str) -> str | None:
    """The writing system most letters of value are in ("Latin", "Cyrillic", "Arabic", "Han"...)."""
    counts: dict[str, int] = {}
    for ch in value:
        if not ch.isalpha():
            continue
        i = bisect_right(_STARTS, ord(ch)) - 1
        if i >= 0 and ord(ch) <= _RANGES[i][1]:
            counts[_RANGES[i][2]] = counts.get(_RANGES[i][2], 0) + 1
    if not counts:
        return None
    if "Japanese" in counts and "Han" in counts:  # kana next to kanji: Japanese, not Chinese
        return "Japanese"
    return max(counts, key=lambda s: counts[s])


def script_name(published: str) -> str | None:
    """A publisher's script label ("Chinese Simplified") as detect_script would name it ("Han")."""
    label = clean(published)
    return _SCRIPT_NAMES.get(label.casefold(), label) if label else None
