"""Assemble evals/kyb/pairs.jsonl: labelled name pairs for the sanctions name matcher.

Run once with ``python -m evals.kyb.make_pairs`` (needs /work/shared/kyb-fixtures or
$KYB_FIXTURES); the output is committed, so the eval itself does not need the fixtures.

Sources, each pair tagged with a category:
* hand_persons.txt: listed persons (OFAC SDN 2021-07) and the same person in Ukrainian or
  Russian Cyrillic or another transliteration system, written by hand (positives);
* hand_pairs.txt: hand-written pairs, positives and hard negatives (relatives and namesakes,
  similar surnames, German, Ukrainian and Russian companies, legal forms, vessels);
* the fixtures: an entry's primary name and one of its strong aliases (OFAC SDN, OFAC
  consolidated, UN, EU, UK; positives), the Cyrillic names of CONS_ENHANCED.XML with the
  Latin name they translate (positives), and different entries sharing a surname, a first
  name or an organisation word (hard negatives), chosen at random with a fixed seed. Pairs
  whose names are equal once case and punctuation are ignored are left out (no name
  matcher can tell them apart), and so are organisation pairs where one name's words are
  all in the other (a branch or a longer form of one name: the label would be a guess).
"""

from __future__ import annotations

import json
import os
import random
import re
from collections import defaultdict
from pathlib import Path

from lxml import etree
from rapidfuzz import fuzz

from secretary.kyb.formats import parse
from secretary.kyb.records import ListEntry

HERE = Path(__file__).resolve().parent
FIXTURES = Path(os.environ.get("KYB_FIXTURES", "/work/shared/kyb-fixtures"))
SEED = 2026
_WORD = re.compile(r"[^\w]+")


def _plain(name: str) -> str:
    return " ".join(sorted(t for t in _WORD.split(name.casefold()) if t))


def _words(name: str) -> set[str]:
    return {t for t in _WORD.split(name.casefold()) if len(t) > 2}


def _row(name1: str, name2: str, schema: str, match: bool, category: str, note: str) -> dict:
    return {"name1": name1, "name2": name2, "schema": schema, "match": match, "category": category, "note": note}


