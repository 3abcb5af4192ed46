"""Intent: accuracy overall and per language, per-intent precision/recall, confusion matrix, speed.

Measured on evals/data/intent_eval.jsonl, written separately from the training
file (other phrasings, typos, chat style, emoji, very short messages).
"""

from __future__ import annotations

from evals import datasets
from evals.metrics import table, throughput
from secretary.ai.records import INTENTS
from secretary.ai.textclass import IntentClassifier

NAME = "intent"
LANGUAGES = ("en", "de", "uk")


def run() -> dict:
    """All figures; also written to evals/results/intent.json."""
    model = IntentClassifier.load()
    examples = datasets.intent_examples("eval")
    predicted = [label for label, _ in model.predict([row.text for row in examples])]
    truth = [str(row.label) for row in examples]
    pairs = list(zip(truth, predicted, strict=True))
    result: dict = {"n": len(examples), "accuracy": _accuracy(pairs), "accuracy_by_language": {}}
    for language in LANGUAGES:
        result["accuracy_by_language"][language] = _accuracy(
            [pair for pair, row in zip(pairs, examples, strict=True) if row.language == language])
    result["per_intent"] = {}
    for intent in INTENTS:
        tp = sum(t == p == intent for t, p in pairs)
        n_pred, n_true = predicted.count(intent), truth.count(intent)
        result["per_intent"][intent] = {"precision": round(tp / n_pred, 4) if n_pred else 0.0,
                                        "recall": round(tp / n_true, 4) if n_true else 0.0, "n": n_true}
    result["confusion"] = {t: {p: sum(pair == (t, p) for pair in pairs) for p in INTENTS} for t in INTENTS}
    texts = [row.text for row in examples]
    result["messages_per_second"] = {"single": throughput(model.predict, texts, single=True),
                                     "batch": throughput(model.predict, texts, single=False)}
    datasets.write_result(NAME, result)
    return result


def _accuracy(pairs: list[tuple[str, str]]) -> float:
    return round(sum(t == p for t, p in pairs) / len(pairs), 4) if pairs else 0.0


def report(result: dict) -> str:
    """The figures as tables."""
    by_language = " ".join(f"{lang} {acc}" for lang, acc in result["accuracy_by_language"].items())
    per_intent = table([[intent, f["precision"], f["recall"], f["n"]] for intent, f in result["per_intent"].items()],
                       ["intent", "precision", "recall", "n"])
    confusion = table([[t] + [result["confusion"][t][p] for p in INTENTS] for t in INTENTS],
                      ["true \\ predicted", *INTENTS])
    speed = result["messages_per_second"]
    return (f"accuracy {result['accuracy']} (n={result['n']}); by language: {by_language}\n\n{per_intent}\n\n"
            f"{confusion}\n\nmessages/s: {speed['single']} one at a time, {speed['batch']} batched")


if __name__ == "__main__":
    print(report(run()))
