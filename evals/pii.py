"""The PII detector's evaluation: per-type precision, recall, F1 and speed.

    .venv/bin/python -m evals.pii        # prints a table, writes evals/results/pii.json

Data: evals/data/pii.jsonl (evals/make_pii_set.py writes it; generated rows plus a
hand-written part reported separately). Matching rule: a predicted span is a true
positive when it has the gold span's type and covers at least half of the gold
span's characters and at least half of its own characters lie inside the gold span
(so neither a fragment nor a span that swallowed the sentence counts); each gold
span can be matched once. Unmatched predictions are false positives, unmatched
gold spans false negatives. Speed: messages per second of ``PiiDetector.find``
over all messages, best of three passes.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from evals.metrics import table
from secretary.ai.pii import PiiDetector
from secretary.ai.records import PII_TYPES, PiiSpan

DATA = Path(__file__).with_name("data") / "pii.jsonl"
CRM = Path(__file__).with_name("data") / "pii_crm.txt"
RESULTS = Path(__file__).with_name("results") / "pii.json"
TARGETS = {"EMAIL": (0.9, 0.95), "IBAN": (0.9, 0.95), "CREDIT_CARD": (0.9, 0.95), "PHONE": (0.9, 0.9)}


def load() -> list[dict[str, Any]]:
    """The labelled messages."""
    with DATA.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def matches(gold: dict[str, Any], predicted: PiiSpan) -> bool:
    """Whether ``predicted`` counts as finding ``gold`` (see the module docstring)."""
    if gold["type"] != predicted.type:
        return False
    overlap = min(gold["end"], predicted.end) - max(gold["start"], predicted.start)
    return overlap * 2 >= gold["end"] - gold["start"] and overlap * 2 >= predicted.end - predicted.start


def score(rows: list[dict[str, Any]], predictions: list[list[PiiSpan]]) -> dict[str, dict[str, float]]:
    """Per-type and micro-averaged precision, recall, F1 with the counts."""
    counts = {kind: {"tp": 0, "fp": 0, "fn": 0} for kind in PII_TYPES}
    for row, predicted in zip(rows, predictions, strict=True):
        unmatched = list(row["spans"])
        for span in predicted:
            hit = next((g for g in unmatched if matches(g, span)), None)
            if hit is None:
                counts[span.type]["fp"] += 1
            else:
                unmatched.remove(hit)
                counts[span.type]["tp"] += 1
        for gold in unmatched:
            counts[gold["type"]]["fn"] += 1
    counts["ALL"] = {key: sum(c[key] for c in counts.values()) for key in ("tp", "fp", "fn")}
    return {kind: _prf(**c) for kind, c in counts.items()}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "gold": tp + fn, "predicted": tp + fp}


def speed(detector: PiiDetector, rows: list[dict[str, Any]], repeat: int = 3) -> float:
    """Messages per second of ``find``, best of ``repeat`` passes."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for row in rows:
            detector.find(row["text"], row["language"])
        best = min(best, time.perf_counter() - start)
    return round(len(rows) / best, 1)


def errors(rows: list[dict[str, Any]], predictions: list[list[PiiSpan]], limit: int = 40) -> list[str]:
    """A few misses and false alarms, for reading (not written to the results)."""
    out: list[str] = []
    for row, predicted in zip(rows, predictions, strict=True):
        gold = {(g["type"], row["text"][g["start"]:g["end"]]) for g in row["spans"]}
        found = {(p.type, p.value) for p in predicted}
        if gold != found:
            out.append(f"{row['text']!r}\n   missed {sorted(gold - found)}\n   extra  {sorted(found - gold)}")
    return out[:limit]


def run() -> dict[str, Any]:
    """Evaluate on the whole set, the generated part and the hand-written part."""
    rows = load()
    detector = PiiDetector(known_names=CRM.read_text(encoding="utf-8").split("\n"))
    predictions = [detector.find(row["text"], row["language"]) for row in rows]
    parts = {"all": [True] * len(rows),
             "generated": [row.get("source") != "hand" for row in rows],
             "hand": [row.get("source") == "hand" for row in rows]}
    result: dict[str, Any] = {"messages": len(rows), "messages_per_second": speed(detector, rows)}
    for name, keep in parts.items():
        kept = [(r, p) for r, p, k in zip(rows, predictions, keep, strict=True) if k]
        result[name] = score([r for r, _ in kept], [p for _, p in kept])
        result[name]["messages"] = len(kept)  # type: ignore[assignment]
    result["targets_met"] = {name: _targets_met(result[name]) for name in parts}
    return result


def _targets_met(scores: dict[str, Any]) -> bool:
    """The issue's targets: recall per TARGETS, precision >= 0.9 for every type that was predicted."""
    return all(scores[kind]["recall"] >= r for kind, (_, r) in TARGETS.items()) and all(
        scores[kind]["precision"] >= 0.9 for kind in PII_TYPES if scores[kind]["predicted"])


def main() -> None:
    """Print the table and write evals/results/pii.json."""
    result = run()
    for part in ("all", "generated", "hand"):
        scores = result[part]
        rows = [[kind, s["precision"], s["recall"], s["f1"], s["gold"], s["predicted"]]
                for kind, s in scores.items() if isinstance(s, dict)]
        print(f"\n{part} ({scores['messages']} messages)")
        print(table(rows, ["type", "precision", "recall", "f1", "gold", "predicted"]))
    print(f"\nfind: {result['messages_per_second']} messages/s; targets met: {result['targets_met']}")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import sys

    if "--errors" in sys.argv:
        data = load()
        det = PiiDetector(known_names=CRM.read_text(encoding="utf-8").split("\n"))
        only = sys.argv[sys.argv.index("--errors") + 1:] or ["generated"]
        data = [r for r in data if r.get("source", "generated") in only]
        print("\n".join(errors(data, [det.find(r["text"], r["language"]) for r in data], limit=80)))
    else:
        main()
