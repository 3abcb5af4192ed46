"""Plain text out of PDF, DOCX, Markdown, text and HTML files, with clear refusals.

The type is decided by what the bytes are (magic numbers) before what the name
says: a PDF named ``.txt`` is read as a PDF, a binary file named ``.docx`` is
refused as not being a Word document. Headings come out as Markdown ``#`` lines
whatever the format, so ``secretary.chunking`` serves them all. Every failure of
the parsing libraries is turned into :class:`InvalidInput` naming the file and
the reason; nothing of pypdf, zipfile or lxml escapes.
"""

from __future__ import annotations

import functools
import html
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from lxml import etree

from secretary.chunking import heading_lines
from secretary.errors import InvalidInput, NotFound
from secretary.knowledge import ExtractedDocument, PageSpan

MAX_UNPACKED = 200 * 2**20  # what a DOCX may unpack to before it counts as a zip bomb
MAX_ZIP_MEMBERS = 10_000
SUPPORTED = "PDF, Word (DOCX), Markdown, text or HTML"
TEXT_SUFFIXES = {".md": "text/markdown", ".markdown": "text/markdown", ".mdown": "text/markdown",
                 ".html": "text/html", ".htm": "text/html", ".xhtml": "text/html"}
BINARY_SUFFIXES = {".pdf": "PDF", ".docx": "Word document (DOCX)", ".docm": "Word document (DOCX)",
                   ".dotx": "Word document (DOCX)"}
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"), (b"7z\xbc\xaf", "a 7-Zip archive"), (b"Rar!", "a RAR archive"),
    (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ", "an xz archive"), (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"), (b"SQLite format 3", "a database"), (b"{\\rtf", "an RTF document"),
    (b"RIFF", "a media file"), (b"OggS", "a media file"), (b"ID3", "an MP3 file"), (b"%!PS", "a PostScript file"),
)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                              remove_comments=True, remove_pis=True)


def extract_file(path: Path, *, max_bytes: int = 50 * 2**20) -> ExtractedDocument:
    """Read the file at ``path`` into an :class:`ExtractedDocument` (uri is ``str(path)``).

    Raises ``NotFound`` if the file is missing and ``InvalidInput`` if it is too
    large (checked before reading), empty, damaged, encrypted, of an unsupported
    type, or has no text.
    """
    name = path.name or str(path)
    try:
        if path.is_dir():
            raise InvalidInput(f"{name}: this is a folder, not a file; add it as a folder instead", path=str(path))
        size = path.stat().st_size
    except FileNotFoundError:
        raise NotFound(f"{name}: the file does not exist (it may have been moved or deleted)", path=str(path)) from None
    except OSError as exc:
        raise InvalidInput(f"{name}: the file cannot be read ({exc.strerror or exc})", path=str(path)) from None
    if size > max_bytes:
        raise InvalidInput(f"{name}: the file is {_size(size)}, larger than the {_size(max_bytes)} limit; "
                           "split it into smaller files", path=str(path), size=size)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InvalidInput(f"{name}: the file cannot be read ({exc.strerror or exc})", path=str(path)) from None
    if len(data) > max_bytes:  # it grew while we looked
        raise InvalidInput(f"{name}: the file is larger than the {_size(max_bytes)} limit", path=str(path))
    return extract_bytes(data, name=name, uri=str(path), suffix=path.suffix.lower())


def extract_bytes(data: bytes, *, name: str, uri: str, suffix: str = "", mime_type: str | None = None,
                  charset: str | None = None) -> ExtractedDocument:
    """Extract ``data`` whose kind is told by its content, then ``mime_type`` (from HTTP), then ``suffix``.

    ``name`` is how error messages call the document (file name or URL).
    """
    if not data.strip():
        raise InvalidInput(f"{name}: the file is empty", uri=uri)
    # Some generators put a few bytes before the header; then the end marker must be there too.
    if data.lstrip()[:5] == b"%PDF-" or (b"%PDF-" in data[:1024] and b"%%EOF" in data[-2048:]):
        return _pdf(data, name, uri)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _docx(data, name, uri)
    if data.startswith(_OLE):
        raise InvalidInput(f"{name}: this is an old Word .doc file or a password-protected document; "
                           "save it as .docx without a password and add it again", uri=uri)
    kind = next((label for magic, label in _MAGIC if data.startswith(magic)), None)
    other = InvalidInput(f"{name}: the file is {kind}, not a document; add {SUPPORTED} files", uri=uri)
    if suffix in BINARY_SUFFIXES:
        raise other if kind else InvalidInput(f"{name}: the file is not a valid {BINARY_SUFFIXES[suffix]}; "
                                              "it may be damaged or of another type", uri=uri)
    try:  # short magic numbers ("MZ", "ID3") also begin ordinary text, so they only name binary content
        text = decode_text(data, name, charset or _html_charset(data))
    except InvalidInput:
        if kind:
            raise other from None
        raise
    declared = mime_type or TEXT_SUFFIXES.get(suffix, "text/plain")
    if declared == "text/html" or _HTML_START.match(text[:4096]):
        return _html(text, name, uri)
    text = _clean(text)
    if not text.strip():
        raise InvalidInput(f"{name}: the file has no text", uri=uri)
    if declared == "text/markdown":
        headings = heading_lines(text)
        title = next((h[3] for h in headings if h[3]), None)
        return ExtractedDocument(uri, title or _stem(name), text, "text/markdown")
    return ExtractedDocument(uri, _stem(name), text, "text/plain")


