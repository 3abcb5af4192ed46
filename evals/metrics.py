"""Small metric helpers shared by the evals (no scikit-learn)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence


def binary_scores(truth: Sequence[bool], predicted: Sequence[bool]) -> dict:
    """Precision, recall and F1 of the positive class, with the counts."""
    tp = sum(t and p for t, p in zip(truth, predicted, strict=True))
    fp = sum((not t) and p for t, p in zip(truth, predicted, strict=True))
    fn = sum(t and not p for t, p in zip(truth, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": round(f1, 4), "precision": round(precision, 4), "recall": round(recall, 4),
            "n": len(truth), "positives": tp + fn}


def throughput(fn: Callable[[list[str]], object], texts: list[str], single: bool, repeat: int = 3) -> float:
    """Messages per second of ``fn``, one message per call when ``single``, else one batch; best of ``repeat``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        if single:
            for text in texts:
                fn([text])
        else:
            fn(texts)
        best = min(best, time.perf_counter() - start)
    return round(len(texts) / best, 1)


def table(rows: list[list[object]], header: list[str]) -> str:
    """A plain, aligned text table."""
    cells = [header] + [[str(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)
