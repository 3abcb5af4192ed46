"""The sanctions name matcher: normalisation, legal forms, compare() and the screening index."""

from __future__ import annotations

import pytest

from secretary.kyb.matching import DEFAULT_THRESHOLD, Match, Query, ScreeningIndex, compare
from secretary.kyb.matching.compare import PERSON, prepare, similarities, token_similarity
from secretary.kyb.matching.index import CANDIDATE_BUDGET, SCORED
from secretary.kyb.matching.legal_forms import legal_class, split_legal_forms
from secretary.kyb.matching.normalize import ascii_tokens, fold, script_of, skeleton, transliterate_cyrillic
from secretary.kyb.records import Identifier, ListEntry, ListName

# --- normalisation ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Олександр", "uk", "oleksandr"), ("Київ", "uk", "kyiv"), ("Щербина", "uk", "shcherbyna"),
    ("Юрій", "uk", "yurii"), ("Ґанна", "uk", "ganna"), ("Євген", "uk", "yevhen"), ("Їжак", "uk", "yizhak"),
    ("Александр", "ru", "aleksandr"), ("Хрущёв", "ru", "khrushchev"), ("Юрий", "ru", "yuriy"),
    ("Григорий", "ru", "grigoriy"), ("Газпром", "ru", "gazprom"),
])
def test_cyrillic_transliteration_in_both_systems(text: str, language: str, expected: str) -> None:
    assert transliterate_cyrillic(text, language) == expected


def test_ukrainian_letters_select_the_ukrainian_table() -> None:
    assert ascii_tokens("Григорій Сковорода") == ("hryhorii", "skovoroda")
    assert ascii_tokens("Григорий Сковорода") == ("grigoriy", "skovoroda")


@pytest.mark.parametrize("group", [
    ("Олександр", "Oleksandr", "Aleksandr", "Alexander"),
    ("Київ", "Kyiv", "Kiev"),
    ("Щербина", "Shcherbyna", "Scherbina"),
    ("Хоменко", "Khomenko", "Homenko"),
    ("Юрій", "Yuriy", "Iurii", "Jurij", "Yuri"),
    ("Євген", "Yevhen", "Evgen"),
    ("Müller", "Mueller", "Muller"),
    ("Mohammed", "Muhammad", "Mohamed", "Mohamad"),
])
def test_variants_share_a_phonetic_skeleton(group: tuple[str, ...]) -> None:
    assert len({skeleton(ascii_tokens(word)[0]) for word in group}) == 1


def test_spelling_keys_unify_transliteration_systems() -> None:
    assert fold("shevchenko") == fold("schewtschenko")
    assert fold("hryhoriy") == fold("grigoriy")
    assert fold("strasse") == fold(ascii_tokens("Straße")[0])
    assert fold("petrov") != fold("petrenko")


def test_script_detection() -> None:
    assert script_of("Шевченко") == "Cyrillic"
    assert script_of("Müller") == "Latin"
    assert script_of("محمد") == "Arabic"


# --- legal forms -----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "rest", "form"), [
    ("ТОВ «Ромашка»", ["romashka"], "tov"),
    ("Romashka LLC", ["romashka"], "llc"),
    ("ООО Газпром нефть", ["gazprom", "neft"], "ooo"),
    ("Gazprom Neft PJSC", ["gazprom", "neft"], "pao"),
    ("Müller GmbH", ["muller"], "gmbh"),
    ("Siemens Aktiengesellschaft", ["siemens"], "ag"),
    ("Alpha sp. z o.o.", ["alpha"], "spzoo"),
    ("VTB BANK PUBLIC JOINT STOCK COMPANY", ["vtb", "bank"], "pao"),
    ("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU BALTECH", ["baltech"], "ooo"),
    ("ПрАТ «Київстар»", ["kyivstar"], "zao"),
    ("Verein für Sport e.V.", ["verein", "fur", "sport"], "ev"),
])
def test_legal_forms_are_split_off(name: str, rest: list[str], form: str) -> None:
    assert split_legal_forms(ascii_tokens(name)) == (rest, [form])


def test_legal_form_classes_are_equivalent_across_languages() -> None:
    assert legal_class("ooo") == legal_class("tov") == legal_class("llc") == legal_class("gmbh") == "llc"
    assert legal_class("pao") == "pjsc" != legal_class("ooo")


def test_a_name_that_is_only_a_legal_form_keeps_it() -> None:
    assert split_legal_forms(ascii_tokens("Company")) == (["company"], [])


