"""German insolvency notices from insolvenzbekanntmachungen.de, through the portal's search form.

The portal has no API and no bulk export, so this adapter does what a browser
does: GET ``/ap/suche.jsf``, read the JSF form ``frm_suche`` (its
``javax.faces.ViewState`` — or ``jakarta.faces.ViewState`` on Jakarta Faces — and
every control's name and default value), fill in the search, POST it, follow the
redirect to ``ergebnis.jsf`` and read the rows of the table ``tbl_ergebnis``.
Fields are found by the id fragments below, not by full names, so a renamed
wrapper component does not break the search; anything missing (form, ViewState,
name field, search button, result table) raises RemoteUnavailable saying the
page structure changed — an unreadable page is never reported as "no notices".

NOT VERIFIED AGAINST THE LIVE PORTAL. Built from public descriptions only: the
field ids ``frm_suche:litx_firmaNachName:text``, ``frm_suche:litx_sitzWohnsitz:text``,
``frm_suche:lsom_bundesland:…``, ``frm_suche:ldi_datumVon:datumHtml5`` /
``…ldi_datumBis…`` (HTML5 dates, yyyy-mm-dd), the button ``frm_suche:cbt_suchen``,
the cells ``tbl_ergebnis:N:otx_datum|otx_azAkt|otx_Gericht|otx_schuldner|otx_Sitz|otx_register``
and the no-results marker ``otx_keineTreffer`` come from the notes in
``kyb-fixtures/SOURCES.md`` and from public scrapers (requests+ViewState and
Selenium); the redirect after the POST, the state select's option values and
the wording of error and "no results" pages are assumptions. No live HTML
capture exists, and the stand-in in ``tests/fakes/insolvency_portal.py`` was
written from the same description, so the tests prove this code consistent with
that description, not with the portal. Capture real pages before relying on it.
Only the first result page is read; the legal limits on searching (InsoBekV: free
searches only for about two weeks after publication) are the portal's to enforce.

Politeness: at most one request every ``min_interval`` seconds per client (from
the end of one answer to the start of the next request), and one search at a
time per client — the session-bound result page would otherwise mix two searches.
"""

from __future__ import annotations

import re
import threading
import time
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import lxml.html
from lxml.html import HtmlElement

from secretary.errors import InvalidInput, RateLimited, RemoteUnavailable
from secretary.kyb.sources import InsolvencyNotice

BASE_URL = "https://neu.insolvenzbekanntmachungen.de"
SEARCH_PATH = "/ap/suche.jsf"
FORM_ID = "frm_suche"
VIEW_STATE_NAMES = ("javax.faces.ViewState", "jakarta.faces.ViewState")
NAME_FIELD, SEAT_FIELD, STATE_FIELD = "litx_firmaNachName", "litx_sitzWohnsitz", "lsom_bundesland"
FROM_FIELD, TO_FIELD, SEARCH_BUTTON = "ldi_datumVon", "ldi_datumBis", "cbt_suchen"
TABLE_ID = "tbl_ergebnis"
# Cell ids of a result row, and the column each takes when rows carry no ids (the documented order).
CELLS = ("otx_datum", "otx_azakt", "otx_gericht", "otx_schuldner", "otx_sitz", "otx_register")
NO_RESULTS = re.compile(r"keine\s+(treffer|ergebnisse|bekanntmachungen)|es wurden keine|\b0\s+treffer", re.I)
DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
HEADERS = {"User-Agent": "ai-secretary-kyb (insolvency notice look-up)", "Accept-Language": "de-DE,de;q=0.9"}


def _changed(detail: str) -> RemoteUnavailable:
    return RemoteUnavailable(f"the portal's page structure changed ({detail}); the insolvency search needs updating",
                             source="insolvency", structure_changed=True)


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _cell_key(element_id: str) -> str:
    return element_id.rsplit(":", 1)[-1].lower()


def _page(html: str | bytes) -> HtmlElement:
    # Bytes, so that lxml honours the page's own charset declaration.
    return lxml.html.fromstring(html.encode() if isinstance(html, str) else html)


