"""Splitting a markdown document into chunks that point back into its text.

A small, dependency-free splitter for the demo workspace: it cuts at headings
first, packs paragraphs up to ``max_chars`` and only splits a paragraph that is
longer than that, at a sentence end or a space. Every chunk's text is exactly
``text[char_start:char_end]``, so a search hit can be highlighted in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHARS = 800
_HEADING = re.compile(r"[ ]{0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*")
_FENCE = re.compile(r"[ ]{0,3}(```|~~~)")
_SENTENCE_END = re.compile(r"[.!?;:](?=\s)|\n")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class TextChunk:
    """One piece of a document: its text, where it sits and under which headings."""

    position: int
    content: str
    heading_path: str | None
    char_start: int
    char_end: int


@dataclass(frozen=True)
class _Block:
    start: int
    end: int
    level: int = 0  # heading level, 0 for a paragraph
    title: str = ""


def _blocks(text: str) -> list[_Block]:
    """Headings and paragraphs (runs of non-blank lines) with trimmed offsets."""
    blocks: list[_Block] = []
    start: int | None = None
    end = 0
    in_fence = False
    for match in re.finditer(r"[^\n]*\n?", text):
        line = match.group().rstrip("\r\n")
        if not match.group():
            break
        offset = match.start()
        heading = None if in_fence else _HEADING.fullmatch(line)
        if _FENCE.match(line):
            in_fence = not in_fence
        if (not line.strip() or heading) and start is not None:
            blocks.append(_Block(start, end))
            start = None
        if heading:
            lead = len(line) - len(line.lstrip())
            blocks.append(_Block(offset + lead, offset + len(line.rstrip()), len(heading.group(1)),
                                 heading.group(2).strip()))
        elif line.strip():
            if start is None:
                start = offset + len(line) - len(line.lstrip())
            end = offset + len(line.rstrip())
    if start is not None:
        blocks.append(_Block(start, end))
    return blocks


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most ``max_chars``, preferring sentence ends."""
    pieces: list[tuple[int, int]] = []
    while end - start > max_chars:
        window = text[start:start + max_chars + 1]
        cut = max((m.end() for m in _SENTENCE_END.finditer(window, 1) if m.end() <= max_chars), default=0)
        if cut < max_chars // 3:
            cut = max((m.start() for m in _SPACE.finditer(window, 1)), default=0)
        if cut <= 0:
            cut = max_chars
        piece_end = start + cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end == start:  # only whitespace before the cut: hard cut instead
            piece_end = start + max_chars
        pieces.append((start, piece_end))
        start = piece_end
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def chunk_markdown(text: str, max_chars: int = MAX_CHARS) -> list[TextChunk]:
    """Split markdown ``text`` into chunks of at most ``max_chars`` characters.

    A heading starts a new chunk and sets the ``heading_path`` ("Prices > Payroll")
    of the chunks under it; paragraphs are packed together while they fit.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    spans: list[tuple[int, int, str | None]] = []
    stack: list[tuple[int, str]] = []
    current: tuple[int, int] | None = None
    headings_only = False  # the current chunk holds nothing but headings so far
    path: str | None = None

    def flush() -> None:
        nonlocal current
        if current is not None:
            spans.append((current[0], current[1], path))
            current = None

    for block in _blocks(text):
        if block.level:
            nested = bool(stack) and block.level > stack[-1][0]
            if not (headings_only and nested):
                flush()
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            stack.append((block.level, block.title))
            path = " > ".join(title for _, title in stack if title) or None
        for piece_start, piece_end in _split_long(text, block.start, block.end, max_chars):
            if current is not None and piece_end - current[0] <= max_chars:
                current = (current[0], piece_end)
            else:
                flush()
                current = (piece_start, piece_end)
        headings_only = bool(block.level) and current is not None and (headings_only or current[0] == block.start)
    flush()
    return [TextChunk(position=i, content=text[s:e], heading_path=p, char_start=s, char_end=e)
            for i, (s, e, p) in enumerate(spans)]
