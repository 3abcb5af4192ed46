"""Parsers for the official sanctions lists, one module per published format.

parse() turns a downloaded file (or, for OFAC's CSV set, its folder) into a ListRelease;
detect() guesses the format from the file's first bytes. Nothing here touches the network.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from secretary.errors import InvalidInput, NotFound
from secretary.kyb.formats import eu_xml, ofac_csv, ofac_xml, uk_xml, un_xml
from secretary.kyb.formats.common import read_head, sniff_root
from secretary.kyb.records import FORMATS, ListRelease

_PARSERS: dict[str, Callable[[Path, str | None], ListRelease]] = {
    "ofac-xml": ofac_xml.parse,
    "ofac-csv": ofac_csv.parse,
    "eu-xml": eu_xml.parse,
    "uk-xml": uk_xml.parse,
    "un-xml": un_xml.parse,
}
# The root element of each XML format.
_ROOTS = {"sdnList": "ofac-xml", "sanctionsData": "ofac-xml", "export": "eu-xml", "Designations": "uk-xml",
          "CONSOLIDATED_LIST": "un-xml"}

assert set(_PARSERS) == set(FORMATS), "every CLI format needs a parser"


def parse(fmt: str, path: Path, list_id: str | None = None) -> ListRelease:
    """Parse the list file (or OFAC CSV folder) at path, published in format fmt.

    list_id overrides the list the format yields by default (OFAC XML decides between
    "ofac-sdn" and "ofac-cons" from the data). Raises NotFound for a missing path and
    InvalidInput for an unknown format or a malformed, truncated or unreadable file; single
    records that cannot be read are skipped and listed in the release's warnings.
    """
    parser = _PARSERS.get(fmt)
    if parser is None:
        raise InvalidInput(f"unknown list format {fmt!r}; expected one of {', '.join(FORMATS)}", format=fmt)
    path = Path(path)
    if not path.exists():
        raise NotFound(f"{path} does not exist", file=str(path))
    if path.is_file() and path.stat().st_size == 0:
        raise InvalidInput(f"{path.name}: the file is empty", file=str(path))
    return parser(path, list_id)


def detect(path: Path) -> str | None:
    """The format of the list file or folder at path, from its root element or CSV shape; None if unknown."""
    path = Path(path)
    try:
        if path.is_dir():
            names = {p.name.casefold() for p in path.iterdir()}
            return "ofac-csv" if names & {"sdn.csv", "cons_prim.csv"} else None
        head = read_head(path)
    except OSError:
        return None
    root = sniff_root(head)
    if root in _ROOTS:
        return _ROOTS[root]
    if root is None and ofac_csv.is_sdn_csv(head):
        return "ofac-csv"
    return None