def parse_results(html: str | bytes, page_url: str) -> list[InsolvencyNotice]:
    """The notices on a result page; [] for the "no results" page; RemoteUnavailable for anything else."""
    page = _page(html)
    tables = page.xpath(f'//table[@id="{TABLE_ID}"]')
    if not tables:
        if page.xpath('//*[contains(@id, "keineTreffer")]') or NO_RESULTS.search(_text(page)):
            return []
        raise _changed(f"no table {TABLE_ID} and no 'no results' notice on {urlsplit(page_url).path}")
    notices = []
    for row in tables[0].xpath(".//tr[td]"):
        cells = {_cell_key(el.get("id")): _text(el) for el in row.xpath(".//*[@id]") if ":otx_" in el.get("id")}
        if not cells:  # rows without ids: fall back on the documented column order
            columns = [_text(td) for td in row.xpath("./td")]
            if len(columns) < len(CELLS):
                raise _changed(f"a row of {TABLE_ID} has {len(columns)} columns instead of {len(CELLS)}")
            cells = dict(zip(CELLS, columns, strict=False))
        found = DATE.search(cells.get("otx_datum", ""))
        if not found or not cells.get("otx_azakt"):
            raise _changed(f"a row of {TABLE_ID} has no publication date or Aktenzeichen")
        day, month, year = (int(g) for g in found.groups())
        link = row.xpath(".//a[@href]/@href")
        notices.append(InsolvencyNotice(
            published=date(year, month, day), case_number=cells["otx_azakt"],
            court=cells.get("otx_gericht", ""), name=cells.get("otx_schuldner", ""),
            seat=cells.get("otx_sitz") or None, register=cells.get("otx_register") or None,
            kind=next((v for k, v in cells.items() if "gegenstand" in k and v), None),
            url=urljoin(page_url, link[0]) if link else None,
        ))
    return notices


