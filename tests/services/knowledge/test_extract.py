"""Extraction of files and URLs: every format in en/de/uk, and every bad input refused clearly."""

from __future__ import annotations

import io
import os
import struct
import time
import zipfile
from pathlib import Path

import docx
import httpx
import pytest
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfWriter

from secretary.chunking import chunk_document
from secretary.errors import InvalidInput, NotFound, RateLimited, RemoteUnavailable
from services.knowledge.extract import extract_bytes, extract_file
from services.knowledge.fetch import fetch_url
from tests.fakes.web_server import Reply, WebServer, closed_port

FONTS = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
         Path("/Library/Fonts/Arial Unicode.ttf"), Path("C:/Windows/Fonts/arial.ttf")]
PAGES = {
    "en": ["Prices", "Bookkeeping costs 50 EUR per hour for small firms.", "Payroll is 12 EUR per employee."],
    "de": ["Preise", "Die Buchhaltung kostet 50 Euro pro Stunde für kleine Firmen.", "Lohnabrechnung: 12 € je Kopf, "
           "Größe und Straße inklusive."],
    "uk": ["Ціни", "Бухгалтерія коштує 50 євро на годину для малих фірм.", "Зарплата: 12 євро за працівника, ґанок."],
}


def make_pdf(path: Path, pages: list[str], title: str | None = None) -> Path:
    pdf = FPDF()
    font = next((f for f in FONTS if f.exists()), None)
    if font is not None:
        pdf.add_font("Uni", fname=str(font))
        pdf.set_font("Uni", size=12)
    elif any(ord(ch) > 255 for page in pages for ch in page):
        pytest.skip("no Unicode TrueType font on this machine for a Cyrillic PDF")
    else:
        pdf.set_font("Helvetica", size=12)
    if title:
        pdf.set_title(title)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 10, text)
    pdf.output(str(path))
    return path


