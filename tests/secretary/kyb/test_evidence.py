"""Candidate evidence in arrays: the best similarity per form, the union over query words."""

from __future__ import annotations

import numpy

from secretary.kyb.matching.evidence import best_per_form, combine, holding


def _ints(*values: int) -> numpy.ndarray:
    return numpy.array(values, numpy.int32)


def test_each_form_keeps_the_best_similarity_of_its_words() -> None:
    forms, sims = best_per_form([_ints(7, 3), _ints(3, 9), _ints(7)], [0.8, 0.9, 0.95])
    assert forms.tolist() == [3, 7, 9]
    assert sims.tolist() == [0.9, 0.95, 0.9]
    empty_forms, empty_sims = best_per_form([], [])
    assert len(empty_forms) == len(empty_sims) == 0


def test_the_union_sums_matched_weight_and_weighted_similarity() -> None:
    first = (_ints(1, 4), numpy.array([1.0, 0.5]), 1.0)
    second = (_ints(4, 6), numpy.array([0.9, 0.8]), 0.5)
    forms, matched, weighted = combine([first, second])
    assert forms.tolist() == [1, 4, 6]
    assert matched.tolist() == [1.0, 1.5, 0.5]
    assert numpy.allclose(weighted, [1.0, 0.5 + 0.45, 0.4])
    nothing = (_ints(), numpy.zeros(0), 1.0)
    assert all(len(part) == 0 for part in combine([nothing, nothing]))
    alone = combine([second])
    assert alone[0].tolist() == [4, 6] and alone[1].tolist() == [0.5, 0.5] and numpy.allclose(alone[2], [0.45, 0.4])


def test_holding_tells_which_numbers_are_among_sorted_forms() -> None:
    assert holding(_ints(2, 5, 9), _ints(9, 1, 5, 10)).tolist() == [True, False, True, False]
    assert holding(_ints(), _ints(1, 2)).tolist() == [False, False]