class InsolvencyClient:
    """Searches the insolvency portal politely; one instance per portal, safe to share between threads."""

    def __init__(self, base_url: str = BASE_URL, min_interval: float = 2.0, timeout: float = 20.0,
                 client: httpx.Client | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.min_interval = min_interval
        self.timeout = timeout
        self._own = client is None
        # Redirects are followed by hand so that each hop also waits its turn.
        self._http = client or httpx.Client(timeout=httpx.Timeout(timeout), headers=HEADERS, follow_redirects=False)
        self._search_lock = threading.Lock()
        self._request_lock = threading.Lock()
        self._last_answer: float | None = None

    def close(self) -> None:
        if self._own:
            self._http.close()

    def __enter__(self) -> InsolvencyClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def search(self, name: str, seat: str | None = None, state: str | None = None,
               date_from: date | None = None, date_to: date | None = None) -> list[InsolvencyNotice]:
        """Notices whose debtor name matches ``name`` (the portal's matching), optionally narrowed."""
        if not name or not name.strip():
            raise InvalidInput("give the name of the company or person to search insolvency notices for")
        if date_from and date_to and date_from > date_to:
            raise InvalidInput(f"the search period starts ({date_from}) after it ends ({date_to})")
        with self._search_lock:
            form_url, form, values = self._read_form()
            self._fill(form, values, name.strip(), seat, state, date_from, date_to)
            answer = self._send("POST", form_url, data=values)
            return self._results(answer)

    def check_connection(self) -> str:
        """The settings dialog's connection test: the search form is there and has a ViewState."""
        with self._search_lock:
            form_url, _form, _values = self._read_form()
        return f"the insolvency portal's search form answers at {form_url.split(';')[0]}"

    # -- the form ------------------------------------------------------------------------------------------

    def _read_form(self) -> tuple[str, HtmlElement, dict[str, Any]]:
        """The form's action URL, the form, and what a browser would send untouched (ViewState included)."""
        response = self._send("GET", self.base_url + SEARCH_PATH)
        page = _page(response.content)
        forms = page.xpath(f'//form[@id="{FORM_ID}"]')
        if not forms:
            raise _changed(f"no form {FORM_ID} on {SEARCH_PATH}")
        form = forms[0]
        values: dict[str, Any] = dict(form.form_values())
        if not any(values.get(name) for name in VIEW_STATE_NAMES):
            raise _changed("the search form has no ViewState")
        buttons = [el for el in form.xpath(".//input|.//button") if SEARCH_BUTTON in (el.get("name") or "")]
        if not buttons:
            raise _changed(f"the search form has no button {SEARCH_BUTTON}")
        values[buttons[0].get("name")] = buttons[0].get("value") or "Suchen"
        action = urljoin(str(response.url), form.get("action") or SEARCH_PATH)
        if urlsplit(action).netloc != urlsplit(self.base_url).netloc:  # never post a search to another host
            raise _changed(f"the search form posts to another host ({urlsplit(action).netloc})")
        return action, form, values

    def _fill(self, form: HtmlElement, values: dict[str, Any], name: str, seat: str | None, state: str | None,
              date_from: date | None, date_to: date | None) -> None:
        names = [el.get("name") for el in form.xpath(".//input|.//select|.//textarea") if el.get("name")]

        def field(fragment: str) -> str:
            match = next((str(n) for n in names if f":{fragment}" in n), None)
            if match is None:
                raise _changed(f"the search form has no field {fragment}")
            return match

        values[field(NAME_FIELD)] = name
        for fragment, value in ((SEAT_FIELD, seat), (FROM_FIELD, date_from), (TO_FIELD, date_to)):
            if value:
                key = field(fragment)
                values[key] = value.isoformat() if isinstance(value, date) else value.strip()
        if state:
            key = field(STATE_FIELD)
            select = form.xpath(f'.//select[@name="{key}"]')
            options = select[0].xpath(".//option") if select else []
            wanted = state.strip().casefold()
            chosen = next((o for o in options if wanted in ((o.get("value") or "").casefold(), _text(o).casefold())),
                          None)
            if chosen is None:
                known = ", ".join(_text(o) for o in options if o.get("value"))
                raise InvalidInput(f"{state!r} is not a Bundesland the portal offers ({known})", value=state)
            values[key] = chosen.get("value") if chosen.get("value") is not None else _text(chosen)

    def _results(self, response: httpx.Response) -> list[InsolvencyNotice]:
        html, url = response.content, str(response.url)
        page = _page(html)
        if not page.xpath(f'//table[@id="{TABLE_ID}"]') and page.xpath(f'//form[@id="{FORM_ID}"]'):
            # JSF renders the same view again when validation fails; its messages say why.
            messages = [_text(el) for el in page.xpath(
                '//*[contains(@id, "msgs") or contains(@class, "error") or contains(@class, "fehler")]//li')]
            messages = [m for m in messages if m]
            if messages:
                raise InvalidInput(f"the portal refused the search: {'; '.join(messages)}", source="insolvency")
            raise _changed("the search form came back instead of results")
        return parse_results(html, url)

    # -- HTTP ----------------------------------------------------------------------------------------------

    def _send(self, method: str, url: str, data: dict[str, Any] | None = None) -> httpx.Response:
        response = self._throttled(method, url, data)
        for _hop in range(3):  # JSF answers a search POST with a redirect to ergebnis.jsf
            if response.status_code not in (301, 302, 303, 307, 308) or "location" not in response.headers:
                break
            target = urljoin(str(response.url), response.headers["location"])
            if urlsplit(target).netloc != urlsplit(self.base_url).netloc:
                raise _changed(f"the portal redirects to another host ({urlsplit(target).netloc})")
            if response.status_code in (307, 308) and method == "POST":
                response = self._throttled("POST", target, data)
            else:
                response = self._throttled("GET", target, None)
        return self._checked(response)

    def _throttled(self, method: str, url: str, data: dict[str, Any] | None) -> httpx.Response:
        with self._request_lock:
            if self._last_answer is not None:
                wait = self._last_answer + self.min_interval - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
            try:
                return self._http.request(method, url, data=data, headers=HEADERS, timeout=self.timeout,
                                          follow_redirects=False)
            except httpx.TimeoutException as exc:
                raise RemoteUnavailable(f"the insolvency portal did not answer within {self.timeout:g} s",
                                        source="insolvency", retryable=True) from exc
            except httpx.HTTPError as exc:
                raise RemoteUnavailable(f"the insolvency portal cannot be reached at {self.base_url}: "
                                        f"{type(exc).__name__}", source="insolvency", retryable=True) from exc
            finally:
                self._last_answer = time.monotonic()

    @staticmethod
    def _checked(response: httpx.Response) -> httpx.Response:
        status = response.status_code
        if status == 429:
            value = response.headers.get("Retry-After", "")
            wait = float(value) if value.replace(".", "", 1).isdigit() else None
            raise RateLimited("the insolvency portal asks to slow down", retry_after=wait, source="insolvency")
        if "ViewExpired" in response.text:
            raise RemoteUnavailable("the insolvency portal's session expired between form and search; try again",
                                    source="insolvency", retryable=True)
        if status >= 500:
            raise RemoteUnavailable(f"the insolvency portal failed with HTTP {status}", source="insolvency",
                                    status=status, retryable=True)
        if status in (401, 403):
            raise RemoteUnavailable(f"the insolvency portal refused access (HTTP {status}); it may block automated "
                                    "searches", source="insolvency", status=status)
        if status >= 300:
            raise _changed(f"HTTP {status} for {urlsplit(str(response.url)).path}")
        if not response.text.strip():
            raise _changed("an empty page")
        return response
