"""A local stand-in of the GLEIF API (``/api/v1/lei-records``) over real HTTP.

It serves the two real records saved in ``/work/shared/kyb-fixtures/gleif/``
(9845001B2AD43E664E58, ISSUED; 549300LBI3LRIZ2V8V66, LAPSED) byte for byte,
plus records added with :meth:`FakeGleif.add`. Routes as the real API:

* ``GET /api/v1/lei-records/{lei}`` → ``{"meta": {"goldenCopy": …}, "data": {…}}`` or 404
  with a JSON:API ``errors`` body;
* ``GET /api/v1/lei-records/{lei}/direct-parent`` and ``/ultimate-parent`` → the
  parent's record, or 404 when none is reported. When a parent is set with
  :meth:`set_parent` the child's ``relationships`` links change from
  ``reporting-exception`` to ``lei-record`` + ``relationship-record``, as GLEIF's do;
* ``GET /api/v1/lei-records?filter[entity.legalName]=…&page[size]=N`` → a list
  (``data`` array, ``meta.pagination``). The filter here is a case-insensitive
  substring match — GLEIF's own matching rules are not reproduced.

Failures on demand for the next request(s): ``fail_next(429, retry_after=7)``,
``fail_next(500)``, ``malformed_next()`` (200 with a truncated JSON body).
Every request path is kept in ``requests``.
"""

from __future__ import annotations

import copy
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

FIXTURES = Path("/work/shared/kyb-fixtures/gleif")
ISSUED_LEI = "9845001B2AD43E664E58"
LAPSED_LEI = "549300LBI3LRIZ2V8V66"
FIXTURE_FILES = {ISSUED_LEI: "lei-record_9845001B2AD43E664E58_issued.json",
                 LAPSED_LEI: "lei-record_549300LBI3LRIZ2V8V66_lapsed.json"}
GOLDEN_COPY = {"goldenCopy": {"publishDate": "2024-07-06T08:00:00Z"}}


def fixture(lei: str) -> dict[str, Any]:
    """The saved real answer for one of the two fixture LEIs."""
    return json.loads((FIXTURES / FIXTURE_FILES[lei]).read_text(encoding="utf-8"))


def minimal_record(lei: str, name: str, *, country: str = "DE", status: str = "ISSUED") -> dict[str, Any]:
    """A small but well-formed ``data`` object for extra test records."""
    address = {"language": "de", "addressLines": ["Musterstraße 1"], "city": "Berlin", "region": None,
               "country": country, "postalCode": "10115"}
    return {"type": "lei-records", "id": lei, "attributes": {
        "lei": lei,
        "entity": {"legalName": {"name": name, "language": "de"}, "otherNames": [], "transliteratedOtherNames": [],
                   "legalAddress": address, "headquartersAddress": address,
                   "registeredAt": {"id": "RA000197", "other": None}, "registeredAs": "HRB 1",
                   "jurisdiction": country, "category": "GENERAL", "legalForm": {"id": "2HBR", "other": None},
                   "status": "ACTIVE"},
        "registration": {"initialRegistrationDate": "2015-01-01T00:00:00Z", "lastUpdateDate": "2024-01-01T00:00:00Z",
                         "status": status, "nextRenewalDate": "2025-01-01T00:00:00Z",
                         "managingLou": "5299000J2N45DDNE4Y28"}},
        "relationships": {rel: {"links": {"reporting-exception":
                                          f"https://api.gleif.org/api/v1/lei-records/{lei}/{rel}-reporting-exception"}}
                          for rel in ("direct-parent", "ultimate-parent")}}


