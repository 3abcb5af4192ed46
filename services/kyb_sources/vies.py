"""EU VAT id checks through VIES, the Commission's SOAP service, with zeep.

The client is built from the Commission's WSDL shipped beside this module
(``wsdl/checkVatService.wsdl``, byte-exact), so nothing is downloaded before the
first check; the endpoint is set with ``create_service`` because the WSDL still
names the old http address. ``checkVat`` is used unless a requester VAT id is
configured or trader details are given: then ``checkVatApprox``, whose
``requestIdentifier`` is kept as the consultation number (the proof for the tax
office that the check was made).

A VIES fault is never turned into "invalid": only ``valid=false`` in an answer
means the member state does not know the number. Busy or unavailable services
become :class:`RemoteUnavailable` with the fault code in ``details["fault"]`` and
``details["retryable"] = True``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import requests
import zeep
import zeep.exceptions
from zeep.helpers import serialize_object
from zeep.transports import Transport

from secretary.errors import InvalidInput, NotReady, RemoteUnavailable
from secretary.kyb.sources import MATCH_CODES, VatCheck, validate_vat

ENDPOINT = "https://ec.europa.eu/taxation_customs/vies/services/checkVatService"
WSDL = Path(__file__).with_name("wsdl") / "checkVatService.wsdl"
BINDING = "{urn:ec.europa.eu:taxud:vies:services:checkVat}checkVatBinding"

# Faults after which the same question may well get an answer later (wording after the WSDL's notes).
RETRYABLE = {
    "SERVICE_UNAVAILABLE": "the VIES service is unavailable",
    "MS_UNAVAILABLE": "the member state's VAT database is unavailable",
    "TIMEOUT": "the member state's VAT database did not answer in time",
    "SERVER_BUSY": "VIES is too busy to answer",
    "MS_MAX_CONCURRENT_REQ": "the member state's database has too many requests right now",
    "GLOBAL_MAX_CONCURRENT_REQ": "VIES has too many requests right now",
}
# Faults about the member state rather than VIES: the service itself answered.
MEMBER_STATE_FAULTS = {"MS_UNAVAILABLE", "TIMEOUT", "MS_MAX_CONCURRENT_REQ"}

# Used by check_connection() when no requester is configured: the check digit is right, so VIES
# gives a real answer (valid or not, either proves the service works).
PROBE_VAT = "DE123456788"
COMPANY_TYPE = re.compile(r"[A-Z]{2}-[1-9][0-9]?")  # the WSDL's companyTypeCode pattern


class _SoapTransport(Transport):
    """zeep's transport, refusing answers that cannot be SOAP: 200 is an answer, 500 a fault, all else an error.

    Without this an HTML error page (proxy, 404) reaches zeep's fault parser and comes out as
    "Unknown fault occured", hiding the HTTP status that explains it.
    """

    def post_xml(self, address: str, envelope: Any, headers: Any) -> Any:
        response = super().post_xml(address, envelope, headers)
        if response.status_code not in (200, 500):
            raise zeep.exceptions.TransportError(f"HTTP {response.status_code}", status_code=response.status_code,
                                                 content=response.content)
        return response


def _disclosed(value: Any) -> str | None:
    """None when VIES did not disclose a value ("---", empty or absent)."""
    if value is None:
        return None
    text = str(value).strip()
    return None if text in ("", "---") else text


def _match(value: Any) -> str | None:
    return MATCH_CODES.get(str(value).strip()) if value is not None else None


class ViesClient:
    """Checks EU VAT ids against VIES; one instance may serve many checks."""

    def __init__(self, endpoint: str = ENDPOINT, timeout: float = 10.0,
                 requester: tuple[str, str] | None = None) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        self.requester: tuple[str, str] | None = None
        if requester is not None:
            try:
                self.requester = validate_vat("".join(requester))
            except InvalidInput as exc:
                raise NotReady(f"the requester VAT id set for VIES is not valid: {exc.message}",
                               setting="requester") from exc
        # operation_timeout bounds each SOAP call; timeout only matters for fetching WSDL parts,
        # which never happens here because the WSDL is a local file with no imports.
        transport = _SoapTransport(timeout=timeout, operation_timeout=timeout)
        self._client = zeep.Client(str(WSDL), transport=transport)
        self._service: Any = self._client.create_service(BINDING, endpoint)

    def check(self, vat: str, *, trader_name: str | None = None, trader_company_type: str | None = None,
              trader_street: str | None = None, trader_postcode: str | None = None,
              trader_city: str | None = None) -> VatCheck:
        """Ask VIES about ``vat``; raises InvalidInput before any request when the id cannot be right."""
        country, number = validate_vat(vat)
        given = {"traderName": trader_name, "traderCompanyType": trader_company_type,
                 "traderStreet": trader_street, "traderPostcode": trader_postcode, "traderCity": trader_city}
        trader = {k: v.strip() for k, v in given.items() if v and v.strip()}
        if "traderCompanyType" in trader and not COMPANY_TYPE.fullmatch(trader["traderCompanyType"]):
            raise InvalidInput(f"{trader_company_type!r} is not a VIES company type code (like \"DE-1\")",
                               value=trader_company_type)
        if self.requester is None and not trader:
            with self._translated(country + number):
                answer = self._service.checkVat(countryCode=country, vatNumber=number)
                return self._plain(serialize_object(answer, dict))
        if self.requester is not None:
            trader["requesterCountryCode"], trader["requesterVatNumber"] = self.requester
        with self._translated(country + number):
            answer = self._service.checkVatApprox(countryCode=country, vatNumber=number, **trader)
            return self._approx(serialize_object(answer, dict))

    def check_connection(self) -> str:
        """The settings dialog's connection test: one real check of the requester's own id (or a probe).

        Returns a sentence saying what worked; raises NotReady when VIES rejects the configured
        requester, RemoteUnavailable when VIES cannot be reached or is down.
        """
        probe = "".join(self.requester) if self.requester else PROBE_VAT
        try:
            result = self.check(probe)
        except RemoteUnavailable as exc:
            if exc.details.get("fault") in MEMBER_STATE_FAULTS:  # VIES itself answered
                return f"VIES answers at {self.endpoint}; {probe[:2]}'s database is unavailable right now"
            raise
        if self.requester:
            state = "valid" if result.valid else "NOT valid according to VIES"
            return f"VIES answers at {self.endpoint}; the requester VAT id {probe} is {state}"
        return f"VIES answers at {self.endpoint}"

    # -- answers -------------------------------------------------------------------------------------------

    @staticmethod
    def _request_date(value: Any) -> date:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        raise ValueError("the answer has no requestDate")  # evidence is never made up

    @staticmethod
    def _valid(answer: dict[str, Any]) -> bool:
        # A missing flag must not read as "invalid": only an explicit false from VIES means that.
        if not isinstance(answer.get("valid"), bool):
            raise ValueError("the answer has no valid flag")
        return bool(answer["valid"])

    def _plain(self, answer: dict[str, Any]) -> VatCheck:
        return VatCheck(
            country=str(answer["countryCode"]), number=str(answer["vatNumber"]), valid=self._valid(answer),
            name=_disclosed(answer.get("name")), address=_disclosed(answer.get("address")),
            request_date=self._request_date(answer.get("requestDate")), checked_at=datetime.now(UTC),
        )

    def _approx(self, answer: dict[str, Any]) -> VatCheck:
        name, address = _disclosed(answer.get("traderName")), _disclosed(answer.get("traderAddress"))
        return VatCheck(
            country=str(answer["countryCode"]), number=str(answer["vatNumber"]), valid=self._valid(answer),
            name=name, address=address,
            request_date=self._request_date(answer.get("requestDate")), checked_at=datetime.now(UTC),
            consultation_number=_disclosed(answer.get("requestIdentifier")), approximate=True,
            trader_name=name,
            trader_company_type=_disclosed(answer.get("traderCompanyType")),
            trader_street=_disclosed(answer.get("traderStreet")),
            trader_postcode=_disclosed(answer.get("traderPostcode")),
            trader_city=_disclosed(answer.get("traderCity")),
            trader_name_match=_match(answer.get("traderNameMatch")),
            trader_company_type_match=_match(answer.get("traderCompanyTypeMatch")),
            trader_street_match=_match(answer.get("traderStreetMatch")),
            trader_postcode_match=_match(answer.get("traderPostcodeMatch")),
            trader_city_match=_match(answer.get("traderCityMatch")),
        )

    # -- errors --------------------------------------------------------------------------------------------

    @contextmanager
    def _translated(self, vat: str) -> Iterator[None]:
        try:
            yield
        except zeep.exceptions.Fault as exc:
            raise self._fault(exc, vat) from exc
        except requests.Timeout as exc:
            raise RemoteUnavailable(f"VIES did not answer within {self.timeout:g} s", vat=vat, retryable=True,
                                    endpoint=self.endpoint) from exc
        except requests.RequestException as exc:  # refused connection, DNS, TLS, reset
            raise RemoteUnavailable(f"VIES cannot be reached at {self.endpoint}: {type(exc).__name__}", vat=vat,
                                    retryable=True, endpoint=self.endpoint) from exc
        except zeep.exceptions.TransportError as exc:  # an HTTP error status without a SOAP fault
            raise RemoteUnavailable(f"VIES answered HTTP {exc.status_code} without a SOAP answer", vat=vat,
                                    retryable=True, status=exc.status_code) from exc
        except (zeep.exceptions.Error, ValueError, KeyError, TypeError) as exc:  # not a VIES answer at all
            raise RemoteUnavailable(f"VIES sent an answer that does not follow its WSDL: {exc}", vat=vat,
                                    retryable=False, endpoint=self.endpoint) from exc

    def _fault(self, exc: zeep.exceptions.Fault, vat: str) -> Exception:
        code = (exc.message or "").strip()
        if code in RETRYABLE:
            return RemoteUnavailable(f"VIES could not check {vat} now: {RETRYABLE[code]} ({code}); try again later",
                                     fault=code, retryable=True, vat=vat)
        if code == "INVALID_INPUT":
            return InvalidInput(f"VIES refused {vat} as malformed (INVALID_INPUT)", fault=code, vat=vat)
        if code == "INVALID_REQUESTER_INFO":
            requester = "".join(self.requester) if self.requester else "?"
            return NotReady(f"VIES refused the requester VAT id {requester} set in Settings (INVALID_REQUESTER_INFO)",
                            fault=code, setting="requester")
        # An unknown fault says nothing about the number either: report it, never as "invalid".
        return RemoteUnavailable(f"VIES could not check {vat}: {code or 'unnamed SOAP fault'}", fault=code,
                                 retryable=False, vat=vat)