def decode_text(data: bytes, name: str, charset: str | None = None) -> str:
    """Bytes of a text file as ``str``: BOM, declared charset, UTF-8, else Windows-1251/1252; binary refused."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                          (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InvalidInput(f"{name}: the text is not valid {encoding.upper()}") from None
    if b"\x00" in data[:8192]:
        raise InvalidInput(f"{name}: the file holds binary data, not text")
    text: str | None = None
    for candidate in (charset, "utf-8"):
        if candidate:
            try:
                text = data.decode(candidate)
                break
            except (UnicodeDecodeError, LookupError):
                pass
    if text is None:
        text = data.decode(_legacy_encoding(data), errors="replace")
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > len(sample) * 0.01:
        raise InvalidInput(f"{name}: the file holds binary data, not text")
    return text


def _legacy_encoding(data: bytes) -> str:
    """Windows-1251 when most letters are Cyrillic-range bytes (Ukrainian text), else Windows-1252."""
    high = sum(1 for b in data[:65536] if b >= 0xC0)
    ascii_letters = sum(1 for b in data[:65536] if 65 <= b <= 90 or 97 <= b <= 122)
    return "cp1251" if high > ascii_letters else "cp1252"


def _pdf(data: bytes, name: str, uri: str) -> ExtractedDocument:
    import pypdf  # imported late: only when a PDF comes

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _decrypts(reader):
            raise InvalidInput(f"{name}: the PDF is encrypted; remove the password and add it again", uri=uri)
        pages = list(reader.pages)
    except InvalidInput:
        raise
    except Exception as exc:  # pypdf raises many kinds for damaged files
        raise InvalidInput(f"{name}: the PDF is damaged and cannot be read", uri=uri, reason=str(exc)) from None
    if not pages:
        raise InvalidInput(f"{name}: the PDF has no pages", uri=uri)
    parts: list[str] = []
    spans: list[PageSpan] = []
    offset = 0
    for number, page in enumerate(pages, 1):
        try:
            page_text = _clean(page.extract_text() or "").strip()
        except Exception:  # one damaged page must not cost the others
            page_text = ""
        if page_text:
            if parts:
                offset += 2
            spans.append(PageSpan(number, offset, offset + len(page_text)))
            parts.append(page_text)
            offset += len(page_text)
    if not parts:
        raise InvalidInput(f"{name}: the PDF contains no text (it may be a scanned image; text recognition "
                           "is not supported)", uri=uri)
    title = _pdf_title(reader) or _stem(name)
    return ExtractedDocument(uri, title, "\n\n".join(parts), "application/pdf", pages=tuple(spans),
                             metadata={"page_count": len(pages)})


def _decrypts(reader: object) -> bool:
    """Open PDFs that only restrict printing or copying (empty user password)."""
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:  # unsupported algorithm and the like: treat as locked
        return False


def _pdf_title(reader: object) -> str | None:
    try:
        title = (reader.metadata or {}).get("/Title")  # type: ignore[attr-defined]
    except Exception:  # a damaged info dictionary just means no title
        return None
    title = re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", str(title or "")).strip()
    if not title or title.lower() in {"untitled", "untitled document"} or re.search(r"\.\w{2,4}$", title):
        return None
    return title


def _docx(data: bytes, name: str, uri: str) -> ExtractedDocument:
    bomb = InvalidInput(f"{name}: the document would unpack to more than {_size(MAX_UNPACKED)}, which looks like "
                        "a zip bomb; it was not opened", uri=uri)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS or sum(m.file_size for m in members) > MAX_UNPACKED:
            raise bomb
        budget = [MAX_UNPACKED]
        main = _main_part(archive, budget)
        if main is None:
            raise InvalidInput(f"{name}: the file is a ZIP archive but not a Word document (DOCX); "
                               f"add {SUPPORTED} files", uri=uri)
        styles = _styles(_read(archive, "word/styles.xml", budget))
        body = etree.fromstring(_read(archive, main, budget) or b"", _XML_PARSER).find(f"{_W}body")
        core_title = _core_title(_read(archive, "docProps/core.xml", budget))
        blocks = list(_docx_blocks(body, styles)) if body is not None else []
    except InvalidInput:
        raise
    except _ZipBomb:
        raise bomb from None
    except Exception as exc:  # zipfile, zlib and lxml each raise their own
        raise InvalidInput(f"{name}: the Word document is damaged and cannot be read", uri=uri,
                           reason=str(exc)) from None
    text = "\n\n".join(block for block in blocks if block.strip())
    if not text.strip():
        raise InvalidInput(f"{name}: the Word document has no text", uri=uri)
    title = core_title or next((h[3] for h in heading_lines(text) if h[3]), None) or _stem(name)
    return ExtractedDocument(uri, title, text, DOCX_MIME)


class _ZipBomb(Exception):
    """A ZIP member unpacked to more than its share of ``MAX_UNPACKED``."""


def _read(archive: zipfile.ZipFile, member: str, budget: list[int]) -> bytes | None:
    """A member's bytes, decompressing no more than what is left of ``budget`` (None if absent)."""
    try:
        info = archive.getinfo(member)
    except KeyError:
        return None
    out = bytearray()
    with archive.open(info) as stream:
        while block := stream.read(1 << 20):
            out += block
            if len(out) > budget[0]:  # the directory lied about the size
                raise _ZipBomb(member)
    budget[0] -= len(out)
    return bytes(out)


