"""The KYB report as PDF (fpdf2 with DejaVu Sans, so Cyrillic and diacritics print as they are)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONTS = Path(__file__).with_name("fonts")
SEVERITY = {"critical": (170, 20, 20), "high": (200, 80, 0), "medium": (180, 140, 0), "low": (60, 110, 170),
            "none": (40, 130, 60)}


class _Pdf(FPDF):
    def __init__(self, title: str) -> None:
        super().__init__(format="A4")
        self.title_text = title
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(True, margin=15)
        self.set_title(title)
        self.set_creator("AI Secretary")

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, f"{self.title_text} — page {self.page_no()}/{{nb}}", align="C")


def render(report: dict[str, Any], path: Path | str, timezone: str = "UTC") -> Path:
    """Write ``report`` (from :func:`services.kyb.report.build`) as a PDF file (atomically)."""
    zone = ZoneInfo(timezone)
    party, risk = report["counterparty"], report["risk"]
    pdf = _Pdf(f"KYB report: {party['name']}")
    pdf.alias_nb_pages()
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(w, 8, f"KYB report — {party['name']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 8)
    meta = report["report"]
    pdf.multi_cell(w, 4.5, f"Generated {_when(meta['generated_at'], zone)} ({timezone})"
                   + (f" for {meta['firm']}" if meta.get("firm") else "")
                   + f" · alert threshold {meta['threshold']:.2f} · report format {meta['version']}",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    color = SEVERITY.get(risk["level"], (0, 0, 0))
    pdf.set_fill_color(*color)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(w, 8, f"  Risk {risk['score']}/100 — {risk['level']}", fill=True, new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    _heading(pdf, "How the score was reached")
    _text(pdf, risk["rules"], 8)
    for reason in risk["reasons"] or [{"points": 0, "source": "-", "text": "no finding raised the score"}]:
        _text(pdf, f"• {reason['points']:>3} points ({reason['source']}): {reason['text']}")

    _heading(pdf, "Identity")
    _table(pdf, [(label, str(party.get(key) or "—")) for key, label in (
        ("type", "Type"), ("country", "Country"), ("vat_number", "VAT id"), ("lei", "LEI"),
        ("registration_number", "Registration"), ("address", "Address"), ("birth_date", "Date of birth"),
        ("status", "Monitoring"), ("check_interval", "Checked"), ("monitored_since", "Monitored since"),
        ("last_checked_at", "Last check"), ("notes", "Notes"))
        if key not in ("monitored_since", "last_checked_at") or party.get(key)], zone)

    _heading(pdf, "Sources checked")
    rows = [(s["source"], f"{s['status']} at {_when(s['checked_at'], zone)}"
             + (f" · version {s['version']}" if s.get("version") else "")
             + (f" · {s['message']}" if s.get("message") else "")) for s in report["sources"]]
    _table(pdf, rows or [("—", "not checked yet")], zone)
    _heading(pdf, "Sanctions lists used (local copies)")
    _table(pdf, [(v["list"], f"{v['title']} · version {v['version']} · published {v['published'] or '?'} · "
                             f"{v['entries']} entries · imported {_when(v['imported_at'], zone)}")
                 for v in report["lists"]] or [("—", "no list loaded")], zone)

    _heading(pdf, f"Possible sanctions matches ({len(report['matches'])})")
    if not report["matches"]:
        _text(pdf, "No listed name matched at or above the alert threshold.")
    for match in report["matches"]:
        pdf.set_font("DejaVu", "B", 9)
        pdf.multi_cell(w, 5, f"{match['name']} — {match['list']} {match['entity_id']} — score {match['score']:.2f}",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        _text(pdf, f"matched name: {match['matched_name']}")
        _text(pdf, f"why: {match['explanation']}", 8)
    decisions = report.get("decisions", [])
    if decisions:
        _heading(pdf, f"Decisions on possible matches ({len(decisions)})")
    for d in decisions:
        by = f" by {d['by']}" if d.get("by") else ""
        _text(pdf, f"{_when(d['at'], zone)} · {d['list']} {d['entity_id']} ({d['matched_name']}, score "
                   f"{d['score']:.2f}): {DECIDED.get(d['decision'], d['decision'])}{by} — {d['reason']}", 8)

    _heading(pdf, f"Changes over time ({len(report['diffs'])})")
    if not report["diffs"]:
        _text(pdf, "No source reported a change.")
    for d in report["diffs"]:
        for c in d["changes"]:
            _text(pdf, f"{_when(d['at'], zone)} · {d['source']} · {c['path']}: {c.get('old')} → {c.get('new')}", 8)

    _heading(pdf, f"Alerts ({len(report['alerts'])})")
    if not report["alerts"]:
        _text(pdf, "No alert was raised.")
    for a in report["alerts"]:
        by = f" by {a['by']}" if a.get("by") else ""
        _text(pdf, f"[{a['severity']}] {a['status']}{by} · raised {_when(a['raised_at'], zone)}: {a['message']}"
              + (f" — reason: {a['reason']}" if a.get("reason") else ""), 8)

    _heading(pdf, f"Snapshots ({len(report['snapshots'])}) — raw answers with their SHA-256")
    for s in report["snapshots"]:
        pdf.set_font("DejaVu", "B", 8)
        pdf.multi_cell(w, 4.5, f"#{s['id']} {s['source']} · first seen {_when(s['first_seen'], zone)} · last "
                               f"confirmed {_when(s['last_confirmed'], zone)} · {s['hash'][:16]}…",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        raw = json.dumps(s["data"], ensure_ascii=False, sort_keys=True)
        _text(pdf, raw if len(raw) <= 1500 else raw[:1500] + " … (complete in the JSON report)", 6.5)
    path = Path(path)
    temporary = path.with_name(path.name + ".part")
    pdf.output(str(temporary))
    temporary.replace(path)
    return path


DECIDED = {"false_positive": "not the same (false positive)", "confirmed": "confirmed match",
           "withdrawn": "decision withdrawn"}


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(pdf.epw, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(200, 200, 200)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
    pdf.ln(1)


def _text(pdf: FPDF, text: str, size: float = 9) -> None:
    pdf.set_font("DejaVu", "", size)
    pdf.multi_cell(pdf.epw, size * 0.5 + 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _table(pdf: FPDF, rows: list[tuple[str, str]], zone: ZoneInfo) -> None:
    for label, value in rows:
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.cell(38, 5, label)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.multi_cell(pdf.epw - 38, 5, _when(value, zone) if _is_time(value) else value,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _is_time(value: str) -> bool:
    return len(value) >= 19 and value[4] == "-" and value[10] == "T"


def _when(value: Any, zone: ZoneInfo) -> str:
    if not value:
        return "—"
    try:
        return datetime.fromisoformat(str(value)).astimezone(zone).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return str(value)
