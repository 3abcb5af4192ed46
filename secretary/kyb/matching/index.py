"""Screening index: a name (with birth date, country, identifiers) against every listed name.

Building prepares every published name once (compare.prepare). Names that prepare alike
(the same person written the same way on the OFAC, EU, UK and UN lists) share one "form":
blocking and scoring work on forms, each scored once, and the score then goes to every
listed name of the form. A vocabulary of the distinct words keeps the forms each occurs
in. Words are filed under blocking keys: their phonetic skeleton, the skeleton with one
consonant left out (one wrong, missing or extra consonant still meets), and their
given-name group; forms are also filed under the skeleton of each two adjacent words
written together. Identifiers are filed by number.

A query word looks its keys up, scores the few vocabulary words found with the name
matcher's word similarity (cached), and so knows which forms hold a similar word and how
similar. Rare query words bring their forms in (while the candidates stay within a budget
of a few hundred); common ones (a frequent first name) are only checked on those
candidates. Each candidate's best word similarities bound its name score from above; the
candidates that cannot reach the threshold (even with a birth-date and country bonus) are
dropped and the rest, best first, scored with the full name matcher (SCORED at most). Birth
date, country and identifiers are weighed in last (context.py). Deterministic: ties break
on list and entity id.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from operator import itemgetter

import numpy
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from secretary.kyb.matching.blocking import bounds, pair_keys, word_keys
from secretary.kyb.matching.compare import (
    DEFAULT_THRESHOLD,
    ORG,
    PERSON,
    VESSEL,
    Name,
    Token,
    compare_prepared,
    describe,
    forget_similarities,
    prepare,
    similarities,
    spelling_budget,
    vowel_budget,
)
from secretary.kyb.matching.context import MAX_BONUS, context, normalize_identifier
from secretary.kyb.matching.evidence import best_per_form, combine, holding
from secretary.kyb.matching.query import Match, Query
from secretary.kyb.records import ListEntry

# Index kinds: persons, organisations, vessels, aircraft; and the kinds a query schema searches.
_ENTRY_KIND = {"Person": "p", "Vessel": "v", "Aircraft": "a"}  # everything else is an organisation
_QUERY_KINDS = {"Person": ("p",), "Company": ("o",), "Organization": ("o",), "PublicBody": ("o",),
                "LegalEntity": ("p", "o"), "Vessel": ("v",), "Aircraft": ("a",)}
_MATCHER_KIND = {"p": PERSON, "o": ORG, "v": VESSEL, "a": VESSEL}
CANDIDATE_BUDGET = 400  # names brought in by rare query words, at most (the rarest word may bring 2x)
SCORED = 30  # candidates scored with the full name matcher, at most
WEAK_ALIAS_FACTOR = 0.9
_TOGETHER = 0.95  # similarity of a word and two words written together
_NO_FORMS = numpy.zeros(0, numpy.int32)
_Explained = dict[tuple[int, str], tuple[float, list[str], dict[str, object]]]  # (form, kind) -> comparison


class ScreeningIndex:
    """Listed names prepared and filed for screening; build with ScreeningIndex.build()."""

    def __init__(self) -> None:
        self.entries: list[ListEntry] = []
        self._name_entry = array("i")  # listed names: the entry of each
        self._name_weak = bytearray()
        self._name_raw: list[str] = []
        self._name_form = array("i")
        self._entry_name = array("i")  # first name number of each entry
        self._forms: list[Name] = []  # distinct prepared names
        self._form_of: dict[tuple[object, ...], int] = {}  # while building
        self._form_names: list[array[int]] = []  # the listed names of each form
        self._form_weight = array("f")  # total word weight of each form
        self._form_weight_np = numpy.zeros(0)
        self._evidence_cache: dict[tuple[str, str], tuple[numpy.ndarray, numpy.ndarray]] = {}  # see _evidence
        self._vocab: dict[tuple[str, str], int] = {}  # (kind, word) -> vocabulary number
        self._words: list[Token] = []
        self._word_forms: list[array[int]] = []  # forms holding each vocabulary word (sorted)
        self._word_forms_np: list[numpy.ndarray] = []  # the same as arrays numpy reads without a copy
        self._keys: dict[str, array[int]] = {}  # kind + key -> vocabulary numbers
        self._key_folds: dict[str, tuple[str, ...]] = {}  # kind + key -> spelling keys of those words, side by side
        self._pairs: dict[str, tuple[array[int], list[str]]] = {}  # kind + pair skeleton -> forms, spelling
        self._ids: dict[str, list[int]] = {}
        self._prepared: dict[tuple[str, str], Name] = {}
        self._similar: dict[tuple[str, str], tuple[dict[int, float], int]] = {}
        self.last_candidates = 0  # names considered for the last query (blocking)
        self.last_scored = 0  # names scored with the full name matcher for the last query

    @classmethod
    def build(cls, entries: Iterable[ListEntry]) -> ScreeningIndex:
        """Index every name of every entry (primary names, variations, aliases, original scripts)."""
        index = cls()
        for entry in entries:
            entry_no = len(index.entries)
            index.entries.append(entry)
            kind = _ENTRY_KIND.get(entry.schema, "o")
            index._entry_name.append(len(index._name_raw))
            seen: set[str] = set()
            for listed in entry.names:
                if not listed.full.strip() or listed.full in seen:
                    continue
                seen.add(listed.full)
                name = index._prepare(listed.full, kind)
                if name.tokens:
                    index._add_name(name, kind, entry_no, listed.full, listed.strength == "weak")
            for identifier in entry.identifiers:
                number = normalize_identifier(identifier.number)
                if len(number) >= 5:
                    index._ids.setdefault(number, []).append(entry_no)
        index._prepared.clear()
        index._form_of.clear()
        index._word_forms_np = [numpy.frombuffer(forms, dtype=numpy.int32) for forms in index._word_forms]
        # each key's spellings as new strings made one after another (side by side in memory: a query reads
        # a key's all at once; the words' own are scattered); joining with "" makes a copy
        words = index._words
        index._key_folds = {key: tuple("".join((words[w].fold, "")) for w in numbers)
                            for key, numbers in index._keys.items()}
        index._form_weight_np = numpy.frombuffer(index._form_weight, dtype=numpy.float32).astype(numpy.float64)
        return index

    def _add_name(self, name: Name, kind: str, entry_no: int, raw: str, weak: bool) -> None:
        self._name_entry.append(entry_no)
        self._name_weak.append(weak)
        self._name_raw.append(raw)
        key = (kind, name.script, name.forms, tuple(t.text for t in name.tokens))  # what a score depends on
        form = self._form_of.get(key)
        if form is None:
            form = self._form_of[key] = len(self._forms)
            self._forms.append(name)
            self._form_names.append(array("i"))
            self._add_form(name, kind, form)
        self._form_names[form].append(len(self._name_raw) - 1)
        self._name_form.append(form)

    def _add_form(self, name: Name, kind: str, form: int) -> None:
        words = set()
        for token in name.tokens:
            word = self._vocab.get((kind, token.text))
            if word is None:
                word = self._vocab[(kind, token.text)] = len(self._words)
                self._words.append(token)
                self._word_forms.append(array("i"))
                for key in word_keys(token):
                    self._keys.setdefault(kind + key, array("i")).append(word)
            if word not in words:
                self._word_forms[word].append(form)
                words.add(word)
        self._form_weight.append(sum(t.weight for t in name.tokens))
        tokens = name.tokens
        for k, key in pair_keys(name):  # with the two words' spelling keys together, as the matcher compares
            forms, folds = self._pairs.setdefault(kind + key, (array("i"), []))
            forms.append(form)
            folds.append(tokens[k].fold + tokens[k + 1].fold)

    def _prepare(self, text: str, kind: str) -> Name:
        key = (text, kind)
        name = self._prepared.get(key)
        if name is None:
            name = prepare(text, _MATCHER_KIND[kind])
            if len(self._prepared) > 50_000:
                self._prepared.clear()
            self._prepared[key] = name
        return name

    def __len__(self) -> int:
        return len(self.entries)

    def forget_caches(self) -> None:
        """Forget what screening has cached: prepared queries, similar words, evidence, word similarities."""
        self._prepared.clear()
        self._similar.clear()
        self._evidence_cache.clear()
        forget_similarities()

    @property
    def name_count(self) -> int:
        """Number of indexed names."""
        return len(self._name_raw)

    @property
    def form_count(self) -> int:
        """Number of distinct prepared names (names that prepare alike count once)."""
        return len(self._forms)

    def _similar_words(self, name: Name, kind: str) -> tuple[list[dict[int, float]], list[int], set[int]]:
        """For each query word: the vocabulary words similar to it, with their similarity, and how many
        forms hold one of them (cached per word); and the query words this query added listed words to
        (two of them written together as one listed word: not the cached answer for the word alone)."""
        out: list[dict[int, float]] = []
        sizes: list[int] = []
        cache = self._similar
        word_forms = self._word_forms
        for token in name.tokens:
            hit = cache.get((kind, token.text))
            if hit is None:
                similar = self._find_similar(token, kind, name.kind != PERSON)
                hit = (similar, sum(len(word_forms[w]) for w in similar))
                if len(cache) > 100_000:
                    cache.clear()
                cache[(kind, token.text)] = hit
            out.append(hit[0])
            sizes.append(hit[1])
        tokens = name.tokens
        joined: set[int] = set()
        for k, key in pair_keys(name):  # two query words written together in the list (one edit at most, as
            together = tokens[k].fold + tokens[k + 1].fold  # the matcher's "written together" asks)
            for word in self._keys.get(kind + key, ()):
                listed = self._words[word]
                if listed.skel == key and Levenshtein.distance(listed.fold, together, score_cutoff=1) <= 1:
                    for j in (k, k + 1):
                        if out[j].get(word, 0.0) < _TOGETHER and not tokens[j].initial:
                            if word not in out[j]:
                                sizes[j] += len(word_forms[word])
                            out[j] = {**out[j], word: _TOGETHER}
                            joined.add(j)
        return out, sizes, joined

    def _find_similar(self, token: Token, kind: str, org: bool) -> dict[int, float]:
        """The vocabulary words sharing a key with ``token`` and similar to it (similarity > 0).

        Words of the same name group are always compared; words of the same skeleton, and words
        one consonant apart, only when their spelling keys are within the matcher's edit budget
        (one rapidfuzz batch), except for organisations, whose stems and translations need more.
        """
        sure: set[int] = set()
        length = len(token.fold)
        allowed, vowels = spelling_budget(length), vowel_budget(length)  # the matcher's edit budgets
        close = array("i")  # compared when within their edit distance (a word may come twice: any will do)
        folds: list[str] = []
        same = 0  # how many of them share the skeleton (the first key): those may differ by ``vowels`` edits
        keys, key_folds = self._keys, self._key_folds
        for key in word_keys(token, query=True):
            words = keys.get(kind + key)
            if words is None:
                continue
            if key[0] == "=" or (key[0] != "~" and org):
                sure.update(words)
            elif key[0] != "~" or allowed:  # same skeleton: compared when the vowels are close enough;
                same += len(words) if key[0] != "~" else 0  # one consonant apart: when the spelling is
                close += words
                folds += key_folds[kind + key]
        if close:
            distances = process.cdist([token.fold], folds, scorer=Levenshtein.distance,
                                      score_cutoff=vowels, dtype=numpy.int32)[0]  # vowels >= allowed
            if vowels > allowed:
                distances[:same] -= vowels - allowed
            within = (distances <= allowed).nonzero()[0].tolist()
            sure.update(itemgetter(*within)(close) if len(within) > 1 else [close[i] for i in within])
        return similarities(token, sure, self._words, org)

    def candidates(self, name: Name, kind: str, floor: float = 0.0) -> list[int]:
        """The forms (distinct names) of ``kind`` that may score ``floor`` or more against ``name``, best first.

        Query words are taken rarest first: each brings in the forms holding a similar word
        (with the similarity) while the candidates stay within CANDIDATE_BUDGET; the other,
        common words are only looked up for those candidates. When every word is common, the
        candidates are the forms holding close variants of the two rarest; a single common word
        alone ("Mohammed") yields none. The candidates whose score bound stays below ``floor``
        are dropped; at most SCORED are returned, by bound, then by form number.
        """
        tokens = name.tokens
        similar, holders, joined = self._similar_words(name, kind)
        # one query word written apart in the list ("Gazprombank" / "Gazprom Bank"): at most this many more
        apart = [len(self._pairs.get(kind + t.skel, ((),))[0]) if not t.initial else 0 for t in tokens]
        sizes = sorted((holders[k] + apart[k], k) for k in range(len(tokens)) if similar[k] or apart[k])
        found: list[tuple[numpy.ndarray, numpy.ndarray, float]] = []
        rest: list[int] = []
        taken = 0
        for size, k in sizes:
            if taken == 0 and size <= 2 * CANDIDATE_BUDGET or taken + size <= CANDIDATE_BUDGET:
                found.append((*self._evidence(kind, tokens[k], similar[k], k not in joined), tokens[k].weight))
                taken += size
            else:
                rest.append(k)
        if found:
            numbers, matched, similar_sum = combine(found)
        else:
            if len(sizes) < 2:
                return []
            # only common words: the forms holding close variants (0.9 or more) of the two rarest
            word_forms = self._word_forms
            sets = [set().union(*(word_forms[w] for w, s in similar[k].items() if s >= 0.9)) for _, k in sizes[:2]]
            numbers = numpy.array(sorted(sets[0] & sets[1])[:CANDIDATE_BUDGET], numpy.int32)
            matched, similar_sum = numpy.zeros(len(numbers)), numpy.zeros(len(numbers))
            rest = [k for _, k in sizes]
        self.last_candidates += len(numbers)
        for k in rest:  # common words: which candidates hold one (sorted forms per word, cached)
            if similar[k]:
                present = holding(self._evidence(kind, tokens[k], similar[k], k not in joined)[0], numbers)
                matched = matched + present * tokens[k].weight
                similar_sum = similar_sum + present * (max(similar[k].values()) * tokens[k].weight)
        initials = sum(t.weight for t in tokens if t.initial)
        limits = bounds(matched + initials, similar_sum + 0.8 * initials, sum(t.weight for t in tokens),
                        self._form_weight_np[numbers], name.kind == PERSON)
        keep = (limits >= floor - 0.005).nonzero()[0]  # the bound is close, not exact: a margin
        order = keep[numpy.lexsort((numbers[keep], -limits[keep]))][:SCORED]
        return numbers[order].tolist()

    def _evidence(self, kind: str, token: Token, similar: dict[int, float],
                  cacheable: bool) -> tuple[numpy.ndarray, numpy.ndarray]:
        """The forms holding a word similar to ``token`` (``similar``) or the word written apart, sorted, each
        with its best similarity; cached per word when ``similar`` is the word's own (``cacheable``)."""
        key = (kind, token.text)
        if cacheable and key in self._evidence_cache:
            return self._evidence_cache[key]
        parts = [self._word_forms_np[w] for w in similar]
        sims = list(similar.values())
        apart = self._apart(kind, token)
        if len(apart):
            parts.append(apart)
            sims.append(_TOGETHER)
        result = best_per_form(parts, sims)
        if cacheable:
            if len(self._evidence_cache) > 20_000:
                self._evidence_cache.clear()
            self._evidence_cache[key] = result
        return result

    def _apart(self, kind: str, token: Token) -> numpy.ndarray:
        """The forms holding ``token`` written apart as two adjacent words (spelt alike, one edit at most)."""
        listed = self._pairs.get(kind + token.skel) if not token.initial else None
        if listed is None:
            return _NO_FORMS
        forms, folds = listed
        distances = process.cdist([token.fold], folds, scorer=Levenshtein.distance, score_cutoff=1,
                                  dtype=numpy.int32)[0]
        return numpy.frombuffer(forms, dtype=numpy.int32)[distances <= 1]

    def screen(self, query: Query, threshold: float | None = None, limit: int = 10) -> list[Match]:
        """The entries matching ``query`` at or above ``threshold`` (DEFAULT_THRESHOLD), best first.

        A Person query is compared with listed persons only, a Company or Organization query
        with organisations, LegalEntity with both, Vessel with vessels.
        """
        limit_score = DEFAULT_THRESHOLD if threshold is None else threshold
        floor = 0.0 if query.identifiers else limit_score - MAX_BONUS - 1e-9
        kinds = _QUERY_KINDS.get(query.schema, ("o",))
        best: dict[int, tuple[float, int, Name]] = {}  # entry -> (name score, name number, query form)
        self.last_candidates = self.last_scored = 0
        for kind in kinds:
            q = self._prepare(query.name, kind)
            if not q.tokens:
                continue
            for form in self.candidates(q, kind, floor):
                form_score = compare_prepared(q, self._forms[form], explain=False)[0]
                self.last_scored += 1
                for number in self._form_names[form]:  # the same name on several lists: scored once
                    score = form_score * WEAK_ALIAS_FACTOR if self._name_weak[number] else form_score
                    entry_no = self._name_entry[number]
                    if entry_no not in best or score > best[entry_no][0]:
                        best[entry_no] = (score, number, q)
        for wanted in query.identifiers:
            identifier = normalize_identifier(wanted if isinstance(wanted, str) else wanted.number)
            for entry_no in self._ids.get(identifier, []):
                kind = _ENTRY_KIND.get(self.entries[entry_no].schema, "o")
                name_no = self._entry_name[entry_no]
                if entry_no not in best and kind in kinds and name_no < len(self._name_raw) \
                        and self._name_entry[name_no] == entry_no:
                    q = self._prepare(query.name, kind)
                    listed = self._forms[self._name_form[name_no]]
                    best[entry_no] = (compare_prepared(q, listed, explain=False)[0], name_no, q)
        matches = []
        explained: _Explained = {}
        for entry_no, (name_score, number, q) in best.items():
            if query.identifiers or name_score >= floor:
                verdicts: dict[str, object] = {}  # birth date, country, identifiers: cheap, weighed in first
                adjust, notes = context(query.country, query.birth_date, query.identifiers, self.entries[entry_no],
                                        verdicts)
                score = min(1.0, max(0.0, name_score + adjust))
                if verdicts.get("identifier") == "match":
                    score = max(score, 0.98)
                if score >= limit_score:  # only what is reported is explained (a second, explaining comparison)
                    matches.append(self._match(query, entry_no, number, q, score, notes, verdicts, explained))
        matches.sort(key=lambda m: (-m.score, m.list_id, m.entity_id))
        return matches[:limit]

    def _match(self, query: Query, entry_no: int, number: int, q: Name, score: float, notes: list[str],
               verdicts: dict[str, object], explained: _Explained) -> Match:
        """Explain one reported entry: which name pair, which features, what the context added.

        ``explained`` keeps each form's explaining comparison for the query (one per form and query kind).
        """
        entry = self.entries[entry_no]
        key = (self._name_form[number], q.kind)
        if key not in explained:
            explained[key] = compare_prepared(q, self._forms[key[0]])
        raw_score, reasons, shared = explained[key]
        features = dict(shared)
        parts = [describe(query.name, self._name_raw[number], raw_score, reasons)]
        if self._name_weak[number]:
            parts.append(f"weak alias x{WEAK_ALIAS_FACTOR}")
            features["weak_alias"] = True
        features.update(verdicts)
        features["name_score"] = raw_score
        return Match(entry.list_id, entry.entity_id, entry.name, self._name_raw[number], round(score, 4),
                     "; ".join(parts + notes), features)