# --- compare ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("name1", "name2", "schema"), [
    ("ТОВ «Ромашка»", "Romashka LLC", "Company"),
    ("ООО Газпром нефть", "Gazprom Neft PJSC", "Company"),
    ("Müller GmbH", "Mueller GmbH", "Company"),
    ("Müller GmbH", "Müller AG", "Company"),  # legal form alone does not tell companies apart
    ("Олександр Шевченко", "Oleksandr Shevchenko", "Person"),
    ("Олександр Шевченко", "Aleksandr Shevchenko", "Person"),
    ("Олександр Шевченко", "Alexander Schewtschenko", "Person"),
    ("Ivan Petrov", "Petrov, Ivan", "Person"),
    ("J. Smith", "John Smith", "Person"),
    ("Ivan Petrov", "PETROV Ivan Sergeyevich", "Person"),
    ("Микола Азаров", "Nikolai Azarov", "Person"),
    ("Usama bin Laden", "Osama bin Ladin", "Person"),
    ("Gazprombank", "Gazprom Bank", "Company"),
    ("BANCO NACIONAL DE CUBA", "National Bank of Cuba", "Organization"),
    ("Smith Brothers Manufacturing Inc", "Smith Bros Mfg", "Company"),
    ("GRACE 1", "M/V Grace 1", "Vessel"),
    ("NAUMAU, Uladzimir Uladzimiravich", "Владимир Наумов", "Person"),  # Belarusian romanisation ~ Russian
    ("Mikalai KARPIANKOU", "Nikolai Nikolaevich KARPENKOV", "Person"),
    ("Vadzim Dzmitrievich IPATAU", "Vadim IPATOV", "Person"),
])
def test_matches(name1: str, name2: str, schema: str) -> None:
    result = compare(name1, name2, schema)
    assert result.match, result.explanation
    assert result.score >= DEFAULT_THRESHOLD
    assert compare(name2, name1, schema).match


@pytest.mark.parametrize(("name1", "name2", "schema"), [
    ("Ivan Petrov", "Ivan Petrenko", "Person"),
    ("Ivan Petrov", "Sergei Petrov", "Person"),
    ("Ivan Petrov", "Ivan Pavlov", "Person"),
    ("Олександр Шевченко", "Oleksandr Shevchuk", "Person"),
    ("Ротенберг Борис Романович", "ROTENBERG, Arkady", "Person"),
    ("Aleksandr Aleksandrov", "Alexander Aleksandrovich MALKEVICH", "Person"),
    ("Alpha Trading GmbH", "Beta Trading GmbH", "Company"),
    ("ТОВ «Ромашка»", "ТОВ «Волошка»", "Company"),
    ("Global Shipping Company LLC", "Global Trading Company LLC", "Company"),
    ("Phoenix Holdings 2 Ltd", "Phoenix Holdings 3 Ltd", "Company"),
    ("ADRIAN DARYA 1", "ADRIAN DARYA 2", "Vessel"),
])
def test_non_matches(name1: str, name2: str, schema: str) -> None:
    result = compare(name1, name2, schema)
    assert not result.match, result.explanation
    assert result.score < DEFAULT_THRESHOLD


def test_scores_are_ordered_by_closeness() -> None:
    exact = compare("Oleksandr Shevchenko", "Oleksandr Shevchenko", "Person").score
    script = compare("Олександр Шевченко", "Oleksandr Shevchenko", "Person").score
    variant = compare("Олександр Шевченко", "Aleksandr Shevchenko", "Person").score
    other = compare("Олександр Шевченко", "Oleksandr Shevchuk", "Person").score
    assert exact == 1.0 >= script > variant > other
    assert 0.0 <= other < 0.5


def test_explanation_names_the_pair_and_the_features() -> None:
    result = compare("Олександр Іваненко", "IVANENKO Aleksandr", "Person")
    assert result.explanation.startswith("'Олександр Іваненко' ~ 'IVANENKO Aleksandr' (")
    assert "transliterated" in result.explanation and "word order" in result.explanation
    assert "name variant" in result.explanation
    assert result.explanation.endswith(f"{result.score:.2f}")
    assert ("oleksandr", "aleksandr", 0.92, "name variant") in result.features["tokens"]


def test_legal_form_features() -> None:
    assert compare("ТОВ «Ромашка»", "Romashka LLC", "Company").features["legal_form"] == "equivalent"
    differs = compare("Müller GmbH", "Müller AG", "Company")
    assert differs.features["legal_form"] == "differs" and "legal form differs" in differs.explanation
    assert differs.score == pytest.approx(0.97)


