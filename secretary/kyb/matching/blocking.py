"""Blocking for the screening index: the keys words and names are filed under, and score bounds.

Keys are phonetic (normalize.skeleton): two spellings of one name share a skeleton, two
words one consonant apart share a skeleton-less-one-consonant key. The bounds let the index
drop candidates that cannot reach the threshold before the full name matcher runs.
"""

from __future__ import annotations

import numpy

from secretary.kyb.matching.compare import Name, Token
from secretary.kyb.matching.normalize import russian_form, skeleton

_PERSON_LAMBDA = numpy.array([0.6, 0.2, 1.0, 0.6])  # by (unmatched words on both sides, two or more matched)
_FIRST_CLASS = str.maketrans("aeioucghqszfpbvdtwxjy", "aaaaakkkkssvvvvddvkaa")


def word_keys(token: Token, query: bool = False) -> list[str]:
    """Blocking keys of one word (none for an initial): those it is filed under, or with ``query``
    those it looks up.

    Its phonetic skeleton (with the class of its first letter when it has two consonants or
    fewer: vowels, k/c/g/h, s/z, v/f/p/b, d/t); its given-name group; and, behind "~" and
    that class, the skeleton itself and the skeleton less one consonant (three consonants or
    more): two words one consonant apart (one changed, missing or extra) share one of those.
    A Belarusian -ou/-au surname and a Russian -ov one meet under the skeleton of the -ov form
    (Naumau ~ Naumov, Karpiankou ~ Karpenkov): each kind is filed under its own prefix and looks
    up the other's, so the many -ov words look up only the few Belarusian ones.
    """
    if token.initial:
        return []
    skel = token.skel
    head = token.fold[0].translate(_FIRST_CLASS)
    keys = [skel if len(skel) > 2 else f"{skel}|{head}"]  # short skeletons are common: first letter too
    if token.group:
        keys.append("=" + token.group)
    russian = russian_form(token.text)
    if russian:
        keys.append(("=ov:" if query else "=by:") + skeleton(russian))
    elif token.fold.endswith("ov"):
        keys.append(("=by:" if query else "=ov:") + token.skel)
    if len(skel) >= 2:
        head = "~" + head
        keys.append(head + skel)
        if len(skel) >= 3:
            for i in range(len(skel)):  # a skeleton has no letter twice in a row: "prdr" less d is "pr"
                after = i + 2 if 0 < i < len(skel) - 1 and skel[i - 1] == skel[i + 1] else i + 1
                keys.append(head + skel[:i] + skel[after:])
    return keys


def pair_keys(name: Name) -> list[tuple[int, str]]:
    """Skeletons of each two adjacent words written together ("Gazprom Bank" → that of "gazprombank"),
    each with the position of the first word."""
    tokens = name.tokens
    return [(k, skeleton(tokens[k].text + tokens[k + 1].text)) for k in range(len(tokens) - 1)
            if not (tokens[k].initial or tokens[k + 1].initial)]


def bounds(matched: numpy.ndarray, similar: numpy.ndarray, total: float, listed: numpy.ndarray,
            person: bool) -> numpy.ndarray:
    """Upper bounds of the name scores of candidates, from their matched query words.

    The matcher's own formula (compare.compare_prepared) with every aligned word as similar
    as its best counterpart: ``matched`` query word weight with a counterpart, ``similar``
    their similarity-weighted sum, ``total`` the query's word weight, ``listed`` each listed
    name's; the listed name's matched weight is taken to equal the query's.
    """
    extra = numpy.maximum(total - matched, 0.0)  # query words without a counterpart
    extra_listed = numpy.maximum(listed - matched, 0.0)
    # as the matcher: persons with words unmatched on both sides 0.6 (1.0 with one word matched), on one
    # side 0.2 (0.6); organisations 0.5
    lam = _PERSON_LAMBDA[((extra > 0.01) & (extra_listed > 0.01)) * 2 + (matched >= 1.6)] if person else 0.5
    extra += extra_listed
    # no matched word (and so no similarity) gives 0: the denominator is kept from 0
    return similar / numpy.maximum(matched + lam * extra, 1e-9)
