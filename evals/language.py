"""Language identification on short customer messages: per-language accuracy and the "other" rate.

Evaluates the detector ``secretary ai classify`` uses (secretary.ai.langid.detect)
and, for comparison, the older services.language.detect_language mapped onto the
same labels (en, de, uk, ru, other). Data: evals/data/language_eval.jsonl, written
by hand; "other" rows keep their true language (pl, bg, be, cs, fr, es, it, nl, tr).
"""

from __future__ import annotations

from collections.abc import Callable

from evals import datasets
from evals.metrics import table, throughput

NAME = "language"
LABELS = ("en", "de", "uk", "ru", "other")


def _old_detector(text: str) -> str:
    from services.language import KNOWN, detect_language

    code = detect_language(text)
    return code if code in KNOWN else "other"


def _new_detector(text: str) -> str:
    from secretary.ai.langid import detect

    return detect(text)


def evaluate(detect: Callable[[str], str], rows: list[dict]) -> dict:
    """Accuracy per label, the per-true-language "other" rate and the confusions."""
    out: dict = {"accuracy": {}, "other_rate_by_language": {}, "errors": []}
    for label in LABELS:
        members = [row for row in rows if row["label"] == label]
        out["accuracy"][label] = round(sum(detect(row["text"]) == label for row in members) / len(members), 4)
    for language in sorted({row["language"] for row in rows if row["label"] == "other"}):
        members = [row for row in rows if row["language"] == language]
        out["other_rate_by_language"][language] = round(
            sum(detect(row["text"]) == "other" for row in members) / len(members), 4)
    out["errors"] = [{"text": row["text"], "true": row["language"], "got": got}
                     for row in rows if (got := detect(row["text"])) != row["label"]]
    texts = [row["text"] for row in rows]
    out["messages_per_second"] = throughput(lambda batch: [detect(t) for t in batch], texts, single=False)
    return out


def run() -> dict:
    """Figures for the new and the old detector; also written to evals/results/language.json."""
    rows = datasets.language_examples()
    result = {"n": len(rows), "detector": evaluate(_new_detector, rows),
              "services.language.detect_language": evaluate(_old_detector, rows)}
    datasets.write_result(NAME, result)
    return result


def report(result: dict) -> str:
    """Accuracy per label for both detectors, then the new detector's mistakes."""
    new, old = result["detector"], result["services.language.detect_language"]
    rows = [[label, new["accuracy"][label], old["accuracy"][label]] for label in LABELS]
    rows += [[f"  other: {lang}", rate, old["other_rate_by_language"][lang]]
             for lang, rate in new["other_rate_by_language"].items()]
    rows.append(["messages/s", new["messages_per_second"], old["messages_per_second"]])
    errors = "\n".join(f"  {e['true']} -> {e['got']}: {e['text']}" for e in new["errors"])
    return (table(rows, ["label", "secretary.ai.langid", "services.language (old)"])
            + f"\n\nmistakes of secretary.ai.langid ({len(new['errors'])}):\n{errors}")


if __name__ == "__main__":
    print(report(run()))
