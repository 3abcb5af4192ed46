"""Sanctions screening benchmark: names per second and latency against lists of real size.

Run with ``python -m benchmarks.kyb [--names 10000] [--logic-v2 300] [--workers 2] [--rounds 3]``;
results go to benchmarks/results/kyb.json. Needs the fixtures (/work/shared/kyb-fixtures
or $KYB_FIXTURES).

Lists: every fixture format is parsed with secretary.kyb.formats (the full OFAC SDN CSV set
of 2021-07 is real size: ~9,000 entries, ~23,000 names; OFAC consolidated, EU, UK and UN
are samples). The EU, UK and UN lists are grown to their real sizes by re-listing real
OFAC entries the way those lists write them (first name first, other transliteration
systems, Cyrillic originals, more aliases), and synthetic entries recombining real listed
first names, surnames and organisation words fill up to ~30,000 entries / ~100,000 names.

Queries: half near-variants of listed names (typos, other transliteration systems,
Cyrillic, word order, a middle name dropped or added, legal forms), half unrelated,
realistic names of persons and companies in English, German, Ukrainian and Russian.

Measured side by side in one run: our ScreeningIndex (build time and memory; names per
second in one process and in ``--workers`` processes through the product's batch path,
services.kyb.bulk as ``kyb screen --workers`` runs it, fork and results included, each the
median of ``--rounds`` rounds, as this machine's speed varies by ±15 % from minute to minute;
p50/p95 latency of one name); a brute-force rapidfuzz baseline (token_sort_ratio against all
~4,100 names of the UN list);
OpenSanctions' logic-v2 (nomenklatura) over a token-blocking index, on a subsample. Screening
quality: the share of near-variants whose listed entry is found, and the share of
unrelated names that raise an alert, for ours and logic-v2 on the same subsample.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from secretary.kyb.formats import parse
from secretary.kyb.matching import DEFAULT_THRESHOLD, Query, ScreeningIndex
from secretary.kyb.matching.normalize import transliterate_cyrillic
from secretary.kyb.records import ListEntry, ListName
from services.kyb import bulk
from services.kyb.bulk import screen_many

RESULTS = Path(__file__).with_name("results")
FIXTURES = Path(os.environ.get("KYB_FIXTURES", "/work/shared/kyb-fixtures"))
SEED = 7

# Transliteration variants applied to Latin names (one at a time, where they occur).
_RULES = [("kh", "ch"), ("kh", "h"), ("v", "w"), ("y", "j"), ("y", "i"), ("yu", "iu"), ("ya", "ia"),
          ("ye", "e"), ("zh", "sch"), ("sh", "sch"), ("ts", "tz"), ("iy", "ii"), ("ov", "off"), ("ou", "u"),
          ("mohammed", "muhammad"), ("muhammad", "mohamed"), ("abdul", "abd al"), ("ee", "i"), ("ph", "f"),
          ("c", "k"), ("al-", "al "), ("al-", ""), ("ei", "ey"), ("ks", "x")]
_TO_CYRILLIC = [("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"),
                ("ya", "я"), ("ye", "е"), ("yo", "ё"), ("iy", "ий"), ("yy", "ый"), ("a", "а"), ("b", "б"),
                ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "ы"), ("k", "к"),
                ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"),
                ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "к"), ("j", "й"), ("w", "в"), ("x", "кс"), ("q", "к")]
_SLAVIC = re.compile(r"(ov|ev|in|enko|chuk|sky|skiy|ich|vych|ova|eva|ina|uk|ko)\b", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return text.split()


FIRST = {
    "en": _words(
        "James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph "
        "Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Ashley "
        "Steven Emily Paul Donna Andrew Michelle Joshua Carol Kevin Amanda"),
    "de": _words(
        "Lukas Leon Maximilian Felix Paul Jonas Tim Julian Niklas Jan Anna Lena Lea Hannah Laura Sarah Julia Lisa "
        "Sophie Marie Klaus Jürgen Uwe Dieter Wolfgang Sabine Petra Monika Ursula Brigitte Stefan Andreas Thomas "
        "Michael Frank Katrin Birgit Heike Sven Jörg"),
    "uk": _words(
        "Олександр Андрій Сергій Володимир Дмитро Іван Михайло Юрій Олег Віктор Василь Петро Микола Богдан Тарас Ігор "
        "Максим Артем Денис Роман Олена Наталія Ірина Тетяна Оксана Юлія Світлана Людмила Галина Марія Катерина Ольга "
        "Анна Вікторія Христина Софія"),
    "ru": _words(
        "Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Артём Николай Владимир Павел Роман Игорь "
        "Олег Виктор Юрий Денис Антон Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина Юлия Анастасия "
        "Марина Людмила Галина Ксения Дарья"),
}
LAST = {
    "en": _words(
        "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson Anderson "
        "Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King "
        "Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker "
        "Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed"),
    "de": _words(
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein "
        "Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause "
        "Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz "
        "Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther"),
    "uk": _words(
        "Мельник Шевченко Бойко Коваленко Бондаренко Ткаченко Ковальчук Кравченко Олійник Шевчук Поліщук Лисенко "
        "Бондар Марченко Руденко Савченко Мороз Петренко Клименко Павленко Кравчук Кузьменко Пономаренко Савчук "
        "Василенко Левченко Харченко Карпенко Гаврилюк Мазур Остапенко Тимошенко Литвиненко Гончаренко Данилюк Кушнір "
        "Приходько Романенко Семенко Яковенко"),
    "ru": _words(
        "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Федоров Морозов Волков Алексеев "
        "Лебедев Семенов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьев "
        "Борисов Яковлев Григорьев Романов Воробьев Сергеев Кузьмин Фролов Александров Дмитриев Королев Гусев Киселев "
        "Ильин Максимов Поляков Сорокин Виноградов"),
}
COMPANY = {
    "en": (_words(
            "Atlas Summit Pioneer Horizon Apex Crescent Sterling Harbor Granite Maple Falcon Liberty Evergreen Beacon "
            "Cobalt Meridian Northstar Silverline Bluewater Redwood"),
           _words(
               "Trading Logistics Holdings Consulting Technologies Shipping Industries Capital Partners Energy"),
           ["Ltd", "LLC", "Inc.", "PLC", "Limited", "Corp."]),
    "de": (_words(
            "Bau Logistik Maschinenbau Immobilien Elektrotechnik Handels Consulting Software Metallbau Transport "
            "Holzbau Autohaus Druckerei Reinigung Gartenbau"),
           [],
           ["GmbH", "GmbH & Co. KG", "AG", "UG (haftungsbeschränkt)", "e.K.", "OHG"]),
    "uk": (_words(
            "Агросвіт Будінвест Дніпро-Транс Київтехсервіс Світанок Явір Карпати Поділля Слобожанщина Техноком Укрбуд "
            "Зоря Галичина Оберіг Веселка Агропром Енергоресурс Софтсерв Лан Колос"),
           [],
           ["ТОВ", "ПП", "ПрАТ", "ТзОВ"]),
    "ru": (_words(
            "Вектор Альянс Стройинвест Техносервис Меридиан Прогресс Сибирь Волга Восток Урал-Трейд Гранит Орион "
            "Феникс Монолит Ресурс Спектр Импульс Кристалл Стандарт Северный-Путь"),
           [],
           ["ООО", "АО", "ПАО", "ЗАО"]),
}


def load_lists() -> dict[str, list[ListEntry]]:
    """Every fixture list, parsed by secretary.kyb.formats."""
    sources = {"ofac-sdn": ("ofac-csv", FIXTURES / "ofac/csv-2021-07"),
               "ofac-cons": ("ofac-xml", FIXTURES / "ofac/enhanced-xml/CONS_ENHANCED.XML"),
               "eu-fsf": ("eu-xml", FIXTURES / "eu/eu_fsf_full_1_1_sample.xml"),
               "uk-fcdo": ("uk-xml", FIXTURES / "uk/uk_sanctions_list_sample.xml"),
               "un-sc": ("un-xml", FIXTURES / "un/un_consolidated_sample.xml")}
    return {list_id: list(parse(fmt, path).entries) for list_id, (fmt, path) in sources.items()}


def typo(name: str, rng: random.Random) -> str:
    """One keyboard slip in a word of five letters or more: a letter changed, dropped or swapped."""
    words = name.split()
    long_words = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long_words:
        return name
    i = rng.choice(long_words)
    w = words[i]
    p = rng.randrange(1, len(w) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        w = w[:p] + rng.choice("aeiounrstlm") + w[p + 1:]
    elif kind == 1:
        w = w[:p] + w[p + 1:]
    else:
        w = w[:p] + w[p + 1] + w[p] + w[p + 2:]
    words[i] = w
    return " ".join(words)


def respell(name: str, rng: random.Random) -> str:
    """Another transliteration of one sound, where the name has one."""
    lower = name.lower()
    options = [(a, b) for a, b in _RULES if a in lower]
    if not options:
        return typo(name, rng)
    a, b = rng.choice(options)
    start = lower.index(a)
    text = lower[:start] + b + lower[start + len(a):]
    return text.upper() if name.isupper() else text.title()


def to_cyrillic(name: str) -> str:
    """A Russian-looking Cyrillic spelling of a Latin name (greedy, by letter groups)."""
    out = []
    for word in name.lower().split():
        i, letters = 0, []
        while i < len(word):
            for latin, cyr in _TO_CYRILLIC:
                if word.startswith(latin, i):
                    letters.append(cyr)
                    i += len(latin)
                    break
            else:
                letters.append(word[i] if not word[i].isalpha() else "")
                i += 1
        out.append("".join(letters).capitalize())
    return " ".join(out)


def reorder(name: str, rng: random.Random) -> str:
    """Surname first ("LAST, First") or last, whichever the name is not."""
    words = name.split()
    if len(words) < 2:
        return name
    if rng.random() < 0.5:
        return f"{words[-1].upper()}, {' '.join(words[:-1])}"
    return " ".join(words[1:] + words[:1])


def variant(entry: ListEntry, name: str, rng: random.Random) -> str:
    """One realistic different writing of a listed name."""
    slavic = entry.schema == "Person" and bool(_SLAVIC.search(name))
    roll = rng.random()
    if slavic and roll < 0.3:
        return to_cyrillic(name)
    if roll < 0.55:
        return respell(name, rng)
    if roll < 0.75:
        return reorder(name, rng) if entry.schema == "Person" else typo(name, rng)
    if roll < 0.9:
        return typo(name, rng)
    words = name.split()
    if entry.schema == "Person" and len(words) >= 3:
        return " ".join(words[:1] + words[2:])  # middle name dropped
    return respell(typo(name, rng), rng)


def relist(entry: ListEntry, list_id: str, number: int, extra: int, rng: random.Random) -> ListEntry:
    """A real entry as another list would publish it: its names plus ``extra`` variants."""
    names = list(entry.names[: 2 + extra])
    primary = entry.name
    for _ in range(extra):
        text = variant(entry, primary, rng)
        script = "Cyrillic" if any("\u0400" <= c <= "\u04ff" for c in text) else "Latin"
        names.append(ListName(text, "original" if script == "Cyrillic" else "variation", script=script))
    return replace(entry, list_id=list_id, entity_id=f"{list_id.upper()}-{number}", names=tuple(names))


def synthetic(real: list[ListEntry], count: int, rng: random.Random) -> list[ListEntry]:
    """New entries recombining real listed first names, surnames and organisation words."""
    firsts = [n.first for e in real if e.schema == "Person" for n in e.names if n.first and n.last]
    lasts = [n.last for e in real if e.schema == "Person" for n in e.names if n.first and n.last]
    words = [w for e in real if e.schema != "Person" for w in e.name.split() if len(w) > 3 and w.isalpha()]
    forms = ["LLC", "LTD", "CO., LTD.", "S.A.", "GMBH", "OOO", "JSC", "FZE", "S.A. DE C.V.", "COMPANY", ""]
    out = []
    for number in range(count):
        dates: tuple[str, ...] = ()
        if rng.random() < 0.55:
            primary = f"{rng.choice(firsts)} {rng.choice(lasts)}"
            born = f"{rng.randrange(1940, 2000)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            schema, dates = "Person", (born,)
        else:
            primary = " ".join(rng.sample(words, rng.choice((1, 2, 2, 3)))) + " " + rng.choice(forms)
            schema = rng.choice(("Organization", "Company"))
        entry = ListEntry("ofac-sdn", f"SYN-{number}", schema, (ListName(primary.strip()),), birth_dates=dates,
                          countries=(rng.choice(("RU", "UA", "IR", "SY", "KP", "VE", "CN", "AE", "BY", "CU")),))
        out.append(relist(entry, rng.choice(("eu-fsf", "uk-fcdo", "ofac-sdn")), number, rng.choice((2, 3, 3, 4)),
                          rng))
    return out


def grow(lists: dict[str, list[ListEntry]], rng: random.Random) -> tuple[list[ListEntry], list[ListEntry]]:
    """All lists at about real size, and the UN list alone (~4,100 names) for the brute-force baseline."""
    real = lists["ofac-sdn"] + lists["ofac-cons"]
    usable = [e for e in real if e.schema in ("Person", "Organization", "Company") and e.names]
    eu = [relist(e, "eu-fsf", i, rng.choice((2, 3, 3, 4)), rng) for i, e in enumerate(rng.sample(usable, 5800))]
    uk = [relist(e, "uk-fcdo", i, rng.choice((1, 1, 2)), rng) for i, e in enumerate(rng.sample(usable, 4300))]
    un = list(lists["un-sc"])
    for i, e in enumerate(rng.sample(usable, 1600)):
        un.append(relist(e, "un-sc", i, 1, rng))
        if sum(len(x.names) for x in un) >= 4100:
            break
    everything = real + lists["eu-fsf"] + lists["uk-fcdo"] + eu + uk + un
    names = sum(len(e.names) for e in everything)
    count = 0
    while names < 100_000:
        extra = synthetic(real, 500, rng)
        extra = [replace(e, entity_id=f"{e.entity_id}-{count}") for e in extra]
        count += 1
        everything += extra
        names += sum(len(e.names) for e in extra)
    return everything, un


def queries(entries: list[ListEntry], n: int, rng: random.Random) -> list[tuple[Query, str | None]]:
    """``n`` queries: half near-variants of listed names (with the entry they come from), half unrelated."""
    sources = [e for e in entries if e.schema in ("Person", "Organization", "Company", "Vessel") and e.names]
    out: list[tuple[Query, str | None]] = []
    for i in range(n):
        if i % 2 == 0:
            entry = rng.choice(sources)
            text = variant(entry, rng.choice(entry.names[:3]).full, rng)
            birth = entry.birth_dates[0] if entry.birth_dates and rng.random() < 0.3 else None
            country = entry.countries[0] if entry.countries and rng.random() < 0.3 else None
            out.append((Query(text, entry.schema, country, birth), f"{entry.list_id}:{entry.entity_id}"))
            continue
        language = rng.choice(("en", "de", "uk", "ru"))
        if rng.random() < 0.6:
            first, last = rng.choice(FIRST[language]), rng.choice(LAST[language])
            if language == "ru" and first[-1] in "ая" and last[-2:] in ("ов", "ев", "ин"):
                last += "а"
            text = f"{first} {last}"
            if language in ("uk", "ru") and rng.random() < 0.5:
                text = transliterate_cyrillic(text, language).title()
            birth = f"{rng.randrange(1950, 2000)}" if rng.random() < 0.2 else None
            out.append((Query(text, "Person", None, birth), None))
        else:
            words, generic, forms = COMPANY[language]
            if language == "de":
                text = f"{rng.choice(LAST['de'])} {rng.choice(words)} {rng.choice(forms)}"
            elif language == "en":
                text = f"{rng.choice(words)} {rng.choice(generic)} {rng.choice(forms)}"
            else:
                text = f"{rng.choice(forms)} «{rng.choice(words)}»"
            out.append((Query(text, "Company"), None))
    return out


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


_INDEX: ScreeningIndex | None = None
WARM_UP = 300  # queries screened before timing, in every process (not counted)


def _cold(index: ScreeningIndex, warm: list[Query]) -> None:
    """Start from what a fresh process has: nothing cached but what the warm-up names leave."""
    index.forget_caches()
    for q in warm:
        index.screen(q)


def ours(entries: list[ListEntry], warm: list[Query], qs: list[tuple[Query, str | None]], workers: int,
         rounds: int = 5) -> dict:
    """Build time and memory, names/s in one and in ``workers`` processes (median of ``rounds``), latency,
    candidates."""
    global _INDEX
    before = _rss_mb()
    start = time.perf_counter()
    index = ScreeningIndex.build(entries)
    bulk.screening_only()  # as `kyb screen` does after building (a full collection, then the index frozen)
    build = time.perf_counter() - start
    memory = _rss_mb() - before
    _INDEX = index
    parallel_rates, single_rates, latencies, scored, candidates = [], [], [], [], []
    for _ in range(rounds):  # the machine's speed varies from minute to minute: the median of a few rounds
        _cold(index, warm)
        # The product's batch path, as `kyb screen --workers` runs it: fork, screening and results included
        # (services.kyb.bulk).
        start = time.perf_counter()
        parallel_results = screen_many(index, [q for q, _ in qs], DEFAULT_THRESHOLD, workers=workers)
        parallel_rates.append(len(qs) / (time.perf_counter() - start))
        assert bulk.last_processes == workers
        _cold(index, warm)  # then one process, from the same start
        results = []
        start = time.perf_counter()
        for q, _ in qs:
            t0 = time.perf_counter()
            results.append(index.screen(q))
            latencies.append((time.perf_counter() - t0) * 1000)
            scored.append(index.last_scored)
            candidates.append(index.last_candidates)
        single_rates.append(len(qs) / (time.perf_counter() - start))
        assert parallel_results == results, "the batch path finds exactly what one process finds"
    latencies.sort()
    single, parallel = statistics.median(single_rates), statistics.median(parallel_rates)
    return {"entries": len(index), "names": index.name_count, "distinct_names": index.form_count,
            "build_seconds": round(build, 2),
            "index_memory_mb": round(memory, 1), "rounds": rounds,
            "names_per_second_1_process": round(single, 1),
            f"names_per_second_{workers}_processes": round(parallel, 1),
            "names_per_second_1_process_rounds": [round(r) for r in single_rates],
            f"names_per_second_{workers}_processes_rounds": [round(r) for r in parallel_rates],
            "p50_ms": round(statistics.median(latencies), 3), "p95_ms": round(latencies[int(0.95 * len(latencies))], 3),
            "p99_ms": round(latencies[int(0.99 * len(latencies))], 3),
            "mean_candidates": round(statistics.mean(candidates), 1),
            "mean_names_scored": round(statistics.mean(scored), 1),
            "max_names_scored": max(scored), **quality(qs, results)}


def quality(qs: list[tuple[Query, str | None]], results: list) -> dict:
    """Near-variants whose entry was found, and unrelated names that raised an alert."""
    found = [any(f"{m.list_id}:{m.entity_id}" == src for m in r) for (_, src), r in zip(qs, results, strict=True)
             if src is not None]
    alerts = [bool(r) for (_, src), r in zip(qs, results, strict=True) if src is None]
    return {"variants_found": round(sum(found) / max(1, len(found)), 4),
            "unrelated_alert_rate": round(sum(alerts) / max(1, len(alerts)), 4)}


def rapidfuzz_baseline(un: list[ListEntry], qs: list[tuple[Query, str | None]], n: int) -> dict:
    """Brute force: token_sort_ratio of each query against every name of the UN list."""
    from rapidfuzz import fuzz, process, utils

    names = [utils.default_process(x.full) for e in un for x in e.names]
    sample = [q.name for q, _ in qs[:n]]
    start = time.perf_counter()
    for text in sample:
        process.extract(utils.default_process(text), names, scorer=fuzz.token_sort_ratio, processor=None,
                        score_cutoff=85, limit=10)
    elapsed = time.perf_counter() - start
    return {"list_names": len(names), "queries": len(sample), "names_per_second": round(len(sample) / elapsed, 1),
            "mean_ms": round(elapsed / len(sample) * 1000, 3)}


def logic_v2(entries: list[ListEntry], qs: list[tuple[Query, str | None]], n: int) -> dict:
    """nomenklatura's logic-v2 over a token-blocking index (the 20 entries sharing most name tokens)."""
    if n <= 0:
        return {"skipped": "--logic-v2 0"}
    try:
        from followthemoney import model
        from nomenklatura.matching import LogicV2, ScoringConfig
        from normality import normalize
    except ImportError:
        return {"skipped": "nomenklatura is not installed"}
    schema_of = {"Person": "Person", "Vessel": "Vessel", "Aircraft": "Airplane", "Company": "Company"}
    start = time.perf_counter()
    proxies, blocks = [], defaultdict(list)
    for number, entry in enumerate(entries):
        proxy = model.make_entity(schema_of.get(entry.schema, "Organization"))
        proxy.id = f"e{number}"
        proxy.add("name", [x.full for x in entry.names])
        if entry.birth_dates and entry.schema == "Person":
            proxy.add("birthDate", list(entry.birth_dates))
        if entry.countries:
            proxy.add("country", [c.lower() for c in entry.countries])
        proxies.append(proxy)
        for token in {t for x in entry.names for t in (normalize(x.full, ascii=True) or "").split() if len(t) > 2}:
            blocks[token].append(number)
    build = time.perf_counter() - start
    config = ScoringConfig.defaults()
    sample = qs[:n]
    results, latencies = [], []
    start = time.perf_counter()
    for k, (q, _) in enumerate(sample):
        t0 = time.perf_counter()
        query = model.make_entity(schema_of.get(q.schema, "Organization"))
        query.id = f"q{k}"
        query.add("name", q.name)
        if q.birth_date:
            query.add("birthDate", q.birth_date)
        counts: Counter[int] = Counter()
        for token in {t for t in (normalize(q.name, ascii=True) or "").split() if len(t) > 2}:
            if len(blocks.get(token, ())) <= 5000:
                counts.update(blocks.get(token, ()))
        hits = []
        for number, _ in counts.most_common(20):
            score = LogicV2.compare(query, proxies[number], config).score
            if score >= 0.7:
                e = entries[number]
                hits.append(type("M", (), {"list_id": e.list_id, "entity_id": e.entity_id, "score": score}))
        results.append(hits)
        latencies.append((time.perf_counter() - t0) * 1000)
    elapsed = time.perf_counter() - start
    return {"queries": len(sample), "build_seconds": round(build, 2),
            "names_per_second": round(len(sample) / elapsed, 1),
            "p50_ms": round(statistics.median(latencies), 2), "threshold": 0.7, **quality(sample, results)}


