"""Structure-aware chunking of an extracted document into citable pieces.

Extraction turns every format into plain text in which headings are Markdown ATX
lines (``# Prices``, ``## Bookkeeping``): Markdown files carry them already, the
DOCX and HTML extractors write them from heading styles and ``<h1>``..``<h6>``.
PDF text has none, so a PDF is cut by paragraphs, sentences and size only.

The chunker works in four steps:

1. **Sections.** Heading lines (outside fenced code blocks) open sections. A
   section holding nothing but its heading is carried into the next one, so
   ``# Prices`` directly followed by ``## Bookkeeping`` never stands alone.
2. **Small sections.** A section shorter than ``min_chars`` takes in the sections
   after it while they are its subsections and the whole still fits in
   ``max_chars``. Because only subsections join, every body line of a chunk lies
   inside the section its ``heading_path`` names.
3. **Size.** A section longer than ``max_chars`` is cut at the last paragraph break
   that fits, else the last sentence end, else the last line break, else the last
   space, else anywhere. Consecutive pieces of such a section overlap by up to
   ``overlap`` characters, starting at a sentence or word start; with overlap on,
   a last piece shorter than ``min_chars`` reaches further back (past ``overlap``)
   to stand on its own.
4. **Citations.** Each chunk keeps its offsets into ``doc.text`` (its text is the
   exact slice, trimmed of surrounding whitespace by moving the offsets), the
   heading path in force at its first body character, and the PDF page on which
   it starts.

Chunks never overlap across sections, and together they cover every
non-whitespace character of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from secretary.knowledge import ChunkDraft, ExtractedDocument

PATH_SEPARATOR = " > "

# A heading or a code fence line; which one it is shows in the groups that matched.
_STRUCTURE = re.compile(r"^ {0,3}(?:(?P<hashes>#{1,6})(?:[ \t]+(?P<title>[^\n]*))?[ \t\r]*"
                        r"|(?P<fence>`{3,}|~{3,})[^\n]*)$", re.MULTILINE)
_CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_NON_SPACE = re.compile(r"\S")
_PARAGRAPH_BREAK = re.compile(r"\n(?=[^\S\n]*\n)")
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’»)\]]*)(?=\s)|[。！？]")
_LINE_BREAK = re.compile(r"\n")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class _Section:
    start: int  # first non-space character (a heading line, or the body of a preamble)
    end: int  # after the last non-space character
    body_start: int  # first non-space character after the heading lines (== end if none)
    path: str | None  # headings in force at body_start
    level: int  # level of the heading that names the section (0 for text before any heading)
    min_level: int  # lowest heading level among the heading lines the section starts with


def chunk_document(doc: ExtractedDocument, max_chars: int = 1200, overlap: int = 150,
                   min_chars: int = 200) -> list[ChunkDraft]:
    """Split ``doc.text`` into chunks of at most ``max_chars`` characters for indexing.

    ``overlap`` is how far consecutive pieces of a section cut by size may share
    text; ``min_chars`` is the size below which a section takes in its
    subsections. Raises ``ValueError`` unless ``max_chars >= 1``,
    ``0 <= overlap < max_chars`` and ``min_chars >= 0``.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    if not 0 <= overlap < max_chars:
        raise ValueError("overlap must be at least 0 and smaller than max_chars")
    if min_chars < 0:
        raise ValueError("min_chars must not be negative")
    text = doc.text
    page_starts = [span.start for span in doc.pages]
    chunks: list[ChunkDraft] = []
    for start, end, path in _groups(_sections(text), max_chars, min_chars):
        for piece_start, piece_end in _split(text, start, end, max_chars, overlap, min_chars):
            chunks.append(ChunkDraft(position=len(chunks), text=text[piece_start:piece_end], heading_path=path,
                                     page=_page_at(doc, page_starts, piece_start),
                                     char_start=piece_start, char_end=piece_end))
    return chunks


def heading_lines(text: str) -> list[tuple[int, int, int, str]]:
    """The heading lines of ``text`` as ``(line_start, line_end, level, title)``, skipping fenced code."""
    found: list[tuple[int, int, int, str]] = []
    fence: str | None = None
    for match in _STRUCTURE.finditer(text):
        marker = match.group("fence")
        if marker:
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence) and not match.group().strip()[len(marker):]:
                fence = None
        elif fence is None:
            title = (match.group("title") or "").strip()
            if title.endswith("#"):
                title = _CLOSING_HASHES.sub("", title).strip()
            found.append((match.start(), match.end(), len(match.group("hashes")), title))
    return found


