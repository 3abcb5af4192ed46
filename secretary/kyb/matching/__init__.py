"""Sanctions-screening name matching: compare two names, or screen a name against indexed lists.

compare() is the raw name matcher (persons, organisations and vessels, across scripts,
transliteration systems, word orders, initials and legal forms); ScreeningIndex blocks on
name tokens and phonetic keys, scores the few candidates with the same matcher and weighs
birth dates, countries and identifiers in. Every score comes with an explanation.
"""

from secretary.kyb.matching.compare import DEFAULT_THRESHOLD, Comparison, compare
from secretary.kyb.matching.index import ScreeningIndex
from secretary.kyb.matching.query import Match, Query

__all__ = ["DEFAULT_THRESHOLD", "Comparison", "Match", "Query", "ScreeningIndex", "compare"]
