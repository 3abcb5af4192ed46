"""Fetching a web page or a document by URL, safely: http(s) only, bounded in size and time.

Redirects are followed by hand (at most five), so every hop is checked: a
server cannot send us to ``file:``, ``ftp:`` or ``javascript:``. The body is
streamed and dropped at ``max_bytes``; one deadline covers the whole exchange,
so a server trickling a byte at a time fails at the timeout instead of hanging
the ingestion. The bytes then go through the same extractors as files.
"""

from __future__ import annotations

import contextlib
import time

import httpx

from secretary.errors import InvalidInput, RateLimited, RemoteUnavailable
from secretary.knowledge import ExtractedDocument
from services import retry_after
from services.knowledge.extract import DOCX_MIME, extract_bytes

MAX_REDIRECTS = 5
USER_AGENT = "AI-Secretary/0.1 (knowledge base; +on-premises)"
_KINDS = {"text/html": "text/html", "application/xhtml+xml": "text/html", "text/plain": "text/plain",
          "text/markdown": "text/markdown", "text/x-markdown": "text/markdown", "application/pdf": "application/pdf",
          DOCX_MIME: DOCX_MIME, "application/octet-stream": None, "binary/octet-stream": None, "": None}


def fetch_url(url: str, *, max_bytes: int = 10 * 2**20, timeout: float = 15.0,
              transport: httpx.BaseTransport | None = None) -> ExtractedDocument:
    """Download ``url`` and extract its text (HTML main text, plain text, Markdown, PDF or DOCX).

    Raises ``InvalidInput`` for a bad or non-HTTP address, a redirect to one, a
    page that is too large, not found or of an unsupported type, and
    ``RemoteUnavailable`` when the server cannot be reached, is too slow or
    fails (5xx); ``RateLimited`` on HTTP 429. ``uri`` of the result is ``url``.
    """
    current = _checked(url, url, url)
    deadline = time.monotonic() + timeout
    seen: list[httpx.Response] = []  # httpx itself chokes on some Location values; we still want to name them
    try:
        with httpx.Client(transport=transport, follow_redirects=False, event_hooks={"response": [seen.append]},
                          headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain,application/pdf,*/*;q=0.5"}
                          ) as client:
            for _ in range(MAX_REDIRECTS + 1):
                step = _remaining(url, deadline, timeout)
                with contextlib.ExitStack() as stack:
                    try:
                        response = stack.enter_context(client.stream("GET", current, timeout=httpx.Timeout(step)))
                    except httpx.InvalidURL:
                        if seen and seen[-1].has_redirect_location:
                            _redirect_target(url, seen[-1])  # raises InvalidInput for a non-web target
                        raise
                    if response.has_redirect_location:
                        current = _redirect_target(url, response)
                        continue
                    _check_status(url, response)
                    body = _read_body(url, response, max_bytes, deadline, timeout)
                    content_type = response.headers.get("content-type", "")
                    final_url = str(response.url)
                    break
            else:
                raise InvalidInput(f"{url}: the address redirects more than {MAX_REDIRECTS} times", url=url)
    except httpx.TimeoutException:
        raise RemoteUnavailable(f"{url}: the server did not answer within {timeout:g} s", url=url) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise InvalidInput(f"{url}: this is not a valid web address ({exc})", url=url) from None
    except httpx.ConnectError:
        raise RemoteUnavailable(f"{url}: the server cannot be reached; check the address and the network",
                                url=url) from None
    except httpx.HTTPError as exc:
        raise RemoteUnavailable(f"{url}: the download failed ({type(exc).__name__})", url=url) from None
    return _extract(url, final_url, body, content_type)


def _checked(url: str, target: str, shown: str | None = None) -> str:
    """``target`` if it is an absolute http(s) address, else ``InvalidInput`` naming ``url`` (and ``shown``)."""
    try:
        parsed = httpx.URL(target.strip())
    except (httpx.InvalidURL, TypeError, ValueError):
        raise InvalidInput(f"{url}: this is not a valid web address", url=url) from None
    if parsed.scheme not in ("http", "https"):
        what = f"{parsed.scheme}:" if parsed.scheme else "an address without http:// or https://"
        if shown == url:
            raise InvalidInput(f"{url}: only http and https addresses can be added, not {what}", url=url)
        raise InvalidInput(f"{url}: the server redirected to {shown or target}, which is not a web address; "
                           "only http and https are followed", url=url, location=shown or target)
    if not parsed.host:
        raise InvalidInput(f"{url}: the address has no host name", url=url)
    return str(parsed)


def _redirect_target(url: str, response: httpx.Response) -> str:
    location = response.headers.get("location", "").strip()
    if not location:
        raise InvalidInput(f"{url}: the server answered with a redirect but gave no address", url=url)
    try:
        target = str(response.url.join(location))
    except (httpx.InvalidURL, ValueError):
        raise InvalidInput(f"{url}: the server redirected to an invalid address ({location})", url=url) from None
    return _checked(url, target, location)


def _check_status(url: str, response: httpx.Response) -> None:
    status = response.status_code
    if status < 400:
        return
    if status == 429:
        raise RateLimited(f"{url}: the server asks us to slow down (HTTP 429); try again later", url=url,
                          retry_after=retry_after.seconds(response.headers.get("retry-after")))
    if status >= 500:
        raise RemoteUnavailable(f"{url}: the server failed (HTTP {status}); try again later", url=url)
    reason = {401: "needs a login", 403: "refuses access", 404: "was not found", 410: "is gone"}.get(status)
    raise InvalidInput(f"{url}: the page {reason or 'cannot be fetched'} (HTTP {status})", url=url, status=status)





def _read_body(url: str, response: httpx.Response, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """The body, refused beyond ``max_bytes`` (declared or received) and cut off at the deadline."""
    too_large = InvalidInput(f"{url}: the download is larger than the {max_bytes / 2**20:g} MB limit", url=url)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    body = bytearray()
    for block in response.iter_bytes():  # decoded (gzip) bytes, so a compressed bomb counts at its full size
        body += block
        if len(body) > max_bytes:
            raise too_large
        _remaining(url, deadline, timeout)
    return bytes(body)


def _remaining(url: str, deadline: float, timeout: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise RemoteUnavailable(f"{url}: the server did not answer within {timeout:g} s", url=url)
    return left


def _extract(url: str, final_url: str, body: bytes, content_type: str) -> ExtractedDocument:
    media_type, _, params = content_type.partition(";")
    media_type = media_type.strip().lower()
    charset = next((p.split("=", 1)[1].strip().strip("\"'") for p in params.split(";")
                    if p.strip().lower().startswith("charset=")), None)
    if media_type not in _KINDS and not media_type.startswith("text/"):
        raise InvalidInput(f"{url}: the address serves {media_type}, which is not a supported document; "
                           "PDF, Word (DOCX), HTML and text can be added", url=url)
    kind = _KINDS.get(media_type, "text/plain")
    suffix = {"application/pdf": ".pdf", DOCX_MIME: ".docx"}.get(kind or "", "")
    doc = extract_bytes(body, name=url, uri=url, suffix=suffix, mime_type=kind if kind and suffix == "" else None,
                        charset=charset)
    if final_url != url:
        doc.metadata["final_url"] = final_url
    return doc