def _main_part(archive: zipfile.ZipFile, budget: list[int]) -> str | None:
    """The path of the main document part, as the package relationships name it."""
    rels = _read(archive, "_rels/.rels", budget)
    if rels:
        for rel in etree.fromstring(rels, _XML_PARSER):
            if str(rel.get("Type", "")).endswith("/officeDocument"):
                target = str(PurePosixPath(rel.get("Target", "").lstrip("/")))
                return target if target in archive.namelist() else None
    return "word/document.xml" if "word/document.xml" in archive.namelist() else None


def _styles(xml: bytes | None) -> dict[str, tuple[int, bool]]:
    """Style id → (heading level or 0, is a list style), following ``basedOn``."""
    if not xml:
        return {}
    raw: dict[str, tuple[int, bool, str | None]] = {}
    for style in etree.fromstring(xml, _XML_PARSER).iter(f"{_W}style"):
        style_name = (_val(style.find(f"{_W}name")) or "").lower()
        match = re.fullmatch(r"heading\s*(\d)", style_name)
        outline = _val(style.find(f"{_W}pPr/{_W}outlineLvl"))
        level = int(match.group(1)) if match else 1 if style_name == "title" else 0
        if not level and outline and outline.isdigit() and int(outline) < 6:
            level = int(outline) + 1
        is_list = style_name.startswith("list") or style.find(f"{_W}pPr/{_W}numPr") is not None
        raw[style.get(f"{_W}styleId", "")] = (level, is_list, _val(style.find(f"{_W}basedOn")))
    resolved: dict[str, tuple[int, bool]] = {}
    for style_id in raw:
        level, is_list, base = raw[style_id]
        for _ in range(10):  # inherit from the styles this one is based on
            if level or base is None or base not in raw:
                break
            base_level, base_list, base = raw[base]
            level, is_list = base_level, is_list or base_list
        resolved[style_id] = (min(level, 6), is_list)
    return resolved


