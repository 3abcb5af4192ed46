"""The name matcher: two names and a schema give a score in 0..1 with an explanation.

A name is prepared once (``prepare``): ASCII tokens (Cyrillic transliterated), for persons
without titles and particles (al, bin, von, ...), for organisations without legal forms and
stop words and with abbreviations spelled out, each token with its spelling key, phonetic
skeleton, given-name group and concept (normalize, variants, legal_forms).

Two prepared names are compared token by token (``compare_prepared``): every token pair
gets a similarity (exact 1.0; same spelling key 0.96 "variant spelling"; given-name variant
0.92 (Mykola ~ Nikolai); translated concept 0.9 (bank ~ банк); same consonant skeleton with
one to three vowels changed 0.9-0.8 "phonetic"; an initial 0.8; an edit distance within a
length-dependent budget 1 - 2.5 * cost / length "spelling", transliteration confusions
(c/k/h, s/z, e/i, ...) and inserted vowels costing less; a patronymic against a surname 0),
the best pairs are aligned one to one whatever the word order (a word also aligns with two
words written apart), and the score is the weighted similarity of the aligned tokens over
their weight plus a share of the weight left unmatched. Persons: every token weighs 1
(initials and patronymics 0.5); extra tokens on one side only (middle names, a patronymic,
a longer nasab) cost 0.2 of their weight when two or more tokens matched, tokens unmatched
on both sides (a different first name or surname) 0.6, and with a single matched token 0.6
to 1, so a shared surname alone is no match. Organisations: distinctive words weigh 1,
generic ones ("bank", "trading", "group", translated or not) 0.3, unmatched words cost half
their weight, differing numbers multiply by 0.6, and a legal form of another class costs
0.03. Names written together or apart ("Gazprombank" / "Gazprom Bank") score 0.95.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from secretary.kyb.matching import variants
from secretary.kyb.matching.legal_forms import expand_abbreviation, legal_class, split_legal_forms
from secretary.kyb.matching.normalize import ascii_tokens, fold, russian_form, script_of, skeleton

# The alert threshold chosen on evals/kyb/pairs.jsonl (see evals/kyb_names.py).
DEFAULT_THRESHOLD = 0.7

PERSON, ORG, VESSEL = "person", "org", "vessel"
_KIND = {"Person": PERSON, "Company": ORG, "Organization": ORG, "LegalEntity": ORG, "PublicBody": ORG,
         "Vessel": VESSEL, "Aircraft": VESSEL}
_VESSEL_PREFIXES = {("m", "v"), ("m", "t"), ("mv",), ("mt",), ("ms",), ("m", "s"), ("ss",), ("s", "s")}


def kind_of(schema: str) -> str:
    """The matcher's kind for a FollowTheMoney schema: "person", "org" or "vessel"."""
    return _KIND.get(schema, ORG)


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a prepared name, with its keys and weight."""

    text: str  # ASCII, lower case
    fold: str  # spelling key
    skel: str  # phonetic skeleton
    group: str  # given-name group ("" when none)
    concept: str  # organisation concept ("" when none)
    initial: bool
    digits: bool
    weight: float
    patronymic: bool = False


@dataclass(frozen=True, slots=True)
class Name:
    """A name prepared for comparison."""

    raw: str
    kind: str
    tokens: tuple[Token, ...]
    forms: tuple[str, ...] = ()  # canonical legal forms found
    script: str = "Latin"
    joined: str = ""  # spelling keys of the tokens, concatenated in order
    joined_sorted: str = ""


@dataclass(frozen=True)
class Comparison:
    """The result of comparing two names."""

    score: float
    match: bool
    explanation: str
    features: dict[str, object] = field(default_factory=dict)


_TOKENS: dict[tuple[str, str], Token] = {}


def _token(text: str, kind: str) -> Token:
    key = (text, kind)
    token = _TOKENS.get(key)
    if token is None:
        folded = fold(text)
        concept = variants.CONCEPT_OF.get(folded, "") if kind != PERSON else ""
        digits = any(c.isdigit() for c in text)
        initial = len(text) == 1 and not digits and kind == PERSON
        patronymic = kind == PERSON and variants.is_patronymic(folded)
        if kind == PERSON:
            weight = 0.5 if initial or patronymic else 1.0
        else:
            generic = folded in variants.GENERIC_FOLDED or (len(text) == 1 and not digits)
            weight = 0.3 if generic else 1.0
        token = Token(text, folded, skeleton(text), variants.NAME_GROUP.get(folded, "") if kind == PERSON else "",
                      concept, initial, digits, weight, patronymic)
        if len(_TOKENS) > 400_000:
            _TOKENS.clear()
        _TOKENS[key] = token
    return token


def prepare(name: str, kind: str) -> Name:
    """Prepare ``name`` for comparison as a "person", "org" or "vessel" (see kind_of)."""
    words = list(ascii_tokens(name, join_dotted=kind != PERSON))
    forms: list[str] = []
    if kind == PERSON:
        kept = [w for w in words if w not in variants.PERSON_STOP]
    else:
        if kind == VESSEL:
            for prefix in _VESSEL_PREFIXES:
                if len(words) > len(prefix) and tuple(words[:len(prefix)]) == prefix:
                    words = words[len(prefix):]
                    break
        kept, forms = split_legal_forms(words)
        kept = [expand_abbreviation(w) for w in kept if fold(w) not in variants.ORG_STOP_FOLDED]
    if not kept:
        kept = words
    tokens = tuple(_token(w, kind) for w in kept)
    keys = [t.fold for t in tokens]
    return Name(name, kind, tokens, tuple(forms), script_of(name), "".join(keys), "".join(sorted(keys)))


_SIMS: dict[tuple[str, str, bool], tuple[float, str]] = {}


def spelling_budget(length: int) -> int:
    """The edits two words may differ by, the shorter ``length`` letters long, and still be a "spelling"."""
    return 0 if length <= 3 else 1 if length <= 7 else 2 if length <= 11 else 3


def vowel_budget(length: int) -> int:
    """The edits two words of one consonant skeleton may differ by and still be "phonetic"."""
    return 1 if length <= 5 else 2 if length <= 9 else 3


def forget_similarities() -> None:
    """Empty the word-similarity cache (benchmarks start cold with it)."""
    _SIMS.clear()


def token_similarity(a: Token, b: Token, org: bool) -> tuple[float, str]:
    """Similarity of two tokens in 0..1 and its reason ("exact", "transliterated", "initial", ...)."""
    key = (a.text, b.text, org)
    hit = _SIMS.get(key)
    if hit is not None:
        return hit
    result = _similarity(a, b, org)
    if len(_SIMS) > 1_000_000:
        _SIMS.clear()
    _SIMS[key] = result
    return result


def similarities(a: Token, numbers: Iterable[int], tokens: Sequence[Token], org: bool) -> dict[int, float]:
    """The similarity of ``a`` to ``tokens[n]`` for each n of ``numbers``: those above 0, by number.

    The similar pairs are remembered as by token_similarity (compare_prepared looks them up
    again); the others are not: screening compares a new word with many it does not resemble.
    """
    if len(_SIMS) > 1_000_000:
        _SIMS.clear()
    found = {}
    for number in numbers:
        b = tokens[number]
        result = _similarity(a, b, org)
        if result[0] > 0.0:
            found[number] = result[0]
            _SIMS[(a.text, b.text, org)] = result
    return found


def _similarity(a: Token, b: Token, org: bool) -> tuple[float, str]:
    if a.initial or b.initial or a.digits or b.digits:
        if a.text == b.text:
            return 1.0, "exact"
        if a.initial or b.initial:
            return (0.8, "initial") if a.text[0] == b.text[0] else (0.0, "")
        return 0.0, ""
    if a.fold == b.fold:  # the same text folds alike: one look at the (rarely equal) spelling keys first
        return (1.0, "exact") if a.text == b.text else (0.96, "variant spelling")
    if a.group and a.group == b.group:
        return 0.92, "name variant"
    if a.concept and a.concept == b.concept:
        return 0.9, "translated"
    if a.patronymic != b.patronymic:
        return 0.0, ""  # a patronymic is not a surname: Aleksandrovich / Aleksandrov
    la, lb = len(a.fold), len(b.fold)
    shortest = min(la, lb)
    if a.skel == b.skel and len(a.skel) >= 2:  # the consonants agree: are the vowels close?
        vowels = vowel_budget(shortest)
        distance = Levenshtein.distance(a.fold, b.fold, score_cutoff=vowels)
        if distance <= vowels:
            return (0.9 if distance <= 1 else 0.85 if distance == 2 else 0.8), "phonetic"
    allowed = spelling_budget(shortest)
    if allowed:
        distance = Levenshtein.distance(a.fold, b.fold, score_cutoff=allowed)
        if distance <= allowed:
            return round(max(0.3, 1.0 - 2.5 * _edit_cost(a.fold, b.fold) / max(la, lb)), 4), "spelling"
    if org and shortest >= 5 and abs(la - lb) <= 3 and (a.fold.startswith(b.fold) or b.fold.startswith(a.fold)):
        return 0.8, "stem"
    if a.text[-1] == "u" or b.text[-1] == "u":  # Belarusian -оў/-аў: Naumau, Karpiankou ~ Naumov, Karpenkov
        kind = ORG if org else PERSON
        ra, rb = russian_form(a.text), russian_form(b.text)
        if ra or rb:
            sim = _similarity(_token(ra, kind) if ra else a, _token(rb, kind) if rb else b, org)[0]
            if sim > 0.0:
                return min(sim, 0.92), "transliterated"
    return 0.0, ""


# Letter pairs that transliterations confuse (Х: kh/h/ch, Ц: ts/c/z, З: z/s, ...) cost less.
_CHEAP = {frozenset(p) for p in ("ch", "ck", "hk", "sz", "cs", "cz", "ei", "ao", "ou", "ui", "ea")}


def _edit_cost(a: str, b: str) -> float:
    """Edit distance where transliteration confusions and an inserted vowel or plural s cost less."""
    cost = 0.0
    for op in Levenshtein.editops(a, b):
        if op.tag == "replace":
            cost += 0.4 if frozenset((a[op.src_pos], b[op.dest_pos])) in _CHEAP else 1.0
        else:
            char = a[op.src_pos] if op.tag == "delete" else b[op.dest_pos]
            at_end = (op.src_pos if op.tag == "delete" else op.dest_pos) >= min(len(a), len(b))
            cost += 0.5 if char in "aeiouh" or (char == "s" and at_end) else 1.0
    return cost


def _align(a: Name, b: Name) -> tuple[list[tuple[int, int, float, str]], set[int], set[int]]:
    """Greedy one-to-one alignment of the most similar token pairs, whatever the word order.

    Returns the aligned pairs (index in a, index in b, similarity, reason) and the indices of
    the tokens used on each side (a compound uses two tokens of one side).
    """
    org = a.kind != PERSON
    pairs: list[tuple[float, int, int, str]] = []
    cached = _SIMS.get
    for i, ta in enumerate(a.tokens):
        text = ta.text
        for j, tb in enumerate(b.tokens):
            hit = cached((text, tb.text, org))  # token_similarity's cache, looked up inline: this loop is hot
            sim, why = hit if hit is not None else token_similarity(ta, tb, org)
            if sim > 0.0:
                pairs.append((-sim, i, j, why))
    if len(pairs) > 1:
        pairs.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[int, int, float, str]] = []
    for neg, i, j, why in pairs:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((i, j, -neg, why))
    if len(used_a) < len(a.tokens) and len(used_b) < len(b.tokens):
        _compounds(a, b, used_a, used_b, out, False)
        _compounds(b, a, used_b, used_a, out, True)
    return out, used_a, used_b


def _compounds(a: Name, b: Name, used_a: set[int], used_b: set[int], out: list[tuple[int, int, float, str]],
               swap: bool) -> None:
    """Align a token of ``a`` with two adjacent tokens of ``b`` written apart ("Gazprombank" / "Gazprom Bank")."""
    for i, token in enumerate(a.tokens):
        if i in used_a or len(token.fold) < 5:
            continue
        for j in range(len(b.tokens) - 1):
            if j in used_b or j + 1 in used_b:
                continue
            if b.tokens[j].fold + b.tokens[j + 1].fold == token.fold:
                used_a.add(i)
                used_b.update((j, j + 1))
                out.append((j, i, 0.95, "written together") if swap else (i, j, 0.95, "written together"))
                break


def compare_prepared(a: Name, b: Name, explain: bool = True) -> tuple[float, list[str], dict[str, object]]:
    """Score two prepared names of one kind: (score 0..1, reasons for the explanation, features).

    With ``explain`` False only the score is computed (reasons and features stay empty):
    screening scores many candidates and explains the few that are reported.
    """
    aligned, used_a, used_b = _align(a, b)
    person = a.kind == PERSON
    matched_weight = total = 0.0
    full = 0
    for i, j, sim, _why in aligned:
        ta, tb = a.tokens[i], b.tokens[j]
        weight = (ta.weight + tb.weight) / 2
        matched_weight += weight
        total += weight * sim
        if not (ta.initial or tb.initial) and (person or weight >= 1.0):
            full += 1
    extra_a = [t for k, t in enumerate(a.tokens) if k not in used_a] if len(used_a) < len(a.tokens) else []
    extra_b = [t for k, t in enumerate(b.tokens) if k not in used_b] if len(used_b) < len(b.tokens) else []
    ua = sum(t.weight for t in extra_a)
    ub = sum(t.weight for t in extra_b)
    if person:
        if full == 0:
            lam, total = 1.0, 0.0
        elif ua and ub:  # a different first name, surname or patronymic
            lam = 0.6 if full >= 2 else 1.0
        else:  # more names on one side: middle names, a patronymic, a longer nasab
            lam = 0.2 if full >= 2 else 0.6
    else:
        lam = 0.5
    score = total / (matched_weight + lam * (ua + ub)) if matched_weight else 0.0
    numbers_differ = bool(extra_a and extra_b) and any(t.digits for t in extra_a) and any(t.digits for t in extra_b)
    together = False
    if score < 0.95 and len(a.joined) >= 6:
        if a.joined == b.joined or a.joined_sorted == b.joined_sorted:
            score, together = 0.95, True
        elif score < 0.9 and len(a.joined) >= 8 and not numbers_differ and len(a.tokens) != len(b.tokens) \
                and Levenshtein.distance(a.joined, b.joined, score_cutoff=1) <= 1:
            score, together = 0.9, True
    if numbers_differ:
        score *= 0.6
    legal = ""
    if a.forms and b.forms:
        if set(a.forms) & set(b.forms):
            legal = "same"
        elif {legal_class(f) for f in a.forms} & {legal_class(f) for f in b.forms}:
            legal = "equivalent"
        else:
            legal = "differs"
            score -= 0.03
    score = round(min(1.0, max(0.0, score)), 4)
    if not explain:
        return score, [], {}
    reasons: list[str] = []
    if a.script != b.script:
        reasons.append("transliterated")
    if together:
        reasons.append("written together")
    else:
        whys = [why for _, _, _, why in aligned]
        if "spelling" in whys:
            reasons.append("spelling")
        reasons += [why for why in whys if why not in ("exact", "spelling")]
        order = [j for _, j, _, _ in sorted(aligned)]
        if order != sorted(order):
            reasons.append("word order")
        if extra_a or extra_b:
            reasons.append("unmatched " + ", ".join(t.text for t in (extra_a + extra_b)[:3]))
    if numbers_differ:
        reasons.append("numbers differ")
    if legal in ("equivalent", "differs"):
        reasons.append(f"{legal} legal form" if legal == "equivalent" else "legal form differs")
    reasons = list(dict.fromkeys(reasons))
    features: dict[str, object] = {
        "tokens": [(a.tokens[i].text, b.tokens[j].text, round(sim, 3), why) for i, j, sim, why in aligned],
        "reasons": reasons}
    if legal:
        features["legal_form"] = legal
    return score, reasons, features


def describe(raw_a: str, raw_b: str, score: float, reasons: list[str]) -> str:
    """The explanation of one name pair: "'A' ~ 'B' (reasons) 0.93"."""
    why = f" ({', '.join(reasons)})" if reasons else ""
    return f"'{raw_a}' ~ '{raw_b}'{why} {score:.2f}"


def compare(name1: str, name2: str, schema: str = "Person", threshold: float | None = None) -> Comparison:
    """Compare two names of the given FollowTheMoney schema; ``match`` is score >= threshold.

    >>> compare("Олександр Шевченко", "Oleksandr Shevchenko", "Person").match
    True
    """
    kind = kind_of(schema)
    a, b = prepare(name1, kind), prepare(name2, kind)
    score, reasons, features = compare_prepared(a, b)
    limit = DEFAULT_THRESHOLD if threshold is None else threshold
    return Comparison(score, score >= limit, describe(name1, name2, score, reasons), features)