def test_persons_and_organisations_are_scored_differently() -> None:
    # "trading" is a generic word for an organisation, an ordinary name word for a person
    assert compare("Alpha Trading", "Beta Trading", "Company").score < \
        compare("Alpha Trading", "Beta Trading", "Person").score


def test_threshold_argument() -> None:
    assert compare("Hans Müller", "Hans Mueller", "Person", threshold=0.99).match is False
    assert compare("Ivan Petrov", "Ivan Petrenko", "Person", threshold=0.3).match is True


def test_compare_is_deterministic() -> None:
    first = compare("ПАО «Сбербанк России»", "Sberbank of Russia", "Company")
    assert all(compare("ПАО «Сбербанк России»", "Sberbank of Russia", "Company") == first for _ in range(3))


# --- screening index -------------------------------------------------------------------------


def _person(entity_id: str, *names: str, birth: tuple[str, ...] = (), countries: tuple[str, ...] = (),
            weak: tuple[str, ...] = ()) -> ListEntry:
    listed = tuple(ListName(n, "primary" if i == 0 else "alias") for i, n in enumerate(names))
    listed += tuple(ListName(n, "alias", strength="weak") for n in weak)
    return ListEntry("ofac-sdn", entity_id, "Person", listed, birth_dates=birth, countries=countries)


def _entries() -> list[ListEntry]:
    return [
        _person("1", "IVANENKO, Oleksandr Petrovych", "Aleksandr Ivanenko", birth=("1970-05-17",), countries=("UA",)),
        _person("2", "PETROV, Ivan Sergeyevich", birth=("1965",), countries=("RU",)),
        _person("3", "PETRENKO, Ivan", birth=("1980",)),
        _person("4", "SHEVCHENKO, Oleksandr", "Олександр Шевченко", weak=("Sasha the Tailor",)),
        ListEntry("eu-fsf", "EU.10", "Company", (ListName("ROMASHKA LLC"), ListName("ТОВ «Ромашка»", "original")),
                  countries=("UA",), identifiers=(Identifier("vat", "UA123456789"),)),
        ListEntry("uk-fcdo", "RUS0001", "Vessel", (ListName("OCEAN STAR"),),
                  identifiers=(Identifier("imo", "9187629"),)),
        ListEntry("un-sc", "6908000", "Organization", (ListName("Ivan Petrov Foundation"),)),
    ]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    return ScreeningIndex.build(_entries())


def test_screen_finds_the_listed_person_across_scripts(index: ScreeningIndex) -> None:
    matches = index.screen(Query("Олександр Іваненко", "Person"))
    assert [m.entity_id for m in matches] == ["1"]
    match = matches[0]
    assert isinstance(match, Match)
    assert match.list_id == "ofac-sdn" and match.name == "IVANENKO, Oleksandr Petrovych"
    assert match.matched_name in ("IVANENKO, Oleksandr Petrovych", "Aleksandr Ivanenko")
    assert match.explanation.startswith("'Олександр Іваненко' ~ '")
    assert "transliterated" in match.explanation
    assert match.score >= DEFAULT_THRESHOLD


def test_screen_orders_best_first_and_filters_by_threshold(index: ScreeningIndex) -> None:
    strict = index.screen(Query("Ivan Petrov", "Person"))
    assert [m.entity_id for m in strict] == ["2"]  # Petrenko is a different surname
    loose = index.screen(Query("Ivan Petrov", "Person"), threshold=0.3)
    assert [m.entity_id for m in loose][:2] == ["2", "3"]
    assert [m.score for m in loose] == sorted((m.score for m in loose), reverse=True)
    assert all(m.score >= 0.3 for m in loose)
    assert len(index.screen(Query("Ivan Petrov", "Person"), threshold=0.3, limit=1)) == 1


def test_birth_date_raises_or_lowers_the_score(index: ScreeningIndex) -> None:
    base = index.screen(Query("Oleksandr Ivanenko", "Person"))[0]
    same_year = index.screen(Query("Oleksandr Ivanenko", "Person", birth_date="1970"))[0]
    same_day = index.screen(Query("Oleksandr Ivanenko", "Person", birth_date="1970-05-17"))[0]
    assert same_year.score == pytest.approx(min(1.0, base.score + 0.03))
    assert same_day.score == pytest.approx(min(1.0, base.score + 0.05))
    assert "birth date 1970 matches +0.03" in same_year.explanation
    assert same_year.features["birth_date"] == "match"
    other = index.screen(Query("Oleksandr Ivanenko", "Person", birth_date="1990"), threshold=0.0)[0]
    assert other.score == pytest.approx(base.score - 0.2)
    assert other.features["birth_date"] == "differs" and "birth year 1990 differs" in other.explanation