def hand_rows() -> list[dict]:
    """The hand-written pairs."""
    rows = []
    for line in (HERE / "hand_persons.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            listed, other, note = (part.strip() for part in line.split("|"))
            cyrillic = any("\u0400" <= c <= "\u04ff" for c in other)
            rows.append(_row(listed, other, "Person", True,
                             "person-cyrillic" if cyrillic else "person-transliteration", note))
    for line in (HERE / "hand_pairs.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            schema, name1, name2, label, note = (part.strip() for part in line.split("|"))
            cyrillic = any("\u0400" <= c <= "\u04ff" for c in name1 + name2)
            kind = "person" if schema == "Person" else "vessel" if schema == "Vessel" else "company"
            rows.append(_row(name1, name2, schema, label == "1",
                             f"{kind}-hand-{'cyrillic' if cyrillic else 'latin'}", note))
    return rows


def _entries() -> dict[str, list[ListEntry]]:
    sources = {"ofac-sdn": ("ofac-csv", FIXTURES / "ofac/csv-2021-07"),
               "ofac-cons": ("ofac-xml", FIXTURES / "ofac/enhanced-xml/CONS_ENHANCED.XML"),
               "un-sc": ("un-xml", FIXTURES / "un/un_consolidated_sample.xml"),
               "eu-fsf": ("eu-xml", FIXTURES / "eu/eu_fsf_full_1_1_sample.xml"),
               "uk-fcdo": ("uk-xml", FIXTURES / "uk/uk_sanctions_list_sample.xml")}
    return {list_id: list(parse(fmt, path).entries) for list_id, (fmt, path) in sources.items()}


def alias_rows(entries: dict[str, list[ListEntry]], rng: random.Random) -> list[dict]:
    """Primary name and one strong Latin alias of the same entry (positives)."""
    quota = {("ofac-sdn", "Person"): 80, ("ofac-sdn", "Organization"): 70, ("ofac-sdn", "Vessel"): 12,
             ("ofac-cons", "Person"): 20, ("ofac-cons", "Organization"): 20, ("ofac-cons", "Company"): 10}
    rows = []
    for (list_id, schema), count in quota.items():
        pool = []
        for entry in entries[list_id]:
            if entry.schema != schema:
                continue
            aliases = [n.full for n in entry.names if n.kind in ("alias", "variation") and n.strength == "strong"
                       and n.script in (None, "Latin") and _plain(n.full) != _plain(entry.name)]
            if aliases:
                pool.append((entry.name, aliases))
        for primary, aliases in rng.sample(pool, min(count, len(pool))):
            rows.append(_row(primary, rng.choice(aliases), schema, True, f"{schema.lower()}-alias",
                             f"{list_id} alias"))
    for list_id in ("un-sc", "eu-fsf", "uk-fcdo"):
        for entry in entries[list_id]:
            others = [other.full for other in entry.names
                      if other.full != entry.name and other.strength == "strong" and other.script in (None, "Latin")
                      and _plain(other.full) != _plain(entry.name)]
            schema = entry.schema if entry.schema in ("Person", "Vessel") else "Organization"
            for other in rng.sample(others, min(3, len(others))):  # the EU gives dozens of languages
                rows.append(_row(entry.name, other, schema, True, f"{schema.lower()}-alias", f"{list_id} alias"))
    return rows


def cyrillic_rows() -> list[dict]:
    """CONS_ENHANCED.XML: each Cyrillic translation with the Latin form of the same name (positives)."""
    rows = []
    tree = etree.parse(str(FIXTURES / "ofac/enhanced-xml/CONS_ENHANCED.XML"))
    for name in tree.iter("{*}name"):
        forms = {}
        for translation in name.iter("{*}translation"):
            script = translation.findtext("{*}script") or ""
            full = translation.findtext("{*}formattedFullName") or ""
            forms.setdefault(script, full)
        if "Cyrillic" in forms and "Latin" in forms:
            rows.append(_row(forms["Latin"], forms["Cyrillic"], "Organization", True, "company-cyrillic",
                             "ofac-cons Cyrillic translation"))
    return rows


def _persons(entries: dict[str, list[ListEntry]]) -> list[tuple[str, str, str, str]]:
    """(entity key, full name, surname, given names) of the listed persons whose name parts are known."""
    out = []
    for list_id in ("ofac-sdn", "ofac-cons"):
        for entry in entries[list_id]:
            primary = entry.names[0] if entry.names else None
            if entry.schema == "Person" and primary and primary.first.strip() and primary.last.strip():
                out.append((f"{list_id}:{entry.entity_id}", primary.full, primary.last.casefold(),
                            primary.first.casefold()))
    return out


def negative_rows(entries: dict[str, list[ListEntry]], rng: random.Random) -> list[dict]:
    """Different entries that share a surname, a first name or an organisation word (hard negatives)."""
    rows: list[dict] = []
    persons = _persons(entries)
    by_last: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    by_first: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for person in persons:
        by_last[person[2]].append(person)
        by_first[person[3].split()[0]].append(person)

    def different(a: tuple[str, str, str, str], b: tuple[str, str, str, str]) -> bool:
        wa, wb = set(a[3].split()), set(b[3].split())
        return a[0] != b[0] and _plain(a[1]) != _plain(b[1]) and not (wa <= wb or wb <= wa) \
            and a[3].split()[0][:1] != b[3].split()[0][:1]

    same_last = [(a, b) for group in by_last.values() for i, a in enumerate(group) for b in group[i + 1:]
                 if different(a, b)]
    for a, b in rng.sample(same_last, min(150, len(same_last))):
        rows.append(_row(a[1], b[1], "Person", False, "person-namesake", "different listed persons, same surname"))
    same_first = [(a, b) for group in by_first.values() for i, a in enumerate(group) for b in group[i + 1:]
                  if a[0] != b[0] and _plain(a[2]) != _plain(b[2]) and fuzz.ratio(a[2], b[2]) >= 60
                  and not (set(_plain(a[1]).split()) <= set(_plain(b[1]).split())
                           or set(_plain(b[1]).split()) <= set(_plain(a[1]).split()))]
    for a, b in rng.sample(same_first, min(60, len(same_first))):
        rows.append(_row(a[1], b[1], "Person", False, "person-similar-surname",
                         "different listed persons, same first name, similar surname"))

    orgs = [(f"{list_id}:{e.entity_id}", e.name, e.schema) for list_id in ("ofac-sdn", "ofac-cons")
            for e in entries[list_id] if e.schema in ("Organization", "Company", "Vessel")]
    by_word: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for org in orgs:
        for word in _words(org[1]):
            by_word[word].append(org)
    candidates = []
    for group in by_word.values():
        if 2 <= len(group) <= 60:
            for _ in range(2):
                a, b = rng.sample(group, 2)
                wa, wb = _words(a[1]), _words(b[1])
                if a[0] != b[0] and a[2] == b[2] and not (wa <= wb or wb <= wa) \
                        and fuzz.token_sort_ratio(a[1], b[1]) >= 55:
                    candidates.append((a, b))
    candidates = sorted(set(candidates))
    vessels = [c for c in candidates if c[0][2] == "Vessel"]
    others = [c for c in candidates if c[0][2] != "Vessel"]
    for a, b in rng.sample(others, min(150, len(others))) + rng.sample(vessels, min(20, len(vessels))):
        rows.append(_row(a[1], b[1], a[2], False, f"{a[2].lower()}-shared-word",
                         "different listed entries sharing a word"))
    for _ in range(40):
        a, b = rng.sample(persons, 2)
        rows.append(_row(a[1], b[1], "Person", False, "person-random", "random listed persons"))
    return rows


def cross_script_negatives(hand: list[dict]) -> list[dict]:
    """Each hand-written Cyrillic form paired with the listed Latin name of another person whose
    surname is most alike (a relative, a namesake or a similar surname): cross-script negatives."""
    listed = sorted({r["name1"] for r in hand if r["category"] == "person-cyrillic"})
    rows = []
    for row in hand:
        if row["category"] != "person-cyrillic":
            continue
        last, _, given = row["name1"].partition(",")
        best = None
        for other in listed:
            other_last, _, other_given = other.partition(",")
            if other == row["name1"] or given.strip()[:3].casefold() == other_given.strip()[:3].casefold():
                continue
            score = fuzz.ratio(last.casefold(), other_last.casefold())
            if best is None or score > best[0]:
                best = (score, other)
        if best and best[0] >= 60:
            rows.append(_row(best[1], row["name2"], "Person", False, "person-cyrillic-different",
                             "another listed person with a similar surname, cyrillic"))
    return rows


def main() -> None:
    """Write evals/kyb/pairs.jsonl."""
    rng = random.Random(SEED)
    entries = _entries()
    hand = hand_rows()
    rows = hand + cross_script_negatives(hand) + cyrillic_rows() + alias_rows(entries, rng) \
        + negative_rows(entries, rng)
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for row in rows:
        key = (row["name1"], row["name2"], row["schema"])
        if key not in seen and (row["name2"], row["name1"], row["schema"]) not in seen:
            seen.add(key)
            unique.append(row)
    with (HERE / "pairs.jsonl").open("w", encoding="utf-8") as handle:
        for row in unique:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    positives = sum(r["match"] for r in unique)
    print(f"{len(unique)} pairs, {positives} matches, {len(unique) - positives} non-matches")


if __name__ == "__main__":
    main()
