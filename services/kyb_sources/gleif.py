"""LEI records from the GLEIF API (JSON:API over HTTPS, no key, data CC0), with httpx.

``record(lei)`` reads ``/lei-records/{lei}`` and then, only where the record's
relationship links say a parent is reported, ``/lei-records/{lei}/direct-parent``
and ``/ultimate-parent``: at most three requests per look-up. A parent link of
the kind ``reporting-exception`` means the entity declared why it reports no
parent, so nothing is fetched for it. ``search(name)`` uses
``filter[entity.legalName]``; its results do not resolve parents (one request).

The parent URLs are built from ``base_url`` rather than taken from the links,
which name api.gleif.org: a client pointed at a mirror or a test server stays
there, and a record can never make us call a host we were not configured for.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import httpx

from secretary.errors import InvalidInput, NotFound, RateLimited, RemoteUnavailable
from secretary.kyb.sources import Address, LeiRecord, validate_lei
from services import retry_after

BASE_URL = "https://api.gleif.org/api/v1"
MAX_PAGE = 200  # GLEIF's largest page[size]
HEADERS = {"Accept": "application/vnd.api+json", "User-Agent": "ai-secretary-kyb"}
PARENT_LINKS = ("lei-record", "related", "relationship-record")  # any of these: a parent is reported





def _datetime(value: Any) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _date(value: Any) -> date | None:
    moment = _datetime(value)
    return moment.date() if moment else None


def _address(raw: Any) -> Address | None:
    if not isinstance(raw, dict):
        return None
    return Address(lines=tuple(str(line) for line in raw.get("addressLines") or () if line),
                   city=raw.get("city"), region=raw.get("region"), postal_code=raw.get("postalCode"),
                   country=raw.get("country"))


def _code(raw: Any, key: str = "id") -> str | None:
    return raw.get(key) if isinstance(raw, dict) else None


def parse_record(data: dict[str, Any], golden_copy: datetime | None = None, *, direct_parent: str | None = None,
                 ultimate_parent: str | None = None, parents_resolved: bool = False) -> LeiRecord:
    """A :class:`LeiRecord` from one ``data`` object of a ``lei-records`` answer."""
    attributes = data["attributes"]
    entity, registration = attributes["entity"], attributes.get("registration") or {}
    names = [n.get("name") for key in ("otherNames", "transliteratedOtherNames") for n in entity.get(key) or ()]
    return LeiRecord(
        lei=attributes.get("lei") or data["id"],
        legal_name=(entity.get("legalName") or {}).get("name") or "",
        other_names=tuple(n for n in names if n),
        entity_status=entity.get("status"),
        registration_status=registration.get("status"),
        next_renewal=_date(registration.get("nextRenewalDate")),
        last_update=_datetime(registration.get("lastUpdateDate")),
        initial_registration=_datetime(registration.get("initialRegistrationDate")),
        legal_address=_address(entity.get("legalAddress")),
        headquarters_address=_address(entity.get("headquartersAddress")),
        jurisdiction=entity.get("jurisdiction"),
        legal_form=_code(entity.get("legalForm")),
        legal_form_other=_code(entity.get("legalForm"), "other"),
        registered_at=_code(entity.get("registeredAt")),
        registered_as=entity.get("registeredAs"),
        category=entity.get("category"),
        managing_lou=registration.get("managingLou"),
        direct_parent_lei=direct_parent,
        ultimate_parent_lei=ultimate_parent,
        parents_resolved=parents_resolved,
        golden_copy_date=golden_copy,
    )


def _parent_reported(data: dict[str, Any], relation: str) -> bool:
    """False only when the record says the parent is a reporting exception; unknown shapes are asked."""
    relationships = data.get("relationships")
    if not isinstance(relationships, dict) or relation not in relationships:
        return True
    links = (relationships.get(relation) or {}).get("links") or {}
    return any(key in links for key in PARENT_LINKS) or "reporting-exception" not in links


class GleifClient:
    """Reads LEI records from the GLEIF API; use as a context manager or call :meth:`close`."""

    def __init__(self, base_url: str = BASE_URL, timeout: float = 10.0, client: httpx.Client | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._own = client is None
        self._http = client or httpx.Client(timeout=httpx.Timeout(timeout), headers=HEADERS)

    def close(self) -> None:
        if self._own:
            self._http.close()

    def __enter__(self) -> GleifClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def record(self, lei: str) -> LeiRecord:
        """The record of ``lei`` with its reported parents; NotFound when GLEIF does not know it."""
        lei = validate_lei(lei)
        body = self._get(f"/lei-records/{lei}", what=f"LEI {lei}")
        data = self._data(body, dict)
        parents: dict[str, str | None] = {}
        for relation in ("direct-parent", "ultimate-parent"):
            parents[relation] = self._parent(lei, relation) if _parent_reported(data, relation) else None
        return self._parse(data, body, direct_parent=parents["direct-parent"],
                           ultimate_parent=parents["ultimate-parent"], parents_resolved=True)

    def search(self, name: str, limit: int = 10) -> list[LeiRecord]:
        """Records whose legal name matches ``name`` (GLEIF's filter), at most ``limit``; parents not resolved."""
        if not name or not name.strip():
            raise InvalidInput("give a company name to search GLEIF for")
        size = max(1, min(int(limit), MAX_PAGE))
        body = self._get("/lei-records", what=f"the search for {name!r}",
                         params={"filter[entity.legalName]": name.strip(), "page[size]": size})
        return [self._parse(item, body) for item in self._data(body, list)[:size]]

    def check_connection(self) -> str:
        """The settings dialog's connection test: one small search; raises our errors when it fails."""
        self._get("/lei-records", what="the connection test", params={"page[size]": 1})
        return f"GLEIF answers at {self.base_url}"

    # -- plumbing ------------------------------------------------------------------------------------------

    def _parent(self, lei: str, relation: str) -> str | None:
        try:
            body = self._get(f"/lei-records/{lei}/{relation}", what=f"the {relation} of {lei}")
        except NotFound:
            return None  # no parent reported (or a reporting exception the record did not announce)
        parent = self._data(body, dict)
        return str(parent.get("id") or (parent.get("attributes") or {}).get("lei") or "") or None

    def _parse(self, data: Any, body: dict[str, Any], **parents: Any) -> LeiRecord:
        try:
            golden = _datetime(((body.get("meta") or {}).get("goldenCopy") or {}).get("publishDate"))
            return parse_record(data, golden, **parents)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise RemoteUnavailable(f"GLEIF sent a record this client cannot read ({type(exc).__name__}: {exc})",
                                    source="gleif") from exc

    @staticmethod
    def _data(body: dict[str, Any], kind: type) -> Any:
        data = body.get("data")
        if not isinstance(data, kind):
            raise RemoteUnavailable("GLEIF answered JSON without the expected \"data\" member", source="gleif")
        return data

    def _get(self, path: str, *, what: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        url = self.base_url + path
        try:
            response = self._http.get(url, params=params, headers=HEADERS, timeout=self.timeout)
        except httpx.TimeoutException as exc:
            raise RemoteUnavailable(f"GLEIF did not answer within {self.timeout:g} s ({what})", source="gleif",
                                    retryable=True) from exc
        except httpx.HTTPError as exc:
            raise RemoteUnavailable(f"GLEIF cannot be reached at {self.base_url}: {type(exc).__name__}",
                                    source="gleif", retryable=True) from exc
        status = response.status_code
        if status == 404:
            raise NotFound(f"GLEIF has no record for {what}", source="gleif")
        if status == 429:
            wait = retry_after.seconds(response.headers.get("Retry-After"))
            raise RateLimited("GLEIF asks to slow down" + (f" (retry after {wait:g} s)" if wait is not None else ""),
                              retry_after=wait, source="gleif")
        if status >= 500:
            raise RemoteUnavailable(f"GLEIF failed with HTTP {status} ({what})", source="gleif", status=status,
                                    retryable=True)
        if status >= 400:
            raise InvalidInput(f"GLEIF refused {what} with HTTP {status}", source="gleif", status=status)
        if status >= 300:  # the API does not redirect; a proxy or captive portal does
            raise RemoteUnavailable(f"GLEIF answered {what} with a redirect (HTTP {status}) instead of data",
                                    source="gleif", status=status)
        try:
            body = response.json()
        except ValueError as exc:
            raise RemoteUnavailable(f"GLEIF answered {what} with malformed JSON (HTTP {status}, "
                                    f"{len(response.content)} bytes)", source="gleif") from exc
        if not isinstance(body, dict):
            raise RemoteUnavailable(f"GLEIF answered {what} with JSON that is not a JSON:API document",
                                    source="gleif")
        return body