def make_docx(path: Path, lang: str) -> Path:
    heading, first, second = PAGES[lang]
    document = docx.Document()
    document.core_properties.title = f"{heading} 2024"
    document.add_heading(heading, level=1)
    document.add_paragraph(first)
    document.add_heading(second.split(":")[0].split(" ")[0], level=2)
    document.add_paragraph(second, style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for (row, col), value in {(0, 0): "A1", (0, 1): "B1", (1, 0): "A2", (1, 1): heading}.items():
        table.cell(row, col).text = value
    document.save(str(path))
    return path


def refused(call, *args, **kwargs) -> str:
    with pytest.raises(InvalidInput) as caught:
        call(*args, **kwargs)
    return caught.value.message


# --- happy paths ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "de", "uk"])
def test_pdf_text_is_read_per_page(tmp_path, lang):
    path = make_pdf(tmp_path / f"prices-{lang}.pdf", PAGES[lang], title=f"{PAGES[lang][0]} 2024")
    doc = extract_file(path)
    assert doc.title == f"{PAGES[lang][0]} 2024" and doc.mime_type == "application/pdf" and doc.uri == str(path)
    assert [p.number for p in doc.pages] == [1, 2, 3]
    for span, expected in zip(doc.pages, PAGES[lang], strict=True):
        assert " ".join(doc.text[span.start:span.end].split()) == expected
    chunks = chunk_document(doc, max_chars=40, overlap=0, min_chars=0)
    assert {c.page for c in chunks} == {1, 2, 3}
    assert all(next(p.number for p in doc.pages if p.start <= c.char_start < p.end) == c.page for c in chunks)


def test_pdf_title_falls_back_to_the_file_name_and_pdf_named_txt_is_read_as_pdf(tmp_path):
    path = make_pdf(tmp_path / "angebot.pdf", ["Angebot für Ihre Firma."])
    assert extract_file(path).title == "angebot"
    disguised = tmp_path / "notes.txt"
    disguised.write_bytes(path.read_bytes())
    doc = extract_file(disguised)
    assert doc.mime_type == "application/pdf" and "Angebot für Ihre Firma." in doc.text


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    writer = PdfWriter(clone_from=make_pdf(tmp_path / "plain.pdf", ["Readable without a password."]))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    writer.write(tmp_path / "restricted.pdf")
    assert extract_file(tmp_path / "restricted.pdf").text == "Readable without a password."


@pytest.mark.parametrize("lang", ["en", "de", "uk"])
def test_docx_headings_lists_and_tables(tmp_path, lang):
    heading, first, second = PAGES[lang]
    doc = extract_file(make_docx(tmp_path / f"doc-{lang}.docx", lang))
    sub = second.split(":")[0].split(" ")[0]
    assert doc.text == f"# {heading}\n\n{first}\n\n## {sub}\n\n- {second}\n\nA1 | B1\nA2 | {heading}"
    assert doc.title == f"{heading} 2024"
    chunks = chunk_document(doc, max_chars=80, overlap=0, min_chars=0)
    assert chunks[-1].heading_path == f"{heading} > {sub}"


@pytest.mark.parametrize("lang", ["en", "de", "uk"])
def test_markdown_and_text_files(tmp_path, lang):
    heading, first, second = PAGES[lang]
    (tmp_path / "a.md").write_text(f"# {heading}\n\n{first}\r\n\r\n## Details\n\n{second}\n", "utf-8")
    md = extract_file(tmp_path / "a.md")
    assert (md.title, md.mime_type) == (heading, "text/markdown")
    assert md.text == f"# {heading}\n\n{first}\n\n## Details\n\n{second}\n"
    for encoding in ("utf-8", "utf-8-sig", "utf-16", {"en": "cp1252", "de": "cp1252", "uk": "cp1251"}[lang]):
        (tmp_path / "b.txt").write_bytes(f"{first}\n{second}".replace("€", "EUR").encode(encoding))
        txt = extract_file(tmp_path / "b.txt")
        assert txt.text == f"{first}\n{second}".replace("€", "EUR"), encoding
        assert (txt.title, txt.mime_type) == ("b", "text/plain")


@pytest.mark.parametrize("lang", ["en", "de", "uk"])
def test_html_main_text_with_headings(tmp_path, lang):
    heading, first, second = PAGES[lang]
    page = (f"<!doctype html><html><head><meta charset='utf-8'><title>{heading} &amp; mehr</title>"
            f"<style>body {{ color: red }}</style></head><body><nav>Home | Impressum</nav><main>"
            f"<h1>{heading}</h1><p>{first}</p><h2>Details</h2><p>{second}</p></main></body></html>")
    (tmp_path / "page.html").write_text(page, "utf-8")
    doc = extract_file(tmp_path / "page.html")
    assert doc.title == f"{heading} & mehr" and doc.mime_type == "text/html"
    assert f"# {heading}\n\n{first}\n\n## Details\n\n{second}" in doc.text
    assert "color: red" not in doc.text


# --- bad files -----------------------------------------------------------------------------------------------

def test_corrupt_pdf(tmp_path):
    good = make_pdf(tmp_path / "good.pdf", ["Some text."]).read_bytes()
    (tmp_path / "contract.pdf").write_bytes(good[: len(good) // 3])
    (tmp_path / "junk.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    for name in ("contract.pdf", "junk.pdf"):
        assert refused(extract_file, tmp_path / name) == f"{name}: the PDF is damaged and cannot be read"


def test_encrypted_pdf(tmp_path):
    writer = PdfWriter(clone_from=make_pdf(tmp_path / "plain.pdf", ["Secret terms."]))
    writer.encrypt("secret", algorithm="AES-256")
    writer.write(tmp_path / "contract.pdf")
    assert refused(extract_file, tmp_path / "contract.pdf") == (
        "contract.pdf: the PDF is encrypted; remove the password and add it again")


def test_empty_pdfs(tmp_path):
    PdfWriter().write(tmp_path / "nopages.pdf")
    assert refused(extract_file, tmp_path / "nopages.pdf") == "nopages.pdf: the PDF has no pages"
    blank = PdfWriter()
    blank.add_blank_page(595, 842)
    blank.write(tmp_path / "scan.pdf")
    assert refused(extract_file, tmp_path / "scan.pdf") == (
        "scan.pdf: the PDF contains no text (it may be a scanned image; text recognition is not supported)")


def test_binary_files_with_document_names(tmp_path):
    (tmp_path / "report.docx").write_bytes(bytes(range(256)) * 40)
    assert refused(extract_file, tmp_path / "report.docx") == (
        "report.docx: the file is not a valid Word document (DOCX); it may be damaged or of another type")
    (tmp_path / "photo.docx").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))
    assert refused(extract_file, tmp_path / "photo.docx") == (
        "photo.docx: the file is a PNG image, not a document; add PDF, Word (DOCX), Markdown, text or HTML files")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert "old Word .doc file" in refused(extract_file, tmp_path / "old.doc")
    (tmp_path / "data.txt").write_bytes(b"text\x00\x01\x02" * 100)
    assert refused(extract_file, tmp_path / "data.txt") == "data.txt: the file holds binary data, not text"
    sheet = tmp_path / "sheet.docx"
    with zipfile.ZipFile(sheet, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert "a ZIP archive but not a Word document" in refused(extract_file, sheet)
    (tmp_path / "broken.docx").write_bytes(make_docx(tmp_path / "ok.docx", "en").read_bytes()[:3000])
    assert refused(extract_file, tmp_path / "broken.docx") == (
        "broken.docx: the Word document is damaged and cannot be read")


def _bomb(path: Path, size: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_rels/.rels", "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/"
                         "relationships'><Relationship Id='r' Type='http://schemas.openxmlformats.org/"
                         "officeDocument/2006/relationships/officeDocument' Target='word/document.xml'/>"
                         "</Relationships>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            zeros = bytes(2**20)
            for _ in range(size // 2**20):
                member.write(zeros)
    return path


def test_docx_zip_bomb_is_refused_from_its_directory(tmp_path):
    bomb = _bomb(tmp_path / "bomb.docx", 210 * 2**20)
    assert bomb.stat().st_size < 2**20
    started = time.perf_counter()
    assert refused(extract_file, bomb) == (
        "bomb.docx: the document would unpack to more than 200 MB, which looks like a zip bomb; it was not opened")
    assert time.perf_counter() - started < 1


def test_docx_zip_bomb_with_a_lying_directory_is_capped(tmp_path):
    data = bytearray(_bomb(tmp_path / "bomb.docx", 210 * 2**20).read_bytes())
    # The central directory, which zipfile trusts, now declares 1 KB for the 210 MB member.
    entry = data.find(b"word/document.xml", data.find(b"PK\x01\x02")) - 46
    assert data[entry:entry + 4] == b"PK\x01\x02"
    data[entry + 24:entry + 28] = struct.pack("<I", 1024)
    (tmp_path / "liar.docx").write_bytes(bytes(data))
    started = time.perf_counter()
    assert refused(extract_file, tmp_path / "liar.docx") == "liar.docx: the Word document is damaged and cannot be read"
    assert time.perf_counter() - started < 2


def test_two_gigabyte_file_is_refused_before_reading(tmp_path):
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(2 * 2**30)
    started = time.perf_counter()
    assert refused(extract_file, tmp_path / "huge.txt") == (
        "huge.txt: the file is 2 GB, larger than the 50 MB limit; split it into smaller files")
    assert time.perf_counter() - started < 0.5


def test_missing_empty_and_folder(tmp_path):
    with pytest.raises(NotFound, match="gone.pdf: the file does not exist"):
        extract_file(tmp_path / "gone.pdf")
    (tmp_path / "empty.md").write_bytes(b"")
    assert refused(extract_file, tmp_path / "empty.md") == "empty.md: the file is empty"
    assert "is a folder" in refused(extract_file, tmp_path)


def test_html_scripts_are_dropped_and_markup_in_text_is_kept_as_text(tmp_path):
    page = ("<html><head><title>Contact</title><script>var token = 'SCRIPT-SECRET';</script></head><body>"
            "<article><h1>Contact form</h1><p>Never paste &lt;script&gt;alert(\"xss\")&lt;/script&gt; into the "
            "form; we store messages as plain text only, which is the safe way.</p>"
            "<script>document.write('INLINE-SCRIPT')</script><noscript>NOSCRIPT-TEXT</noscript>"
            "<p>Write to us at info@example.com *any* time.</p></article></body></html>")
    (tmp_path / "contact.htm").write_text(page, "utf-8")
    doc = extract_file(tmp_path / "contact.htm")
    assert "SCRIPT-SECRET" not in doc.text and "INLINE-SCRIPT" not in doc.text and "document.write" not in doc.text
    assert 'Never paste <script>alert("xss")</script> into the form' in doc.text
    assert "info@example.com *any* time." in doc.text
    assert doc.text.startswith("# Contact form")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe"]),
       st.binary(max_size=3000), st.sampled_from(["", ".pdf", ".docx", ".md", ".txt", ".html"]))
def test_any_bytes_give_a_document_or_invalid_input(prefix, data, suffix):
    try:
        doc = extract_bytes(prefix + data, name="x" + suffix, uri="x" + suffix, suffix=suffix)
    except InvalidInput as exc:
        assert exc.message.startswith("x" + suffix + ": ")
    else:
        assert doc.text.strip()


# --- URLs ----------------------------------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    """Local test servers are reached directly, whatever proxy the machine is set up with."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def web():
    uk = "Ціни на бухгалтерію: 50 євро на годину."
    routes = {
        "/page": Reply(body=("<html><head><title>Preise</title><script>alert('SCRIPT')</script></head><body>"
                             "<article><h1>Preise</h1><p>Die Buchhaltung kostet 50 Euro pro Stunde für kleine "
                             "Firmen.</p></article></body></html>").encode()),
        "/uk.txt": Reply(body=uk.encode("cp1251"), content_type="text/plain; charset=windows-1251"),
        "/moved": Reply(302, headers={"Location": "/page"}),
        "/to-file": Reply(302, headers={"Location": "file:///etc/passwd"}),
        "/to-js": Reply(301, headers={"Location": "javascript:alert(1)"}),
        "/loop": Reply(302, headers={"Location": "/loop"}),
        "/slow": Reply(trickle=0.05),
        "/silent": Reply(trickle=30.0),
        "/huge": Reply(body=b"a" * (2 * 2**20), content_type="text/plain"),
        "/huge-chunked": Reply(body=b"a " * 2**20, content_type="text/plain", send_length=False),
        "/missing": Reply(404, b"nope"),
        "/down": Reply(503, b"maintenance"),
        "/busy": Reply(429, b"slow down", headers={"Retry-After": "7"}),
        "/image": Reply(body=b"\x89PNG\r\n\x1a\n", content_type="image/png"),
    }
    with WebServer(routes) as server:
        yield server


def test_url_html_and_text(web, tmp_path):
    doc = fetch_url(web.url("/page"))
    assert (doc.uri, doc.title, doc.mime_type) == (web.url("/page"), "Preise", "text/html")
    assert "Die Buchhaltung kostet 50 Euro" in doc.text and "SCRIPT" not in doc.text
    assert fetch_url(web.url("/uk.txt")).text == "Ціни на бухгалтерію: 50 євро на годину."
    moved = fetch_url(web.url("/moved"))
    assert (moved.title, moved.uri, moved.metadata["final_url"]) == ("Preise", web.url("/moved"), web.url("/page"))
    web.routes["/doc.pdf"] = Reply(body=make_pdf(tmp_path / "p.pdf", PAGES["uk"]).read_bytes(),
                                   content_type="application/octet-stream")
    pdf = fetch_url(web.url("/doc.pdf"))
    assert pdf.mime_type == "application/pdf" and len(pdf.pages) == 3


def test_unreachable_url():
    url = f"http://127.0.0.1:{closed_port()}/"
    with pytest.raises(RemoteUnavailable) as caught:
        fetch_url(url, timeout=5)
    assert caught.value.message == f"{url}: the server cannot be reached; check the address and the network"


@pytest.mark.parametrize("path", ["/slow", "/silent"])
def test_slow_url_fails_within_the_timeout(web, path):
    started = time.perf_counter()
    with pytest.raises(RemoteUnavailable) as caught:
        fetch_url(web.url(path), timeout=1.0)
    assert time.perf_counter() - started < 2.5
    assert caught.value.message == f"{web.url(path)}: the server did not answer within 1 s"


def test_redirects_to_other_schemes_are_refused(web):
    for path, target in (("/to-file", "file:///etc/passwd"), ("/to-js", "javascript:alert(1)")):
        assert refused(fetch_url, web.url(path)) == (
            f"{web.url(path)}: the server redirected to {target}, which is not a web address; "
            "only http and https are followed")
    assert refused(fetch_url, web.url("/loop")) == f"{web.url('/loop')}: the address redirects more than 5 times"
    assert web.requests.count("/loop") == 6


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/a.pdf", "javascript:alert(1)",
                                 "example.com/page"])
def test_non_http_addresses_are_refused_up_front(url):
    assert refused(fetch_url, url).startswith(f"{url}: only http and https addresses can be added, not ")


def test_oversized_url_body(web):
    for path in ("/huge", "/huge-chunked"):
        assert refused(fetch_url, web.url(path), max_bytes=2**20) == (
            f"{web.url(path)}: the download is larger than the 1 MB limit")


def test_http_errors_and_unsupported_types(web):
    assert refused(fetch_url, web.url("/missing")) == f"{web.url('/missing')}: the page was not found (HTTP 404)"
    with pytest.raises(RemoteUnavailable, match=r"failed \(HTTP 503\)"):
        fetch_url(web.url("/down"))
    with pytest.raises(RateLimited) as caught:
        fetch_url(web.url("/busy"))
    assert caught.value.retry_after == 7
    assert "serves image/png, which is not a supported document" in refused(fetch_url, web.url("/image"))


def test_transport_can_be_injected():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "text/markdown"}, content=b"# Hallo\n\nWelt.")

    doc = fetch_url("https://example.test/readme.md", transport=httpx.MockTransport(handler))
    assert (doc.title, doc.text, doc.mime_type) == ("Hallo", "# Hallo\n\nWelt.", "text/markdown")


def test_gzip_body_counts_at_its_unpacked_size():
    import gzip

    packed = gzip.compress(b"a" * (3 * 2**20))

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "text/plain", "Content-Encoding": "gzip"},
                              stream=httpx.ByteStream(packed))

    with pytest.raises(InvalidInput, match="larger than the 1 MB limit"):
        fetch_url("https://example.test/z", max_bytes=2**20, transport=httpx.MockTransport(handler))
    assert io.BytesIO(packed).getbuffer().nbytes < 2**20
