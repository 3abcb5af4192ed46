"""The evaluation and training data: loaders and the one, fixed GermEval split.

GermEval 2018 (CC BY 4.0, see data/germeval2018/SOURCE.md) ships only a training
file; we split it once into 80 % train and 20 % held-out test, stratified by the
coarse label. The split is a seeded permutation per class (numpy's PCG64 with
SPLIT_SEED), so every run and every machine gets the same rows; the held-out rows
are never used for training, tuning or choosing a threshold.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DATA = Path(__file__).with_name("data")
RESULTS = Path(__file__).with_name("results")
CACHE = Path(__file__).with_name(".cache")
GERMEVAL_FILE = DATA / "germeval2018" / "germeval2018.training.txt"
SPLIT_SEED = 2018
TEST_FRACTION = 0.2


@dataclass(frozen=True)
class Example:
    """One labelled text; ``label`` is an intent, or 1/0 for toxic/not."""

    text: str
    language: str
    label: str | int


def read_jsonl(path: Path) -> Iterator[dict]:
    """The JSON objects of a JSON-lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def intent_examples(split: str) -> list[Example]:
    """``split`` is "train" or "eval"."""
    return [Example(row["text"], row["language"], row["intent"])
            for row in read_jsonl(DATA / f"intent_{split}.jsonl")]


def toxicity_extra(split: str) -> list[Example]:
    """The hand-written en/de/uk customer messages; ``split`` is "train" or "eval"."""
    return [Example(row["text"], row["language"], int(row["toxic"]))
            for row in read_jsonl(DATA / f"toxicity_extra_{split}.jsonl")]


def germeval_rows() -> list[Example]:
    """All 5,009 tweets in file order; label 1 for OFFENSE."""
    rows = []
    for line in GERMEVAL_FILE.read_text(encoding="utf-8").splitlines():
        text, coarse, _fine = line.split("\t")
        rows.append(Example(text, "de", int(coarse == "OFFENSE")))
    return rows


def germeval_split_indices() -> tuple[np.ndarray, np.ndarray]:
    """(train, test) row indices into germeval_rows(), sorted; stratified 80/20."""
    labels = np.array([row.label for row in germeval_rows()])
    rng = np.random.default_rng(SPLIT_SEED)
    train, test = [], []
    for value in (0, 1):
        members = np.flatnonzero(labels == value)
        shuffled = members[rng.permutation(len(members))]
        n_test = int(round(len(members) * TEST_FRACTION))
        test.append(shuffled[:n_test])
        train.append(shuffled[n_test:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))


def germeval(split: str) -> list[Example]:
    """The "train" (80 %) or "test" (20 %, held out) part of GermEval 2018."""
    rows = germeval_rows()
    train, test = germeval_split_indices()
    return [rows[i] for i in (train if split == "train" else test)]


def language_examples() -> list[dict]:
    """The hand-written language-id set: text, label (en/de/uk/ru/other), language (the true one)."""
    return list(read_jsonl(DATA / "language_eval.jsonl"))


def write_result(name: str, result: dict) -> Path:
    """Store one eval's figures as evals/results/<name>.json."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
