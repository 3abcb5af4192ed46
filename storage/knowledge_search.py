"""Full-text (FTS5, BM25) search over chunks, search filters, and the citation fields of hits.

User text never reaches FTS5's query syntax: it is cut into words, every word
becomes a quoted string (so ``"``, ``*``, ``OR``, ``NEAR(`` and the like are
only words), and the words are OR-ed, which lets BM25 rank chunks by how many
rare query words they hold. Very common words of English, German and Ukrainian
are left out of the query unless nothing else remains.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from secretary.knowledge import SearchFilters, SearchHit

_WORD = re.compile(r"\w+", re.UNICODE)
_STOPWORDS_TEXT = (
    "a an and are as at be by can do does for from how i in is it me my of on or our the to what when where which "
    "who why will with you your we us if there this that have has get much many any "
    "der die das den dem des ein eine einen einem einer und oder ist sind bei mit von zu zum zur im in auf für wie "
    "was wann wo wer ich mich mir sie ihr ihre ihnen wir uns es man kann muss auch nicht noch als an am bis nach "
    "і й та а в у на з із до за що як де хто коли чи це ви вам вас ваш ваша ваші ми нам мене мені я є для про по від "
    "які який яка яке можна треба")
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
SNIPPET_CHARS = 240


def query_terms(query: str) -> list[str]:
    """The distinct words of ``query`` that the full-text search uses (stop words dropped if others remain)."""
    words = list(dict.fromkeys(w.lower() for w in _WORD.findall(query)))
    useful = [w for w in words if w not in _STOPWORDS and (len(w) > 1 or w.isdigit())]
    return useful or words


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for user text that can never be a syntax error (None: no words)."""
    terms = query_terms(query)
    if not terms:
        return None
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms[:64])


def _filter_sql(filters: SearchFilters, params: dict[str, Any]) -> str:
    clauses = []
    for name, column, values in (("sources", "s.name", filters.sources), ("languages", "d.language",
                                                                            filters.languages),
                                 ("mimes", "d.mime_type", filters.mime_types)):
        if values:
            params[name] = json.dumps(list(values))
            clauses.append(f"{column} IN (SELECT value FROM json_each(:{name}))")
    return " AND ".join(clauses)


def _has_filters(filters: SearchFilters) -> bool:
    return bool(filters.sources or filters.languages or filters.mime_types)


def bm25(session: Session, query: str, limit: int, filters: SearchFilters = SearchFilters(),
         chunk_ids: Sequence[int] | None = None) -> list[tuple[int, float]]:
    """Chunks matching ``query`` as (chunk id, BM25 score, higher is better), best first.

    ``chunk_ids`` restricts the search to those chunks (to score candidates found otherwise).
    """
    match = fts_query(query)
    if match is None or limit <= 0:
        return []
    params: dict[str, Any] = {"q": match, "limit": int(limit)}
    where = ["chunks_fts MATCH :q"]
    joins = ""
    if _has_filters(filters):
        joins = (" JOIN chunks c ON c.id = chunks_fts.rowid JOIN documents d ON d.id = c.document_id"
                 " JOIN knowledge_sources s ON s.id = d.source_id")
        where.append(_filter_sql(filters, params))
    if chunk_ids is not None:
        params["ids"] = json.dumps([int(i) for i in chunk_ids])
        where.append("chunks_fts.rowid IN (SELECT value FROM json_each(:ids))")
    rows = session.execute(text(f"SELECT chunks_fts.rowid, bm25(chunks_fts) AS rank FROM chunks_fts{joins} "
                                f"WHERE {' AND '.join(where)} ORDER BY rank LIMIT :limit"), params)
    return [(int(r[0]), -float(r[1])) for r in rows]


def filtered_chunk_ids(session: Session, filters: SearchFilters) -> list[int] | None:
    """Ids of the chunks the filters allow (None when there are no filters)."""
    if not _has_filters(filters):
        return None
    params: dict[str, Any] = {}
    rows = session.execute(text("SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id "
                                "JOIN knowledge_sources s ON s.id = d.source_id WHERE " + _filter_sql(filters, params)),
                           params)
    return [r[0] for r in rows]


def chunk_facts(session: Session, chunk_ids: Sequence[int]) -> dict[int, tuple[str, str | None]]:
    """(text, document language) of each chunk that exists, by id."""
    rows = session.execute(text("SELECT c.id, c.content, d.language FROM chunks c JOIN documents d "
                                "ON d.id = c.document_id WHERE c.id IN (SELECT value FROM json_each(:ids))"),
                           {"ids": json.dumps([int(i) for i in chunk_ids])})
    return {r[0]: (r[1], r[2]) for r in rows}


def hits(session: Session, scored: Sequence[tuple[int, float]], query: str) -> list[SearchHit]:
    """SearchHits with citation fields and a snippet for (chunk id, score) pairs, in the given order."""
    if not scored:
        return []
    rows = session.execute(text(
        "SELECT c.id, c.content, c.heading_path, c.page, d.uri, d.title, d.language, s.name "
        "FROM chunks c JOIN documents d ON d.id = c.document_id JOIN knowledge_sources s ON s.id = d.source_id "
        "WHERE c.id IN (SELECT value FROM json_each(:ids))"), {"ids": json.dumps([int(c) for c, _ in scored])})
    by_id = {r[0]: r for r in rows}
    terms = query_terms(query)
    out = []
    for chunk_id, score in scored:
        row = by_id.get(chunk_id)
        if row is None:  # deleted meanwhile
            continue
        out.append(SearchHit(chunk_id=row[0], document=row[4], title=row[5], source=row[7], page=row[3],
                             heading=row[2], score=float(score), text=row[1], snippet=snippet(row[1], terms),
                             language=row[6]))
    return out


def snippet(content: str, terms: Sequence[str], width: int = SNIPPET_CHARS) -> str:
    """The passage of ``content`` around the most query words, with each match marked «like this».

    Matching ignores case and accepts longer words starting with a term (``preis`` marks ``Preise``).
    """
    spans = []
    if terms:
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
                             + r")\w*", re.IGNORECASE | re.UNICODE)
        spans = [m.span() for m in pattern.finditer(content)]
    start = 0
    if spans and len(content) > width:
        # the window holding the most matches, starting a little before its first one
        best, best_count = spans[0][0], 0
        for i, (s, _) in enumerate(spans):
            count = sum(1 for t, _ in spans[i:] if t < s + width)
            if count > best_count:
                best, best_count = s, count
        start = max(0, best - width // 5)
        space = content.rfind(" ", 0, start)
        start = space + 1 if start and space >= 0 and start - space < 30 else start
    end = min(len(content), start + width)
    if end < len(content):
        space = content.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    parts, cursor = [], start
    for s, e in spans:
        if s < cursor or e > end:
            continue
        parts.append(content[cursor:s] + "«" + content[s:e] + "»")
        cursor = e
    parts.append(content[cursor:end])
    body = " ".join("".join(parts).split())
    return ("…" if start > 0 else "") + body + ("…" if end < len(content) else "")