def test_country_raises_or_lowers_the_score(index: ScreeningIndex) -> None:
    base = index.screen(Query("Ivan Sergeyevich Petrov", "Person"))[0]
    same = index.screen(Query("Ivan Sergeyevich Petrov", "Person", country="ru"))[0]
    other = index.screen(Query("Ivan Sergeyevich Petrov", "Person", country="DE"))[0]
    assert same.score == pytest.approx(min(1.0, base.score + 0.02)) and "country RU matches" in same.explanation
    assert other.score == pytest.approx(base.score - 0.05) and other.features["country"] == "differs"


def test_identifiers_raise_to_near_one_or_lower(index: ScreeningIndex) -> None:
    imo = index.screen(Query("Ocean Stars", "Vessel", identifiers=(Identifier("imo", "IMO 9187629"),)))[0]
    assert imo.entity_id == "RUS0001" and imo.score >= 0.98
    assert imo.features["identifier"] == "match" and "identifier IMO 9187629 matches" in imo.explanation
    # found by the identifier alone, the name being different
    renamed = index.screen(Query("Sea Breeze", "Vessel", identifiers=("9187629",)))
    assert [m.entity_id for m in renamed] == ["RUS0001"] and renamed[0].score >= 0.98
    plain = index.screen(Query("Romashka", "Company"))[0]
    other_vat = index.screen(Query("Romashka", "Company", identifiers=(Identifier("vat", "UA999999999"),)))[0]
    assert other_vat.score == pytest.approx(plain.score - 0.15) and other_vat.features["identifier"] == "differs"


def test_schema_mismatch_is_excluded(index: ScreeningIndex) -> None:
    assert index.screen(Query("Ocean Star", "Person"), threshold=0.0) == []
    assert [m.entity_id for m in index.screen(Query("Ocean Star", "Vessel"))] == ["RUS0001"]
    # a person query does not return the foundation; an organisation query does not return the person
    assert "6908000" not in [m.entity_id for m in index.screen(Query("Ivan Petrov", "Person"), threshold=0.0)]
    assert [m.entity_id for m in index.screen(Query("Ivan Petrov Foundation", "Organization"))] == ["6908000"]
    both = index.screen(Query("Ivan Petrov", "LegalEntity"), threshold=0.5)
    assert {"2", "6908000"} <= {m.entity_id for m in both}


def test_weak_aliases_count_less(index: ScreeningIndex) -> None:
    match = index.screen(Query("Sasha the Tailor", "Person"), threshold=0.0)[0]
    assert match.entity_id == "4" and match.matched_name == "Sasha the Tailor"
    assert match.score == pytest.approx(0.9) and match.features["weak_alias"] is True
    assert "weak alias" in match.explanation


def test_company_screening_across_scripts_and_legal_forms(index: ScreeningIndex) -> None:
    for text in ("Romashka LLC", "ООО «Ромашка»", "TOV Romashka"):
        assert [m.entity_id for m in index.screen(Query(text, "Company"))] == ["EU.10"], text


def _grown(n: int) -> list[ListEntry]:
    """n listed persons: many share first names, surnames are all different."""
    firsts = ["Ivan", "Sergei", "Olga", "Mohammed", "Anna", "John", "Maria", "Ali"]
    return [_person(f"P{i}", f"{firsts[i % len(firsts)]} Surname{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}x{i}")
            for i in range(n)]


def test_blocking_limits_the_candidates() -> None:
    entries = _grown(6000) + _entries()  # 750 persons named Ivan, all other surnames
    index = ScreeningIndex.build(entries)
    assert index.name_count > 6000
    matches = index.screen(Query("Ivan Sergeyevich Petrov", "Person"))
    assert [m.entity_id for m in matches] == ["2"]
    # the rare words (Petrov, Sergeyevich) bring the candidates; the common "Ivan" is only checked on them
    assert index.last_candidates < 10
    assert index.last_scored <= 3
    index.screen(Query("Ivan Surnamebax", "Person"))
    assert 0 < index.last_candidates <= 2 * CANDIDATE_BUDGET and index.last_scored <= 5
    index.screen(Query("Mohammed", "Person"), threshold=0.0)
    assert index.last_scored <= SCORED  # a lone common name is scored against a few candidates only


