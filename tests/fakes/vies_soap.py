"""A local stand-in of the EU VIES SOAP service (checkVat and checkVatApprox) over real HTTP.

zeep, built from the Commission's WSDL, talks to it through a socket on
127.0.0.1, so envelope building, response parsing and fault handling are all
exercised. It speaks SOAP 1.1, document/literal, as the WSDL describes: the body
of a request is ``<checkVat>`` or ``<checkVatApprox>`` in the namespace
``urn:ec.europa.eu:taxud:vies:services:checkVat:types``; answers are
``<checkVatResponse>`` / ``<checkVatApproxResponse>`` with ``requestDate`` in the
form the real service sends (``2024-05-06+02:00``), and faults are HTTP 500 with
``<faultstring>MS_UNAVAILABLE</faultstring>`` and the like.

Register what each member state "knows" with :meth:`FakeVies.register`; an
unknown number is answered ``valid=false`` with ``---`` for name and address, as
real member states do. Behaviour copied from the WSDL's notes: a malformed
country code or number gets INVALID_INPUT; checkVatApprox with a requester that
is not a registered valid number gets INVALID_REQUESTER_INFO; with a valid
requester the answer carries a requestIdentifier (``WAPI`` + 12 characters).

Failures on demand: ``fault_for(vat, code)`` (every request for that number),
``fail_next(code, times=1)`` (the next requests whatever they ask), and
``delay`` / ``delay_next(seconds)`` hold answers back for timeout tests, and
``incomplete_next()`` leaves ``valid`` out of an answer. Every
request is kept in ``requests`` (operation, parameters, arrival time).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree

TYPES_NS = "urn:ec.europa.eu:taxud:vies:services:checkVat:types"
ENV_NS = "http://schemas.xmlsoap.org/soap/envelope/"
PATH = "/taxation_customs/vies/services/checkVatService"
COUNTRY = re.compile(r"[A-Z]{2}")
NUMBER = re.compile(r"[0-9A-Za-z+*.]{2,12}")  # the WSDL's documented vatNumber pattern
TRADER_FIELDS = ("Name", "CompanyType", "Street", "Postcode", "City")


@dataclass
class Registered:
    """What a member state's database holds about one VAT id."""

    valid: bool = True
    name: str = "---"  # "---" = the member state does not disclose it
    address: str = "---"
    company_type: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


