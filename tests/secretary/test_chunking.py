"""Chunking: coverage, limits, offsets, pages and heading paths, checked against a simple reference."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretary.chunking import chunk_document
from secretary.knowledge import ChunkDraft, ExtractedDocument, PageSpan

_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t\r]*")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")


def reference_headings(text: str) -> list[tuple[int, int, int, str]]:
    """Heading lines found line by line: (start, end, level, title), none inside fenced code."""
    found = []
    fence = None
    offset = 0
    for line in text.split("\n"):
        fence_match = _FENCE.fullmatch(line)
        heading = _HEADING.fullmatch(line)
        if fence_match:
            marker, rest = fence_match.groups()
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence) and not rest.strip():
                fence = None
        elif heading and fence is None:
            title = re.sub(r"(?:^|[ \t]+)#+[ \t]*$", "", (heading.group(2) or "").strip()).strip()
            found.append((offset, offset + len(line), len(heading.group(1)), title))
        offset += len(line) + 1
    return found


class Reference:
    """Which characters are body text and which heading path is in force at each of them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.headings = reference_headings(text)
        self.in_heading = [False] * len(text)
        for start, end, _, _ in self.headings:
            for i in range(start, end):
                self.in_heading[i] = True

    def path_at(self, offset: int) -> str | None:
        stack: list[tuple[int, str]] = []
        for start, _, level, title in self.headings:
            if start >= offset:
                break
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, title))
        return " > ".join(title for _, title in stack if title) or None

    def next_body(self, offset: int) -> int:
        return next((i for i in range(offset, len(self.text))
                     if not self.text[i].isspace() and not self.in_heading[i]), len(self.text))

    def body(self, chunk: ChunkDraft) -> list[int]:
        return [i for i in range(chunk.char_start, chunk.char_end)
                if not self.text[i].isspace() and not self.in_heading[i]]


def is_prefix(path: str | None, of: str | None) -> bool:
    parts = path.split(" > ") if path else []
    other = of.split(" > ") if of else []
    return other[:len(parts)] == parts


WORDS = ["Preis", "price", "ціна", "Straße", "ґанок", "їжак", "a", "bookkeeping", "Є", "x1", "#tag", "C#", "…"]
word = st.sampled_from(WORDS) | st.text(alphabet="abcäöüßабвґєії.,!?#`~ -", min_size=1, max_size=12)
sentence = st.lists(word, min_size=1, max_size=25).map(" ".join).map(lambda s: s + st_end(s))


def st_end(s: str) -> str:
    return "." if len(s) % 3 else "!"


paragraph = st.lists(sentence, min_size=1, max_size=8).map(lambda ss: " ".join(ss))
heading = st.tuples(st.integers(1, 6), st.lists(word, min_size=0, max_size=4).map(" ".join)).map(
    lambda h: "#" * h[0] + " " + h[1])
fence = st.sampled_from(["```", "~~~", "```python", "````"])
block = st.one_of(paragraph, paragraph, heading, fence, st.just(""), st.text(alphabet=" \t#`~\n\r", max_size=6))
separator = st.sampled_from(["\n", "\n\n", "\n \n", "\n\n\n", "\r\n", " \n"])
structured = st.lists(st.tuples(block, separator), max_size=40).map(lambda bs: "".join(b + s for b, s in bs))
chaotic = st.text(alphabet="ab #\n.`~ї\t!", max_size=600)
documents = st.one_of(structured, structured, chaotic)
sizes = st.tuples(st.integers(1, 700), st.integers(0, 300), st.integers(0, 400)).map(
    lambda t: (t[0], min(t[1], t[0] - 1), t[2]))


def doc_of(text: str, pages: tuple[PageSpan, ...] = ()) -> ExtractedDocument:
    return ExtractedDocument(uri="mem://doc", title="Doc", text=text, mime_type="text/markdown", pages=pages)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, sizes)
def test_chunks_are_exact_slices_within_limits_and_cover_all_text(text, size):
    max_chars, overlap, min_chars = size
    chunks = chunk_document(doc_of(text), max_chars=max_chars, overlap=overlap, min_chars=min_chars)
    covered = [False] * len(text)
    for position, chunk in enumerate(chunks):
        assert chunk.position == position
        assert chunk.text == text[chunk.char_start:chunk.char_end]
        assert chunk.text and chunk.text == chunk.text.strip()
        assert len(chunk.text) <= max_chars
        assert chunk.page is None
        for i in range(chunk.char_start, chunk.char_end):
            covered[i] = True
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace())
    starts = [c.char_start for c in chunks]
    assert starts == sorted(set(starts))
    assert chunks == chunk_document(doc_of(text), max_chars=max_chars, overlap=overlap, min_chars=min_chars)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, sizes)
def test_heading_paths_name_the_section_of_every_body_character(text, size):
    max_chars, overlap, min_chars = size
    ref = Reference(text)
    chunks = chunk_document(doc_of(text), max_chars=max_chars, overlap=overlap, min_chars=min_chars)
    for chunk in chunks:
        body = ref.body(chunk)
        # The path in force at the first body character; a chunk of headings only takes the path of the
        # body that follows them.
        assert chunk.heading_path == ref.path_at(ref.next_body(chunk.char_start))
        for i in body:
            assert is_prefix(chunk.heading_path, ref.path_at(i)), (chunk, i)
    for before, after in zip(chunks, chunks[1:], strict=False):
        if after.char_start < before.char_end:  # overlap: only inside one section cut by size
            assert overlap > 0
            assert before.heading_path == after.heading_path
            assert all(ref.path_at(i) == after.heading_path for i in ref.body(before) + ref.body(after))
            assert before.char_end - after.char_start <= max(overlap, min_chars)