def _sections(text: str) -> list[_Section]:
    """Sections of ``text`` in order, heading-only sections carried into the next one."""
    sections: list[_Section] = []
    stack: list[tuple[int, str]] = []
    headings = heading_lines(text)
    pending: tuple[int, int] | None = None  # (start, lowest level) of heading lines without a body yet
    level = 0
    boundaries = [h[0] for h in headings] + [len(text)]
    region_start = 0
    for index in range(len(headings) + 1):
        region_end = boundaries[index]
        body_from = headings[index - 1][1] if index else 0
        body_start = _first_non_space(text, body_from, region_end)
        if body_start < region_end:  # the section has a body
            path = PATH_SEPARATOR.join(title for _, title in stack if title) or None
            start = pending[0] if pending else _first_non_space(text, region_start, region_end)
            min_level = min(pending[1], level) if pending else level
            end = region_start + len(text[region_start:region_end].rstrip())
            sections.append(_Section(start, end, body_start, path, level, min_level))
            pending = None
        elif index:  # a heading with nothing under it: carry it into the next section
            if pending:
                pending = (pending[0], min(pending[1], level))
            else:
                pending = (_first_non_space(text, region_start, region_end), level)
        if index < len(headings):
            _, _, level, title = headings[index]
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, title))
            region_start = headings[index][0]
    if pending:  # the text ends with headings only
        end = len(text.rstrip())
        path = PATH_SEPARATOR.join(title for _, title in stack if title) or None
        sections.append(_Section(pending[0], end, end, path, level, pending[1]))
    return sections


def _groups(sections: list[_Section], max_chars: int, min_chars: int) -> list[tuple[int, int, str | None]]:
    """Join each small section with the subsections after it while they fit; ``(start, end, path)``."""
    groups: list[tuple[int, int, str | None]] = []
    index = 0
    while index < len(sections):
        first = sections[index]
        end = first.end
        index += 1
        while (index < len(sections) and end - first.start < min_chars and sections[index].min_level > first.level
               and sections[index].end - first.start <= max_chars):
            end = sections[index].end
            index += 1
        groups.append((first.start, end, first.path))
    return groups


def _split(text: str, start: int, end: int, max_chars: int, overlap: int, min_chars: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most ``max_chars``, overlapping when it had to be cut."""
    pieces: list[tuple[int, int]] = []
    while end - start > max_chars:
        cut = _cut(text, start, start + max_chars, max_chars)
        piece_end = cut
        while text[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end))
        # Never share more than half the piece, so every step moves on by a good stretch.
        start = _overlap_start(text, start, cut, min(overlap, (piece_end - start) // 2), end)
    if pieces and overlap and end - start < min_chars:
        start = _extend_back(text, pieces[-1][0], start, end, min(min_chars, max_chars))
    pieces.append((start, end))
    return pieces


def _cut(text: str, start: int, limit: int, max_chars: int) -> int:
    """Where a piece starting at ``start`` should end (exclusive), at most at ``limit``."""
    floor = start + max(1, max_chars // 3)  # structural cuts closer to the start make pieces too small
    for pattern, lowest, at_end in ((_PARAGRAPH_BREAK, floor, False), (_SENTENCE_END, floor, True),
                                    (_LINE_BREAK, floor, False), (_SPACE, start + 1, False)):
        best = 0
        for match in pattern.finditer(text, lowest if not at_end else start, limit + 1):
            position = match.end() if at_end else match.start()
            if position > limit:
                break
            if position >= lowest:
                best = position
        if best:
            return best
    return limit


def _overlap_start(text: str, piece_start: int, cut: int, overlap: int, end: int) -> int:
    """The start of the piece after ``cut``: a sentence or word start within ``overlap`` before it."""
    lowest = cut - overlap
    if overlap > 0:
        for match in _SENTENCE_END.finditer(text, max(piece_start, lowest - 2), cut):
            candidate = _first_non_space(text, match.end(), cut)
            if lowest <= candidate < cut:
                return candidate
        for match in _SPACE.finditer(text, lowest - 1, cut):
            if lowest <= match.end() < cut:
                return match.end()
        if not text[lowest].isspace():
            return lowest
    return _first_non_space(text, cut, end)


def _extend_back(text: str, previous_start: int, start: int, end: int, wanted: int) -> int:
    """An earlier start (at a word start) for a last piece shorter than ``wanted``."""
    lowest = max(end - wanted, previous_start + 1)
    for match in _SPACE.finditer(text, lowest - 1, start):
        if lowest <= match.end() < start:
            return match.end()
    return start


def _first_non_space(text: str, start: int, end: int) -> int:
    """The first non-whitespace position in ``text[start:end]``, or ``end``."""
    match = _NON_SPACE.search(text, start, end)
    return match.start() if match else end


def _page_at(doc: ExtractedDocument, page_starts: list[int], offset: int) -> int | None:
    """The number of the page on which ``offset`` lies (the page before it when between pages)."""
    if not doc.pages:
        return None
    index = bisect_right(page_starts, offset) - 1
    return doc.pages[max(index, 0)].number