ALERT_THRESHOLD = 0.85  # the default of the kyb.threshold setting


def main() -> None:
    """Run everything and write benchmarks/results/kyb.json."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--names", type=int, default=10_000)
    parser.add_argument("--logic-v2", type=int, default=300, dest="logic_v2")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5, help="screening rounds (the median is reported)")
    args = parser.parse_args()
    rng = random.Random(SEED)
    lists = load_lists()
    entries, un = grow(lists, rng)
    qs = queries(entries, args.names + WARM_UP, rng)
    rng.shuffle(qs)
    warm, qs = [q for q, _ in qs[:WARM_UP]], qs[WARM_UP:]
    by_list = Counter(e.list_id for e in entries)
    results: dict[str, Any] = {"lists": {"entries": len(entries), "names": sum(len(e.names) for e in entries),
                         "entries_by_list": dict(sorted(by_list.items()))},
               "queries": {"total": len(qs), "near_variants": sum(src is not None for _, src in qs)},
               "threshold": DEFAULT_THRESHOLD,
               "ours": ours(entries, warm, qs, args.workers, args.rounds)}
    print("ours", json.dumps(results["ours"]))
    assert _INDEX is not None  # quality at the app's default alert threshold (kyb.threshold), same queries
    results["ours_at_alert_threshold"] = {"threshold": ALERT_THRESHOLD,
                                          **quality(qs, [_INDEX.screen(q, threshold=ALERT_THRESHOLD) for q, _ in qs])}
    print("ours at the alert threshold", json.dumps(results["ours_at_alert_threshold"]))
    results["rapidfuzz_bruteforce_un"] = rapidfuzz_baseline(un, qs, min(2000, len(qs)))
    print("rapidfuzz", json.dumps(results["rapidfuzz_bruteforce_un"]))
    results["logic_v2_token_blocking"] = logic_v2(entries, qs, args.logic_v2)
    print("logic-v2", json.dumps(results["logic_v2_token_blocking"]))
    if "skipped" not in results["logic_v2_token_blocking"]:  # ours on the same subsample, for quality
        sub = qs[: args.logic_v2]
        assert _INDEX is not None
        results["ours_on_logic_v2_subsample"] = quality(sub, [_INDEX.screen(q) for q, _ in sub])
    RESULTS.mkdir(exist_ok=True)
    payload = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                           "platform": platform.platform()},
               "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "results": results}
    (RESULTS / "kyb.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