@settings(max_examples=200, deadline=None)
@given(documents, st.lists(st.integers(0, 10_000), max_size=6), sizes)
def test_page_is_the_page_where_the_chunk_starts(text, cuts, size):
    bounds = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    pages = tuple(PageSpan(n + 1, a, b) for n, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)))
    max_chars, overlap, min_chars = size
    for chunk in chunk_document(doc_of(text, pages), max_chars=max_chars, overlap=overlap, min_chars=min_chars):
        [page] = [p.number for p in pages if p.start <= chunk.char_start < p.end]
        assert chunk.page == page


def test_english_sections_get_heading_paths():
    text = ("# Prices\n\n## Bookkeeping\n\nBookkeeping costs 50 EUR per hour for firms with fewer than ten "
            "employees.\n\n## Payroll\n\nPayroll is 12 EUR per employee and month.\n\n# Contact\n\nCall us.\n")
    chunks = chunk_document(doc_of(text), max_chars=200, overlap=20, min_chars=0)
    assert [(c.heading_path, c.text.splitlines()[-1]) for c in chunks] == [
        ("Prices > Bookkeeping", "Bookkeeping costs 50 EUR per hour for firms with fewer than ten employees."),
        ("Prices > Payroll", "Payroll is 12 EUR per employee and month."),
        ("Contact", "Call us."),
    ]
    assert chunks[0].text.startswith("# Prices\n\n## Bookkeeping")  # a bare heading joins the next section


def test_german_long_section_is_cut_at_sentences_with_overlap():
    sentences = [f"Satz {i}: Die Lohnabrechnung kostet 12 Euro je Mitarbeiter und Monat." for i in range(40)]
    text = "# Preise\n\n## Lohnabrechnung\n\n" + " ".join(sentences) + "\n\n## Buchhaltung\n\nNach Aufwand."
    chunks = chunk_document(doc_of(text), max_chars=500, overlap=150, min_chars=0)
    long = [c for c in chunks if c.heading_path == "Preise > Lohnabrechnung"]
    assert len(long) > 3
    for before, after in zip(long, long[1:], strict=False):
        assert before.text.endswith(".")  # cut at a sentence end
        assert after.text.startswith("Satz ")  # the overlap starts at a sentence
        assert 0 < before.char_end - after.char_start <= 150
    assert chunks[-1].heading_path == "Preise > Buchhaltung" and chunks[-1].text.endswith("Nach Aufwand.")
    assert chunks[-1].char_start >= long[-1].char_end  # no overlap across sections


def test_ukrainian_small_section_takes_in_its_subsections_but_not_its_siblings():
    text = ("# Ціни\n\nМи працюємо чесно.\n\n## Бухгалтерія\n\nБухгалтерія коштує 50 євро на годину.\n\n"
            "## Зарплата\n\nЗарплата — 12 євро за працівника.\n\n# Контакти\n\nТелефонуйте нам.")
    chunks = chunk_document(doc_of(text), max_chars=1200, overlap=150, min_chars=200)
    assert [c.heading_path for c in chunks] == ["Ціни", "Контакти"]
    assert "Зарплата — 12 євро" in chunks[0].text and "Телефонуйте" not in chunks[0].text
    small = chunk_document(doc_of(text), max_chars=1200, overlap=150, min_chars=0)
    assert [c.heading_path for c in small] == ["Ціни", "Ціни > Бухгалтерія", "Ціни > Зарплата", "Контакти"]


def test_headings_inside_code_fences_and_without_space_are_text():
    text = "# Setup\n\n```bash\n# not a heading\n```\n\n#hashtag is text\n\n## Real One ##\n\nBody."
    chunks = chunk_document(doc_of(text), max_chars=40, overlap=0, min_chars=0)
    assert [c.heading_path for c in chunks] == ["Setup", "Setup", "Setup > Real One"]


def test_pages_of_a_pdf_like_document():
    pages_text = ["Page one talks about prices.", "Page two is about payroll.", "Page three: contact."]
    text, spans = "", []
    for number, page in enumerate(pages_text, 1):
        spans.append(PageSpan(number, len(text), len(text) + len(page)))
        text += page + "\n\n"
    chunks = chunk_document(doc_of(text, tuple(spans)), max_chars=30, overlap=0, min_chars=0)
    assert [(c.page, c.text) for c in chunks] == [(1, pages_text[0]), (2, pages_text[1]), (3, pages_text[2])]


def test_text_without_spaces_is_cut_hard_and_empty_text_gives_nothing():
    chunks = chunk_document(doc_of("x" * 2500), max_chars=1000, overlap=100, min_chars=0)
    assert [len(c.text) for c in chunks] == [1000, 1000, 700]
    assert chunk_document(doc_of("  \n\t \n")) == []


@pytest.mark.parametrize("kwargs", [{"max_chars": 0}, {"overlap": -1}, {"overlap": 1200}, {"min_chars": -5}])
def test_bad_sizes_are_refused(kwargs):
    with pytest.raises(ValueError):
        chunk_document(doc_of("text"), **kwargs)


def test_a_megabyte_is_chunked_in_well_under_a_second():
    section = "## Abschnitt\n\n" + ("Ein Satz über Buchhaltung und Preise. " * 12 + "\n\n") * 8
    text = ("# Handbuch\n\n" + section * 400)[:1_000_000]
    started = time.perf_counter()
    chunks = chunk_document(doc_of(text))
    assert time.perf_counter() - started < 1.0
    assert len(chunks) > 500
