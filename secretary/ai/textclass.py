"""The fast, offline intent and toxicity classifiers of ``secretary ai classify``.

Both are linear models over hashed fastText-style features (textclass_features):
a softmax over the six intents, a logistic score for toxicity. Scoring one short
message costs tens of microseconds in numpy, so language id, PII, intent and
toxicity together stay well above 500 messages/s on two cores — a sentence
embedding model would not. The weights ship in ``models/*.npz`` (written by
``python -m evals.train``); each file also holds its feature settings, labels
and, for toxicity, the decision threshold chosen by cross-validation.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from secretary.ai.textclass_features import FeatureConfig, linear_scores

MODELS = Path(__file__).with_name("models")


@dataclass(frozen=True)
class LinearTextModel:
    """Weights (buckets × k), bias (k), labels, feature settings and extra metadata of one model file."""

    weights: np.ndarray
    bias: np.ndarray
    labels: tuple[str, ...]
    config: FeatureConfig
    meta: dict

    @classmethod
    def read(cls, path: Path) -> LinearTextModel:
        """Load a model file written by :meth:`write`."""
        with np.load(path, allow_pickle=False) as data:
            return cls(weights=data["weights"].astype(np.float32), bias=data["bias"].astype(np.float32),
                       labels=tuple(str(label) for label in data["labels"]),
                       config=FeatureConfig(**json.loads(str(data["config"]))),
                       meta=json.loads(str(data["meta"])))

    def write(self, path: Path) -> None:
        """Store the model compactly (float16 weights, compressed)."""
        np.savez_compressed(path, weights=self.weights.astype(np.float16), bias=self.bias.astype(np.float32),
                            labels=np.array(self.labels), config=np.array(json.dumps(self.config.as_dict())),
                            meta=np.array(json.dumps(self.meta)))

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Raw linear scores, (len(texts), k)."""
        return linear_scores(texts, self.config, self.weights, self.bias)


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def sigmoid(z: np.ndarray) -> np.ndarray:
    """The logistic function."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


class IntentClassifier:
    """Which of the six intents (records.INTENTS) a customer message has."""

    def __init__(self, model: LinearTextModel) -> None:
        self.model = model
        self.labels = model.labels

    @classmethod
    def load(cls, path: Path | None = None) -> IntentClassifier:
        """The shipped model (cached), or the one at ``path``."""
        return _intent(str(path or MODELS / "intent.npz"))

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """P(intent) per text, columns in the order of ``labels``."""
        return softmax(self.model.scores(texts))

    def predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """The most likely intent of each text and its probability."""
        probs = self.probabilities(texts)
        best = probs.argmax(axis=1)
        return [(self.labels[i], float(probs[row, i])) for row, i in enumerate(best)]


class ToxicityClassifier:
    """How abusive (insults, profanity, threats) a message is, 0..1."""

    def __init__(self, model: LinearTextModel) -> None:
        self.model = model
        self.threshold = float(model.meta["threshold"])

    @classmethod
    def load(cls, path: Path | None = None) -> ToxicityClassifier:
        """The shipped model (cached), or the one at ``path``."""
        return _toxicity(str(path or MODELS / "toxicity.npz"))

    def scores(self, texts: Sequence[str]) -> list[float]:
        """P(toxic) per text."""
        return [float(p) for p in sigmoid(self.model.scores(texts)[:, 0])]

    def is_toxic(self, score: float) -> bool:
        """Whether a score from :meth:`scores` reaches the model's decision threshold."""
        return score >= self.threshold


@lru_cache(maxsize=4)
def _intent(path: str) -> IntentClassifier:
    return IntentClassifier(LinearTextModel.read(Path(path)))


@lru_cache(maxsize=4)
def _toxicity(path: str) -> ToxicityClassifier:
    return ToxicityClassifier(LinearTextModel.read(Path(path)))
