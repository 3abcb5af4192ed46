"""A local stand-in of neu.insolvenzbekanntmachungen.de's search, built to the portal's described structure.

Not a copy of the real pages (no capture exists): the structure follows the
public descriptions in ``kyb-fixtures/SOURCES.md`` and public scrapers — a JSF
form ``frm_suche`` on ``/ap/suche.jsf`` with the field ids
``frm_suche:litx_firmaNachName:text``, ``…litx_sitzWohnsitz:text``,
``…lsom_bundesland:lsom``, ``…ldi_datumVon:datumHtml5``/``…ldi_datumBis…`` and
the button ``frm_suche:cbt_suchen``; results on ``/ap/ergebnis.jsf`` in the table
``tbl_ergebnis`` whose cells are spans ``tbl_ergebnis:N:otx_datum`` … ``otx_register``.

JSF behaviour reproduced: the first GET opens a session (``JSESSIONID`` cookie and
``;jsessionid=`` in the form action) and every GET issues a new ViewState for
that session. A POST whose ViewState was not issued to its session is answered
500 with a ``ViewExpiredException`` page; a POST without any ViewState is not a
postback, so the empty form is rendered again and nothing is searched. A valid
search is answered 302 to ``ergebnis.jsf``, which shows that session's last result
(the "post/redirect/get" of JSF navigation).

Variants for tests: ``structure`` = "current" | "no_form" | "no_viewstate" |
"no_table" (result page without table or "no results" notice) | "renamed_fields"
(the name field has another id); ``view_state_name`` switches between
``javax.faces.ViewState`` and ``jakarta.faces.ViewState``; ``refuse_next(message)``
renders the form again with a faces error message; ``expire_views = True`` makes
every POST meet an expired view. ``requests`` keeps
(monotonic time, method, path) of every request, ``posted`` every POSTed form,
``issued`` every ViewState handed out and ``rejected`` the refused POSTs.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass
from datetime import date
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

STATES = {"BW": "Baden-Württemberg", "BY": "Bayern", "BE": "Berlin", "BB": "Brandenburg", "HB": "Bremen",
          "HH": "Hamburg", "HE": "Hessen", "MV": "Mecklenburg-Vorpommern", "NI": "Niedersachsen",
          "NW": "Nordrhein-Westfalen", "RP": "Rheinland-Pfalz", "SL": "Saarland", "SN": "Sachsen",
          "ST": "Sachsen-Anhalt", "SH": "Schleswig-Holstein", "TH": "Thüringen"}
PAGE = ('<!DOCTYPE html><html lang="de"><head><meta charset="UTF-8"><title>{title} - Insolvenzbekanntmachungen'
        "</title></head><body><div id=\"content\">{body}</div></body></html>")


@dataclass
class PortalNotice:
    published: date
    case_number: str
    court: str
    name: str
    seat: str
    register: str
    state: str  # a key of STATES


class FakeInsolvencyPortal:
    """Serves ``/ap/suche.jsf`` and ``/ap/ergebnis.jsf`` on a free port until :meth:`close`; ``url`` is the base."""

    def __init__(self, *, structure: str = "current", view_state_name: str = "javax.faces.ViewState") -> None:
        self.structure = structure
        self.view_state_name = view_state_name
        self.notices: list[PortalNotice] = []
        self.requests: list[tuple[float, str, str]] = []
        self.posted: list[dict[str, str]] = []
        self.issued: list[str] = []
        self.rejected: list[str] = []  # "expired" or "missing", one per refused POST
        self.expire_views = False  # True: every POST finds its view gone, as after a session timeout
        self._sessions: dict[str, dict[str, object]] = {}
        self._refusals: list[str] = []
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                fake._handle(self, "GET")

            def do_POST(self) -> None:  # noqa: N802
                fake._handle(self, "POST")

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def add(self, published: date, case_number: str, court: str, name: str, seat: str = "", register: str = "",
            state: str = "NW") -> None:
        """Publish one notice on the stand-in."""
        self.notices.append(PortalNotice(published, case_number, court, name, seat, register, state))

    def refuse_next(self, message: str) -> None:
        """Answer the next search with the form and this faces error message (a JSF validation failure)."""
        self._refusals.append(message)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeInsolvencyPortal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- HTTP ----------------------------------------------------------------------------------------------

    def _handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        self.requests.append((time.monotonic(), method, handler.path))
        path, _, rewritten = handler.path.split("?")[0].partition(";jsessionid=")
        cookies = dict(part.strip().split("=", 1) for part in (handler.headers.get("Cookie") or "").split(";")
                       if "=" in part)
        session_id = cookies.get("JSESSIONID") or rewritten or None
        headers: dict[str, str] = {}
        if session_id not in self._sessions:
            session_id = secrets.token_hex(8).upper()
            self._sessions[session_id] = {"views": set(), "results": None}
            headers["Set-Cookie"] = f"JSESSIONID={session_id}; Path=/ap; HttpOnly"
        session = self._sessions[session_id]
        if path == "/ap/suche.jsf" and method == "GET":
            status, body = 200, self._form(session, session_id)
        elif path == "/ap/suche.jsf" and method == "POST":
            length = int(handler.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(handler.rfile.read(length).decode(), keep_blank_values=True).items()}
            status, body, location = self._search(session, session_id, form)
            if location:
                headers["Location"] = f"{self.url}{location}"
        elif path == "/ap/ergebnis.jsf" and method == "GET":
            status, body = 200, self._results(session)
        else:
            status, body = 404, PAGE.format(title="Fehler", body="<h1>Seite nicht gefunden</h1>")
        data = body.encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "text/html;charset=UTF-8")
        handler.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)

    # -- pages ---------------------------------------------------------------------------------------------

    def _form(self, session: dict[str, object], session_id: str, message: str | None = None) -> str:
        if self.structure == "no_form":
            return PAGE.format(title="Wartung", body="<h1>Das Portal wird gewartet.</h1>")
        with self._lock:
            view_state = f"{secrets.randbelow(10**18)}:{secrets.randbelow(10**18)}"
            session["views"].add(view_state)  # type: ignore[attr-defined]
            self.issued.append(view_state)
        name_id = "frm_suche:litx_firmaName:text" if self.structure == "renamed_fields" else \
            "frm_suche:litx_firmaNachName:text"
        options = '<option value="" selected="selected">-- Alle Bundesländer --</option>' + "".join(
            f'<option value="{code}">{escape(label)}</option>' for code, label in STATES.items())

        def text(field_id: str, label: str, kind: str = "text") -> str:
            return (f'<label for="{field_id}">{label}</label>'
                    f'<input id="{field_id}" type="{kind}" name="{field_id}" value="" />')

        messages = f'<div id="msgs_err" class="error"><ul><li>{escape(message)}</li></ul></div>' if message else ""
        view_state_input = "" if self.structure == "no_viewstate" else (
            f'<input type="hidden" name="{self.view_state_name}" id="j_id1:{self.view_state_name}:0" '
            f'value="{view_state}" autocomplete="off" />')
        body = (
            f'{messages}<form id="frm_suche" name="frm_suche" method="post" '
            f'action="/ap/suche.jsf;jsessionid={session_id}" enctype="application/x-www-form-urlencoded">'
            '<input type="hidden" name="frm_suche" value="frm_suche" />'
            '<select id="frm_suche:lsom_bundesland:lsom" name="frm_suche:lsom_bundesland:lsom" size="1">'
            f"{options}</select>"
            '<select id="frm_suche:lsom_gericht:lsom" name="frm_suche:lsom_gericht:lsom" disabled="disabled">'
            '<option value="">-- Alle Gerichte --</option></select>'
            + text("frm_suche:ldi_datumVon:datumHtml5", "Datum von", "date")
            + text("frm_suche:ldi_datumBis:datumHtml5", "Datum bis", "date")
            + '<select id="frm_suche:lsom_wildcard:lsom" name="frm_suche:lsom_wildcard:lsom">'
            '<option value="0" selected="selected">enthält</option><option value="1">beginnt mit</option></select>'
            + text(name_id, "Name, Firma")
            + text("frm_suche:litx_vorname:text", "Vorname")
            + text("frm_suche:litx_sitzWohnsitz:text", "Sitz / Wohnsitz")
            + text("frm_suche:iaz_aktenzeichen:itx_abteilung", "Abteilung")
            + text("frm_suche:iaz_aktenzeichen:itx_lfdNr", "lfd. Nr.")
            + text("frm_suche:iaz_aktenzeichen:itx_jahr", "Jahr")
            + '<input type="submit" id="frm_suche:cbt_zuruecksetzen" name="frm_suche:cbt_zuruecksetzen" '
            'value="Zurücksetzen" />'
            '<input type="submit" id="frm_suche:cbt_suchen" name="frm_suche:cbt_suchen" value="Suchen" />'
            f"{view_state_input}</form>")
        return PAGE.format(title="Suche", body=body)

    def _search(self, session: dict[str, object], session_id: str,
                form: dict[str, str]) -> tuple[int, str, str | None]:
        self.posted.append(form)
        view_state = form.get(self.view_state_name)
        if not view_state:  # not a postback: JSF just renders the view again
            self.rejected.append("missing")
            return 200, self._form(session, session_id), None
        if self.expire_views or view_state not in session["views"]:  # type: ignore[operator]
            self.rejected.append("expired")
            return 500, PAGE.format(title="Fehler", body=(
                "<h1>javax.faces.application.ViewExpiredException</h1><p>viewId:/ap/suche.jsf - View /ap/suche.jsf "
                "could not be restored.</p>")), None
        if "frm_suche:cbt_suchen" not in form:
            return 200, self._form(session, session_id), None
        if self._refusals:
            return 200, self._form(session, session_id, self._refusals.pop(0)), None
        name = form.get("frm_suche:litx_firmaNachName:text", "").casefold()
        seat = form.get("frm_suche:litx_sitzWohnsitz:text", "").casefold()
        state = form.get("frm_suche:lsom_bundesland:lsom", "")
        start = form.get("frm_suche:ldi_datumVon:datumHtml5") or "0001-01-01"
        end = form.get("frm_suche:ldi_datumBis:datumHtml5") or "9999-12-31"
        session["results"] = [
            n for n in self.notices
            if name in n.name.casefold() and seat in n.seat.casefold() and (not state or state == n.state)
            and start <= n.published.isoformat() <= end]
        return 302, "", "/ap/ergebnis.jsf"

    def _results(self, session: dict[str, object]) -> str:
        found: list[PortalNotice] = session["results"] or []  # type: ignore[assignment]
        if self.structure == "no_table":
            return PAGE.format(title="Suchergebnis", body="<div class=\"liste\">Ergebnisliste wird geladen …</div>")
        if not found:
            return PAGE.format(title="Suchergebnis", body=(
                '<h1>Veröffentlichungsübersicht</h1><span id="otx_keineTreffer">Keine Treffer</span>'))
        rows = []
        for i, n in enumerate(found):
            cells = [("otx_datum", n.published.strftime("%d.%m.%Y")), ("otx_azAkt", n.case_number),
                     ("otx_Gericht", n.court), ("otx_schuldner", n.name), ("otx_Sitz", n.seat),
                     ("otx_register", n.register)]
            tds = "".join(f'<td><span id="tbl_ergebnis:{i}:{key}">{escape(value)}</span></td>' for key, value in cells)
            detail = (f'<td><form id="tbl_ergebnis:{i}:frm_detail" method="post" action="/ap/ergebnis.jsf">'
                      f'<input type="image" src="/img/lupe.png" alt="Bekanntmachung anzeigen" /></form></td>')
            rows.append(f"<tr>{tds}{detail}</tr>")
        head = "".join(f"<th>{h}</th>" for h in ("Veröffentlichungsdatum", "Aktenzeichen", "Gericht",
                                                 "Name, Vorname / Firma", "Sitz / Wohnsitz", "Register", ""))
        return PAGE.format(title="Suchergebnis", body=(
            f'<h1>Veröffentlichungsübersicht</h1><table id="tbl_ergebnis" class="ergebnis"><thead><tr>{head}'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table>'))
