"""Train the shipped intent and toxicity models: ``python -m evals.train``.

numpy only, deterministic (fixed seeds, full-batch optimisation, no threads of
our own), about a minute. Writes secretary/ai/models/intent.npz and
toxicity.npz. The toxicity model is trained on the GermEval train split plus the
hand-written customer messages; its decision threshold is the one that maximises
F1 over 5-fold cross-validated scores of that same training data — the GermEval
held-out split and the eval files are never looked at here.

The model: multinomial (intent) or binary (toxicity) logistic regression on the
hashed features, L2-regularised, fitted with full-batch Adam on the columns that
actually occur (the rest of the hash table stays zero).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import numpy as np

from evals import datasets
from evals.metrics import binary_scores
from secretary.ai.records import INTENTS
from secretary.ai.textclass import MODELS, LinearTextModel, sigmoid, softmax
from secretary.ai.textclass_features import FeatureConfig, sparse_rows

SEED = 7
INTENT_CONFIG = FeatureConfig(min_n=2, max_n=5, bigrams=True, lexicon=False)
TOXICITY_CONFIG = FeatureConfig(min_n=2, max_n=5, bigrams=True, lexicon=True)
INTENT_L2, INTENT_EPOCHS = 1e-4, 300
TOXICITY_L2, TOXICITY_EPOCHS = 3e-5, 300
EXTRA_WEIGHT = 3.0  # a hand-written customer message counts as three tweets: it is the domain we serve


def fit(texts: Sequence[str], targets: np.ndarray, k: int, config: FeatureConfig, l2: float, epochs: int,
        sample_weight: np.ndarray | None = None, lr: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """(weights over all buckets, bias) of a logistic (k == 1) or softmax regression.

    ``targets`` are 0/1 for k == 1, else class indices.
    """
    indptr, indices, values = sparse_rows(texts, config)
    n = len(texts)
    used, cols = np.unique(indices, return_inverse=True)
    rows = np.repeat(np.arange(n), np.diff(indptr))
    m = len(used)
    if k == 1:
        y = targets.astype(np.float64)[:, None]
    else:
        y = np.zeros((n, k))
        y[np.arange(n), targets] = 1.0
    sw = np.ones(n) if sample_weight is None else sample_weight.astype(np.float64)
    sw = sw / sw.sum()
    w, b = np.zeros((m, k)), np.zeros(k)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        z = np.stack([np.bincount(rows, weights=values * w[cols, j], minlength=n) for j in range(k)], axis=1) + b
        p = sigmoid(z) if k == 1 else softmax(z)
        g = (p - y) * sw[:, None]
        gw = np.stack([np.bincount(cols, weights=values * g[rows, j], minlength=m) for j in range(k)], axis=1)
        gw += l2 * w
        gb = g.sum(axis=0)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        correction = np.sqrt(1 - beta2**step) / (1 - beta1**step)
        w -= lr * correction * mw / (np.sqrt(vw) + eps)
        b -= lr * correction * mb / (np.sqrt(vb) + eps)
    full = np.zeros((config.buckets, k), dtype=np.float32)
    full[used] = w
    return full, b.astype(np.float32)


def folds(labels: np.ndarray, n_folds: int, seed: int) -> np.ndarray:
    """A fold number per example, stratified by label, seeded."""
    rng = np.random.default_rng(seed)
    fold = np.empty(len(labels), dtype=np.int64)
    for value in np.unique(labels):
        members = np.flatnonzero(labels == value)
        fold[members[rng.permutation(len(members))]] = np.arange(len(members)) % n_folds
    return fold


def best_threshold(truth: np.ndarray, scores: np.ndarray) -> float:
    """The threshold (0.05 … 0.95) with the highest F1 of the positive class."""
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    f1s = [binary_scores(truth.astype(bool).tolist(), (scores >= t).tolist())["f1"] for t in grid]
    return float(grid[int(np.argmax(f1s))])


def toxicity_training_data() -> tuple[list[str], np.ndarray, np.ndarray]:
    """Texts, 0/1 labels and class-balanced sample weights (extra messages weighted up)."""
    tweets, extra = datasets.germeval("train"), datasets.toxicity_extra("train")
    texts = [row.text for row in tweets] + [row.text for row in extra]
    labels = np.array([row.label for row in tweets] + [row.label for row in extra], dtype=np.int64)
    weights = np.array([1.0] * len(tweets) + [EXTRA_WEIGHT] * len(extra))
    for value in (0, 1):  # balance the classes
        mask = labels == value
        weights[mask] *= weights.sum() / (2 * weights[mask].sum())
    return texts, labels, weights


def train_toxicity(n_folds: int = 5) -> tuple[LinearTextModel, dict]:
    """The toxicity model, its threshold chosen on out-of-fold scores, and the cross-validation figures."""
    texts, labels, weights = toxicity_training_data()
    oof = np.zeros(len(texts))
    fold = folds(labels, n_folds, SEED)
    for f in range(n_folds):
        train, held = np.flatnonzero(fold != f), np.flatnonzero(fold == f)
        w, b = fit([texts[i] for i in train], labels[train], 1, TOXICITY_CONFIG, TOXICITY_L2, TOXICITY_EPOCHS,
                   weights[train])
        model = LinearTextModel(w, b, ("toxic",), TOXICITY_CONFIG, {})
        oof[held] = sigmoid(model.scores([texts[i] for i in held])[:, 0])
    threshold = best_threshold(labels, oof)
    cv = binary_scores(labels.astype(bool).tolist(), (oof >= threshold).tolist())
    w, b = fit(texts, labels, 1, TOXICITY_CONFIG, TOXICITY_L2, TOXICITY_EPOCHS, weights)
    meta = {"threshold": threshold, "cv_f1": cv["f1"], "trained_on": "GermEval 2018 train split (80 %) + "
            "evals/data/toxicity_extra_train.jsonl", "l2": TOXICITY_L2, "epochs": TOXICITY_EPOCHS}
    return LinearTextModel(w, b, ("toxic",), TOXICITY_CONFIG, meta), cv


def train_intent() -> LinearTextModel:
    """The intent model on evals/data/intent_train.jsonl."""
    examples = datasets.intent_examples("train")
    targets = np.array([INTENTS.index(str(row.label)) for row in examples])
    w, b = fit([row.text for row in examples], targets, len(INTENTS), INTENT_CONFIG, INTENT_L2, INTENT_EPOCHS)
    meta = {"trained_on": "evals/data/intent_train.jsonl", "l2": INTENT_L2, "epochs": INTENT_EPOCHS}
    return LinearTextModel(w, b, INTENTS, INTENT_CONFIG, meta)


def main(argv: Sequence[str] | None = None) -> None:
    """Train both models and write them into the package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("intent", "toxicity"))
    args = parser.parse_args(argv)
    MODELS.mkdir(exist_ok=True)
    if args.only in (None, "intent"):
        train_intent().write(MODELS / "intent.npz")
        print("intent: written", MODELS / "intent.npz")
    if args.only in (None, "toxicity"):
        model, cv = train_toxicity()
        model.write(MODELS / "toxicity.npz")
        print(f"toxicity: threshold {model.meta['threshold']}, cross-validated {cv}; written", MODELS / "toxicity.npz")


if __name__ == "__main__":
    main()
