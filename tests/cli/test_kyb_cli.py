"""``secretary kyb``: the list, screen, compare, add/import/check/report commands and their stable JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pypdf import PdfReader


def _run(args: list[str], home: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SECRETARY_SECRET_STORE": "file", "SECRETARY_HOME": home}
    return subprocess.run([sys.executable, "-m", "cli.main", *args], input=stdin, capture_output=True, text=True,
                          timeout=180, env=env)


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_lists_screen_and_report_from_the_command_line(tmp_path, kyb_fixtures) -> None:
    home = str(tmp_path / "ws")
    assert _run(["init"], home).returncode == 0
    missing = _run(["kyb", "screen", "--json"], home, '{"name": "x", "schema": "Person"}\n')
    assert missing.returncode == 1 and "no sanctions list is loaded" in missing.stderr
    imported = _run(["kyb", "lists", "import", "--format", "ofac-csv", str(kyb_fixtures / "ofac" / "csv-mini"),
                     "--json"], home)
    assert imported.returncode == 0, imported.stderr
    version = json.loads(imported.stdout)
    assert (version["list"], version["entries"], version["new"]) == ("ofac-sdn", 17, True)
    assert _run(["kyb", "lists", "import", "--format", "un-xml",
                 str(kyb_fixtures / "un" / "un_consolidated_sample.xml")], home).returncode == 0
    un_file = str(kyb_fixtures / "un" / "un_consolidated_sample.xml")
    bad = _run(["kyb", "lists", "import", "--format", "eu-xml", un_file], home)
    assert bad.returncode == 1 and "secretary: error:" in bad.stderr
    status = json.loads(_run(["kyb", "lists", "status", "--json"], home).stdout)
    assert sorted(v["list"] for v in status) == ["ofac-sdn", "un-sc"]
    assert all({"version", "published", "entries", "imported_at", "sha256"} <= set(v) for v in status)

    queries = [{"name": "Elvis Angus Logan Morey", "schema": "Person", "birth_date": "1963-07-28"},
               {"name": "Anna Schmidt", "schema": "Person", "country": "DE"},
               {"name": "IRAN AIRCRAFT MANUFACTURING INDUSTRIAL CO", "schema": "Company"}]
    stdin = "\n".join(json.dumps(q) for q in queries) + "\nnot json\n"
    screened = _run(["kyb", "screen", "--json"], home, stdin)
    out = _lines(screened.stdout)
    assert screened.returncode == 1 and len(out) == 4 and "line 4" in out[3]["error"]
    first = out[0]["matches"][0]
    assert set(first) == {"list", "entity_id", "name", "matched_name", "score", "explanation"}
    assert (first["list"], first["entity_id"]) == ("ofac-sdn", "10278") and 0 < first["score"] <= 1
    assert out[1]["matches"] == []  # no alert
    assert out[2]["matches"][0]["entity_id"] == "11195"
    scores = [m["score"] for m in out[2]["matches"]]
    assert scores == sorted(scores, reverse=True)
    parallel = _run(["kyb", "screen", "--json", "--workers", "auto"], home, stdin)  # same lines, same order
    assert parallel.returncode == 1 and _lines(parallel.stdout) == out
    many = "\n".join(json.dumps(queries[i % 3]) for i in range(1040)) + "\n"  # enough for two processes
    one, two = (_run(["kyb", "screen", "--json", "--workers", n], home, many) for n in ("1", "2"))
    assert one.returncode == two.returncode == 0 and len(_lines(two.stdout)) == 1040
    assert two.stdout == one.stdout
    wrong = _run(["kyb", "screen", "--workers", "many"], home, stdin)
    assert wrong.returncode == 1 and "--workers" in wrong.stderr
    strict = _lines(_run(["kyb", "screen", "--json", "--threshold", "0.9999"], home,
                         json.dumps(queries[2]) + "\n").stdout)
    assert all(m["score"] >= 0.9999 for m in strict[0]["matches"])

    added = _run(["kyb", "add", "Elvis Angus Logan Morey", "--type", "person", "--check", "--json"], home)
    assert added.returncode == 0, added.stderr
    party = json.loads(added.stdout)
    assert party["risk_level"] == "critical" and party["open_alerts"] == 1
    pdf, report_json = tmp_path / "r.pdf", tmp_path / "r.json"
    assert _run(["kyb", "report", str(party["id"]), "--pdf", str(pdf), "--json", str(report_json)],
                home).returncode == 0
    assert "Elvis Angus Logan Morey" in PdfReader(pdf).pages[0].extract_text()
    assert json.loads(report_json.read_text())["matches"][0]["entity_id"] == "10278"
    alerts = json.loads(_run(["kyb", "alerts", "--json"], home).stdout)
    assert [a["severity"] for a in alerts] == ["critical"]
    refused = _run(["kyb", "resolve", str(alerts[0]["id"])], home)
    assert refused.returncode == 2  # argparse: --reason is required
    assert _run(["kyb", "resolve", str(alerts[0]["id"]), "--reason", "other person"], home).returncode == 0
    assert json.loads(_run(["kyb", "alerts", "--json"], home).stdout) == []
    decide = ["kyb", "decide", str(party["id"]), "ofac-sdn", "10278"]
    decided = _run([*decide, "--false-positive", "--reason", "other person: born 1980", "--json"], home)
    assert decided.returncode == 0, decided.stderr
    assert (json.loads(decided.stdout)["risk_score"], json.loads(decided.stdout)["risk_level"]) == (0, "none")
    assert _run([*decide, "--reason", "no verdict"], home).returncode == 2  # argparse: a verdict is required
    unknown = _run(["kyb", "decide", str(party["id"]), "un-sc", "QDi.999", "--confirmed", "--reason", "x"], home)
    assert unknown.returncode == 1 and "not a possible match" in unknown.stderr
    assert _run(["kyb", "report", str(party["id"]), "--json", str(report_json)], home).returncode == 0
    assert [d["decision"] for d in json.loads(report_json.read_text())["decisions"]] == ["false_positive"]


def test_compare_prints_score_and_match_per_pair(tmp_path) -> None:
    pairs = [{"name1": "Олександр Шевченко", "name2": "Oleksandr Shevchenko", "schema": "Person"},
             {"name1": "Alpha Trading GmbH", "name2": "Beta Trading GmbH", "schema": "Company"},
             {"name1": "x"}]
    result = _run(["kyb", "compare", "--json"], str(tmp_path / "none"),
                  "\n".join(json.dumps(p, ensure_ascii=False) for p in pairs) + "\n")
    out = _lines(result.stdout)
    assert set(out[0]) == {"score", "match"} and out[0]["match"] is True
    assert out[1]["match"] is False and out[0]["score"] > out[1]["score"]
    assert "error" in out[2] and result.returncode == 1


def test_import_counterparties_from_csv_reports_rejected_rows(tmp_path) -> None:
    home = str(tmp_path / "ws")
    assert _run(["init"], home).returncode == 0
    sheet = tmp_path / "p.csv"
    sheet.write_text("name,vat,country\nAlpenblick Software GmbH,ATU13585627,AT\nBroken GmbH,DE1,DE\n",
                     encoding="utf-8")
    result = _run(["kyb", "import", str(sheet), "--json"], home)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert len(report["added"]) == 1 and report["rejected"][0]["row"] == 3
    listed = json.loads(_run(["kyb", "list", "--json"], home).stdout)
    assert [p["name"] for p in listed] == ["Alpenblick Software GmbH"]


def test_add_from_a_crm_contact(tmp_path) -> None:
    home = str(tmp_path / "ws")
    assert _run(["init", "--demo"], home).returncode == 0
    result = _run(["kyb", "add", "--from-contact", "1", "--json"], home)  # the demo's first contact
    assert result.returncode == 0, result.stderr
    assert (json.loads(result.stdout)["name"], json.loads(result.stdout)["type"]) == ("Bäckerei Schmidt", "company")
    again = _run(["kyb", "add", "--from-contact", "2"], home)  # Brandt Logistik: monitored in the demo already
    assert again.returncode == 1 and "already monitored" in again.stderr
    missing = _run(["kyb", "add"], home)
    assert missing.returncode == 1 and "--from-contact" in missing.stderr