def _docx_blocks(parent: etree._Element, styles: dict[str, tuple[int, bool]]) -> Iterator[str]:
    """Paragraphs (headings as ``#`` lines, list items as ``- ``) and table rows, in document order."""
    for child in parent:
        if child.tag == f"{_W}p":
            text = _runs_text(child).strip()
            style_level, is_list = styles.get(_val(child.find(f"{_W}pPr/{_W}pStyle")) or "", (0, False))
            outline = _val(child.find(f"{_W}pPr/{_W}outlineLvl"))
            level = int(outline) + 1 if outline and outline.isdigit() and int(outline) < 6 else style_level
            if level and text:
                yield "#" * level + " " + " ".join(text.split())
            elif is_list or child.find(f"{_W}pPr/{_W}numPr") is not None:
                yield "- " + text if text else ""
            else:
                yield text
        elif child.tag == f"{_W}tbl":
            rows = []
            for row in child.findall(f"{_W}tr"):
                cells = [" ".join(_runs_text(p).strip() for p in cell.iter(f"{_W}p")).strip()
                         for cell in row.findall(f"{_W}tc")]
                if any(cells):
                    rows.append(" | ".join(cells))
            yield "\n".join(rows)
        elif child.tag in (f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins"):
            yield from _docx_blocks(child, styles)
        elif child.tag == f"{_W}sdt" and (content := child.find(f"{_W}sdtContent")) is not None:
            yield from _docx_blocks(content, styles)


def _runs_text(element: etree._Element) -> str:
    """The visible text under ``element``: deleted text, field codes and fallbacks left out."""
    parts: list[str] = []
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        local = tag.rsplit("}", 1)[-1]
        if local == "t":
            parts.append(child.text or "")
        elif local == "tab":
            parts.append("\t")
        elif local in ("br", "cr"):
            parts.append("\n")
        elif local == "noBreakHyphen":
            parts.append("-")
        elif local not in ("del", "delText", "instrText", "Fallback", "rPr", "pPr", "tbl"):
            parts.append(_runs_text(child))
    return "".join(parts)


def _core_title(xml: bytes | None) -> str | None:
    if not xml:
        return None
    found = etree.fromstring(xml, _XML_PARSER).find("{http://purl.org/dc/elements/1.1/}title")
    if found is None:
        return None
    return " ".join((found.text or "").split()) or None


def _val(element: etree._Element | None) -> str | None:
    return None if element is None else element.get(f"{_W}val")


def _html(source: str, name: str, uri: str) -> ExtractedDocument:
    import trafilatura  # imported late: slow to import

    options: dict[str, Any] = {"output_format": "markdown", "include_tables": True, "include_links": False,
                               "include_images": False, "include_comments": False, "favor_recall": True}
    try:
        # Below 250 characters trafilatura swaps in fallback extractors that lose the headings; a short page
        # keeps its structure unless the fallback found clearly more text.
        text = _unescape_markdown(trafilatura.extract(source, config=_short_page_config(), **options) or "")
        usual = _unescape_markdown(trafilatura.extract(source, **options) or "")
        if len("".join(text.split())) < 0.8 * len("".join(usual.split())):
            text = usual
        if not text.strip():  # too little for main-text detection: take all visible text
            text = trafilatura.html2txt(source) or ""
    except Exception as exc:  # lxml and trafilatura errors on broken markup
        raise InvalidInput(f"{name}: the HTML page cannot be read", uri=uri, reason=str(exc)) from None
    text = _clean(text).strip()
    if not text:
        raise InvalidInput(f"{name}: the page has no readable text", uri=uri)
    found = _TITLE.search(source[:262144])
    title = " ".join(html.unescape(found.group(1)).split()) if found else ""
    if not title:
        title = next((h[3] for h in heading_lines(text) if h[3]), None) or _stem(name)
    return ExtractedDocument(uri, title, text, "text/html")


@functools.cache
def _short_page_config() -> Any:
    """trafilatura settings that keep its own extraction even for pages under 250 characters."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    return config


def _unescape_markdown(text: str) -> str:
    """Undo trafilatura's Markdown escapes (``\\<``, ``\\*``) but keep those that stop a line being a heading."""
    lines = []
    for line in text.split("\n"):
        body = line.lstrip(" \t")
        keep = 2 if body[:2] in ("\\#", "\\`", "\\~") else 0
        start = len(line) - len(body) + keep
        lines.append(line[:start] + _MD_ESCAPE.sub(r"\1", line[start:]))
    return "\n".join(lines)


def _html_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def _clean(text: str) -> str:
    """Unix line ends, form feeds as breaks, no other control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return _CONTROL.sub("", text)


def _stem(name: str) -> str:
    stem = PurePosixPath(name.rstrip("/")).name
    return stem.rsplit(".", 1)[0] if "." in stem[1:] else stem or name


def _size(size: int) -> str:
    for unit, factor in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}".replace(".0 ", " ")
    return f"{size} bytes"
