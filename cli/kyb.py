"""``secretary kyb``: sanctions lists, screening, name comparison, counterparties, checks, alerts, reports.

Scripts depend on the JSON shapes printed here; keep them stable.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from cli.output import emit_json, fail
from secretary.kyb.counterparty import Counterparty, CounterpartyInput
from secretary.kyb.records import FORMATS, LISTS, SCHEMAS, Identifier
from storage.workspace import Workspace

ACTOR = "cli"
MAX_NAME = 500


def add_parser(sub: Any) -> None:
    kyb = sub.add_parser("kyb", help="know your business partners: sanctions, VAT, LEI, insolvency")
    k_sub = kyb.add_subparsers(dest="kyb_command", metavar="ACTION", required=True)
    lists = k_sub.add_parser("lists", help="the sanctions lists kept on this machine")
    l_sub = lists.add_subparsers(dest="lists_command", metavar="ACTION", required=True)
    update = l_sub.add_parser("update", help="download the lists from their official addresses")
    update.add_argument("--list", action="append", choices=sorted(LISTS), help="only this list (repeatable)")
    update.add_argument("--json", action="store_true")
    imp = l_sub.add_parser("import", help="import a downloaded list file (works offline)")
    imp.add_argument("--format", required=True, choices=FORMATS)
    imp.add_argument("--list", choices=sorted(LISTS), help="which list the file is (default: from the file)")
    imp.add_argument("path", help="the file (for ofac-csv: sdn.csv or its folder)")
    imp.add_argument("--json", action="store_true")
    status = l_sub.add_parser("status", help="which version of each list is loaded, and how fresh")
    status.add_argument("--json", action="store_true")

    screen = k_sub.add_parser("screen", help='screen names: JSON lines {"name", "schema", ...} on stdin')
    screen.add_argument("--threshold", type=float, help="report matches from this score (default: the setting)")
    screen.add_argument("--limit", type=int, default=10)
    screen.add_argument("--workers", default="1", metavar="N|auto",
                        help="screen in N processes (auto: every core); reads all input first, then answers in "
                             "order. Default 1: each line is answered as it arrives")
    screen.add_argument("--json", action="store_true")
    compare = k_sub.add_parser("compare", help='compare names: JSON lines {"name1", "name2", "schema"} on stdin')
    compare.add_argument("--threshold", type=float, help="the score from which two names match")
    compare.add_argument("--json", action="store_true")

    add = k_sub.add_parser("add", help="monitor a counterparty (or the company of a CRM contact)")
    add.add_argument("name", nargs="?")
    add.add_argument("--from-contact", type=int, metavar="CONTACT_ID",
                     help="the company of this CRM contact (or the contact as a person)")
    add.add_argument("--type", default="company", choices=("company", "person", "organisation", "vessel"))
    add.add_argument("--country")
    add.add_argument("--vat")
    add.add_argument("--lei")
    add.add_argument("--address")
    add.add_argument("--registration")
    add.add_argument("--birth-date")
    add.add_argument("--imo")
    add.add_argument("--notes")
    add.add_argument("--interval", choices=("daily", "weekly"))
    add.add_argument("--check", action="store_true", help="check it right away")
    add.add_argument("--json", action="store_true")
    imp_cp = k_sub.add_parser("import", help="counterparties from a CSV file")
    imp_cp.add_argument("path")
    imp_cp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help="which column holds a field (default: guessed from the header)")
    imp_cp.add_argument("--json", action="store_true")
    listing = k_sub.add_parser("list", help="monitored counterparties, riskiest first")
    listing.add_argument("--search", default="")
    listing.add_argument("--json", action="store_true")
    check = k_sub.add_parser("check", help="check a counterparty now (all sources)")
    check.add_argument("id", nargs="?", type=int)
    check.add_argument("--all", action="store_true", help="every active counterparty")
    check.add_argument("--json", action="store_true")
    report = k_sub.add_parser("report", help="the KYB report of a counterparty (PDF and/or JSON)")
    report.add_argument("id", nargs="?", type=int)
    report.add_argument("--pdf", metavar="OUT")
    report.add_argument("--json", metavar="OUT", dest="json_out")
    report.add_argument("--all", metavar="DIR", help="reports for every active counterparty into DIR")
    alerts = k_sub.add_parser("alerts", help="alerts (open ones by default)")
    alerts.add_argument("--status", default="open", choices=("open", "new", "acknowledged", "resolved", "all"))
    alerts.add_argument("--json", action="store_true")
    for verb in ("acknowledge", "resolve"):
        act = k_sub.add_parser(verb, help=f"{verb} an alert")
        act.add_argument("alert", type=int)
        act.add_argument("--reason", required=verb == "resolve")
    decide = k_sub.add_parser("decide", help="decide a possible sanctions match of a counterparty, with the reason")
    decide.add_argument("id", type=int, help="the counterparty")
    decide.add_argument("list", help="the list of the match (ofac-sdn, eu-fsf, uk-fcdo, un-sc, ...)")
    decide.add_argument("entity", help="the listed entry's id")
    verdict = decide.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--false-positive", dest="verdict", action="store_const", const="false_positive",
                         help="not the same person or company: the match no longer counts or alerts")
    verdict.add_argument("--confirmed", dest="verdict", action="store_const", const="confirmed",
                         help="it is the same: the risk is 100 and the alert stays open for follow-up")
    verdict.add_argument("--withdraw", dest="verdict", action="store_const", const="withdrawn",
                         help="take the decision in force back")
    decide.add_argument("--reason", required=True, help="why (kept with the decision and printed in the report)")
    decide.add_argument("--json", action="store_true")


def cmd_kyb(workspace: Workspace, args: argparse.Namespace) -> int:
    """Dispatch ``secretary kyb ACTION``."""
    if args.kyb_command == "compare":
        return _compare(args)
    from services.app import open_app
    app = open_app(workspace)
    try:
        return _HANDLERS[args.kyb_command](app, args)
    finally:
        app.close()


# -- lists --------------------------------------------------------------------------------------------------------

def _lists(app: Any, args: argparse.Namespace) -> int:
    if args.lists_command == "update":
        results = app.kyb.lists.update(args.list, actor=ACTOR, cache_dir=app.workspace.root / "cache",
                                       progress=None if args.json else _progress)
        if args.json:
            emit_json([r.__dict__ for r in results])
        else:
            for r in results:
                print(f"{r.list_id:<10} {r.outcome:<9} {r.message}")
        return 0 if all(r.outcome in ("updated", "unchanged", "skipped") for r in results) else 1
    if args.lists_command == "import":
        version, new = app.kyb.lists.import_file(args.format, args.path, list_id=args.list, actor=ACTOR)
        if args.json:
            emit_json({**_version_json(version), "new": new})
        else:
            print(f"{version.list_id}: version {version.version}, {version.entries} entries, {version.names} names"
                  + ("" if new else " (already loaded)")
                  + (f"; {len(version.warnings)} record(s) skipped, see 'kyb lists status --json'"
                     if version.warnings else ""))
        return 0
    versions = app.kyb.lists.status()
    if args.json:
        emit_json([_version_json(v) for v in versions])
        return 0
    if not versions:
        print("no list loaded: run 'secretary kyb lists update' (online) or 'secretary kyb lists import'")
    for v in versions:
        print(f"{v.list_id:<10} {v.version:<24} published {v.published or '?':<12} {v.entries:>7} entries  "
              f"loaded {v.imported_at:%Y-%m-%d %H:%M} UTC")
    return 0


def _version_json(v: Any) -> dict[str, Any]:
    return {"list": v.list_id, "title": LISTS.get(v.list_id, v.list_id), "version": v.version,
            "published": v.published, "format": v.format, "entries": v.entries, "names": v.names,
            "imported_at": v.imported_at.isoformat(), "origin": v.origin, "sha256": v.sha256,
            "warnings": v.warnings}


def _progress(fraction: float, label: str) -> None:
    if label:
        print(f"[{fraction:4.0%}] {label} …", file=sys.stderr)


# -- screening and comparing --------------------------------------------------------------------------------------

def _lines(stream: Any, parse: Callable[[dict[str, Any]], Any]) -> Iterator[tuple[int, Any, str | None]]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("expected a JSON object")
            yield number, parse(item), None
        except json.JSONDecodeError as exc:
            yield number, None, f"not JSON: {exc.msg}"
        except (ValueError, TypeError) as exc:
            yield number, None, str(exc)


def _text(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f'expected a non-empty string "{key}"')
    if len(value) > MAX_NAME:
        raise ValueError(f'"{key}" is longer than {MAX_NAME} characters')
    return value


def _schema(item: dict[str, Any]) -> str:
    schema = item.get("schema") or "LegalEntity"
    if schema not in SCHEMAS:
        raise ValueError(f'unknown schema {schema!r}; use one of {", ".join(SCHEMAS)}')
    return str(schema)


def _query(item: dict[str, Any]) -> Any:
    from secretary.kyb.matching import Query
    ids = tuple(Identifier(str(k), str(v)) for k, v in (item.get("identifiers") or {}).items()) \
        if isinstance(item.get("identifiers"), dict) else ()
    return Query(name=_text(item, "name"), schema=_schema(item), country=item.get("country") or None,
                 birth_date=item.get("birth_date") or None, identifiers=ids)


def _screen(app: Any, args: argparse.Namespace) -> int:
    from services.kyb.bulk import default_workers, screen_many, screening_only
    from services.kyb.checks import match_dict
    index = app.kyb.lists.index()  # NotReady (no list loaded) ends here with a clear message
    screening_only()
    threshold = app.kyb.threshold() if args.threshold is None else args.threshold
    if args.workers == "auto":
        workers = default_workers()
    elif str(args.workers).isdigit() and int(args.workers) >= 1:
        workers = int(args.workers)
    else:
        return fail(f"--workers must be a number from 1 or 'auto', not {args.workers!r}")
    lines: Iterable[tuple[int, Any, str | None]] = _lines(sys.stdin, _query)
    found: dict[int, list[Any]] = {}
    if workers > 1:  # all input first, then every line screened in parallel
        lines = list(lines)
        valid = [(number, query) for number, query, error in lines if error is None]
        found = dict(zip((n for n, _ in valid), screen_many(index, [q for _, q in valid], threshold, args.limit,
                                                           workers), strict=True))
    failed = 0
    for number, query, error in lines:
        if error is not None:
            failed += 1
            out: dict[str, Any] = {"error": f"line {number}: {error}"}
        else:
            matches = found[number] if number in found else index.screen(query, threshold=threshold,
                                                                          limit=args.limit)
            out = {"matches": [match_dict(m) for m in matches]}
        if args.json:
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        elif "error" in out:
            print(f"error  {out['error']}")
        else:
            best = out["matches"][0] if out["matches"] else None
            print(f"{query.name[:40]:<40}  " + (f"{best['score']:.2f} {best['list']} {best['name']}"
                                                 if best else "no match"))
        if workers == 1:
            sys.stdout.flush()  # a script writing one line and waiting gets its answer now
    sys.stdout.flush()
    return fail(f"{failed} input line(s) could not be screened (see their error lines)") if failed else 0


def _compare(args: argparse.Namespace) -> int:
    from secretary.kyb.matching import DEFAULT_THRESHOLD, compare
    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    failed = 0
    for number, pair, error in _lines(sys.stdin, lambda i: (_text(i, "name1"), _text(i, "name2"), _schema(i))):
        if error is not None:
            failed += 1
            out: dict[str, Any] = {"error": f"line {number}: {error}"}
        else:
            result = compare(*pair)
            out = {"score": round(float(result.score), 4), "match": bool(result.score >= threshold)}
            if not args.json:
                out["explanation"] = result.explanation
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n" if args.json else
                         (f"error  {out['error']}\n" if "error" in out else
                          f"{out['score']:.3f} {'MATCH' if out['match'] else '-    '} {out['explanation']}\n"))
    sys.stdout.flush()
    return fail(f"{failed} input line(s) could not be compared (see their error lines)") if failed else 0


# -- counterparties -----------------------------------------------------------------------------------------------

def party_json(p: Counterparty) -> dict[str, Any]:
    """The stable JSON of a counterparty."""
    return {"id": p.id, "name": p.name, "type": p.kind, "country": p.country, "vat_number": p.vat_number,
            "lei": p.lei_code, "address": p.address, "registration_number": p.registration_number,
            "birth_date": p.birth_date, "status": p.status, "check_interval": p.check_interval,
            "risk_score": p.risk_score, "risk_level": p.risk_level,
            "risk_reasons": p.risk_details.get("reasons", []), "open_alerts": p.open_alerts,
            "last_checked_at": p.last_checked_at.isoformat() if p.last_checked_at else None,
            "sources": p.check_state}


def _add(app: Any, args: argparse.Namespace) -> int:
    if args.from_contact is not None:
        party_id = app.kyb.from_contact(args.from_contact, actor=ACTOR)
        return _added(app, args, party_id)
    if not args.name:
        return fail("name the counterparty, or give --from-contact ID")
    data = CounterpartyInput(name=args.name, kind=args.type, country=args.country, vat_number=args.vat,
                             lei_code=args.lei, address=args.address, registration_number=args.registration,
                             birth_date=args.birth_date, notes=args.notes,
                             check_interval=args.interval or str(app.settings.get("kyb.check_interval")),
                             identifiers=(("IMO", args.imo),) if args.imo else ())
    return _added(app, args, app.kyb.add(data, actor=ACTOR))


def _added(app: Any, args: argparse.Namespace, party_id: int) -> int:
    party = app.kyb.check(party_id) if args.check else app.kyb.get(party_id)
    if args.json:
        emit_json(party_json(party))
    else:
        print(f"added counterparty {party.id}: {party.name}" + (f" — risk {party.risk_score} ({party.risk_level})"
                                                                 if args.check else ""))
    return 0


def _import(app: Any, args: argparse.Namespace) -> int:
    mapping = {}
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep:
            return fail(f"--map expects FIELD=COLUMN, not {item!r}")
        mapping[field.strip()] = column.strip()
    report = app.kyb.import_csv(Path(args.path), mapping or None, actor=ACTOR)
    if args.json:
        emit_json({"added": report.added, "rejected": [{"row": r, "reason": why} for r, why in report.rejected]})
    else:
        print(f"added {len(report.added)} counterparties; rejected {len(report.rejected)} row(s)")
        for row, why in report.rejected:
            print(f"  row {row}: {why}")
    return 0


def _list(app: Any, args: argparse.Namespace) -> int:
    parties = app.kyb.list(args.search)
    if args.json:
        emit_json([party_json(p) for p in parties])
        return 0
    for p in parties:
        print(f"{p.id:>5}  {p.risk_score:>3} {p.risk_level:<8}  {p.name[:50]:<50}  {p.country or '--'}  "
              f"{'checked ' + p.last_checked_at.strftime('%Y-%m-%d') if p.last_checked_at else 'not checked'}")
    return 0


def _check(app: Any, args: argparse.Namespace) -> int:
    if args.id is None and not args.all:
        return fail("name a counterparty id, or --all")
    ids = app.kyb.active_ids() if args.all else [args.id]
    results = [app.kyb.check(i) for i in ids]
    if args.json:
        emit_json([party_json(p) for p in results] if args.all else party_json(results[0]))
        return 0
    for p in results:
        print(f"{p.id:>5}  risk {p.risk_score:>3} ({p.risk_level})  {p.name}")
        for reason in p.risk_details.get("reasons", []):
            print(f"       {reason['points']:>3}  {reason['text']}")
        for source, state in sorted(p.check_state.items()):
            if state.get("status") != "ok":
                print(f"       {source}: {state.get('status')} — {state.get('message')}")
    return 0


def _report(app: Any, args: argparse.Namespace) -> int:
    from services.kyb import report, report_pdf
    firm, zone = str(app.settings.get("firm.name")), str(app.settings.get("firm.timezone"))
    if args.all:
        files = report.export_all(app.kyb, Path(args.all), firm, zone)
        print(f"wrote {len(files)} file(s) to {args.all}")
        return 0
    if args.id is None or not (args.pdf or args.json_out):
        return fail("name a counterparty id and --pdf OUT and/or --json OUT (or --all DIR)")
    data = report.build(app.kyb, args.id, firm)
    if args.json_out:
        report.write_json(data, args.json_out)
    if args.pdf:
        report_pdf.render(data, args.pdf, zone)
    return 0


def _alerts(app: Any, args: argparse.Namespace) -> int:
    alerts = app.kyb.alerts(None if args.status == "all" else args.status)
    if args.json:
        emit_json([{"id": a.id, "counterparty_id": a.counterparty_id, "counterparty": a.counterparty_name,
                    "type": a.type, "severity": a.severity, "status": a.status, "message": a.message,
                    "reason": a.reason, "by": a.acted_by, "created_at": a.created_at.isoformat(),
                    "updated_at": a.updated_at.isoformat()} for a in alerts])
        return 0
    for a in alerts:
        print(f"{a.id:>5}  {a.severity:<8} {a.status:<12} {a.created_at:%Y-%m-%d}  {a.message}")
    return 0


def _act(app: Any, args: argparse.Namespace) -> int:
    status = "acknowledged" if args.kyb_command == "acknowledge" else "resolved"
    app.kyb.act(args.alert, status, actor=ACTOR, reason=args.reason)
    print(f"alert {args.alert} {status}")
    return 0


def _decide(app: Any, args: argparse.Namespace) -> int:
    party = app.kyb.decide(args.id, args.list, args.entity, args.verdict, args.reason, actor=ACTOR)
    if args.json:
        emit_json(party_json(party))
    else:
        print(f"{args.list} {args.entity}: {args.verdict.replace('_', ' ')}; {party.name} now at risk "
              f"{party.risk_score} ({party.risk_level})")
    return 0


_HANDLERS: dict[str, Callable[[Any, argparse.Namespace], int]] = {
    "lists": _lists, "screen": _screen, "add": _add, "import": _import, "list": _list, "check": _check,
    "report": _report, "alerts": _alerts, "acknowledge": _act, "resolve": _act, "decide": _decide,
}
