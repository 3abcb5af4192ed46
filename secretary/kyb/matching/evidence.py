"""Candidate evidence for the screening index, in arrays: which forms hold words like the query's.

A query word's evidence is the sorted forms holding one of its similar vocabulary words,
each with the best similarity among them. The candidates of a query are the union of the
evidence of its rarer words, each form with its matched query weight and its
similarity-weighted sum (what blocking.bounds needs).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy

_EMPTY = numpy.zeros(0, numpy.int32)


def best_per_form(parts: Sequence[numpy.ndarray], sims: Sequence[float]) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The forms in ``parts`` (the forms of each similar word) sorted, each with the best of ``sims``."""
    if not parts:
        return _EMPTY, numpy.zeros(0)
    forms = numpy.concatenate(parts) if len(parts) > 1 else parts[0]
    values = numpy.array(sims, dtype=numpy.float64).repeat([len(p) for p in parts])
    order = numpy.lexsort((-values, forms))  # by form, the best similarity first
    forms, values = forms[order], values[order]
    first = numpy.empty(len(forms), bool)
    first[:1] = True
    numpy.not_equal(forms[1:], forms[:-1], out=first[1:])
    return forms[first], values[first]


def combine(found: Sequence[tuple[numpy.ndarray, numpy.ndarray, float]],
            ) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Union of (forms, similarities, word weight) per query word: (forms, matched weight, weighted similarity)."""
    if len(found) == 1:
        forms, sims, weight = found[0]
        return forms, numpy.full(len(forms), weight), sims * weight
    forms = numpy.concatenate([f for f, _, _ in found])
    if not len(forms):
        return forms, numpy.zeros(0), numpy.zeros(0)
    matched = numpy.array([w for _, _, w in found]).repeat([len(f) for f, _, _ in found])
    weighted = numpy.concatenate([s * w for _, s, w in found])
    order = forms.argsort(kind="stable")
    forms = forms[order]
    starts = numpy.concatenate(([True], forms[1:] != forms[:-1])).nonzero()[0]
    return forms[starts], numpy.add.reduceat(matched[order], starts), numpy.add.reduceat(weighted[order], starts)


def holding(forms: numpy.ndarray, numbers: numpy.ndarray) -> numpy.ndarray:
    """Which of ``numbers`` are among ``forms`` (sorted)."""
    if not len(forms):
        return numpy.zeros(len(numbers), bool)
    at = numpy.minimum(forms.searchsorted(numbers), len(forms) - 1)
    return forms[at] == numbers
