"""Hybrid search: hostile queries, filters, citations, snippets, and the fallbacks."""

from __future__ import annotations

import hashlib
import re

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretary.fusion import hybrid, reciprocal_rank_fusion, term_coverage
from secretary.knowledge import SearchFilters
from services.knowledge.search import KnowledgeSearch
from storage import knowledge_search, vector_index
from storage.models import Chunk, Document, KnowledgeSource


class WordHashEmbedder:
    """A tiny deterministic embedder: hashed bag of words (enough meaning for plumbing tests)."""

    name = "test/word-hash"
    dimensions = 64

    def _embed(self, texts):
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in re.findall(r"\w+", t.lower()):
                out[i, int(hashlib.md5(w.encode()).hexdigest(), 16) % self.dimensions] += 1.0
            out[i, -1] += 0.1
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    embed_passages = embed_queries = _embed


DOCS = [  # source, uri, title, language, mime, page, heading, text
    ("handbook", "/docs/handbook.pdf", "Handbook", "en", "application/pdf", 3, "Office > Hours",
     "Our office is open Monday to Friday from 9 to 17. On Saturday we are closed."),
    ("handbook", "/docs/handbook.pdf", "Handbook", "en", "application/pdf", 7, "Billing",
     "Invoices are due within 14 days. We accept SEPA direct debit and bank transfer."),
    ("website", "https://example.com/preise", "Preise", "de", "text/html", None, "Preise",
     "Die Buchhaltung kostet 89 Euro im Monat, die Lohnabrechnung 19 Euro pro Mitarbeiter."),
    ("website", "https://example.com/kontakt", "Kontakt", "uk", "text/html", None, None,
     "Наш офіс працює з понеділка по п'ятницю. Пишіть нам українською або німецькою."),
]


@pytest.fixture
def kb(app):
    embedder = WordHashEmbedder()
    ids = []
    with app.db.writing("test") as session:
        sources = {}
        for name in ("handbook", "website"):
            sources[name] = KnowledgeSource(name=name, type="file")
            session.add(sources[name])
        session.flush()
        documents = {}
        for position, (source, uri, title, lang, mime, page, heading, text) in enumerate(DOCS):
            if uri not in documents:
                documents[uri] = Document(source_id=sources[source].id, uri=uri, title=title, language=lang,
                                          mime_type=mime, content_hash=uri, content=text)
                session.add(documents[uri])
                session.flush()
            chunk = Chunk(document_id=documents[uri].id, position=position, content=text, heading_path=heading,
                          page=page, char_start=0, char_end=len(text))
            session.add(chunk)
            session.flush()
            ids.append(chunk.id)
    with app.db.writing("test") as session:
        index = vector_index.create_index(session, embedder.name, embedder.dimensions)
        vector_index.add_vectors(session, index, ids, embedder.embed_passages([d[-1] for d in DOCS]))
        vector_index.mark_ready(session, index)
    return KnowledgeSearch(app.db, embedder), ids


def test_hits_carry_citation_fields_and_a_marked_snippet(kb):
    search, ids = kb
    hits = search.search("When is the office open on Saturday?", k=2)
    top = hits[0]
    assert top.chunk_id == ids[0] and top.document == "/docs/handbook.pdf" and top.title == "Handbook"
    assert top.source == "handbook" and top.page == 3 and top.heading == "Office > Hours" and top.language == "en"
    assert "«office»" in top.snippet and "«Saturday»" in top.snippet and top.text == DOCS[0][-1]
    assert hits[0].score >= hits[1].score


@pytest.mark.parametrize("query", ['"foo" OR bar*', "NEAR(", 'NEAR("a" "b", 2)', "AND", "-", "*", '"', "()",
                                   "column:value", "^start", "ÄÖÜ ß", "'; DROP TABLE chunks; --", "   ", ""])
def test_hostile_queries_never_raise(kb, query):
    search, _ = kb
    assert isinstance(search.search(query), list)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_text_is_a_valid_full_text_query(app, query):
    with app.db.reading() as session:
        knowledge_search.bm25(session, query, 5)


def test_filters_by_source_language_and_type(kb):
    search, ids = kb
    only_site = search.search("office", k=5, filters=SearchFilters(sources=("website",)))
    assert {h.source for h in only_site} == {"website"}
    german = search.search("Euro", k=5, filters=SearchFilters(languages=("de",)))
    assert [h.chunk_id for h in german] == [ids[2]]
    pdf = search.search("office invoices", k=5, filters=SearchFilters(mime_types=("application/pdf",)))
    assert {h.chunk_id for h in pdf} == {ids[0], ids[1]}
    assert search.search("office", filters=SearchFilters(sources=("nowhere",))) == []


def test_batch_and_single_modes(kb):
    search, ids = kb
    batch = search.search_batch(["invoices due", "Lohnabrechnung Mitarbeiter"], k=1)
    assert [b[0].chunk_id for b in batch] == [ids[1], ids[2]]
    assert search.rank("Lohnabrechnung", k=1, mode="bm25")[0][0] == ids[2]
    assert search.rank("invoices due", k=1, mode="dense")[0][0] == ids[1]
    assert search.timing.total_ms > 0


def test_without_a_usable_index_search_is_full_text_only(app, kb):
    _, ids = kb

    class Other(WordHashEmbedder):
        name = "test/another-model"

    hits = KnowledgeSearch(app.db, Other()).search("Lohnabrechnung", k=3)
    assert [h.chunk_id for h in hits] == [ids[2]]  # BM25 only: the index was built with another model
    assert KnowledgeSearch(app.db, None).search("Lohnabrechnung")[0].chunk_id == ids[2]


def test_deleted_chunks_disappear_from_results(app, kb):
    search, ids = kb
    with app.db.writing("test") as session:
        session.delete(session.get(Chunk, ids[1]))
    assert ids[1] not in [h.chunk_id for h in search.search("invoices due SEPA", k=5)]


def test_fusion_primitives():
    assert reciprocal_rank_fusion([[1, 2, 3], [3, 1]])[0][0] == 1
    assert term_coverage(["preis", "gmbh"], "Die Preise für eine GmbH") == 1.0
    assert term_coverage(["foo"], "bar") == 0.0
    # a close dense race is decided by a chunk that holds every query word; a clear dense winner stays
    close = hybrid({1: 0.80, 2: 0.79, 3: 0.60}, {2: 5.0, 1: 1.0}, {1: 0.2, 2: 1.0, 3: 0.0})
    assert close[0][0] == 2
    clear = hybrid({1: 0.95, 2: 0.50, 3: 0.45, 4: 0.40}, {2: 5.0}, {2: 0.3})
    assert clear[0][0] == 1
    assert hybrid({}, {7: 1.0}, {}) == [(7, 1.0)]
    assert hybrid({}, {}, {}) == []


def test_snippet_marks_prefix_matches_and_windows_long_text():
    text = "x " * 300 + "Die Preise für Buchhaltung stehen hier. " + "y " * 300
    out = knowledge_search.snippet(text, ["preis", "buchhaltung"])
    assert "«Preise»" in out and "«Buchhaltung»" in out and out.startswith("…") and out.endswith("…")
    assert len(out) <= knowledge_search.SNIPPET_CHARS + 20
    assert knowledge_search.snippet("short text", []) == "short text"