class FakeGleif:
    """Serves ``/api/v1/lei-records`` on a free port until :meth:`close`; ``url`` is the base URL."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {lei: fixture(lei)["data"] for lei in FIXTURE_FILES}
        # The fixture files as saved, served unchanged until a test alters the record.
        self._raw = {lei: (FIXTURES / name).read_bytes() for lei, name in FIXTURE_FILES.items()}
        self.parents: dict[tuple[str, str], str] = {}  # (child, "direct-parent"|"ultimate-parent") -> parent
        self.requests: list[str] = []
        self._failures: list[tuple[int, float | None]] = []
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                fake.requests.append(self.path)
                status, body, headers = fake._route(self.path)
                self.send_response(status)
                self.send_header("Content-Type", "application/vnd.api+json")
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/api/v1"
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    # -- configuration -------------------------------------------------------------------------------------

    def add(self, data: dict[str, Any]) -> None:
        """Serve one more record (a ``data`` object, e.g. from :func:`minimal_record`)."""
        self.records[data["id"]] = copy.deepcopy(data)
        self._raw.pop(data["id"], None)

    def set_parent(self, child: str, parent: str, relation: str = "direct-parent") -> None:
        """Report ``parent`` as the direct (or ultimate) parent of ``child``."""
        self.parents[(child, relation)] = parent
        self._raw.pop(child, None)
        links = self.records[child].setdefault("relationships", {}).setdefault(relation, {})
        base = f"https://api.gleif.org/api/v1/lei-records/{child}"
        links["links"] = {"relationship-record": f"{base}/{relation}-relationship", "lei-record": f"{base}/{relation}"}

    def fail_next(self, status: int, *, retry_after: float | None = None, times: int = 1) -> None:
        """Answer the next ``times`` requests with ``status`` (429 gets a Retry-After header when given)."""
        with self._lock:
            self._failures.extend([(status, retry_after)] * times)

    def malformed_next(self, times: int = 1) -> None:
        """Answer the next ``times`` requests 200 with a body that is not valid JSON."""
        self.fail_next(-1, times=times)

    # -- lifecycle -----------------------------------------------------------------------------------------

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeGleif:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the API -------------------------------------------------------------------------------------------

    def _route(self, raw_path: str) -> tuple[int, bytes, dict[str, str]]:
        with self._lock:
            failure = self._failures.pop(0) if self._failures else None
        if failure:
            status, retry_after = failure
            if status == -1:
                return 200, b'{"meta": {"goldenCopy": {"publishDate": "2024-07-06T0', {}
            headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else {}
            title = "Too Many Requests" if status == 429 else "Internal Server Error"
            return status, self._errors(status, title), headers
        parts = urlsplit(raw_path)
        segments = [unquote(s) for s in parts.path.split("/") if s]
        if segments[:3] != ["api", "v1", "lei-records"]:
            return 404, self._errors(404, "Not Found"), {}
        rest = segments[3:]
        if not rest:
            return 200, self._search(parse_qs(parts.query)), {}
        record = self.records.get(rest[0])
        if record is None or len(rest) > 2:
            return 404, self._errors(404, "Not Found"), {}
        if len(rest) == 2:
            parent = self.parents.get((rest[0], rest[1]))
            if parent is None or parent not in self.records:
                return 404, self._errors(404, "Not Found"), {}
            return 200, self._raw.get(parent) or self._document(self.records[parent]), {}
        return 200, self._raw.get(rest[0]) or self._document(record), {}

    @staticmethod
    def _document(record: dict[str, Any]) -> bytes:
        return json.dumps({"meta": GOLDEN_COPY, "data": record}).encode()

    def _search(self, query: dict[str, list[str]]) -> bytes:
        wanted = (query.get("filter[entity.legalName]") or [""])[0].casefold()
        size = int((query.get("page[size]") or ["10"])[0])
        found = [r for r in self.records.values()
                 if wanted in r["attributes"]["entity"]["legalName"]["name"].casefold()]
        page = found[:size]
        meta = {**GOLDEN_COPY, "pagination": {"currentPage": 1, "perPage": size, "from": 1 if page else None,
                                              "to": len(page) or None, "total": len(found),
                                              "lastPage": max(1, -(-len(found) // size))}}
        return json.dumps({"meta": meta, "data": page}).encode()

    @staticmethod
    def _errors(status: int, title: str) -> bytes:
        return json.dumps({"errors": [{"status": str(status), "title": title}]}).encode()