class FakeVies:
    """Serves the VIES SOAP endpoint on a free port until :meth:`close`; ``url`` is the endpoint."""

    def __init__(self, *, request_date: str | None = None) -> None:
        self.registry: dict[str, Registered] = {}
        self.requests: list[dict[str, Any]] = []
        self.received = 0  # requests come in (counted before their delay; ``requests`` lists the answered)
        self.delay = 0.0  # seconds every answer is held back
        self.request_date = request_date or f"{date.today().isoformat()}+01:00"
        self._faults: dict[str, str] = {}
        self._next_faults: list[str] = []
        self._next_delays: list[float] = []
        self._identifiers = 0
        self._incomplete = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, answer = fake._answer(self.path, body)
                data = answer.encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "text/xml;charset=UTF-8")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting, as it should

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}{PATH}"
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    # -- configuration -------------------------------------------------------------------------------------

    def register(self, vat: str, *, valid: bool = True, name: str = "---", address: str = "---",
                 company_type: str | None = None, street: str | None = None, postcode: str | None = None,
                 city: str | None = None) -> None:
        """Make ``vat`` (country prefix + number, e.g. "DE136695976") known to its member state."""
        self.registry[vat] = Registered(valid, name, address, company_type, street, postcode, city)

    def fault_for(self, vat: str, code: str) -> None:
        """Answer every request about ``vat`` with the SOAP fault ``code`` (e.g. "MS_UNAVAILABLE")."""
        self._faults[vat] = code

    def fail_next(self, code: str, times: int = 1) -> None:
        """Answer the next ``times`` requests, whatever they ask, with the fault ``code``."""
        with self._lock:
            self._next_faults.extend([code] * times)

    def incomplete_next(self, times: int = 1) -> None:
        """Leave ``valid`` out of the next ``times`` checkVat answers (a broken gateway)."""
        self._incomplete += times

    def delay_next(self, seconds: float, times: int = 1) -> None:
        """Hold the next ``times`` answers back for ``seconds``."""
        with self._lock:
            self._next_delays.extend([seconds] * times)

    # -- lifecycle -----------------------------------------------------------------------------------------

    def close(self) -> None:
        self._stop.set()  # ends held-back answers early
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeVies:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the service ---------------------------------------------------------------------------------------

    def _answer(self, path: str, body: bytes) -> tuple[int, str]:
        with self._lock:
            self.received += 1
            delay = self._next_delays.pop(0) if self._next_delays else self.delay
            forced = self._next_faults.pop(0) if self._next_faults else None
        if delay:
            self._stop.wait(delay)
        if path.split("?")[0] != PATH:
            return 404, "<html><body>Not found</body></html>"
        try:
            operation, params = self._parse(body)
        except (etree.XMLSyntaxError, ValueError):
            return 500, self._fault("env:Client", "INVALID_INPUT")
        self.requests.append({"operation": operation, "params": params, "at": time.monotonic()})
        vat = f"{params.get('countryCode', '')}{params.get('vatNumber', '')}"
        code = forced or self._faults.get(vat)
        if code:
            return 500, self._fault("env:Server", code)
        if not COUNTRY.fullmatch(params.get("countryCode", "")) or not NUMBER.fullmatch(params.get("vatNumber", "")):
            return 500, self._fault("env:Server", "INVALID_INPUT")
        registered = self.registry.get(vat, Registered(valid=False))
        if operation == "checkVat":
            return 200, self._check_vat(params, registered)
        requester = f"{params.get('requesterCountryCode', '')}{params.get('requesterVatNumber', '')}"
        if requester and not (requester in self.registry and self.registry[requester].valid):
            return 500, self._fault("env:Server", "INVALID_REQUESTER_INFO")
        return 200, self._check_vat_approx(params, registered, bool(requester))

    @staticmethod
    def _parse(body: bytes) -> tuple[str, dict[str, str]]:
        root = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
        found = root.find(f"{{{ENV_NS}}}Body")
        if found is None or len(found) == 0:
            raise ValueError("no SOAP body")
        request = found[0]
        operation = etree.QName(request).localname
        if operation not in ("checkVat", "checkVatApprox") or etree.QName(request).namespace != TYPES_NS:
            raise ValueError(f"unknown operation {operation}")
        return operation, {etree.QName(child).localname: (child.text or "").strip() for child in request}

    def _check_vat(self, params: dict[str, str], registered: Registered) -> str:
        parts = [("countryCode", params["countryCode"]), ("vatNumber", params["vatNumber"]),
                 ("requestDate", self.request_date), ("valid", "true" if registered.valid else "false"),
                 ("name", registered.name), ("address", registered.address)]
        with self._lock:
            if self._incomplete:
                self._incomplete -= 1
                parts = [p for p in parts if p[0] != "valid"]
        return self._envelope("checkVatResponse", parts)

    def _check_vat_approx(self, params: dict[str, str], registered: Registered, with_requester: bool) -> str:
        known = {"Name": registered.name, "CompanyType": registered.company_type, "Street": registered.street,
                 "Postcode": registered.postcode, "City": registered.city}
        parts: list[tuple[str, str | None]] = [
            ("countryCode", params["countryCode"]), ("vatNumber", params["vatNumber"]),
            ("requestDate", self.request_date), ("valid", "true" if registered.valid else "false"),
            ("traderName", registered.name), ("traderCompanyType", registered.company_type),
            ("traderAddress", registered.address), ("traderStreet", registered.street),
            ("traderPostcode", registered.postcode), ("traderCity", registered.city)]
        for field in TRADER_FIELDS:  # a match code only for what the requester asked about
            asked = params.get(f"trader{field}")
            if asked:
                value = known[field]
                code = "3" if value in (None, "---") else "1" if _norm(asked) == _norm(value or "") else "2"
                parts.append((f"trader{field}Match", code))
        identifier = ""
        if with_requester:
            with self._lock:
                self._identifiers += 1
                identifier = f"WAPI{self._identifiers:012X}"
        parts.append(("requestIdentifier", identifier))
        return self._envelope("checkVatApproxResponse", parts)

    @staticmethod
    def _envelope(element: str, parts: Sequence[tuple[str, str | None]]) -> str:
        inner = "".join(f"<ns2:{name}>{escape(value)}</ns2:{name}>" for name, value in parts if value is not None)
        return (f'<env:Envelope xmlns:env="{ENV_NS}"><env:Header/><env:Body>'
                f'<ns2:{element} xmlns:ns2="{TYPES_NS}">{inner}</ns2:{element}></env:Body></env:Envelope>')

    @staticmethod
    def _fault(code: str, message: str) -> str:
        return (f'<env:Envelope xmlns:env="{ENV_NS}"><env:Header/><env:Body><env:Fault>'
                f"<faultcode>{code}</faultcode><faultstring>{escape(message)}</faultstring>"
                "</env:Fault></env:Body></env:Envelope>")
