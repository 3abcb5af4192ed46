"""fastText-style features for the fast text classifiers: hashed words, word pairs and character n-grams.

A text becomes a bag of feature ids in ``[0, buckets)``: every word, every pair of
neighbouring words (with start and end markers) and every character n-gram of
each word wrapped in ``<`` ``>``. Ids come from CRC-32 (stable across processes
and machines, unlike Python's salted ``hash``). Text is NFKC-normalised and
lower-cased; German umlauts and other Latin accents are folded (``möchte`` and
``moechte`` meet), Cyrillic is left untouched because ``і``/``ї``/``й`` carry
meaning. @mentions, URLs and numbers become placeholders. Words that appear in
the small insult lexicon also fire one shared ``lexicon`` feature, which lets a
model generalise from a few abusive examples to the rest of the list.

Each feature of a text carries the value ``1/sqrt(n)`` (n = the text's feature
count, repeats included), so long and short messages score on one scale.
Per-word work is cached, which is what makes one message cost a few µs.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from secretary.ai.textclass_lexicon import insult_feature

_URL = re.compile(r"(?:https?://|www\.)\S+")
_MENTION = re.compile(r"@\w+")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*|\d+|[^\w\s]", re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'"})


def _latin_fold_table() -> dict[int, str]:
    table = {ord("ä"): "ae", ord("ö"): "oe", ord("ü"): "ue", ord("ß"): "ss"}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if code not in table and base.isascii() and base.isalpha():
            table[code] = base.lower()
    return table


_FOLD = _latin_fold_table()


@dataclass(frozen=True)
class FeatureConfig:
    """How texts are turned into features; stored in each model file so training and inference agree."""

    buckets: int = 1 << 18
    min_n: int = 2
    max_n: int = 5
    bigrams: bool = True
    lexicon: bool = False

    def as_dict(self) -> dict[str, int | bool]:
        """The fields, for the model file."""
        return {"buckets": self.buckets, "min_n": self.min_n, "max_n": self.max_n,
                "bigrams": self.bigrams, "lexicon": self.lexicon}


def normalise(text: str) -> str:
    """Lower-cased, NFKC, placeholders for URLs and @mentions, Latin accents folded."""
    text = unicodedata.normalize("NFKC", text)
    text = _URL.sub(" xurl ", text)
    text = _MENTION.sub(" xuser ", text)
    return text.lower().translate(_APOSTROPHES).translate(_FOLD)


def tokens(text: str) -> list[str]:
    """Words, digit runs (as ``0``) and single symbols (punctuation, emoji) of a normalised text."""
    out = []
    for token in _TOKEN.findall(text):
        out.append("0" if token[0].isdigit() else token)
    return out


def _hash(feature: str, mask: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) & mask


@lru_cache(maxsize=131072)
def _word_ids(word: str, config: FeatureConfig) -> tuple[int, ...]:
    mask = config.buckets - 1
    ids = [_hash("w " + word, mask)]
    if word[0].isalpha():
        wrapped = "<" + word + ">"
        for n in range(config.min_n, config.max_n + 1):
            for start in range(len(wrapped) - n + 1):
                ids.append(_hash(wrapped[start:start + n], mask))
        if config.lexicon and (tag := insult_feature(word)):
            ids.append(_hash("lexicon " + tag, mask))
    return tuple(ids)


@lru_cache(maxsize=131072)
def _pair_id(left: str, right: str, mask: int) -> int:
    return _hash("b " + left + " " + right, mask)


def feature_ids(text: str, config: FeatureConfig) -> list[int]:
    """The (repeating) feature ids of one text; never empty."""
    words = tokens(normalise(text))
    ids: list[int] = []
    for word in words:
        ids.extend(_word_ids(word, config))
    if config.bigrams:
        mask = config.buckets - 1
        previous = "<s>"
        for word in words:
            ids.append(_pair_id(previous, word, mask))
            previous = word
        ids.append(_pair_id(previous, "</s>", mask))
    if config.lexicon and sum(ch.isupper() for ch in text) > 0.6 * max(1, sum(ch.isalpha() for ch in text)) > 3:
        ids.append(_hash("shouting", config.buckets - 1))
    if not ids:
        ids.append(_hash("empty", config.buckets - 1))
    return ids


def sparse_rows(texts: Iterable[str], config: FeatureConfig) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CSR form of the texts' features: (indptr, indices, values), values ``1/sqrt(n)`` per row."""
    indptr = [0]
    indices: list[int] = []
    values: list[float] = []
    for text in texts:
        ids = feature_ids(text, config)
        indices.extend(ids)
        values.extend([len(ids) ** -0.5] * len(ids))
        indptr.append(len(indices))
    return (np.asarray(indptr, dtype=np.int64), np.asarray(indices, dtype=np.int64),
            np.asarray(values, dtype=np.float32))


def linear_scores(texts: Sequence[str], config: FeatureConfig, weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """``X @ weights + bias`` for the texts, (len(texts), k)."""
    if len(texts) == 1:  # the common case, without the CSR bookkeeping
        ids = feature_ids(texts[0], config)
        return (weights[ids].sum(axis=0) * len(ids) ** -0.5 + bias)[None, :]
    indptr, indices, values = sparse_rows(texts, config)
    if not len(texts):
        return np.zeros((0, weights.shape[1]), dtype=np.float32)
    summed = np.add.reduceat(weights[indices] * values[:, None], indptr[:-1], axis=0)
    return summed + bias