def test_a_consonant_missing_between_two_alike_still_meets() -> None:
    # "operaora" has the skeleton "pr" (its two r collapse); "operadora" has "prdr", which less the d is "pr" too
    index = ScreeningIndex.build([ListEntry("ofac-sdn", "9", "Organization", (ListName("OPERADORA PEGASO"),))])
    matches = index.screen(Query("OPERAORA PEGASO", "Organization"))
    assert [m.entity_id for m in matches] == ["9"]
    assert "spelling" in matches[0].explanation


def test_the_similar_word_search_keeps_each_edit_budget() -> None:
    # a 7-letter word of the same consonants may differ in two vowels (one edit only for other spellings)
    index = ScreeningIndex.build([_person("5", "BORODIN"), _person("6", "BORODKIN")])
    matches = index.screen(Query("Baradin", "Person"))
    assert [(m.entity_id, m.score) for m in matches] == [("5", 0.85)] and "phonetic" in matches[0].explanation
    one_apart = index.screen(Query("Borodkin", "Person"), threshold=0.6)  # one consonant apart: one edit
    assert [m.entity_id for m in one_apart] == ["6", "5"]


def test_similarities_keep_the_similar_words_only() -> None:
    query, *listed = (prepare(word, PERSON).tokens[0] for word in ("Borodin", "Baradin", "Smith", "Borodkin"))
    found = similarities(query, [0, 1, 2], listed, org=False)
    assert found == {0: 0.85, 2: token_similarity(query, listed[2], False)[0]} and 0 < found[2] < 0.85


def test_belarusian_and_russian_surname_forms_meet_in_screening() -> None:
    index = ScreeningIndex.build([_person("7", "Uladzimir NAUMAU"), _person("8", "Aleksandr BARSUKOV"),
                                  _person("9", "Amadou BARRY")])
    assert [m.entity_id for m in index.screen(Query("Vladimir Naumov", "Person"))] == ["7"]
    found = index.screen(Query("Alyaksandr Barsukou", "Person"))
    assert [m.entity_id for m in found] == ["8"] and "transliterated" in found[0].explanation
    assert [m.score for m in index.screen(Query("Amadu Barry", "Person"))] == [0.98]  # French -ou stays -u
    assert fold("dzmitry") == fold("dmitry")


def test_a_name_on_several_lists_is_scored_once_and_reported_for_each() -> None:
    entries = [ListEntry(source, entity, "Person", (ListName("Sung Nam JANG"),) + extra)
               for source, entity, extra in (("ofac-sdn", "21736", ()), ("eu-fsf", "EU.1435", ()),
                                             ("un-sc", "226", (ListName("JANG Sung Nam", "alias", strength="weak"),)))]
    index = ScreeningIndex.build(entries)
    assert (index.name_count, index.form_count) == (4, 2)  # word order is kept: the alias is a form of its own
    matches = index.screen(Query("Sung Nam Jang", "Person"))
    assert [(m.list_id, m.score) for m in matches] == [("eu-fsf", 1.0), ("ofac-sdn", 1.0), ("un-sc", 1.0)]
    assert index.last_scored == 2
    assert all(m.matched_name == "Sung Nam JANG" and "weak alias" not in m.explanation for m in matches)


def test_two_words_written_together_must_spell_the_listed_word() -> None:
    index = ScreeningIndex.build([_person("1", "Zuhur AHMED"), _person("2", "Josegregorio PEREZ")])
    # "Jose Greeorio" together has the skeleton of "Zuhur" (s-h-r) but is not spelt like it: no candidate
    assert index.candidates(prepare("Jose Greeorio", PERSON), "p", 0.63) == []
    matches = index.screen(Query("Jose Gregorio Perez", "Person"))
    assert [m.entity_id for m in matches] == ["2"] and "written together" in matches[0].explanation


def test_screen_is_deterministic(index: ScreeningIndex) -> None:
    query = Query("Ivan Petrov", "Person")
    first = index.screen(query, threshold=0.2)
    assert all(index.screen(query, threshold=0.2) == first for _ in range(3))
    again = ScreeningIndex.build(_entries()).screen(query, threshold=0.2)
    assert [(m.entity_id, m.score) for m in again] == [(m.entity_id, m.score) for m in first]


def test_empty_query_and_empty_index() -> None:
    assert ScreeningIndex.build([]).screen(Query("Ivan Petrov")) == []
    assert ScreeningIndex.build(_entries()).screen(Query("", "Person")) == []
