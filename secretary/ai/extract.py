"""Extractive answers: the passage of a retrieved chunk that best answers the question."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from secretary.ai.injection import looks_like_injection
from secretary.ai.words import content_words

MIN_SIMILARITY = 0.84  # multilingual-e5 cosine: below this the best chunk is usually off-topic
MAX_CHARS = 420
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜА-ЯІЇЄҐ0-9\"„«(])|\n+")


@dataclass(frozen=True)
class Extract:
    """The chosen passage and where it comes from."""

    text: str
    title: str
    source: str
    language: str | None
    confidence: float


def _clean(line: str) -> str:
    line = re.sub(r"\*\*|__|`", "", line)
    line = re.sub(r"^\s*[-*•]\s+", "• ", line)
    line = re.sub(r"^\s*\|(.*)\|\s*$", lambda m: " – ".join(c.strip() for c in m.group(1).split("|") if c.strip()),
                  line)
    return line.strip()


def _lines(text: str) -> list[str]:
    """Logical lines: hard-wrapped continuation lines joined to the line they continue."""
    lines: list[str] = []
    for raw in text.splitlines():
        if raw.lstrip().startswith("#") or re.fullmatch(r"\s*\|?[\s:|-]+\|?\s*", raw or " "):
            lines.append("")
            continue
        starts_item = bool(re.match(r"\s*([-*•|]|\d+[.)])\s", raw))
        if lines and lines[-1] and raw.strip() and not starts_item and not lines[-1].endswith((".", "!", "?", ":")):
            lines[-1] = f"{lines[-1]} {raw.strip()}"
        else:
            lines.append(raw.strip())
    return lines


def _units(text: str) -> list[str]:
    units: list[str] = []
    for raw in _lines(text):
        line = _clean(raw)
        if not line:
            continue
        units.extend(part.strip() for part in _SENTENCE.split(line) if part and part.strip())
    return [u for u in units if not looks_like_injection(u)]


def best_passage(question: str, passages: Sequence[dict[str, Any]]) -> Extract | None:
    """The best answer passage among search results, or None when none is relevant enough.

    A chunk qualifies when its query similarity reaches :data:`MIN_SIMILARITY`;
    candidates are re-ranked by similarity plus a bonus for shared words in the
    heading and text. Within the chunk the answer starts at the sentence sharing
    most words with the question and runs on to about :data:`MAX_CHARS` characters.
    Sentences that try to instruct the model are never quoted.
    """
    terms = content_words(question)
    ranked = []
    for passage in passages:
        similarity = passage.get("similarity")
        if similarity is None or similarity < MIN_SIMILARITY:
            continue
        overlap = len(terms & content_words(f"{passage.get('heading') or ''} {passage.get('text', '')}"))
        ranked.append((similarity + 0.01 * min(overlap, 3), passage))
    if not ranked:
        return None
    confidence, passage = max(ranked, key=lambda pair: pair[0])
    units = _units(str(passage.get("text", "")))
    if not units:
        return None
    scores = [len(terms & content_words(unit)) for unit in units]
    start = max(range(len(units)), key=lambda i: (scores[i], -i)) if any(scores) else 0
    chosen: list[str] = []
    for unit in units[start:]:
        if chosen and sum(len(c) + 1 for c in chosen) + len(unit) > MAX_CHARS:
            break
        chosen.append(unit)
    text = "\n".join(chosen) if any(c.startswith("• ") for c in chosen) else " ".join(chosen)
    if len(text) > MAX_CHARS + 200:
        text = text[:MAX_CHARS].rsplit(" ", 1)[0] + " …"
    heading = str(passage.get("heading") or "").split(" > ")
    title = str(passage.get("title") or heading[0] or passage.get("source") or "")
    section = heading[-1] if len(heading) > 1 else ""
    source = f"{title} – {section}" if section and section != title else title
    return Extract(text=text, title=title, source=source, language=passage.get("language"), confidence=confidence)
